import type { Deps } from "../../context.js";
import { describePeriod, parsePeriod } from "../../dates.js";
import { planStatus, type MeasureStatus } from "../../queries/plan.js";
import { selfEvaluation } from "../../queries/selfeval.js";
import { DIRECTION_LABEL, RAG_LABEL } from "../../plan/status.js";
import type { Reply, ReplyItem } from "../../reply.js";
import type { CommandContext } from "../context.js";
import { truncate } from "../format.js";

const SHOWN = 12;

export function valueText(m: MeasureStatus): string {
  const target = m.targetText && m.target === null ? m.targetText : m.target !== null ? `${fmt(m.target, m.unit)}` : "no numeric target";
  const now = m.current ? m.current.display : "no value";
  const before = m.previous?.period ? `; ${periodShort(m.previous.period)}: ${m.previous.display}` : "";
  return `${now} against target ${target}${before}`;
}

export function statusText(m: MeasureStatus): string {
  const rag = m.rag ? `${RAG_LABEL[m.rag]}${m.ragSource === "computed" ? " (computed)" : ""}` : "Not rated";
  const dir = m.direction ? DIRECTION_LABEL[m.direction] : "Direction not known";
  return `${rag}; ${dir}`;
}

/** "Q1 2020/21" */
export function periodShort(period: string): string {
  const { startYear, quarter } = parsePeriod(period);
  return `Q${quarter} ${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}

function fmt(n: number, unit: string): string {
  return unit === "percent" ? `${n}%` : unit === "weeks" ? `${n} weeks` : unit === "days" ? `${n} days` : String(n);
}

function measureItem(m: MeasureStatus): ReplyItem {
  return {
    title: `P${m.priorityNumber}: ${m.name}`,
    fields: [
      { label: "Value", value: valueText(m) },
      { label: "Status", value: statusText(m) },
    ],
  };
}

export async function planReply(deps: Deps, ctx: CommandContext, period?: string): Promise<Reply> {
  const s = await planStatus(deps, ctx.tenant, { committeeId: ctx.committee?.id, period });
  const c = s.counts;
  const below = s.belowTarget;
  return {
    title: `${s.plan.title}: status at the end of ${describePeriod(s.period)}`,
    summary: `${s.measures.length} measures in ${s.priorities.length} priorities. ${below.length} below target. Objectives by RAG: ${c.red} Red, ${c.amber} Amber, ${c.green} Green, ${c.blue} Blue, ${c.none} not rated.`,
    sections: [
      {
        heading: "Objectives by priority",
        fields: s.priorities.map((p) => ({
          label: `${p.number}. ${truncate(p.title, 70)}`,
          value: `${p.counts.red} Red, ${p.counts.amber} Amber, ${p.counts.green} Green${p.counts.blue ? `, ${p.counts.blue} Blue` : ""}, ${p.counts.none} not rated`,
        })),
      },
      {
        heading: `Below target (${below.length})`,
        items: below.slice(0, SHOWN).map(measureItem),
        note: below.length > SHOWN ? `The ${SHOWN} furthest from target are shown; the PDF report lists every measure.` : undefined,
      },
      ...(s.worstMovers.length ? [{ heading: "Biggest falls since last quarter", items: s.worstMovers.map(measureItem) }] : []),
      ...(s.bestMovers.length ? [{ heading: "Biggest improvements since last quarter", items: s.bestMovers.map(measureItem) }] : []),
    ],
    footer: s.rule,
  };
}

export async function selfEvalReply(deps: Deps, ctx: CommandContext, period?: string): Promise<Reply> {
  const e = await selfEvaluation(deps, ctx.tenant, { committeeId: ctx.committee?.id, period });
  return {
    title: `${e.title}`,
    summary: `${e.services.length} service areas, ${describePeriod(e.period)}.`,
    sections: e.services.map((s) => ({
      heading: s.name,
      fields: [
        { label: "Score", value: s.score !== null ? `${s.score} out of 10${s.change !== null ? ` (${s.change >= 0 ? "+" : ""}${s.change} since ${e.previousPeriod})` : ""}` : "not stated" },
        { label: "Strengths", value: String(s.strengths.length) },
        { label: "Areas for development", value: String(s.areasForDevelopment.length) },
      ],
      text: s.strengths[0] ? `Strength: ${truncate(s.strengths[0], 200)}` : undefined,
      note: s.areasForDevelopment[0] ? `To develop: ${truncate(s.areasForDevelopment[0].text, 200)}${s.areasForDevelopment[0].timescale ? ` (${truncate(s.areasForDevelopment[0].timescale, 40)})` : ""}` : undefined,
    })),
    footer: "Where the published document gave a score only as an image, the score shows as \"not stated\".",
  };
}
