// Lists of business for later meetings. An item that only lists it ("Items for the next agenda: Defibrillator
// maintenance; Annual Parish Meeting arrangements."), or a work programme item's "The following items were
// added: Healthwatch annual report (July); Tobacco control update (October).": each entry is a work programme
// entry, due at the next meeting when the title says so, or at the meeting of the month it names.
import { FUTURE_ITEMS, make, type Candidate, type ItemContext } from "./candidates.js";
import { findDue } from "./dates.js";
import { SHORTHAND } from "./sentence-cues.js";
import type { Block } from "./blocks.js";
import type { ItemBlocks } from "./structure.js";

const PROGRAMME_TITLE = /\bwork\s*(?:programme|plan|schedule)\b|\bforward\s+(?:work\s+)?(?:plan|programme)\b|\bfuture\s+business\b/i;
// "The following were agreed for inclusion on the next agenda: a review of …; and the arrangements for …" (Bromham): no noun.
const FOLLOWING = /\bthe\s+following(?:\s+(?:items?|topics?|reports?|subjects?|matters?)\b|(?=\s+(?:was|were)\s+agreed\b))[^:.]{0,80}?\b(?:added|included|agreed|scheduled|programmed|placed|put)\b[^:.]{0,60}:\s*(.+)$/i;
const SENTENCE_VERB = /\b(?:was|were|is|are|asked|agreed|requested|resolved|noted|will|would|should|had|has|have|raised|suggested|proposed)\b/i;
const ADDITIONS_BELOW = /\b(?:addition|inclusion)\s+of\s+the\s+following\s+(?:items?|topics?|reports?)\s*:-?$/i;
// "c)  the Councillor Code of Conduct training programme for 2026 (already scheduled for the December meeting, so no further
// action was needed)" (Cirencester): asked for, and found to be there already.
const ALREADY = /\balready\s+(?:scheduled|programmed|included|on\s+the\s+(?:agenda|work\s*programme))\b|\bno\s+further\s+action\b/i;
const NOTHING = /^(?:none|nil|no\s+items?|n\/a)\.?$/i;
const MONTH_AT_END = /\s*(?:\(\s*|[–—-]\s*)((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)(\s+\d{4})?\s*\)?$/i;

/** The entries of future-business lists in an item, and the blocks that were nothing but such a list. */
export function futureAgendaItems(item: ItemBlocks, ctx: ItemContext): { candidates: Candidate[]; blocks: Set<number> } {
  const out = { candidates: [] as Candidate[], blocks: new Set<number>() };
  const listItem = FUTURE_ITEMS.test(item.title);
  if (!listItem && !PROGRAMME_TITLE.test(item.title)) return out;
  const next = listItem && /\bnext\b/i.test(item.title) && ctx.due.nextMeeting ? ctx.due.nextMeeting.date : null;
  // "It was agreed that the following items be placed on the agenda for the March meeting:" (Wantage): the meeting every
  // entry under it is for, whatever dates the entries themselves mention ("… to take effect from October 2026").
  let introDue: ReturnType<typeof findDue> | null = null;
  // "The Committee reviewed the forward work programme and APPROVED it, subject to the addition of the following item:" over
  // a bullet (the Education Authority's audit committee): the bullets under it are its entries.
  let additions = false;
  let listStyle: string | null = null;
  item.blocks.forEach((b: Block, k) => {
    if (b.cells) return;
    // Only the list's own markers: "106.   A suggestion from …" after the bullets is the minutes' next paragraph (Chichester Harbour).
    const added = additions && b.marker !== null && (listStyle === null || b.marker.style === listStyle);
    if (added) listStyle = b.marker!.style;
    additions = added || (!listItem && ADDITIONS_BELOW.test(b.text));
    if (!additions) listStyle = null;
    let list: string | null = added ? b.text : null;
    // "Date of next meeting: Tuesday 15 April": a label and its value, not business for the agenda.
    const label = /^([A-Z][\w' ]{1,30}):\s/.exec(b.text);
    if (label && !SENTENCE_VERB.test(label[1]!) && !added) return;
    if (added) out.blocks.add(k);
    // Not "The Clerk to add the renewal of the Community Centre lease to the February agenda." under "Items for the next agenda"
    // (Knighton): who is to do it and what, read as debate reads it.
    // Its action column's note after the stop too ("… date to be confirmed with the Chairman. [Action: Clerk]", Burnham Market).
    else if (listItem && !SENTENCE_VERB.test(b.text) && !(SHORTHAND.test(b.text) && /[.;](?:\s*\[Action:[^\]]*\])?$/.test(b.text))) {
      list = b.text;
      out.blocks.add(k);
    } else if (listItem && /\bfollowing\b[^.]*:-?$/i.test(b.text)) {
      // "Members asked for the following to be placed on the agenda:" introduces the list; it is not an entry.
      out.blocks.add(k);
      // "… be placed on the agenda for the next meeting of Council:" (Ledbury) names the meeting too, and so does "… be included on
      // the agenda of the meeting on 12 January 2026:" (Rye), and "… for the next Meeting of the Committee:-" (Swanage).
      // So does "The following items were requested for the February agenda:" (Barrington), a month's agenda.
      const d = /\bmeeting(?:\s+of\s+(?:the\s+)?[A-Z][\w&' ]{1,40})?(?:\s+on\s+(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:,?\s+\d{4})?)?\s*:-?$/i.test(b.text) || /\b(?:next|[A-Z][a-z]{2,8})\s+agenda\s*:-?$/.test(b.text) ? findDue(b.text, ctx.due) : null;
      introDue = d?.due ? d : null;
      // Each bullet under it is an entry, though it reads like a sentence ("the Council's response to Halo Leisure's proposed
      // reduction in opening hours;").
      additions = true;
      listStyle = null;
    } else {
      const following = FOLLOWING.exec(b.text);
      if (following && !SENTENCE_VERB.test(following[1]!)) list = following[1]!;
    }
    if (list === null) return;
    // A bullet of its own may say more of the report it wants ("Christmas lights – a report on the options for the lights
    // contract from 2026 to be brought to a future meeting", Abergavenny) than a title run into a sentence would.
    const entries = (b.marker && list === b.text ? [list] : list.split(/;\s*/))
      .map((e) => e.trim().replace(/[.;,]+$/, "").replace(/^and\s+/i, "")).filter((e) => e && !NOTHING.test(e) && !ALREADY.test(e) && e.split(/\s+/).length <= (b.marker ? 24 : 14));
    entries.forEach((e, n) => {
      const c = make(item, e, "work-programme", b.text, null, ctx, 1, `agenda:${k}:${n}`);
      const month = MONTH_AT_END.exec(e);
      const due = month ? findDue(`at the ${month[1]}${month[2] ?? ""} meeting`, ctx.due) : introDue;
      if (due?.due) { c.due = due.due; c.dueText = due.dueText; }
      if (!c.due && next) { c.due = next; c.dueText = "next meeting"; }
      out.candidates.push(c);
    });
  });
  return out;
}
