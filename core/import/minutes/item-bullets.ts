// A summary of decisions printed at the end, each line naming its item ("• Item 6 – The Committee requested that
// the ICB provide …"): every line is moved into the item it names, to be read there like the item's own words.
import type { Block } from "./blocks.js";
import type { ItemBlocks } from "./structure.js";

const NAMES_ITEM = /^(?:agenda\s+)?(?:item|minute|min\.?)\s+(?:no\.?\s*)?([A-Z]{0,6}\/?\d{1,4}(?:[./]\d{1,4})?[a-z]?)\s*[–—:-]\s+(\S.*)$/i;
const bare = (n: string) => n.toLowerCase().replace(/[\s.:]+/g, "");

/** Moves bulleted lines that name another item into it; returns how many moved. */
export function relocateItemBullets(items: ItemBlocks[], after: Block[]): number {
  let moved = 0;
  const move = (from: Block[], k: number): boolean => {
    const b = from[k]!;
    const m = b.marker?.style === "bullet" && !b.cells ? NAMES_ITEM.exec(b.text) : null;
    const home = m ? items.find((i) => bare(i.number) === bare(m[1]!)) : undefined;
    if (!home || home.blocks === from) return false;
    home.blocks.push({ text: m![2]!, marker: null, lines: b.lines, cells: null });
    from.splice(k, 1);
    moved++;
    return true;
  };
  // Not under "Matters arising:" (Totnes): there "Item 9 - the replacement CCTV camera …" names the last meeting's item.
  for (const item of items) {
    const arising = item.blocks.findIndex((b) => /^matters\s+arising\b/i.test(b.text));
    for (let k = item.blocks.length - 1; k >= 0; k--) if (arising < 0 || k <= arising) move(item.blocks, k);
  }
  for (let k = after.length - 1; k >= 0; k--) move(after, k);
  return moved;
}
