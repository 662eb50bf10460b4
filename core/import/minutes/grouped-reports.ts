// Items that only group reports, each report a numbered sub-item with its own title and its paragraph straight under it
// (Cleveland Fire Authority):
//   "4.       TO RECEIVE THE REPORTS OF THE CHIEF FIRE OFFICER"
//   ""
//   "4.1      Internal Audit Progress Report 2025/26"
//   "         The Internal Audit Manager presented the progress made …"
// Each sub-item's title is set apart from its paragraph by a blank line, as a title standing alone is, so that it is read
// as the sub-item's heading. Only under a heading in capitals whose first line below is its ".1".
import { SENTENCE, inCapitals, isTitleCase } from "./title-lines.js";

const GROUP = /^\s*(\d{1,3})\.?\s+(\S.*)$/;
const SUB_TITLE = /^\s*(\d{1,3})\.(\d{1,2})\s+(\S.{2,90}?)\s*$/;
// Not "33.1      Superintendent Naylor, Area Commander for the Southern Area, and Councillor" (Ipswich): a paragraph's first
// line, running on, which a title neither fills nor breaks off in.
const titleOnly = (t: string) => isTitleCase(t, 2) && !/[.;:,]$/.test(t) && !SENTENCE.test(t) && !/,/.test(t) && t.length <= 60 &&
  !/\b(?:and|of|the|for|to|with|in|on|by|a|an|Councillor|Cllr)$/.test(t);

export function withGroupedReportsApart(text: string): string {
  const lines = text.split("\n");
  const groups = new Set<string>();
  lines.forEach((l, i) => {
    const g = GROUP.exec(l);
    if (!g || !inCapitals(g[2]!)) return;
    const next = lines.slice(i + 1, i + 4).find((x) => x.trim());
    const sub = next ? SUB_TITLE.exec(next) : null;
    if (sub && sub[1] === g[1] && sub[2] === "1" && titleOnly(sub[3]!)) groups.add(g[1]!);
  });
  if (groups.size === 0) return text;
  return lines.flatMap((l, i) => {
    const sub = SUB_TITLE.exec(l);
    const next = lines[i + 1];
    return sub && groups.has(sub[1]!) && titleOnly(sub[3]!) && next !== undefined && next.trim() && /^[A-Z]/.test(next.trim()) ? [l, ""] : [l];
  }).join("\n");
}
