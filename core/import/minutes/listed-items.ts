// A list of the meeting's own items inside one of them: East Sussex Fire Authority's "CALLOVER", where "Members reserved
// the following items for debate:" over "26      Internal Audit Progress Report – Quarter 2 2025/26", "27 …", "29 …".
// Read as headings, they take the items' numbers before the items do, and every real heading after them is out of step.
// A run of three or more such lines, each number heading an item again further on, is a list: its lines become bullets.
import type { Block } from "./blocks.js";

// Dursley's "Action Summary:" over "10750      Ganzell Lane footpath – reply to resident", "10753.1    Kingshill Road / Highfields gullies" …
// is one too: five figures, and a sub-item's number.
const NUMBERED_LINE = /^(\d{1,5}(?:\.\d{1,2})?)\s+[A-Z]/;
const numberOf = (b: Block) => (b.marker?.style === "number" ? b.marker.label : b.marker ? null : NUMBERED_LINE.exec(b.text)?.[1] ?? null);

export function withoutListedItems(blocks: Block[]): Block[] {
  let out: Block[] | null = null;
  // Where each number heads a block, in order: looked up, not searched for, so a long document with many short runs stays quick.
  const at = new Map<string, number[]>();
  blocks.forEach((b, j) => {
    const n = numberOf(b);
    if (n === null) return;
    const list = at.get(n);
    if (list) list.push(j);
    else at.set(n, [j]);
  });
  const firstFrom = (n: string, from: number) => at.get(n)?.find((j) => j >= from) ?? -1;
  for (let k = 0; k < blocks.length; k++) {
    let end = k;
    while (end < blocks.length && !blocks[end]!.marker && !blocks[end]!.cells && blocks[end]!.lines === 1 && NUMBERED_LINE.test(blocks[end]!.text) &&
      (end === k || Number(numberOf(blocks[end]!)) > Number(numberOf(blocks[end - 1]!)))) end++;
    if (end - k < 3) continue;
    const numbers = blocks.slice(k, end).map((b) => numberOf(b)!);
    // Each again, in order, as the number of a block further on.
    let from = end;
    const again = numbers.every((n) => {
      const j = firstFrom(n, from);
      from = j + 1;
      return j >= 0;
    });
    if (!again) { k = end - 1; continue; }
    out ??= [...blocks];
    for (let j = k; j < end; j++) out[j] = { ...blocks[j]!, marker: { style: "bullet", label: "•" } };
    k = end - 1;
  }
  return out ?? blocks;
}
