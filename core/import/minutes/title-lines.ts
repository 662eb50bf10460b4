// Headings with no number and no capitals ("Allotments", "Report from the District Councillor"), as minutes
// typed straight into a word processor or a web page give them: a short line standing alone, that names a
// subject rather than saying something. Only used when nothing else marks the items.
import type { Block } from "./blocks.js";

// Words that make a line a sentence (or a decision) rather than a subject.
export const SENTENCE = /\b(?:was|were|is|are|be|been|being|will|would|should|shall|can|could|may|had|has|have|did|does|noted|agreed|resolved|received|reported|said|asked|explained|confirmed|thanked|declared|welcomed|approved|requested|there|it|we|they|he|she)\b/i;
const DECISION_WORD = /^(?:purpose|discussion|background|summary\s+of\s+discussion|key\s+points|reasons?|resolved|agreed|decided|decision|action|actions|recommendations?|outcomes?|present|apologies\s*:|in\s+attendance|also\s+present|signed|chair(?:man)?'?s?\s+signature|proposed|seconded|carried|none|nil|noted)\b/i;

/** "… - Report noted.", "… - Update and new commitments approved.": the outcome Glasgow's committees put after a title. */
export const OUTCOME_WORD = String.raw`(?:noted|approved|agreed|continued|remitted|referred)`;

/** "Thursday, 12th February, 2026", "14 January 2026": a date and nothing else. */
export const DATE_ALONE = /^(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}$/;

/** A line that could be an item's title: short, starting with a capital, naming something, not ending a sentence. */
export function isTitleLine(b: Block | undefined): boolean {
  if (!b || b.cells || b.marker || b.lines !== 1) return false;
  const t = b.text;
  if (t.length < 3 || t.length > 80 || !/^[A-Z]/.test(t) || /[.;,:!?]$/.test(t)) return false;
  // "Present: Cllr …", "Venue: …": a label and its value.
  if (/^[\w' -]{1,30}:\s/.test(t) || DECISION_WORD.test(t)) return false;
  const words = t.split(/\s+/);
  // A date on its own ("Thursday, 12th February, 2026", a page's running header) is not a subject.
  if (DATE_ALONE.test(t)) return false;
  // Figures make a line a statement ("1,284 notices were issued"); a year or a year span ("Winter 2025/2026 Update") does not.
  if (words.length > 10 || /\d{3,}|£/.test(t.replace(/\b(?:19|20)\d{2}(?:[/-]\d{2,4})?\b/g, ""))) return false;
  return !SENTENCE.test(t);
}

/** Whether at least `share` of a text's letters are capitals (and it has `minLetters` of them): "ANNOUNCEMENT". */
export function inCapitals(text: string, share = 1, minLetters = 4): boolean {
  const letters = text.replace(/[^A-Za-z]/g, "");
  return letters.length >= minLetters && letters.replace(/[^A-Z]/g, "").length / letters.length >= share;
}

/** "Bus Service Improvement Plan - Progress Update": most words capitalised, no closing stop; a list's point is a sentence. */
export function isTitleCase(text: string, minWords = 2): boolean {
  if (/[.;:,]$/.test(text) || text.length > 160) return false;
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z]{4,}/.test(w));
  return words.length >= minWords && words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.75;
}

/** "18 Smith Square, London SW1P 3HZ T 020 7664 3000 E info@local.gov.uk", "27/28 BAMBURGH HOUSE, …, NE23 6UT": an address, by its
 *  postcode, e-mail or web address, which is no item's title. */
export const ADDRESS = /\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b|@|\bwww\./;
