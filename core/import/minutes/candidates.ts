// What every rule produces: a candidate action with where it came from, and the context rules share.
import { NAMED_BODY, findDue, meetingInMonth, ownWords, type DueContext } from "./dates.js";
import type { ItemBlocks } from "./structure.js";
import { tidyOwner } from "./owners.js";
import type { ActionKind, ProposedAction } from "./types.js";

export interface ItemContext { due: DueContext; abbreviations: Map<string, string> }

const CLOSES_ON = /\b(?:closes|closing\s+date\s+(?:of|is|was)|deadline\s+(?:of|is|was))\s+(?:on\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})/;
const MOVED_TO = /\b(?:moved|deferred|postponed|rescheduled|re-scheduled|put\s+back|brought\s+forward|carried\s+forward)\b[^.;]{0,40}?\bto\s+(?:the\s+)?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)(\s+\d{4})?\b/i;

/** priority: which source wins a duplicate (0 action lines, 1 resolutions, 1.5 tables, 2 debate); pos: document order. */
/** refersTo: the sentence an undertaking points back to ("agreed to discuss this"), for recognising its duplicates. */
export interface Candidate extends ProposedAction { priority: number; group: string; pos: number; refersTo?: string }

const AGENDA_OF_NAMED = new RegExp(String.raw`\b(?:agenda|work\s*programme|work\s*plan|forward\s+plan)\s+(?:of|for)\s+the\s+${NAMED_BODY}`);

// An item that lists business for later meetings: "Items for the next agenda", "Matters for future meetings".
export const FUTURE_ITEMS = /\b(?:items?|matters?|topics?|business|subjects?)\s+for\s+(?:inclusion\s+(?:on|in)\s+)?(?:the\s+|a\s+)?(?:next|future|forthcoming|later)\s+(?:agendas?|meetings?)\b|\bfuture\s+agenda\s+items?\b|\bitems?\s+for\s+(?:the\s+)?next\s+agenda\b/i;

export function make(item: ItemBlocks, text: string, kind: ActionKind, provenance: string, owner: string | null, ctx: ItemContext, priority: number, group: string, dueSource?: string): Candidate {
  // "… confirmed that it was scheduled for Cabinet in April 2026 and agreed to arrange for the draft strategy to be
  // presented to the Committee on 10 March 2026": the date of what was promised, where it has one.
  const promise = dueSource ? null : /\b(?:and|but)\s+(?:agreed|undertook|offered|promised)\s+to\b/i.exec(text);
  const promised = promise ? findDue(text.slice(promise.index), ctx.due) : null;
  // "… the Panel's Finance Working Group meet in January 2026 to examine the … proposals and report its findings to the Panel
  // meeting on 5 February 2026" (Northamptonshire): what is owed is the report, due when it is made.
  // "… would undertake the annual audit of all three harbours in February 2026 and would present his findings to the Committee at
  // its June 2026 meeting" (Dorset's Harbours Committee) too.
  // "… attend the Sizewell C Community Forum on 4 February and report back to the Council at its next meeting" (Aldeburgh) too: the
  // report back is what is owed.
  const reportBack = dueSource || promised?.due ? null : /\b(?:and|then)\s+(?:would\s+|will\s+)?(?:report|present)\s+(?:(?:its|their|the|his|her)\s+(?:findings|conclusions|recommendations|results)|back)\s+to\s+the\s+(?:(?:\w+\s+){0,3}meeting\s+on\b|(?:Committee|Panel|Board|Commission|Council)\s+at\s+its\s+\w+(?:\s+\d{4})?\s+meeting\b)/i.exec(text);
  const reported = reportBack ? findDue(text.slice(reportBack.index), ctx.due) : null;
  const due = promised?.due ? promised : reported?.due ? reported : findDue(dueSource ?? text, ctx.due);
  // Business added to the programme "for March" is for the March meeting, when we know when that is (a working
  // group meeting "in March" is not the committee's).
  // Not "… to the Resources Committee work plan for its March 2026 meeting" (the Scottish Police Authority) or "… for the Audit
  // and Risk Committee's February 2026 meeting" (Belfast Harbour): another's meeting, which findDue left a month on purpose.
  // Nor "… be placed on the agenda of the Policy and Resources Committee for April 2026" in the Town Council's minutes (Lymington).
  const agendaOf = AGENDA_OF_NAMED.exec(dueSource ?? text);
  const others = agendaOf !== null && ctx.due.ownName !== undefined && !ownWords(agendaOf[1]!, ctx.due);
  if (kind === "work-programme" && !others && due.due && /^\d{4}-\d{2}$/.test(due.due) && due.dueText && !/^(?:its|their)\s|['’]s\s/i.test(due.dueText)) {
    const at = (dueSource ?? text).indexOf(due.dueText);
    if (at > 0 && /\b(?:for|to)\s+(?:the\s+)?$/i.test((dueSource ?? text).slice(Math.max(0, at - 12), at))) due.due = meetingInMonth(due.due, ctx.due) ?? due.due;
  }
  // "the item on day services be moved from September to January": it is due at the meeting it was moved to,
  // not the one it was moved from.
  // "that Cabinet be recommended to bring forward the review of the … policy to June 2026" (Powys): the month it is brought to.
  const broughtForward = !due.due ? /\bbring\s+forward\b[^.;]{0,80}?\bto\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4})\b/i.exec(dueSource ?? text) : null;
  if (broughtForward) { const f = findDue(`by ${broughtForward[1]}`, ctx.due); if (f.due) { due.due = f.due; due.dueText = broughtForward[0]; } }
  // "AM to respond to the consultation … by the closing date" after "… consultation closes on 12 December 2025" (the Suffolk
  // coast partnership): the date the item gave the deadline.
  const closing = !due.due && /\bby\s+the\s+(?:closing\s+date|deadline)\b/i.test(text) ? CLOSES_ON.exec(item.blocks.map((b) => b.text).join(" ").slice(0, 20_000)) : null;
  if (closing) { const f = findDue(`by ${closing[1]}`, ctx.due); if (f.due) { due.due = f.due; due.dueText = closing[0]; } }
  // "The Clerk to include a report on the Wale parking on match days …" under "Items for the next agenda" (Little Shelford): on it.
  const nextNamed = ctx.due.nextMeeting?.date;
  if (!due.due && nextNamed && FUTURE_ITEMS.test(item.title) && /\bnext\b/i.test(item.title) && /\b(?:include|add|place|put)\b/i.test(text)) {
    due.due = nextNamed; due.dueText = "next meeting";
  }
  const moved = kind === "work-programme" ? MOVED_TO.exec(dueSource ?? text) : null;
  if (moved) {
    const at = findDue(`at the ${moved[1]}${moved[2] ?? ""} meeting`, ctx.due);
    if (at.due) { due.due = at.due; due.dueText = moved[0]; }
  }
  return { item: item.number, text, owner: tidyOwner(owner), due: due.due, kind, dueText: due.dueText, provenance: provenance.slice(0, 2000), priority, group, pos: position(group) };
}

/** Where in the item a candidate came from ("debate:4:2" is block 4, sentence 2), for document order. */
export function position(group: string): number {
  const [, block, sub] = group.split(":");
  return Number(block ?? 0) * 1000 + Number(sub ?? 0);
}
