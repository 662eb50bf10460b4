// What an action line says besides its task: the owner and deadline after a dash or comma ("JB - by 15 April"),
// the task's own words without its labels, and its kind by its first verb. Shared by action lines, tables and logs.
import { findDue } from "./dates.js";
import { ownerName } from "./owners.js";
import { debateKind } from "./sentence-cues.js";
import type { ItemContext } from "./candidates.js";
import type { ActionKind } from "./types.js";

/** "JB", "JB - by 15 April 2024", "Chief Finance Officer, by 31 October 2024": the owner after "ACTION:", and the
 *  deadline a dash or comma may add. */
/** An earlier action reported on, not a new one: "Complete – new signs installed October 2025" in a log's status column
 *  (Haverfordwest), "– on today's agenda (item 8); closed" after an action line's reference (Gwent). */
export const REPORTED_SETTLED = /^(?:complete[d]?|closed|done|discharged|actioned|achieved|on\s+(?:today's|this)\s+agenda|covered\s+(?:under|by|at|in))\b/i;

export function tailOwnerAndWhen(tail: string, ctx: ItemContext): { owner: string | null; when: string | null } {
  const split = /^(.{1,50}?)\s+[–—-]\s+(.+)$/.exec(tail) ?? /^(.{1,80}?)[,;]\s+((?:by|before|no\s+later\s+than|to|for|at)\s+.+)$/i.exec(tail);
  const owner = split ? ownerListName(split[1]!, ctx) : null;
  const when = split ? split[2]!.replace(/[.;]$/, "").trim() : null;
  // Split only where the part after the dash is a date: "Service Director - Regeneration" is one title.
  if (owner && dueFromTail(when, ctx)) return { owner, when };
  const whole = ownerListName(tail, ctx);
  return whole ? { owner: whole, when: null } : { owner, when };
}

/** The tail's own date ("ACTION: KM - June 2024") is the deadline, whatever dates the paragraph mentions. */
export function dueFromTail(when: string | null, ctx: ItemContext): string | undefined {
  if (!when) return undefined;
  // "March meeting" is "the March meeting", whatever the tail left out.
  const source = `${/^(?:by|before|for|in|at|no\s+later)\b/i.test(when) ? "" : "by "}${when.replace(/^(?=[A-Z][a-z]+\s+meeting$)/, "the ")}`;
  return findDue(source, ctx.due).due ? source : undefined;
}

/** "Clerk", "JS/AB", "Chairman / DSO": an owner and nothing else. */
export function ownerListName(content: string, ctx: ItemContext): string | null {
  const c = content.replace(/[.;]$/, "").trim();
  return c.split(/\s+/).length > 8 ? null : ownerName(c, ctx.abbreviations);
}

/** The task without its "(Owner: …)" or "(due: …)" labels, capitalised. */
export function actionText(t: string): string {
  const s = t.replace(/\s*\((?:action(?:\s+by)?|owner|lead|responsible(?:\s+officer)?|due|deadline|by)\s*[:\-–][^)]*\)\s*/i, " ").replace(/\s+/g, " ").trim().replace(/[;,]$/, "");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** An action line's kind: a letter or work programme entry by its words, else by its verb ("to circulate" is a request). */
export function kindOfAction(t: string): ActionKind {
  if (/^letters?\s+(?:to|from\s+the\s+chair)\b/i.test(t)) return "letter";
  if (/^(?:provide|circulate|share|send|forward|supply|obtain|brief|confirm|clarify|report|present|submit|update)\b/i.test(t)) return "request";
  const kind = debateKind(t);
  return kind === "recommendation" ? "action" : kind;
}
