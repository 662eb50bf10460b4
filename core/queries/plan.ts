// Improvement-plan status for a period: every measure against target, RAG counts, movers.
import type { Deps, Tenant } from "../context.js";
import { UserError } from "../errors.js";
import { parsePeriod, previousPeriod } from "../dates.js";
import {
  computeDirection, computeRag, DEFAULT_RAG_RULE, describeRule, isBelowTarget, movement, shortfallPercent,
  type Direction, type Rag, type RagRule,
} from "../plan/status.js";

export interface PeriodValue { label: string; period: string | null; value: number | null; display: string }

export interface MeasureStatus {
  id: number;
  key: string;
  text: string;
  name: string;
  priorityNumber: number;
  objectiveText: string;
  target: number | null;
  targetText: string | null;
  unit: string;
  betterWhen: string | null;
  baselines: PeriodValue[];
  values: PeriodValue[];
  current: PeriodValue | null;
  previous: PeriodValue | null;
  rag: Rag | null;
  ragSource: "stated" | "computed" | null;
  direction: Direction | null;
  directionSource: "stated" | "computed" | null;
  directionText: string | null;
  belowTarget: boolean;
  shortfall: number | null;
  movement: number | null;
  /** Consecutive periods, ending at this one, that were red or below target. */
  periodsOffTarget: number;
  commentary: string | null;
}

export interface ObjectiveStatus {
  key: string;
  text: string;
  impactOnChildren: string | null;
  rag: Rag | null;
  direction: Direction | null;
  directionText: string | null;
  measures: MeasureStatus[];
  actions: { text: string; lead: string | null; status: string | null }[];
}

export type RagCounts = Record<Rag | "none", number>;

export interface PriorityStatus {
  number: number;
  title: string;
  definition: string | null;
  whatGoodLooksLike: string | null;
  counts: RagCounts;
  objectives: ObjectiveStatus[];
}

export interface PlanStatus {
  plan: { id: number; key: string; title: string; year: string; asAt: string; updatedText: string | null; vision: string; aim: string | null; classification: string; committee: { id: number; name: string; slug: string } };
  period: string;
  previousPeriod: string;
  rule: string;
  priorities: PriorityStatus[];
  counts: RagCounts;
  measures: MeasureStatus[];
  belowTarget: MeasureStatus[];
  worstMovers: MeasureStatus[];
  bestMovers: MeasureStatus[];
  furthestOffTarget: MeasureStatus[];
  exceptions: MeasureStatus[];
  summary: { section: string; text: string; lead: string | null; status: string | null }[];
  aims: { text: string; priorities: string }[];
}

const emptyCounts = (): RagCounts => ({ red: 0, amber: 0, green: 0, blue: 0, none: 0 });

/** The first sentence of a measure's wording, for tables and chat. */
export function measureName(text: string): string {
  const first = text.split(/(?<=[.;])\s|\n/)[0]!.replace(/[.;]$/, "").trim();
  return first.length > 110 ? `${first.slice(0, 107).trimEnd()}…` : first;
}

export async function planStatus(
  { db }: Pick<Deps, "db">, tenant: Tenant,
  opts: { committeeId?: number; planKey?: string; period?: string; rule?: RagRule } = {},
): Promise<PlanStatus> {
  const plan = await db.improvementPlan.findFirst({
    where: { councilId: tenant.councilId, ...(opts.planKey ? { key: opts.planKey } : {}), ...(opts.committeeId ? { committeeId: opts.committeeId } : {}) },
    orderBy: [{ year: "desc" }, { asAt: "desc" }],
    include: {
      committee: { select: { id: true, name: true, slug: true } },
      summary: { orderBy: { position: "asc" } },
      aims: { orderBy: { position: "asc" } },
      priorities: {
        orderBy: { number: "asc" },
        include: {
          objectives: {
            orderBy: { position: "asc" },
            include: {
              statuses: true,
              actions: { orderBy: { position: "asc" } },
              measures: { orderBy: { position: "asc" }, include: { values: { orderBy: { position: "asc" } }, statuses: true } },
            },
          },
        },
      },
    },
  });
  if (!plan) throw new UserError(opts.planKey ? `There is no improvement plan "${opts.planKey}".` : "No improvement plan has been loaded for this committee yet.", "not_found");
  const period = opts.period ?? plan.asAt;
  parsePeriod(period);
  const prev = previousPeriod(period);
  const rule = opts.rule ?? DEFAULT_RAG_RULE;
  const counts = emptyCounts();
  const all: MeasureStatus[] = [];

  const priorities: PriorityStatus[] = plan.priorities.map((pr) => {
    const pc = emptyCounts();
    const objectives: ObjectiveStatus[] = pr.objectives.map((o) => {
      const measures = o.measures.map((m) => {
        const status = measureStatus(m, pr.number, o.text, period, prev, rule);
        all.push(status);
        return status;
      });
      const stated = o.statuses.find((s) => s.period === period);
      // An objective's RAG is what the plan states, or else its worst measure.
      const worst = (["red", "amber", "green", "blue"] as Rag[]).find((r) => measures.some((m) => m.rag === r)) ?? null;
      const rag = (stated?.rag as Rag | null) ?? worst;
      pc[rag ?? "none"]++;
      counts[rag ?? "none"]++;
      return {
        key: o.key, text: o.text, impactOnChildren: o.impactOnChildren, rag,
        direction: (stated?.direction as Direction | null) ?? null, directionText: stated?.directionText ?? null,
        measures, actions: o.actions.map((a) => ({ text: a.text, lead: a.lead, status: a.status })),
      };
    });
    return { number: pr.number, title: pr.title, definition: pr.definition, whatGoodLooksLike: pr.whatGoodLooksLike, counts: pc, objectives };
  });

  const moved = all.filter((m) => m.movement !== null && m.movement !== 0);
  return {
    plan: {
      id: plan.id, key: plan.key, title: plan.title, year: plan.year, asAt: plan.asAt, updatedText: plan.updatedText,
      vision: plan.vision, aim: plan.aim, classification: plan.classification, committee: plan.committee,
    },
    period, previousPeriod: prev, rule: describeRule(rule), priorities, counts, measures: all,
    belowTarget: all.filter((m) => m.belowTarget).sort((a, b) => (b.shortfall ?? 0) - (a.shortfall ?? 0)),
    worstMovers: moved.filter((m) => m.movement! < 0).sort((a, b) => relMove(a) - relMove(b)).slice(0, 5),
    bestMovers: moved.filter((m) => m.movement! > 0).sort((a, b) => relMove(b) - relMove(a)).slice(0, 5),
    furthestOffTarget: all.filter((m) => m.belowTarget && Number.isFinite(m.shortfall)).sort((a, b) => b.shortfall! - a.shortfall!).slice(0, 5),
    exceptions: all.filter((m) => m.periodsOffTarget >= 2),
    summary: plan.summary.map((s) => ({ section: s.section, text: s.text, lead: s.lead, status: s.status })),
    aims: plan.aims.map((a) => ({ text: a.text, priorities: a.priorities })),
  };
}

/** Movement relative to target, so a 3-point drop on a 95% target and a 3-week rise are comparable. */
function relMove(m: MeasureStatus): number {
  return m.target ? (m.movement ?? 0) / Math.abs(m.target) : (m.movement ?? 0) / 100;
}

interface MeasureRow {
  id: number; key: string; text: string; target: number | null; targetText: string | null; unit: string; betterWhen: string | null; commentary: string | null;
  values: { kind: string; label: string; period: string | null; value: number | null; display: string }[];
  statuses: { period: string; rag: string | null; direction: string | null; directionText: string | null }[];
}

function measureStatus(m: MeasureRow, priorityNumber: number, objectiveText: string, period: string, prev: string, rule: RagRule): MeasureStatus {
  const pick = (v: MeasureRow["values"][number]): PeriodValue => ({ label: v.label, period: v.period, value: v.value, display: v.display });
  const values = m.values.filter((v) => v.kind === "value").map(pick);
  const baselines = m.values.filter((v) => v.kind === "baseline").map(pick);
  const at = (p: string) => values.find((v) => v.period === p && v.value !== null) ?? null;
  const current = at(period);
  const previous = at(prev);
  const stated = m.statuses.find((s) => s.period === period);
  const computedRag = computeRag(m, current?.value ?? null, rule);
  const rag = (stated?.rag as Rag | null) ?? computedRag;
  const computedDirection = computeDirection(m, previous?.value ?? null, current?.value ?? null);
  const direction = (stated?.direction as Direction | null) ?? computedDirection;

  let periodsOffTarget = 0;
  for (let p = period; ; p = previousPeriod(p)) {
    const v = at(p);
    const off = v !== null && (isBelowTarget(m, v.value) || (p === period && rag === "red"));
    if (!off) break;
    periodsOffTarget++;
  }
  return {
    id: m.id, key: m.key, text: m.text, name: measureName(m.text), priorityNumber, objectiveText,
    target: m.target, targetText: m.targetText, unit: m.unit, betterWhen: m.betterWhen, baselines, values, current, previous,
    rag, ragSource: stated?.rag ? "stated" : computedRag ? "computed" : null,
    direction, directionSource: stated?.direction ? "stated" : computedDirection ? "computed" : null,
    directionText: stated?.directionText ?? null,
    belowTarget: isBelowTarget(m, current?.value ?? null),
    shortfall: current?.value != null ? shortfallPercent(m, current.value) : null,
    movement: movement(m, previous?.value ?? null, current?.value ?? null),
    periodsOffTarget, commentary: m.commentary,
  };
}
