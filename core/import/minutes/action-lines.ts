// "ACTION:" lines, "Actions agreed:" lists, "Action: Clerk" under a paragraph, and action tables
// (Action / Owner / Deadline columns), inside an item or as an action log printed after the minutes.
import { findDates, findDue } from "./dates.js";
import { findOwner, ownerName, recommendedTo, subjectThatDoes } from "./owners.js";
import { debateKind } from "./sentence-cues.js";
import { NOTE_ONLY, classifyPoint, stripLead } from "./cues.js";
import { splitSentences } from "./sentences.js";
import { make, position, type Candidate, type ItemContext } from "./candidates.js";
import type { Block } from "./blocks.js";
import type { ItemBlocks } from "./structure.js";
import type { ActionKind, ProposedAction } from "./types.js";

// "ACTION:", "Action point:", and "Follow-up:", as some councils label the same line.
// Numbered too: "Action 4.1:", "Action point 3:", "AP2:", and "Recommendation 7.1:" in the same list.
const ACTION_LINE = /^(?:(?:agreed\s+)?action(?:s)?(?:\s+point|\s+required(?:\s+by)?|\s+by)?(?:\s+(?:no\.?\s*)?[A-Z]{0,3}\d{1,3}(?:\.\d{1,3})*[a-z]?)?|AP\s?\d{1,3}|follow[-\s]?ups?|(recommendation)\s+(?:no\.?\s*)?\d{1,3}(?:\.\d{1,3})*)(?:\s*\(([^)]{1,60})\))?\s*[:\-–]\s*(.+)$/i;
// "… (Owner: Director of Public Health, by 28/02/2025)" closing the line: who, and by when.
const OWNER_BRACKET = /\s*\((?:owner|lead|action\s+by|responsible(?:\s+officer)?|by\s+whom)\s*[:\-–]\s*([^)]{1,120})\)\s*\.?$/i;
// "Waste Services Manager – provide a breakdown by round – 31 October 2025": an owner, a dash, the task.
const OWNER_DASH = /^([A-Z][\w ,'&()/]{1,60}?)\s+[–—]\s+(\S.*)$/;
// "Further information requested", "Information to be provided": a list of things members asked to see.
export const INFO_HEADING = /^(?:further\s+)?information\s+(?:requested|to\s+be\s+(?:provided|circulated|supplied))\s*:?$/i;
export const ACTION_HEADING = /^(?:(?:agreed|summary\s+of|list\s+of|follow-?up)\s+)?actions?(?:\s+(?:agreed|arising|points?|required(?:\s+by)?|list|log|to\s+be\s+taken))?(?:\s*(?:\/|and)\s*(?:further\s+)?information(?:\s+(?:to\s+be\s+provided|requested))?)?\s*:?$|^the\s+following\s+actions?\s+(?:were|was)\s+agreed\s*:?$/i;
const TAIL_ACTION = /\s(?:ACTION|Action)\s*[:\-–]\s*([^.:;]{1,60})\.?$/;

export function actionLines(item: ItemBlocks, blocks: Block[], claimed: Set<number>, ctx: ItemContext, out: Candidate[]) {
  for (let k = 0; k < blocks.length; k++) {
    if (claimed.has(k)) continue;
    const b = blocks[k]!;
    if (b.cells) continue;
    if (ACTION_HEADING.test(b.text) || INFO_HEADING.test(b.text)) {
      const info = INFO_HEADING.test(b.text);
      claimed.add(k);
      // Unmarked paragraphs after the first belong to the list only while they open the same way ("For the …").
      const opening = (j: number) => /^\S+/.exec(blocks[j]?.text ?? "")?.[0]?.toLowerCase();
      const inList = (j: number) => blocks[j]!.marker !== null || (!blocks[j]!.cells && (j === k + 1 || (blocks[j - 1]!.marker === null && !/:$/.test(blocks[j]!.text) &&
        (opening(j) === opening(k + 1) || (OWNER_DASH.test(blocks[j]!.text) && OWNER_DASH.test(blocks[j - 1]!.text))))));
      for (let j = k + 1; j < blocks.length && inList(j); j++) {
        if (claimed.has(j)) break;
        claimed.add(j);
        // "For the Director to provide …", as some councils word each line.
        const t = blocks[j]!.text.replace(/^for\s+(?=the\s+[A-Z]|[A-Z])/i, "");
        if (/^(?:none|nil|n\/a|no\s+actions?)\.?$/i.test(t) || NOTED_ENTRY.test(t)) continue;
        // "- Head of Leisure: circulate the usage figures by 7 March 2025", "Chair – write to …": the owner, then the task.
        const named = /^([^:]{2,60}):\s+(\S.*)$/.exec(t) ?? OWNER_DASH.exec(t);
        const lead = named ? ownerListName(named[1]!, ctx) : null;
        const task = lead ? named![2]! : t;
        // Under "Further information requested" every line is information to come, whatever its words.
        const kind = info && !/^(?:letters?|write)\b/i.test(task) ? "request" : kindOfAction(task);
        // "… (due: 31/03/2025)": the bracket is the deadline; "(Owner: COO; by 14 Nov)" gives both.
        const due = /\((?:due|deadline|by)\s*[:\-–]\s*([^)]{3,40})\)/i.exec(task);
        const bracket = lead ? null : OWNER_BRACKET.exec(task);
        const tail = bracket ? tailOwnerAndWhen(bracket[1]!.trim(), ctx) : null;
        const dueSource = due ? `by ${due[1]}` : dueFromTail(tail?.when ?? null, ctx);
        out.push(make(item, actionText(bracket ? task.slice(0, bracket.index) : task), kind, t, lead ?? tail?.owner ?? findOwner(t, ctx.abbreviations), ctx, 0, `action:${j}`, dueSource));
      }
      continue;
    }
    const m = ACTION_LINE.exec(b.text);
    if (m) {
      claimed.add(k);
      const content = m[3]!.trim();
      // "ACTION: None", "Action: Panel endorsed the draft strategy": nothing to do after the meeting.
      if (/^(?:none|nil|n\/a|no\s+actions?)\.?$/i.test(content) || BODY_ONLY_NOTED.test(content)) continue;
      if (m[1]) {
        // "Recommendation 7.1: That Cabinet …" in a list of numbered actions.
        out.push(make(item, actionText(stripLead(content)), "recommendation", b.text, findOwner(stripLead(content), ctx.abbreviations) ?? recommendedTo(content, ctx.abbreviations) ?? subjectThatDoes(content, ctx.abbreviations), ctx, 0, `action:${k}`));
        continue;
      }
      const bracket = OWNER_BRACKET.exec(content);
      if (bracket) {
        const { owner, when } = tailOwnerAndWhen(bracket[1]!.trim(), ctx);
        const task = content.slice(0, bracket.index);
        out.push(make(item, actionText(task), kindOfAction(task), b.text, owner, ctx, 0, `action:${k}`, dueFromTail(when, ctx) ?? task));
        continue;
      }
      // "ACTION: All partners – nominate a prevention lead (31.05.24)": the owner, a dash, then the task.
      const dashed = /^(.{2,60}?)\s+[–—-]\s+(\S.*)$/.exec(content);
      const dashOwner = dashed && dashed[2]!.split(/\s+/).length >= 2 ? ownerListName(dashed[1]!, ctx) : null;
      if (dashOwner) {
        const task = dashed![2]!;
        out.push(make(item, actionText(task), kindOfAction(task), b.text, dashOwner, ctx, 0, `action:${k}`));
        continue;
      }
      const { owner: ownerOnly, when } = tailOwnerAndWhen(content, ctx);
      if (ownerOnly && k > 0 && !blocks[k - 1]!.cells) {
        // "ACTION: Clerk" (or "Follow-up: Chief Finance Officer, by 31 October 2024") under the paragraph it belongs to.
        const prev = blocks[k - 1]!.text;
        const sentences = splitSentences(prev);
        const text = prev.length <= 400 ? prev : sentences[sentences.length - 1]!;
        claimed.add(k - 1);
        out.push(make(item, actionText(text), kindOfAction(text), `${prev}\n${b.text}`, ownerOnly, ctx, 0, `action:${k}`, dueFromTail(when, ctx)));
      } else {
        const owner = (m[2] ? ownerName(m[2], ctx.abbreviations) ?? m[2].trim() : null) ?? findOwner(content, ctx.abbreviations);
        out.push(make(item, actionText(content), kindOfAction(content), b.text, owner, ctx, 0, `action:${k}`));
      }
      continue;
    }
    const tail = TAIL_ACTION.exec(b.text);
    if (tail && !b.cells) {
      const { owner, when } = tailOwnerAndWhen(tail[1]!.trim(), ctx);
      if (owner) {
        claimed.add(k);
        const body = b.text.slice(0, tail.index).trim();
        const sentences = splitSentences(body);
        const text = body.length <= 400 ? body : sentences[sentences.length - 1]!;
        out.push(make(item, actionText(text), kindOfAction(text), b.text, owner, ctx, 0, `action:${k}`, dueFromTail(when, ctx)));
      }
    }
  }
}

// "Winter plan 2025/26 noted", "BCF Q2 return endorsed", "No further action on …": a list entry that records a decision
// and asks nothing; not "LB to circulate the results once agreed".
const NOTED_ENTRY = /^(?:no\s+further\s+action\b|(?:(?!(?:to|will|would|should|be)\b)[\w'’/&(),-]+\s+){1,12}?(?:was\s+|were\s+)?(?:noted|received|endorsed|approved|agreed|welcomed|accepted|adopted)\b(?!\s+(?:to|that)\b))/i;
const BODY_ONLY_NOTED = /^(?:the\s+)?(?:panel|committee|board|commission|group|members)\s+(?:noted|endorsed|welcomed|approved|received|thanked|supported|accepted)\b(?![^.]*\b(?:and|but)\s+(?:asked|requested|agreed\s+to)\b)/i;

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

/** "JB", "JB - by 15 April 2024", "Chief Finance Officer, by 31 October 2024": the owner after "ACTION:", and the
 *  deadline a dash or comma may add. */
function tailOwnerAndWhen(tail: string, ctx: ItemContext): { owner: string | null; when: string | null } {
  const split = /^(.{1,50}?)\s+[–—-]\s+(.+)$/.exec(tail) ?? /^(.{1,80}?)[,;]\s+((?:by|before|no\s+later\s+than|to|for|at)\s+.+)$/i.exec(tail);
  const owner = split ? ownerListName(split[1]!, ctx) : null;
  const when = split ? split[2]!.replace(/[.;]$/, "").trim() : null;
  // Split only where the part after the dash is a date: "Service Director - Regeneration" is one title.
  if (owner && dueFromTail(when, ctx)) return { owner, when };
  const whole = ownerListName(tail, ctx);
  return whole ? { owner: whole, when: null } : { owner, when };
}

/** The tail's own date ("ACTION: KM - June 2024") is the deadline, whatever dates the paragraph mentions. */
function dueFromTail(when: string | null, ctx: ItemContext): string | undefined {
  if (!when) return undefined;
  const source = `${/^(?:by|before|for|in|at|no\s+later)\b/i.test(when) ? "" : "by "}${when}`;
  return findDue(source, ctx.due).due ? source : undefined;
}

/** "Clerk", "JS/AB", "Chairman / DSO": an owner and nothing else. */
function ownerListName(content: string, ctx: ItemContext): string | null {
  const c = content.replace(/[.;]$/, "").trim();
  return c.split(/\s+/).length > 8 ? null : ownerName(c, ctx.abbreviations);
}

function actionText(t: string): string {
  const s = t.replace(/\s*\((?:action(?:\s+by)?|owner|lead|responsible(?:\s+officer)?|due|deadline|by)\s*[:\-–][^)]*\)\s*/i, " ").replace(/\s+/g, " ").trim().replace(/[;,]$/, "");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** An action line's kind: a letter or work programme entry by its words, else by its verb ("to circulate" is a request). */
function kindOfAction(t: string): ActionKind {
  if (/^letters?\s+(?:to|from\s+the\s+chair)\b/i.test(t)) return "letter";
  if (/^(?:provide|circulate|share|send|forward|supply|obtain|brief|confirm|clarify|report|present|submit|update)\b/i.test(t)) return "request";
  const kind = debateKind(t);
  return kind === "recommendation" ? "action" : kind;
}

// --- action tables ---

const COLUMN = {
  action: /^(?:agreed\s+)?(?:action|actions|action\s+(?:required|agreed|point)|task|what|recommendations?|decisions?|outcomes?)$/i,
  owner: /^(?:owner|lead|lead\s+officer|responsible(?:\s+(?:officer|person))?|who|by\s+whom|officer|action\s+(?:by|owner))$/i,
  due: /^(?:due|due\s+date|deadline|by\s+when|when|target\s+date|timescale|date\s+due|completion\s+date|by)$/i,
  item: /^(?:item|minute|min(?:ute)?\.?\s+(?:no|ref)\.?|ref|agenda\s+item|no\.?)$/i,
};
// "No. | Item | Action": the row's own number is not the item's.
const NAMED_ITEM = /^(?:(?:agenda\s+)?item|minute|min(?:ute)?\.?\s+(?:no|ref)\.?)$/i;

/** recommends: the table lists a committee's recommendations, whose rows may also only note something. */
export interface TableColumns { action: number; owner: number; due: number; item: number; recommends?: boolean; decides?: boolean }

export function tableHeader(cells: string[]): TableColumns | null {
  const find = (re: RegExp) => cells.findIndex((c) => re.test(c.replace(/[?:*]/g, "").trim()));
  const named = find(NAMED_ITEM);
  const cols = { action: find(COLUMN.action), owner: find(COLUMN.owner), due: find(COLUMN.due), item: named >= 0 ? named : find(COLUMN.item) };
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
  // The heading row again, as a table printed over two pages repeats it.
  if (!cell || tableHeader(cells)) return null;
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

