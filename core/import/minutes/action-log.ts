// An action log: a table of the meeting's actions with a column naming the item each came from
// ("Minute | Action | Responsible Officer | Target Date"), printed after the minutes or inside their
// last item ("Actions arising"). Each row belongs to the item it names, wherever the table is printed.
import { ACTION_HEADING } from "./action-lines.js";
import { tableHeader, tableRow, trailingTableActions } from "./action-tables.js";
import { actionText, dueFromTail, kindOfAction, tailOwnerAndWhen } from "./action-words.js";
import { findDue } from "./dates.js";
import { findOwner, ownerName } from "./owners.js";
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

// "AP6 – Write to the Cabinet Secretary … (item 7) – Chair – 30 April 2025": one line of a summary of actions.
const LOG_LINE = /^(?:AP\s?\d{1,3}|action(?:\s+point)?\s+(?:no\.?\s*)?\d{1,3})\s*[:.\-–]\s*(.+?)\s*\((?:agenda\s+)?(?:item|minute|min\.?)\s*([\w./()-]{1,12})\)\s*(?:[–—-]\s*(.+))?$/i;

/** A line of a summary of actions that names its item, as a log row; null for any other line. */
export function logLine(text: string, ctx: ItemContext): ProposedAction | null {
  const m = LOG_LINE.exec(text);
  if (!m) return null;
  const task = m[1]!;
  const { owner, when } = m[3] ? tailOwnerAndWhen(m[3].trim(), ctx) : { owner: null, when: null };
  const due = findDue(dueFromTail(when, ctx) ?? task, ctx.due);
  return { item: m[2]!, text: actionText(task), owner: owner ?? findOwner(task, ctx.abbreviations), due: due.due, kind: kindOfAction(task), dueText: due.dueText, provenance: text };
}

// A schedule of actions set out as labelled lines under the minute they come from:
// "Minute 6 – Housing repairs" / "Action: Provide ward-level data" / "Owner: Director of Housing" / "Deadline: 30 June 2025".
const ENTRY_REF = /^(?:minute|min\.?|item|agenda\s+item)\s+(?:no\.?\s*)?([A-Z]{0,6}\/?\d{1,4}(?:[./]\d{1,4})?[a-z]?)\b/i;
const ENTRY_LABEL = /\b(owner|lead(?:\s+officer)?|responsible(?:\s+officer)?|deadline|due(?:\s+date)?|by\s+when|target\s+date|timescale)\s*:\s*/gi;

/** The entry starting at blocks[k], as a log row, with how many blocks it took; null when none starts there. */
export function labelledEntry(blocks: Block[], k: number, ctx: ItemContext): { row: ProposedAction; used: number } | null {
  const ref = ENTRY_REF.exec(blocks[k]?.text ?? "");
  const action = /^actions?\s*:\s*(.+)$/i.exec(blocks[k + 1]?.text ?? "");
  if (!ref || !action) return null;
  let used = 2;
  let body = action[1]!;
  if (blocks[k + 2] && /^(?:owner|lead|responsible|deadline|due|by\s+when|target\s+date|timescale)\b[^:]{0,15}:/i.test(blocks[k + 2]!.text)) { body += ` ${blocks[k + 2]!.text}`; used = 3; }
  const parts = body.split(ENTRY_LABEL);
  const task = parts[0]!.trim();
  let owner: string | null = null;
  let when: string | null = null;
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const value = parts[i + 1]!.trim().replace(/[.;]$/, "");
    if (/^(?:owner|lead|responsible)/i.test(parts[i]!)) owner = ownerName(value.replace(/\s*\([^)]*\)$/, ""), ctx.abbreviations) ?? value;
    else when = value;
  }
  const due = findDue(dueFromTail(when, ctx) ?? task, ctx.due);
  return { row: { item: ref[1]!, text: actionText(task), owner, due: due.due, kind: kindOfAction(task), dueText: due.dueText, provenance: blocks.slice(k, k + used).map((b) => b.text).join("\n") }, used };
}
