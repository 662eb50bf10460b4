// Minutes that print each item's title in capitals in a left-hand column, its number in the next and its paragraphs
// in a third (East Ayrshire):
//   "MINUTE OF PREVIOUS MEETING    2.    The Minute of the meeting …"
//   "AYRSHIRE ROADS ALLIANCE:      4.    There was submitted a report …"
//   "CARRIAGEWAY DEFECTS AND             by the Head of Ayrshire Roads Alliance …"
// Rewritten as "2. MINUTE OF PREVIOUS MEETING" over the paragraph, the title's wrapped parts gathered from the column.

const ROW = /^([A-Z][A-Z0-9 ,&'’:/()–-]{2,60}?)[ \t]{2,}(\d{1,3})\.([ \t]{2,})(\S.*)$/;
const TITLE_PART = /^[A-Z0-9][A-Z0-9 ,&'’:/()–-]*[A-Z]{2}[A-Z0-9 ,&'’:/()–-]*$/;

export function withLeftColumnTitles(text: string): string {
  const lines = text.split("\n");
  const rows = lines.map((l) => ROW.exec(l));
  // Three such rows at least, their paragraphs in one column: a layout, not a stray line.
  const columns = rows.flatMap((m, i) => (m ? [lines[i]!.length - m[4]!.length] : []));
  if (columns.length < 3 || new Set(columns).size > 2) return text;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = rows[i];
    if (!m) { out.push(lines[i]!); continue; }
    const column = lines[i]!.length - m[4]!.length;
    const title = [m[1]!.trim()];
    const body = [" ".repeat(column) + m[4]!];
    for (let j = i + 1; j < lines.length; j++) {
      const left = lines[j]!.slice(0, column);
      const part = left.trim();
      // The next line's left column holds more of the title only where it is set off from the paragraph's words.
      if (!part || !TITLE_PART.test(part) || !/[ \t]{2,}$/.test(left) && lines[j]!.length > column) break;
      title.push(part);
      if (lines[j]!.slice(column).trim()) body.push(" ".repeat(column) + lines[j]!.slice(column).trim());
      i = j;
    }
    out.push(`${m[2]}. ${title.join(" ")}`, "", ...body);
  }
  return out.join("\n");
}
