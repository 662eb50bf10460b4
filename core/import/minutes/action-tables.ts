// Action tables (Action / Owner / Deadline columns, a Word table copied with tabs or a layout table), inside an
// item or printed after the minutes as a log with its own item column.
import { findDates, findDue } from "./dates.js";
import { findOwner, ownerName } from "./owners.js";
import { classifyPoint, NOTE_ONLY, stripLead } from "./cues.js";
import { position, type Candidate, type ItemContext } from "./candidates.js";
import { REPORTED_SETTLED, actionText, kindOfAction } from "./action-words.js";
import type { Block } from "./blocks.js";
import type { ItemBlocks } from "./structure.js";
import type { ProposedAction } from "./types.js";

const COLUMN = {
  action: /^(?:agreed\s+)?(?:action|actions|action\s+(?:required|agreed|point)|task|what|recommendations?|decisions?|outcomes?)$/i,
  owner: /^(?:owner|lead|lead\s+officer|responsible(?:\s+(?:officer|person))?|who|by\s+whom|officer|action\s+(?:by|owner))$/i,
  due: /^(?:due|due\s+date|deadline|by\s+when|when|target\s+date|timescale|date\s+due|completion\s+date|by)$/i,
  item: /^(?:item|minute|min(?:ute)?\.?\s+(?:no|ref)\.?|ref|agenda\s+item|no\.?)$/i,
  raised: /^(?:meeting|meeting\s+date|date\s+(?:raised|of\s+meeting|agreed|added)|raised|date)$/i,
  status: /^(?:status|progress|update|position|rag(?:\s+status)?)$/i,
};
// "No. | Item | Action": the row's own number is not the item's.
const NAMED_ITEM = /^(?:(?:agenda\s+)?item|minute|min(?:ute)?\.?\s+(?:no|ref)\.?)$/i;

/** recommends: the table lists a committee's recommendations, whose rows may also only note something. */
/** raised: the column giving the meeting each row was agreed at, in a rolling log of earlier meetings' actions. */
export interface TableColumns { action: number; owner: number; due: number; item: number; raised?: number; status?: number; recommends?: boolean; decides?: boolean }

export function tableHeader(cells: string[]): TableColumns | null {
  const find = (re: RegExp) => cells.findIndex((c) => re.test(c.replace(/[?:*]/g, "").trim()));
  const named = find(NAMED_ITEM);
  const cols = { action: find(COLUMN.action), owner: find(COLUMN.owner), due: find(COLUMN.due), item: named >= 0 ? named : find(COLUMN.item), raised: find(COLUMN.raised), status: find(COLUMN.status) };
  if (cols.action < 0 || (cols.owner < 0 && cols.due < 0)) return null;
  const heading = cells[cols.action]!.replace(/[?:*]/g, "").trim();
  return { ...cols, recommends: /^recommendations?$/i.test(heading), decides: /^(?:decisions?|outcomes?)$/i.test(heading) };
}

export function actionTables(item: ItemBlocks, blocks: Block[], claimed: Set<number>, ctx: ItemContext, out: Candidate[]) {
  for (let k = 0; k < blocks.length; k++) {
    const cols = blocks[k]!.cells ? tableHeader(blocks[k]!.cells!) : null;
    if (!cols) continue;
    claimed.add(k);
    let j = k + 1;
    for (; j < blocks.length && blocks[j]!.cells; j++) {
      claimed.add(j);
      const row = tableRow(blocks[j]!.cells!, cols, item.number, ctx);
      if (row) out.push({ ...row, priority: 1.5, group: `table:${j}`, pos: position(`table:${j}`) });
    }
    k = j - 1;
  }
}

export function tableRow(cells: string[], cols: TableColumns, itemNumber: string, ctx: ItemContext): ProposedAction | null {
  const cell = cells[cols.action]?.trim();
  // The heading row again, as a table printed over two pages repeats it; or the rule under the heads ("------   -------").
  if (!cell || tableHeader(cells) || /^[-–—_=\s]+$/.test(cell)) return null;
  // "ARC31 | 25/09/25 | Roads Asset Management Plan … | Open": an action from an earlier meeting, already on the tracker.
  const raised = cols.raised !== undefined && cols.raised >= 0 ? findDates(cells[cols.raised] ?? "", "1900-01-01", { requireYear: true })[0] : undefined;
  if (raised && raised.date < ctx.due.meetingDate) return null;
  // "27/25(b) | Replacement signage, Racecourse car park | Deputy Town Clerk | Complete – new signs installed" under "42/25
  // MATTERS ARISING AND ACTION LOG" (Haverfordwest): done since, as its status says.
  // So is "Superseded – see 72/25" or "Met 14.10.25 – see below" (the Conservators of the River Cam): overtaken, or done on a day.
  if (cols.status !== undefined && cols.status >= 0 && (REPORTED_SETTLED.test(cells[cols.status]?.trim() ?? "") || /^(?:superseded|withdrawn|met|held|sent|issued)\b/i.test(cells[cols.status]?.trim() ?? ""))) return null;
  const text = cols.recommends ? stripLead(cell) : cell;
  // A row of a recommendations table is a recommendation whatever its verb, unless it only notes something.
  // A "Decision" column also records what was only noted or welcomed.
  const classified = cols.recommends ? classifyPoint(cell, "Recommendations:") : cols.decides ? classifyPoint(cell, "") ?? (NOTE_ONLY.test(cell) || /^agreed\b/i.test(cell) ? null : kindOfAction(text)) : kindOfAction(text);
  if (!classified) return null;
  const kind = cols.recommends && (classified === "action" || classified === "request") ? "recommendation" : classified;
  // "-", "n/a", "TBC": a cell left empty in words.
  const blank = (c: string | undefined) => { const t = c?.trim() ?? ""; return /^(?:[-–—]+|n\/?a|tbc|tba|none)$/i.test(t) ? "" : t; };
  const ownerCell = cols.owner >= 0 ? blank(cells[cols.owner]) : "";
  const dueCell = cols.due >= 0 ? blank(cells[cols.due]) : "";
  let due = dueCell ? findDue(`by ${dueCell}`, ctx.due) : { due: null, dueText: null };
  if (!due.due && dueCell && /next\s+meeting/i.test(dueCell) && ctx.due.nextMeeting) due = { due: ctx.due.nextMeeting.date, dueText: dueCell };
  if (!due.due) {
    const d = findDates(dueCell, ctx.due.meetingDate)[0];
    if (d) due = { due: d.date, dueText: dueCell };
  }
  const owner = ownerCell ? ownerName(ownerCell, ctx.abbreviations) ?? (ownerCell.length <= 80 ? ownerCell : null) : findOwner(text, ctx.abbreviations);
  const itemCell = cols.item >= 0 ? cells[cols.item]?.replace(/^(?:item|minute)\s*/i, "").replace(/\.$/, "").trim() : "";
  return {
    item: itemCell || itemNumber, text: actionText(text), owner, due: due.due, kind,
    dueText: due.dueText ?? (dueCell || null), provenance: cells.join(" | "),
  };
}

/** An action log printed after the last item ("Summary of actions"), with its own item column. */
export function trailingTableActions(after: Block[], items: ItemBlocks[], ctx: ItemContext): ProposedAction[] {
  const out: ProposedAction[] = [];
  const last = items[items.length - 1]?.number ?? "";
  for (let k = 0; k < Math.min(after.length, 400); k++) {
    const cols = after[k]!.cells ? tableHeader(after[k]!.cells!) : null;
    if (!cols) continue;
    for (let j = k + 1; j < after.length && after[j]!.cells; j++) {
      const row = tableRow(after[j]!.cells!, cols, last, ctx);
      if (row) out.push(row);
    }
    break;
  }
  return out;
}
