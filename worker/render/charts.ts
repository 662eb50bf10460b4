// Trend lines drawn in Node as inline SVG, so the print page needs no script and loads nothing.
import type { TrendPoint } from "../../core/reports/trend.js";

const W = 96;
const H = 30;
const PAD = 3.5;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const num = (n: number) => Number(n.toFixed(2));

/** A small line chart of a measure's values, with the target as a dashed line when it has one. */
export function trendSvg(points: TrendPoint[], target: number | null, targetText?: string): string {
  if (points.length < 2) return "";
  const values = points.map((p) => p.value);
  let lo = Math.min(...values, ...(target !== null ? [target] : []));
  let hi = Math.max(...values, ...(target !== null ? [target] : []));
  if (hi - lo < 1e-9) { lo -= 1; hi += 1; }
  const x = (i: number) => PAD + (i * (W - 2 * PAD)) / (points.length - 1);
  const y = (v: number) => H - PAD - ((v - lo) * (H - 2 * PAD)) / (hi - lo);
  const line = points.map((p, i) => `${num(x(i))},${num(y(p.value))}`).join(" ");
  const dots = points.map((p, i) => `<circle cx="${num(x(i))}" cy="${num(y(p.value))}" r="${i === points.length - 1 ? 2.4 : 1.6}"/>`).join("");
  const targetLine = target !== null
    ? `<line class="target" x1="${PAD}" x2="${W - PAD}" y1="${num(y(target))}" y2="${num(y(target))}"/>`
    : "";
  const label = `Trend: ${points.map((p) => `${p.display} (${p.label})`).join(", then ")}${target !== null ? `; target ${targetText ?? target}` : ""}`;
  return `<svg class="trend" role="img" aria-label="${esc(label)}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg">`
    + `${targetLine}<polyline points="${line}"/>${dots}</svg>`;
}
