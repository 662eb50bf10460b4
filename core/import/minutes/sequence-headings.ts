// Items lettered "A.", "B.", "C." or numbered in Roman capitals "I.", "II.", "III.". Both read as list
// markers anywhere else, so they count as headings only as one unbroken run from A (or I) through the
// minutes, each a short title line of its own; a list inside an item starts again at A and says things.
import type { Block } from "./blocks.js";

const LETTERS = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
const ROMANS = Array.from({ length: 40 }, (_, i) => roman(i + 1));

/** Block index to the label as printed ("IV"), for the run of capital-lettered or Roman headings, if the minutes have one. */
export function sequenceHeadings(blocks: Block[]): Map<number, string> {
  for (const labels of [LETTERS, ROMANS]) {
    const run = new Map<number, string>();
    blocks.forEach((b, k) => {
      // "III INTERNAL AUDIT REPORTS": Dundee's articles, a Roman numeral with no stop before a title in capitals.
      const bare = labels === ROMANS && !b.marker && b.text === b.text.toUpperCase() ? /^([IVXL]{1,6})\s+(?=[A-Z]{2})/.exec(b.text) : null;
      const raw = b.marker?.raw ?? bare?.[1];
      const heading = bare ? { ...b, text: b.text.slice(bare[0].length) } : b;
      if (raw !== undefined && raw === labels[run.size] && isHeadingText(heading)) run.set(k, raw);
    });
    if (run.size >= 3) return run;
  }
  return new Map();
}

function isHeadingText(b: Block): boolean {
  const t = b.text.trim();
  // A title in capitals may run long ("ISSUES RELATING TO THE PLANNING, PROVISION AND/OR OPERATION OF HEALTH SERVICES: …"),
  // and may break at a comma, its last words on the next line ("… REPORT - QUARTER 3," / "2025-2026").
  const capitals = t === t.toUpperCase();
  if (b.cells || b.lines > (capitals ? 3 : 2) || t.length < 3 || t.length > (capitals ? 220 : 160) || !/^[A-Z0-9"']/.test(t) || /[.;:]$/.test(t) || (!capitals && /,$/.test(t))) return false;
  return t.split(/\s+/).length <= (capitals ? 32 : 20) && !/^(?:that|resolved|agreed|the\s+committee)\b/i.test(t);
}

function roman(n: number): string {
  const parts: [number, string][] = [[10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let s = "";
  for (const [v, r] of parts) while (n >= v) { s += r; n -= v; }
  return s;
}
