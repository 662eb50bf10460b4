// Handlebars helpers: the only place report wording for dates, numbers, RAG and arrows lives.
// Every helper escapes what it is given; templates never use triple braces.
import type { HelperDelegate } from "handlebars";
import Handlebars from "handlebars";
import { formatDue, formatLongDate, formatShortDate, formatTime, type IsoDate } from "../../core/dates.js";
import { DIRECTION_GLYPH, DIRECTION_LABEL, RAG_LABEL, type Direction, type Rag } from "../../core/plan/status.js";
import { STATUS_LABEL } from "../../core/commands/format.js";
import type { TrendPoint } from "../../core/reports/trend.js";
import { trendSvg } from "./charts.js";

const { escapeExpression: esc, SafeString } = Handlebars;
const nf = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** Handlebars passes its options object last; a helper's optional arguments must skip it. */
const arg = <T>(v: T) => (v !== null && typeof v === "object" && "hash" in (v as object) ? undefined : v);

export function formatNumber(n: number): string {
  return nf.format(n);
}

export function formatValue(n: number | null | undefined, unit?: string): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "";
  const u = arg(unit);
  if (u === "percent") return `${nf.format(n)}%`;
  if (u === "weeks") return `${nf.format(n)} week${n === 1 ? "" : "s"}`;
  if (u === "days") return `${nf.format(n)} day${n === 1 ? "" : "s"}`;
  return nf.format(n);
}

const nf1 = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** "3 points" (percentage points) for percentages, otherwise the value in its unit. */
function amount(n: number, unit: string): string {
  return unit === "percent" ? `${nf1.format(n)} point${n === 1 ? "" : "s"}` : formatValue(n, unit);
}

export const helpers: Record<string, HelperDelegate> = {
  longDate: (d: IsoDate | null) => (d ? formatLongDate(d) : "not stated"),
  shortDate: (d: IsoDate | null) => (d ? formatShortDate(d) : "not stated"),
  clock: (t: string | null) => (t ? formatTime(t) : ""),
  whenDue: (date: IsoDate | null, precision: string | null, text: string | null) => formatDue(date, arg(precision) ?? null, arg(text) ?? null),
  /** "5.00pm Wednesday 25 November 2020" */
  deadlineAt: (d: { date: IsoDate; time: string } | null) => (d ? `${formatTime(d.time)} ${formatLongDate(d.date)}` : "not stated"),
  pct: (n: number | null) => (n === null || n === undefined ? "" : `${nf.format(n)}%`),
  num: (n: number | null) => (n === null || n === undefined ? "" : nf.format(n)),
  withUnit: (n: number | null, unit: string) => formatValue(n, unit),
  /** Distance from target: "3 points below target". */
  gapText: (gap: number | null, unit: string, betterWhen: string) => {
    if (gap === null || gap === undefined) return "";
    if (gap <= 0) return "on or better than target";
    return `${amount(gap, unit)} ${betterWhen === "lower" ? "above" : "below"} target`;
  },
  /** A change between periods, with its sign in words: "up 2 points". */
  changeText: (from: number | null, to: number | null, unit: string) => {
    if (from === null || to === null || from === undefined || to === undefined) return "";
    const d = Number((to - from).toFixed(4));
    return d === 0 ? "no change" : `${d > 0 ? "up" : "down"} ${amount(Math.abs(d), unit)}`;
  },
  ragLabel: (rag: Rag | null, source?: string) => {
    if (!rag) return new SafeString(`<span class="rag rag-none">Not rated</span>`);
    const computed = arg(source) === "computed" ? ` <span class="rag-source">(computed)</span>` : "";
    return new SafeString(`<span class="rag rag-${rag}"><span class="swatch" aria-hidden="true"></span>${esc(RAG_LABEL[rag])}</span>${computed}`);
  },
  /** A RAG heading cell: the swatch beside the word. */
  ragKey: (rag: Rag | "none") =>
    new SafeString(rag === "none" ? "Not rated" : `<span class="rag rag-${rag}"><span class="swatch" aria-hidden="true"></span>${esc(RAG_LABEL[rag])}</span>`),
  travel: (dir: Direction | null, printedArrow?: string | null) => {
    if (!dir) {
      const printed = arg(printedArrow);
      return new SafeString(printed
        ? `<span class="dir dir-unknown">Not stated <span class="note">(the plan prints ${esc(printed)})</span></span>`
        : `<span class="dir dir-unknown">Not known</span>`);
    }
    return new SafeString(`<span class="dir dir-${dir}"><span class="arrow" aria-hidden="true">${DIRECTION_GLYPH[dir]}</span> ${esc(DIRECTION_LABEL[dir])}</span>`);
  },
  /** Section-style score: "7 out of 10" or "not stated", never a guess. */
  outOf10: (n: number | null) => (n === null || n === undefined ? "not stated" : `${nf.format(n)} out of 10`),
  scoreChange: (change: number | null, score: number | null, previousLabel: string) => {
    if (score === null || score === undefined) return "No score stated";
    if (change === null || change === undefined) return `No score for ${previousLabel} to compare`;
    if (change === 0) return `No change since ${previousLabel}`;
    return `${change > 0 ? "Up" : "Down"} ${nf.format(Math.abs(change))} since ${previousLabel}`;
  },
  /** The score change as a headline: "Up 1", "No change", "Not available". */
  scoreMove: (change: number | null) =>
    change === null || change === undefined ? "Not available" : change === 0 ? "No change" : `${change > 0 ? "Up" : "Down"} ${nf.format(Math.abs(change))}`,
  actionStatus: (s: string) => STATUS_LABEL[s] ?? s,
  /** "in 5 working days", "today", "3 working days ago" */
  workingDays: (n: number | null) => {
    if (n === null || n === undefined) return "";
    if (n === 0) return "today";
    return n > 0 ? `in ${n} working day${n === 1 ? "" : "s"}` : `${-n} working day${n === -1 ? "" : "s"} ago`;
  },
  countOf: (n: number, one: string, many: string) => `${nf.format(n)} ${n === 1 ? one : many}`,
  trendChart: (points: TrendPoint[] | null, target: number | null, targetText?: string | null) =>
    new SafeString(points ? trendSvg(points, target ?? null, arg(targetText) ?? undefined) : ""),
  /** Long free text cut at a word boundary, for digests that point to the full record. */
  truncate: (text: string, max: number) => {
    const flat = String(text ?? "").trim();
    if (flat.length <= max) return flat;
    const cut = flat.slice(0, max);
    return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 40)).trimEnd()}…`;
  },
  /** One line of text: headings keep their white space (see styles), so data line breaks are folded here. */
  flat: (text: string | null) => String(text ?? "").replace(/\s+/g, " ").trim(),
  eq: (a: unknown, b: unknown) => a === b,
  gt: (a: number, b: number) => a > b,
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  not: (a: unknown) => !a,
  len: (a: unknown[] | null) => (Array.isArray(a) ? a.length : 0),
  plusOne: (n: number) => n + 1,
};
