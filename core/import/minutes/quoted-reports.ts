// Northern Irish councils (and others) minute a report by quoting it whole: 'The Committee considered
// the undernoted report: "1.0 Purpose of Report … 5.1 …"'. The report's own section numbers are not items.
import type { Block } from "./blocks.js";

const LONGEST_QUOTE = 80;
const quoteMarks = (text: string) => (text.match(/"/g) ?? []).length;

/** Indexes of the blocks inside a quotation that opens on one block and closes on a later one. */
export function quotedBlocks(blocks: Block[]): Set<number> {
  const inside = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!b.text.startsWith('"') || quoteMarks(b.text) % 2 === 0) continue;
    const end = blocks.slice(i + 1, i + 1 + LONGEST_QUOTE).findIndex((x) => quoteMarks(x.text) % 2 === 1);
    if (end < 0) continue;
    for (let k = i; k <= i + 1 + end; k++) inside.add(k);
    i += 1 + end;
  }
  return inside;
}
