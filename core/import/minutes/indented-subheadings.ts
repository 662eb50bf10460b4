// Minutes whose paragraphs indent only their first line, their item headings at the margin, and whose sub-headings sit
// at the paragraphs' indent (Belfast City Council and its Policing and Community Safety Partnership):
//   "District Policing and Community Safety Partnerships – Updates"
//   ""
//   "            North DPCSP"
//   ""
//   "            The Deputy Chairperson of the North DPCSP reported that …"
//   "a public meeting in the Waterworks area in October, …"
// The sub-heading names part of the item, not an item of its own: it is given a closing colon, as a label has, so
// that nothing reads it as the next item's heading.
import { indentOf } from "./page-text.js";

const SHORT_TITLE = /^[A-Z][\w'’&(),/ –-]{1,58}[\w)]$/;

export function withIndentedSubheadings(text: string): string {
  const lines = text.split("\n");
  const blank = (l: string | undefined) => l === undefined || !l.trim();
  // Paragraphs that open indented after a blank line and run on at the margin.
  const opens = new Map<number, number>();
  lines.forEach((l, i) => {
    const n = indentOf(l);
    if (n >= 8 && l.trim() && blank(lines[i - 1]) && !blank(lines[i + 1]) && indentOf(lines[i + 1]!) === 0) opens.set(n, (opens.get(n) ?? 0) + 1);
  });
  const [column, count] = [...opens].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (count < 5) return text;
  let changed = false;
  const out = lines.map((l, i) => {
    if (indentOf(l) !== column || !blank(lines[i - 1]) || !blank(lines[i + 1]) || !SHORT_TITLE.test(l.trim())) return l;
    changed = true;
    return `${l}:`;
  });
  return changed ? out.join("\n") : text;
}
