// The improvement-plan report for one period: planStatus (the one place RAGB and direction are
// worked out) reshaped for print: cover, at a glance, executive summary, priorities, exceptions.
import type { Deps, Tenant } from "../context.js";
import { UserError } from "../errors.js";
import { parsePeriod, periodKey } from "../dates.js";
import { DEFAULT_RAG_RULE, DIRECTION_GLYPH, describeRule, type RagRule } from "../plan/status.js";
import { planStatus, type MeasureStatus, type ObjectiveStatus, type PriorityStatus, type RagCounts } from "../queries/plan.js";
import { trendPoints, type TrendPoint } from "./trend.js";
import { periodLabel, updatedTo } from "./periods.js";
import { paragraphs } from "./types.js";

export interface MeasureRow extends MeasureStatus {
  objectiveNumber: string;
  trend: TrendPoint[] | null;
  /** Distance from target in the measure's own unit; positive is short of target. */
  gap: number | null;
  /** The plan's own words about direction of travel, where it printed more than an arrow. */
  directionNote: string | null;
  /** An arrow the plan printed without saying what it meant. */
  printedArrow: string | null;
}

export interface ObjectiveView extends Omit<ObjectiveStatus, "measures"> {
  number: string;
  /** The plan's own words about direction of travel, where it printed more than an arrow. */
  directionNote: string | null;
  printedArrow: string | null;
  measures: MeasureRow[];
  actionsHaveStatus: boolean;
}

export interface PriorityView extends Omit<PriorityStatus, "objectives"> {
  objectives: ObjectiveView[];
  measureCount: number;
}

export interface ImprovementPlanReport {
  period: { key: string; label: string; previousKey: string; previousLabel: string; nextLabel: string; updatedTo: string };
  updatedText: string | null;
  vision: string;
  aim: string[];
  aims: { text: string; priorities: string }[];
  glance: {
    rows: { number: number; title: string; counts: RagCounts; total: number }[];
    totals: RagCounts;
    objectiveCount: number;
    measureCount: number;
    belowTargetCount: number;
    furthestOffTarget: MeasureRow[];
    improvers: MeasureRow[];
    fallers: MeasureRow[];
  };
  summary: {
    goingWell: string[];
    worriedAbout: string[];
    delivered: { text: string; lead: string | null; status: string | null }[];
    nextQuarter: { text: string; lead: string | null }[];
  };
  priorities: PriorityView[];
  exceptions: MeasureRow[];
  rule: { text: string; greenWithin: number; amberWithin: number };
}

export interface ImprovementPlanOptions { committeeId?: number; period?: string; rule?: RagRule }

/** The at-a-glance page shows this many of the biggest improvements and falls, so it fits one page. */
export const MOVERS_SHOWN = 3;

const ARROWS = new Set(Object.values(DIRECTION_GLYPH).concat(["↔", "⟷", "⬆", "⬇", "➡"]));

export async function improvementPlanReport(
  deps: Pick<Deps, "db">, tenant: Tenant, opts: ImprovementPlanOptions = {},
): Promise<{ report: ImprovementPlanReport; plan: { title: string; classification: string; committee: { id: number; name: string; slug: string } } }> {
  const planKey = opts.period ? await planKeyFor(deps, tenant, opts.committeeId, opts.period) : undefined;
  const rule = opts.rule ?? DEFAULT_RAG_RULE;
  const s = await planStatus(deps, tenant, { committeeId: opts.committeeId, planKey, period: opts.period, rule });
  if (s.period > s.plan.asAt) {
    throw new UserError(`The improvement plan is updated to the end of ${periodLabel(s.plan.asAt)}; there are no figures for ${s.period} yet.`);
  }
  const rows = new Map<number, MeasureRow>();
  const priorities: PriorityView[] = s.priorities.map((p) => ({
    ...p,
    measureCount: p.objectives.reduce((n, o) => n + o.measures.length, 0),
    objectives: p.objectives.map((o, i) => {
      const number = `${p.number}.${i + 1}`;
      const measures = o.measures.map((m) => {
        const row = measureRow(m, number);
        rows.set(m.id, row);
        return row;
      });
      return { ...o, number, measures, directionNote: directionWords(o.directionText), printedArrow: bareArrow(o.direction, o.directionText), actionsHaveStatus: o.actions.some((a) => a.status) };
    }),
  }));
  const row = (m: MeasureStatus) => rows.get(m.id)!;
  const bySection = (section: string) => s.summary.filter((x) => x.section === section);
  const { startYear, quarter } = parsePeriod(s.period);
  const next = quarter === 4 ? periodKey(startYear + 1, 1) : periodKey(startYear, quarter + 1);
  return {
    plan: { title: s.plan.title, classification: s.plan.classification, committee: s.plan.committee },
    report: {
      period: {
        key: s.period, label: periodLabel(s.period), previousKey: s.previousPeriod, previousLabel: periodLabel(s.previousPeriod),
        nextLabel: periodLabel(next), updatedTo: updatedTo(s.period),
      },
      updatedText: s.plan.updatedText,
      vision: s.plan.vision,
      aim: paragraphs(s.plan.aim),
      aims: s.aims,
      glance: {
        rows: s.priorities.map((p) => ({ number: p.number, title: p.title, counts: p.counts, total: p.objectives.length })),
        totals: s.counts,
        objectiveCount: s.priorities.reduce((n, p) => n + p.objectives.length, 0),
        measureCount: s.measures.length,
        belowTargetCount: s.belowTarget.length,
        furthestOffTarget: s.furthestOffTarget.map(row),
        improvers: s.bestMovers.slice(0, MOVERS_SHOWN).map(row),
        fallers: s.worstMovers.slice(0, MOVERS_SHOWN).map(row),
      },
      summary: {
        goingWell: bySection("going-well").map((x) => x.text),
        worriedAbout: bySection("worried-about").map((x) => x.text),
        delivered: bySection("delivered").map((x) => ({ text: x.text, lead: x.lead, status: x.status })),
        nextQuarter: bySection("next-quarter").map((x) => ({ text: x.text, lead: x.lead })),
      },
      priorities,
      exceptions: s.exceptions.map(row),
      rule: { text: describeRule(rule), greenWithin: rule.greenWithin, amberWithin: rule.amberWithin },
    },
  };
}

/** Printed direction text worth showing beside the label: words, not an arrow or a description of one. */
function directionWords(text: string | null): string | null {
  const printed = text?.trim() || null;
  return printed && /[a-z]{3,}/i.test(printed) && !/^(upward|downward|sideways|level) arrow$/i.test(printed) ? printed : null;
}

/** An arrow printed without a stated meaning, to show as printed rather than guess at. */
function bareArrow(direction: string | null, text: string | null): string | null {
  const printed = text?.trim() || null;
  return direction === null && printed !== null && [...printed].every((c) => ARROWS.has(c) || /\s/.test(c)) ? printed : null;
}

function measureRow(m: MeasureStatus, objectiveNumber: string): MeasureRow {
  const value = m.current?.value ?? null;
  const gap = value === null || m.target === null || !m.betterWhen ? null : m.betterWhen === "higher" ? m.target - value : value - m.target;
  return {
    ...m, objectiveNumber, trend: trendPoints(m), gap,
    directionNote: directionWords(m.directionText),
    printedArrow: bareArrow(m.direction, m.directionText),
  };
}

/** The plan for the period's financial year, so "2019-20-Q4" finds last year's plan, not this one. */
async function planKeyFor(deps: Pick<Deps, "db">, tenant: Tenant, committeeId: number | undefined, period: string): Promise<string> {
  const { startYear } = parsePeriod(period);
  const year = periodKey(startYear, 1).slice(0, 7);
  const plans = await deps.db.improvementPlan.findMany({
    where: { councilId: tenant.councilId, ...(committeeId ? { committeeId } : {}) },
    select: { key: true, year: true, asAt: true }, orderBy: [{ year: "desc" }, { asAt: "desc" }],
  });
  if (!plans.length) throw new UserError("No improvement plan has been loaded for this committee yet.", "not_found");
  const match = plans.find((p) => p.year === year);
  if (!match) {
    const years = [...new Set(plans.map((p) => p.year))].join(", ");
    throw new UserError(`There is no improvement plan for ${year} (period ${period}). Plans loaded: ${years}.`, "not_found");
  }
  return match.key;
}

