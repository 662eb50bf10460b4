// Minutes that print each item's title at the margin and its number in a column of its own beside the first paragraph,
// the paragraph hanging under its first line, with no blank line between the title and the number (Glasgow Community
// Planning Partnership):
//   "Declarations of interest."
//   "2               Stuart Menzies declared an interest in item 9 of these minutes (Housing"
//   "                Emergency – Partnership Response) as a board member of a registered social"
// Rewritten as the title, a blank line, and the paragraph starting "2 Stuart Menzies …", which leadNumberedItems reads
// as the numbered heading and paragraph they stand for.
import { indentOf } from "./page-text.js";

const NUMBERED = /^(\d{1,3})[ \t]{3,}(\S.*)$/;

export function withHangingNumbers(text: string): string {
  const lines = text.split("\n");
  const rows: { at: number; number: number; column: number }[] = [];
  lines.forEach((line, i) => {
    const m = NUMBERED.exec(line);
    const above = lines[i - 1];
    const next = lines[i + 1];
    // The title straight above at the margin, and the paragraph's next line (if any) level with its first words.
    if (!m || !above || !/^\S/.test(above.replace(/^\f/, "")) || NUMBERED.test(above)) return;
    const column = line.length - m[2]!.length;
    if (next !== undefined && next.trim() && indentOf(next) !== column) return;
    rows.push({ at: i, number: Number(m[1]), column });
  });
  // Three at least, all in one column and numbered in order: a layout, not a stray line.
  if (rows.length < 3 || new Set(rows.map((r) => r.column)).size > 1 || rows.some((r, k) => k > 0 && r.number <= rows[k - 1]!.number)) return text;
  const at = new Set(rows.map((r) => r.at));
  return lines.flatMap((line, i) => (at.has(i) ? ["", line.replace(NUMBERED, "$1 $2")] : [line])).join("\n");
}
