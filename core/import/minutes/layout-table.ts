// Tables as `pdftotext -layout` prints them: columns of text separated by runs of spaces, a long cell
// wrapping onto the next line with the other columns left blank. The column positions come from the
// heading row; each later line either starts a row (text in the first column) or continues the cells
// of the row above. The result is the same cells a table copied from Word gives with tabs.

interface Fragment { start: number; text: string }

const TOLERANCE = 3;

/** Runs of text separated by two or more spaces, with where each starts. */
function fragments(line: string): Fragment[] {
  const out: Fragment[] = [];
  const re = /\S+(?: \S+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) out.push({ start: m.index, text: m[0] });
  return out;
}

function column(f: Fragment, starts: number[]): number {
  for (let c = starts.length - 1; c >= 0; c--) if (Math.abs(f.start - starts[c]!) <= TOLERANCE) return c;
  return -1;
}

type LineShape = "row" | "continuation" | "other";

function shape(line: string, starts: number[]): LineShape {
  const fr = fragments(line);
  if (fr.length === 0 || fr.some((f) => column(f, starts) < 0)) return "other";
  if (column(fr[0]!, starts) === 0) return fr.length >= 2 ? "row" : "other";
  return "continuation";
}

/** A heading row: three or more short cells, none ending like a sentence. */
function headingStarts(line: string): number[] | null {
  if (line.includes("\t") || line.length > 220) return null;
  const fr = fragments(line);
  if (fr.length < 3 || fr.length > 8) return null;
  // "Members  were  reminded  that  the  next  meeting of the South West Wales" (South West Wales, its text fully justified):
  // prose spread across the line, its words in lower case standing alone, not a table's heads.
  // Nor "(a)   PR and GL left  the meeting for  this item. AO reported that the" (the London Pensions Fund Authority), a
  // justified line whose double spaces part runs of words in lower case.
  if (fr.filter((f) => /^[a-z][a-z'’-]*$/.test(f.text)).length >= 2 || fr.filter((f) => /^[a-z]/.test(f.text) && /\s/.test(f.text)).length >= 2) return null;
  // "No." and "Ref." head a numbering column; any other cell ending like a sentence is not a heading.
  if (fr.some((f) => f.text.length > 40 || (/[.;,]$/.test(f.text) && !/^(?:no|ref|min|item)\.$/i.test(f.text))) || !fr.every((f) => /[A-Za-z]/.test(f.text))) return null;
  return fr.map((f) => f.start);
}

const NUMBERED_CAPITALS = /^\s{0,3}[A-Z]{0,6}\d{1,4}(?:\/\d{2,4})?\.?\s{2,}[A-Z][A-Z0-9 ,&'’()\/-]{3,}$/;

/** The table starting at lines[i], as rows of cells (the heading first), and the index of its last line; or null. */
export function layoutTable(lines: string[], i: number): { rows: string[][]; end: number } | null {
  const starts = headingStarts(lines[i]!);
  if (!starts) return null;
  const rows: string[][] = [fragmentsToCells(lines[i]!, starts)];
  let end = i;
  let sawRow = false;
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (!line.trim()) {
      // A blank line inside the table (or under its heading) only when a row follows it.
      const next = lines.slice(j + 1).findIndex((l) => l.trim());
      // Nor is "25/143      WELCOME AND ANNOUNCEMENTS" after a blank line under the attendance table (Wymondham) a row of it: a
      // numbered title in capitals starts the minutes.
      if (next < 0 || shape(lines[j + 1 + next]!, starts) !== "row" || NUMBERED_CAPITALS.test(lines[j + 1 + next]!)) break;
      continue;
    }
    const s = shape(line, starts);
    if (s === "other") break;
    if (s === "row") {
      rows.push(fragmentsToCells(line, starts));
      sawRow = true;
    } else {
      // Wrapped text of the row above (or of the heading, before any row).
      const cells = fragmentsToCells(line, starts);
      const last = rows[rows.length - 1]!;
      cells.forEach((c, k) => { if (c) last[k] = last[k] ? `${last[k]} ${c}` : c; });
    }
    end = j;
  }
  return sawRow ? { rows, end } : null;
}

function fragmentsToCells(line: string, starts: number[]): string[] {
  const cells = starts.map(() => "");
  for (const f of fragments(line)) {
    const c = Math.max(0, column(f, starts));
    cells[c] = cells[c] ? `${cells[c]} ${f.text}` : f.text;
  }
  return cells;
}
