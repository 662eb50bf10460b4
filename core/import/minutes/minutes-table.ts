// Minutes kept as a table, one row an item ("| Item | Discussion | Action |"), as informal notes often are.
// Each row becomes what numbered minutes would say: the item's heading, its discussion, and an "ACTION:"
// line for each action in the last cell, so every later rule reads them as it reads any minutes.
import type { Block } from "./blocks.js";

export interface MinutesColumns { item: number; discussion: number; action: number }

const ITEM = /^(?:agenda\s+)?item(?:\s+no\.?)?$/i;
// "Item    Decisions and actions    Action" (the Local Government Association's notes) too.
// "Item      Subject      Action by" (the Local Government Staff Commission for Northern Ireland) too.
const DISCUSSION = /^(?:discussion|notes?|minutes?|subject|summary|key\s+points|discussion\s+and\s+(?:outcomes?|decisions?)|decisions?\s+and\s+actions?)$/i;
const ACTION = /^(?:actions?|actions?\s+by|actions?\s+agreed|agreed\s+actions?|action\s+points?|actions?\s*\/\s*owner|actions?\s+and\s+owners?)$/i;
/** How each action of the table's last column is written out: an item that lists its actions lists them all. */
export const LISTED_ACTION = "Agreed action:";
const NOTHING = /^(?:none|nil|n\/a|-+|–)\.?$/i;

/** The columns of a heading row that lays out whole minutes, or null for any other table. */
export function minutesColumns(cells: string[]): MinutesColumns | null {
  const find = (re: RegExp) => cells.findIndex((c) => re.test(c.replace(/[*:]/g, "").trim()));
  const cols = { item: find(ITEM), discussion: find(DISCUSSION), action: find(ACTION) };
  return cols.item >= 0 && cols.discussion >= 0 && cols.action >= 0 ? cols : null;
}

/** One row as the blocks of an item: "3. GP access" over its discussion and one "ACTION:" per action ("<br>" between). */
export function minutesRow(cells: string[], cols: MinutesColumns): Block[] {
  const block = (text: string, marker: Block["marker"] = null): Block => ({ text, marker, lines: 1, cells: null });
  const parts = (c: string | undefined) => (c ?? "").split(/<br\s*\/?>/i).map((p) => p.trim()).filter((p) => p && !NOTHING.test(p));
  const out: Block[] = [];
  const item = (cells[cols.item] ?? "").trim();
  const numbered = /^(\d{1,3}[a-z]?)[.):]?\s+(\S.*)$/.exec(item);
  if (numbered) out.push(block(numbered[2]!, { style: "number", label: numbered[1]! }));
  else if (item) out.push(block(item));
  for (const p of parts(cells[cols.discussion])) out.push(block(p));
  const actions = parts(cells[cols.action]);
  // "None" still says the row's discussion holds no action of its own.
  for (const p of actions.length ? actions : ["None"]) out.push(block(`${LISTED_ACTION} ${p}`));
  return out;
}
