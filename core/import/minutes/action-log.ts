// An action log: a table of the meeting's actions with a column naming the item each came from
// ("Minute | Action | Responsible Officer | Target Date"), printed after the minutes or inside their
// last item ("Actions arising"). Each row belongs to the item it names, wherever the table is printed.
import { ACTION_HEADING, labelledEntry, logLine, tableHeader, tableRow, trailingTableActions } from "./action-lines.js";
import type { Block } from "./blocks.js";
import type { ItemContext } from "./candidates.js";
import type { ItemBlocks } from "./structure.js";
import type { ProposedAction } from "./types.js";

/** The rows of every action log, taken out of the items they were printed in, each with the item it belongs to. */
export function actionLogs(items: ItemBlocks[], after: Block[], ctx: ItemContext): Map<ItemBlocks, ProposedAction[]> {
  const byItem = new Map<ItemBlocks, ProposedAction[]>();
  const add = (row: ProposedAction, fallback: ItemBlocks | undefined) => {
    const home = itemNamed(row.item, items) ?? fallback;
    if (!home) return;
    byItem.set(home, [...(byItem.get(home) ?? []), { ...row, item: home.number }]);
  };
  for (const row of trailingTableActions(after, items, ctx)) add(row, items[items.length - 1]);
  for (const b of after.slice(0, 400)) { const row = logLine(b.text, ctx); if (row) add(row, undefined); }
  for (let k = 0; k < Math.min(after.length, 400); k++) {
    const entry = labelledEntry(after, k, ctx);
    if (entry) { add(entry.row, undefined); k += entry.used - 1; }
  }
  for (const item of items) {
    const blocks = item.blocks;
    // Lines naming their item ("AP3 – … (item 6) – HAS – 31 March 2025") belong to it, wherever printed.
    for (let k = blocks.length - 1; k >= 0; k--) {
      const row = blocks[k]!.cells ? null : logLine(blocks[k]!.text, ctx);
      if (row && itemNamed(row.item, items)) { add(row, undefined); blocks.splice(k, 1); }
    }
    for (let k = 0; k < blocks.length; k++) {
      const cols = blocks[k]!.cells ? tableHeader(blocks[k]!.cells!) : null;
      if (!cols || cols.item < 0) continue;
      let j = k + 1;
      for (; j < blocks.length && blocks[j]!.cells; j++) {
        const row = tableRow(blocks[j]!.cells!, cols, item.number, ctx);
        if (row) add(row, item);
      }
      // The table, and the "Actions arising" heading above it, are the log, not this item's own words.
      const from = k > 0 && !blocks[k - 1]!.cells && ACTION_HEADING.test(blocks[k - 1]!.text) ? k - 1 : k;
      blocks.splice(from, j - from);
      k = from - 1;
    }
  }
  return byItem;
}

const bare = (n: string) => n.toLowerCase().replace(/^(?:agenda\s+)?(?:item|minute|min\.?)\s*(?:no\.?\s*)?/, "").replace(/[\s.:]+/g, "");

/** The item a log row names: "14", "Item 14", "Min. 23/117" all name item 14 or 23/117. */
function itemNamed(label: string, items: ItemBlocks[]): ItemBlocks | undefined {
  const want = bare(label);
  return want ? items.find((i) => bare(i.number) === want) : undefined;
}
