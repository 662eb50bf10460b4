// Three councils' ways of laying out an item that the rest of the reader would take for minutes: an agenda's purpose on a
// committee's web page, an ordered list's counter before each item's reference, and Jersey's "Ref Back" column. Each is set
// aside only where it recurs through the document.

// A committee's web page copied whole (Transport for the North's): each item gives the agenda's purpose ("For Members to
// receive an update on …", "The Chair to welcome Members …") and "Lead: Helen Marsden" before "Minutes:". The purpose is
// the agenda's, not a decision; it goes where the page's "Minutes:" labels recur.
const PURPOSE_OVER_LEAD = /^[ \t]*\S[^\n]*\n(?:[ \t]*\n)?[ \t]*Lead:[^\n]*$/gm;
// Newquay's web page numbers its items in an ordered list, so each reads "  4. 04" or "  10. 07.A": the list's counter, then
// the item's own reference. The reference is the item's number.
const COUNTER_AND_REF = /^[ \t]*\d{1,3}\.[ \t]+(\d{2}(?:\.[A-Z])?)[ \t]*$/gm;
export function withItemRefs(text: string): string {
  return (text.match(COUNTER_AND_REF) ?? []).length >= 3 ? text.replace(COUNTER_AND_REF, "Item $1") : text;
}
export function withoutAgendaPurpose(text: string): string {
  if ((text.match(/^[ \t]*Minutes:[ \t]*$/gm) ?? []).length < 3) return text;
  return text.replace(PURPOSE_OVER_LEAD, "");
}

// Jersey's scrutiny panels print a "Ref Back" column left of each item: the date of the meeting it came from, and under it
// "Item 2" ("30.10.25        2.   Action Updates" / " Item 2"). The column says where the item was before, not what it is.
const REF_BACK_LINE = /^([ \t]{0,3}\d{2}\.\d{2}\.\d{2}[ \t]{4,})(?=\d{1,3}\.[ \t]+[A-Z])/gm;
const REF_BACK_ITEM = /^[ \t]{0,3}Item[ \t]+\d{1,3}(?=[ \t]{4,}|[ \t]*$)/gm;
export function withoutRefBack(text: string): string {
  const dated = text.match(REF_BACK_LINE);
  if (!dated || dated.length < 3) return text;
  return text.replace(REF_BACK_LINE, (m) => " ".repeat(m.length)).replace(REF_BACK_ITEM, (m) => " ".repeat(m.length));
}
