// Items that only group reports, each report a numbered sub-item with its own title and its paragraph straight under it,
// level with the title's words (Cleveland Fire Authority, Great Shelford Parish Council):
//   "4.       TO RECEIVE THE REPORTS OF THE CHIEF FIRE OFFICER"      "5. Pavilion"
//   ""                                                              ""
//   "4.1      Internal Audit Progress Report 2025/26"                "   5.1 Pavilion roof repairs"
//   "         The Internal Audit Manager presented the progress …"   "       The Clerk presented three quotations …"
// Each sub-item's title is set apart from its paragraph by a blank line, as a title standing alone is, so that it is read
// as the sub-item's heading. Only under a heading whose first line below is its ".1" laid out so.
import { SENTENCE, inCapitals, isTitleCase } from "./title-lines.js";
import { indentOf } from "./page-text.js";

const GROUP = /^\s*(\d{1,3})\.?\s+(\S.*)$/;
const SUB_TITLE = /^(\s*(\d{1,3})\.(\d{1,2})\s+)(\S.{2,90}?)\s*$/;
// Not "33.1      Superintendent Naylor, Area Commander for the Southern Area, and Councillor" (Ipswich): a paragraph's first
// line, running on, which a title neither fills nor breaks off in.
const titleOnly = (t: string) => !/[.;:,]$/.test(t) && !SENTENCE.test(t) && !/,/.test(t) && t.length <= 70 && t.split(/\s+/).length <= 12 &&
  !/\b(?:and|of|the|for|to|with|in|on|by|a|an|Councillor|Cllr)$/.test(t) &&
  // Nor "61.1   The Chair invited the Chief Executive to provide an update on Local" (Mid Suffolk): a verb in the past.
  !/\b[a-z]{3,}ed\b/.test(t);

/** The sub-item's title line, when the line after it is a paragraph level with the title's words and the title stops well
 *  short of the width the paragraphs wrap at ("3.1      The minutes of the meeting held on Monday 10th November 2025 (Paper",
 *  Tynwald, runs on). */
function subTitle(lines: string[], i: number, width: number): RegExpExecArray | null {
  const sub = SUB_TITLE.exec(lines[i]!);
  const next = lines[i + 1];
  return sub && titleOnly(sub[4]!) && lines[i]!.trimEnd().length <= width * 0.8 && next !== undefined && /^[A-Z(]/.test(next.trim()) && indentOf(next) === sub[1]!.length ? sub : null;
}

export function withGroupedReportsApart(text: string): string {
  const lines = text.split("\n");
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const groups = new Set<string>();
  lines.forEach((l, i) => {
    const g = GROUP.exec(l);
    if (!g || !(inCapitals(g[2]!) || (titleOnly(g[2]!) && (isTitleCase(g[2]!, 1) || g[2]!.split(/\s+/).length <= 4)))) return;
    const k = lines.findIndex((x, j) => j > i && j <= i + 3 && x.trim());
    const sub = k > 0 ? subTitle(lines, k, width) : null;
    if (sub && sub[2] === g[1] && sub[3] === "1") groups.add(g[1]!);
  });
  if (groups.size === 0) return text;
  return lines.flatMap((l, i) => {
    const sub = subTitle(lines, i, width);
    return sub && groups.has(sub[2]!) ? [l, ""] : [l];
  }).join("\n");
}
