// RAG status and direction of travel for improvement-plan measures. Pure functions.
// The plan's own RAGB wins where the document states it; otherwise we compute it from a stated rule,
// and every report says which rule it used.

export type Rag = "red" | "amber" | "green" | "blue";
export type Direction = "improving" | "declining" | "same";

export interface RagRule {
  /** Within this % of target (relative shortfall) is green. */
  greenWithin: number;
  /** Within this % is amber; beyond is red. */
  amberWithin: number;
}

export const DEFAULT_RAG_RULE: RagRule = { greenWithin: 5, amberWithin: 10 };

export function describeRule(rule: RagRule): string {
  return `Where the plan gives no RAGB status, Scrutineer computes it: on or within ${rule.greenWithin}% of target is Green, ` +
    `within ${rule.amberWithin}% is Amber, further off is Red. Blue (achieved and sustained) is only ever shown when the plan states it.`;
}

export interface MeasureShape {
  target: number | null;
  betterWhen: string | null;
}

/** How far a value falls short of target, as a % of target; 0 or less means on or better than target. */
export function shortfallPercent(m: MeasureShape, value: number): number | null {
  if (m.target === null || !m.betterWhen) return null;
  const gap = m.betterWhen === "higher" ? m.target - value : value - m.target;
  if (m.target === 0) return gap > 0 ? Infinity : 0;
  return (gap / Math.abs(m.target)) * 100;
}

export function isBelowTarget(m: MeasureShape, value: number | null): boolean {
  if (value === null) return false;
  const s = shortfallPercent(m, value);
  return s !== null && s > 0;
}

export function computeRag(m: MeasureShape, value: number | null, rule: RagRule = DEFAULT_RAG_RULE): Rag | null {
  if (value === null) return null;
  const s = shortfallPercent(m, value);
  if (s === null) return null;
  if (s <= rule.greenWithin) return "green";
  if (s <= rule.amberWithin) return "amber";
  return "red";
}

export function computeDirection(m: Pick<MeasureShape, "betterWhen">, previous: number | null, current: number | null): Direction | null {
  if (previous === null || current === null || !m.betterWhen) return null;
  if (current === previous) return "same";
  const up = current > previous;
  return (m.betterWhen === "higher") === up ? "improving" : "declining";
}

/** Movement in the better direction, in the measure's own units (positive is better). */
export function movement(m: Pick<MeasureShape, "betterWhen">, previous: number | null, current: number | null): number | null {
  if (previous === null || current === null || !m.betterWhen) return null;
  return m.betterWhen === "higher" ? current - previous : previous - current;
}

export const RAG_LABEL: Record<Rag, string> = { red: "Red", amber: "Amber", green: "Green", blue: "Blue" };
export const DIRECTION_LABEL: Record<Direction, string> = { improving: "Improving", declining: "Declining", same: "No change" };
/** Glyphs are decoration beside the words; renderers hide them from assistive technology. */
export const DIRECTION_GLYPH: Record<Direction, string> = { improving: "↑", declining: "↓", same: "→" };
