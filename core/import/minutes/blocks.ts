// Minutes text to blocks: paragraphs, list items and table rows, with wrapped lines joined and
// paragraphs that a page break cut in two put back together. Everything later works on blocks.
import { indentOf, joinHyphenatedLines, removeRunningLines } from "./page-text.js";
import { FULL_MONTH } from "./dates.js";
import { withItemRefs, withoutAgendaPurpose, withoutRefBack } from "./house-layouts.js";
import { layoutTable } from "./layout-table.js";
import { foldActionColumn, foldActionTails } from "./action-column.js";
import { withLeftColumnTitles } from "./left-column.js";
import { withHangingNumbers } from "./hanging-numbers.js";
import { withIndentedSubheadings } from "./indented-subheadings.js";
import { withGroupedReportsApart } from "./grouped-reports.js";
import { OUTCOME_WORD, SENTENCE, inCapitals, isTitleCase, isTitleLine } from "./title-lines.js";
import { isPipeRule, pipeCells } from "./pipe-table.js";
import { minutesColumns, minutesRow, type MinutesColumns } from "./minutes-table.js";
import { BRACKETED_REF, NUMBER_WORDS, TRAILING_REF, recurringShapes, refHeading } from "./heading-refs.js";

export type MarkerStyle = "bullet" | "letter" | "roman" | "number" | "outline";
// label is lower-cased for the list readers; raw keeps it as printed, for "A." and "IV." item headings.
// delim: how a number was set off ("3." or "2)" or "(2)"), since a list of "1)" "2)" is not continued by a heading "3.".
export interface Marker { style: MarkerStyle; label: string; raw?: string; delim?: string }

export interface Block {
  text: string;          // joined, single-spaced
  marker: Marker | null; // the list marker that began it, removed from text
  lines: number;         // physical lines joined into it
  cells: string[] | null; // a tab-separated table row
}

/** "Agenda Item 3" (or a bare "4", or "3.2" for an agenda's sub-item, Northumberland IFCA) set far right on the first line, or "AGENDA ITEM 1" alone above the title: the
 *  agenda pack's stamp, not the minutes' own item. */
function withoutPackStamp(text: string): string {
  // "Agenda Item No." far right, the number far right a line or two below it (Hertfordshire).
  // "Item 2" far right over "18th March 2026" (Glasgow's Strathclyde Pension Fund Committee): the meeting the minutes go to.
  return text.replace(/^(\s*\n)*[ \t]{20,}(?:agenda\s+)?item\s+\d{1,3}[a-z]?[ \t]*\n(?:[ \t]*\n)*[ \t]{20,}\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}[ \t]*(?=\n)/i, "").replace(/^(\s*\n)*[ \t]{20,}agenda\s+item\s+no\.?[ \t]*\n(?:[ \t]*\n)*[ \t]{20,}\d{1,3}[a-z]?[ \t]*(?=\n)/i, "").replace(/^(\s*\n)*[ \t]{20,}(?:(?:agenda\s+)?item\s+)?\d{1,3}(?:\.\d{1,2})?[a-z]?[ \t]*(?=\n)/i, "").replace(/^(\s*\n)*[ \t]*agenda\s+item\s+\d{1,3}[a-z]?[ \t]*(?=\n)/i, "")
    // "Agenda Item 3      24 February 2026" on one line (Highlands and Islands Airports): the stamp and the meeting it goes to.
    .replace(/^(\s*\n)*[ \t]*agenda\s+item\s+\d{1,3}[a-z]?[ \t]{10,}\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}[ \t]*(?=\n)/i, "")
    // Under the running header's first line (Strathclyde Partnership for Transport): only when it says "Agenda item".
    .replace(/^((?:[^\n]*\n){1,4}?)[ \t]{20,}agenda\s+item\s+\d{1,3}[a-z]?[ \t]*(?=\n)/i, "$1");
}

/** Text as every rule expects it: plain quotes, no emphasis markup, one kind of space. */
export function normaliseText(raw: string): string {
  const text = foldActionTails(foldActionColumn(removeRunningLines(withoutPackStamp(raw.replace(/\r\n?/g, "\n")))))
    .replace(/\f/g, "\n\n")
    .replace(/[\u2028\u2029]/g, "\n")
    .replace(/[\u00a0\u2007\u202f\u2009]/g, " ")
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, "")
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    // Markdown exports: the marks of "### 21. Title" headings and "---" rules carry no words of their own.
    .replace(/^[ \t]*(?:#{1,6}[ \t]+|(?:-{3,}|\*{3,}|_{3,})[ \t]*$)/gm, "")
    .replace(/\*\*|__/g, "")
    // "T H A T the report be noted": the Vale of Glamorgan spaces out its "THAT"; Tandridge its "R E S O L V E D – that:"
    // and "R E C O M M E N D E D".
    .replace(/\b(?:T H A T|R E S O L V E D|R E C O M M E N D E D|A G R E E D|D E C I D E D)\b/g, (w) => w.replace(/ /g, ""))
    // "RESOLVED: -", "… with a response requested by the Panel meeting on 2 February 2026: -" (Birmingham's house style, for the
    // West Midlands Police and Crime Panel): the ":-" every stem rule knows.
    .replace(/:[ \t]+-[ \t]*$/gm, ":-")
    // "For: 9    Against: 0    Abstain: 0" on a line of its own after a resolution (Shaftesbury): the vote ends a sentence, so
    // that the next line's "The Events and Communications Officer will circulate …" is read as one of its own.
    .replace(/^([ \t]*For:?[ \t]+\d+\b[^\n]{0,80}?\bAgainst:?[ \t]+\d+[^\n]*?)(?<![.;:])[ \t]*$/gm, "$1.")
    // "CARRIED: Unanimous." over "THAT THE QUOTATION FROM ELAN CITY OF £2,985.00 BE ACCEPTED …" (Brandon's resolution record): the
    // decision, in capitals after the vote, as "RESOLVED THAT …" would print it.
    .replace(/^([ \t]*CARRIED\b[^\n]*\n[ \t]*)(THAT[ \t]+[A-Z][A-Z0-9 ,'&£.()/-]{8})/gm, "$1RESOLVED $2")
    // "Monday 1 st December 2025", "24 TH NOVEMBER" (Weston-super-Mare's PDFs set the ordinal apart): the date as written.
    .replace(new RegExp(String.raw`\b(\d{1,2})[ \t]+(st|nd|rd|th|ST|ND|RD|TH)\b(?=[ \t]+(?:of[ \t]+)?${FULL_MONTH}\b)`, "gi"), "$1$2")
    // "455/25        Action Report                    Appendix A" (Buckingham Town Council): the papers' label set far right
    // of a heading, not part of its title.
    .replace(/^([ \t]*\S{1,12}[ \t]+\S[^\n]{2,100}?)[ \t]{10,}(?:Appendix|Annex)[ \t]+[A-Z0-9]{1,3}[ \t]*$/gm, "$1")
    // "Action 25/13        SB to bring a revised timeline …" (the Anglian (Northern) flood committee): a numbered action
    // with its owner and task in a column beside it, read as "Action 25/13: SB to …".
    // "ACTION  20251127-BRD-001  Police Scotland to provide …" (the Scottish Police Authority): its log's number, by date and board.
    .replace(/^([ \t]*Action[ \t]+(?:no\.?[ \t]*)?[A-Z]{0,3}\d{1,3}(?:[./]\d{1,3})+[a-z]?)[ \t]{2,}(?=[A-Z])/gm, "$1: ")
    .replace(/^([ \t]*(?:Action|ACTION)[ \t]+\d{8}-[A-Z]{2,6}-\d{1,4})[ \t]{2,}(?=[A-Z])/gm, "$1: ")
    // "Recommendation(s) to Cabinet:", "Action(s) required by:": the plural every label rule knows.
    .replace(/\b(Recommendation|Action|Decision|Outcome)\(s\)/gi, "$1s")
    // "Escalations:" in a joint NHS committee's notes are what a council committee calls recommendations.
    .replace(/^([ \t]*)Escalations?((?:\s+to\s+[^:\n]{2,60})?:[ \t]*)$/gim, "$1Recommendations$2")
    // "* 41    Minutes": Devon stars the minutes taken under delegated powers; the star is not a bullet.
    .replace(/^[ \t]*\*[ \t]+(?=\d{1,4}\.?[ \t]{2,}[A-Z])/gm, "")
    // *italic* spans, as Markdown-ish exports print them
    .replace(/(^|[\s(])\*(?=\S)/gm, "$1")
    .replace(/(?<=\S)\*(?=[\s.,;:)]|$)/gm, "")
    .replace(/^[ \t]*[\uf0b7\uf0a7\uf076\uf0d8\uf0fc▪◦●○■□➢►‣⁃∙·→➔➜➤⇒]\s*/gm, "• ");
  return HOUSE_LAYOUTS.reduce((t, rewrite) => rewrite(t), text);
}

// Layouts particular to some councils, each rewritten into the plain one the rest of the reader knows; each leaves text
// that is not laid out its way as it was. In this order: a rewrite may rely on those before it.
const HOUSE_LAYOUTS: ((text: string) => string)[] = [withSplitYearNumbers, withItemRefs, withoutAgendaPurpose, withoutRefBack, withLeftColumnTitles, withSplitReferences,
  withHangingNumbers, withIndentedSubheadings, withGroupedReportsApart, withTitlesApart, withColonTitlesApart, withSentenceColonTitlesApart, withDashTitlesApart, withStopTitlesApart, withRefTitlesApart, withNumberStopTitlesApart, withOutlineStopTitlesApart, withOutlineTitleLinesApart, withActionBulletsLabelled, withOwnerTagsJoined, joinHyphenatedLines];

// "Action CP   •  Chase Cambridgeshire County Council Highways for a date …" over "Action KW   •  Chase Anglian Water …" (Foxton
// Parish Council): the owner's initials, then the task, one to a line. Each made a paragraph "Action: CP – Chase …", which the
// action lines read, when two or more are so laid out.
const ACTION_BULLET = /^([ \t]*)Action[ \t]+([A-Z]{2,4}(?:\/[A-Z]{2,4})?)[ \t]+[•·][ \t]+(?=[A-Z])/gm;
function withActionBulletsLabelled(text: string): string {
  return (text.match(ACTION_BULLET) ?? []).length < 2 ? text : text.replace(ACTION_BULLET, "\n$1Action: $2 – ");
}

// "HH42 URGENT AND EMERGENCY CARE – WINTER 2025/26 – The Associate Director of …" (Darlington): a heading in capitals
// that runs into its first paragraph after a dash. Set apart when the same letters number three or more such headings.
// So does North Lincolnshire's "241     SUBSTITUTIONS – Apologies for absence were received …", with a bare number, and
// "688    WELCOME AND INTRODUCTIONS - The Chair welcomed …" with a hyphen (the Humberside Police and Crime Panel it clerks).
// Humberside Fire Authority numbers them through the year: "62/25     INTERNAL AUDIT REPORTS 2025/26 - The Committee …".
// "109.  HIGHWAYS, FOOTPATHS AND TRAFFIC – The Local Highways Improvement bid …" (Great Abington): the number with its stop.
const RUN_ON_TITLE = /^((?:[A-Z]{1,6})?\d{1,4}(?:\/\d{2}|\.)?)[ \t]+([^a-z\n]{3,}?(?:\n[^a-z\n]{3,}?)?)[ \t]+[–—-][ \t]+(?=(?:The|A|An|Members|Councillor|Cllr|It|This|In|Mr|Mrs|Ms|Dr)\b|(?<=^\d{1,4}(?:\/\d{2}|\.)?[ \t]+[^\n]*)[A-Z][a-z])/gm;
function withTitlesApart(text: string): string {
  const dashed = whereRecurring(text, RUN_ON_TITLE, (m) => m[1]!.replace(/\d+/g, ""), (m) => `${m[1]} ${m[2]!.replace(/\s*\n\s*/, " ")}\n\n`);
  return whereRecurring(dashed, CAPITALS_RUN_ON, (m) => m[1]!.replace(/\d+/g, ""), (m) => `${m[1]} ${m[2]}\n\n${" ".repeat(m[0].length - m[0].trimStart().length + m[1]!.length + 1)}`);
}
// "522/04     MAYOR'S SUMMARY The Mayor reported that …", "522/05     POLICE REPORT PCSO Morris reported …" (Llanidloes): the title in
// capitals run into its paragraph with no dash, the paragraph's first word a name or an article.
const CAPITALS_RUN_ON = /^((?:[A-Z]{1,6})?\d{1,4}(?:\/\d{2})?)[ \t]+([A-Z][A-Z0-9'’ &/(),–-]{2,60}[A-Z)])[ \t]+(?=(?:The|Members|Councillor|Cllr|PCSO|Mr|Mrs|Ms|Dr|It|A|An)\s+[A-Za-z])/gm;

// "FC2025/62    APOLOGIES FOR ABSENCE: Apologies had been received from …" (Lewes Town Council): a minute's title in capitals
// closed by a colon, its first paragraph run on after it. Set apart when three or more minutes are so laid out.
// "13204.  TO RECEIVE AND CONSIDER APOLOGIES: The following gave their apologies …" (Sheringham, its minutes numbered on for decades).
const COLON_TITLE = /^([ \t]*(?:[A-Z]{1,6})?\d{1,5}(?:\/\d{2,4})?\.?)[ \t]+([A-Z][^a-z\n:]{2,80}?):[ \t]+(?=[A-Z][A-Za-z])/gm;
// Its decisions are numbered from the minute, indented under it ("             FC2025/68.2   the Budget Working Party reviews …"):
// each is a point of the list, numbered as "(2)".
const REF_POINT = /^([ \t]{6,})[A-Z]{0,6}\d{1,4}\/\d{2,4}\.(\d{1,2})[ \t]{2,}(?=\S)/gm;
function withColonTitlesApart(text: string): string {
  if ((text.match(COLON_TITLE) ?? []).length >= 3) text = text.replace(REF_POINT, (_m, indent: string, n: string) => `${indent}(${n})   `);
  return whereRecurring(text, COLON_TITLE, (m) => /^\s*([A-Z]{0,6})/.exec(m[1]!)![1]!, (m) => `${m[1]} ${m[2]}\n\n${" ".repeat(m[0].length - m[0].trimStart().length)}`);
}

// "2.    Apologies for absence: Cllr M Dunstan (work commitments) …", "5.    Matters arising and action log: The Town Clerk
// presented …" (Deal Town Council): a title in sentence case, at the margin, closed by a colon with its first paragraph run on
// after it. A title has none of a sentence's verbs ("3. Members noted: …" is a point). Set apart when three or more are so laid out.
// "171.2526   Declarations of interest and requests for dispensation: Cllr Foster declared …" (Bedale): the minute and the council year.
// Its sub-items are indented under it: "           177.1  Market Place parking enforcement: The Clerk reported …".
const SENTENCE_COLON_TITLE = /^([ \t]{0,3}[A-Z]{0,3}\d{1,3}\.(?:\d{4}(?=[ \t]))?|[ \t]{4,14}\d{1,3}\.\d{1,2}(?=[ \t]))[ \t]+([A-Z][a-z][^\n:.;]{2,70}?):(?:[ \t]+(?=[A-Z(])|[ \t]*$)/gm;
function withSentenceColonTitlesApart(text: string): string {
  // Not "51.2    The Associate Director: Finance advised …" (Tewkesbury): a paragraph naming a role that has a colon in it.
  const titled = (t: string) => t.split(/\s+/).length <= 10 && !SENTENCE.test(t) && !POINT_WORDS.test(t) && !/^(?:The|That|This|A|An)\s/.test(t);
  // "D158.   Budget and Precept 2026/27:" with its paragraph on the next line (Ulverston Town Council) loses only its colon.
  // (Whether the title ends its line is read from the text after the match: the match itself ends on the spaces after the colon.)
  // In order, as items are: not "7. Christmas Lights and Christmas Market: Cllr. Ffion Lloyd declared an interest …" and "12. …"
  // under a declarations item, in Welsh and again in English (Aberystwyth).
  return titlesApartInOrder(text, SENTENCE_COLON_TITLE, titled, (all, number, title, rest) =>
    /^[ \t]*(?:\n|$)/.test(rest) ? `${number} ${title}\n` : `${number} ${title}\n\n${paragraphIndent(all, number)}`);
}

/** Titles run into their paragraphs, set apart where three or more are so laid out, in the order of minute and part. */
function titlesApartInOrder(text: string, re: RegExp, titled: (title: string) => boolean, render: (all: string, number: string, title: string, rest: string) => string): string {
  const numbers = [...text.matchAll(re)].filter((m) => titled(m[2]!)).map((m) => minuteOrder(m[1]!.trim()));
  if (numbers.length < 3 || numbers.some((n, k) => k > 0 && n <= numbers[k - 1]!)) return text;
  return text.replace(re, (all: string, number: string, title: string, ...more: unknown[]) => {
    if (!titled(title)) return all;
    // The offset and the whole text come last among a replacer's arguments, after however many groups the pattern has.
    const whole = more[more.length - 1] as string, at = more[more.length - 2] as number;
    return render(all, number, title, whole.slice(at + all.length));
  });
}
/** "177.1" after "177.2526" (the minute and its council year), "2745/26" as minute 2745: the minute, then its part. */
function minuteOrder(n: string): number {
  const [, main, part] = /(\d+)(?:\.(\d+))?/.exec(n)!;
  return Number(main) * 100 + (part && part.length <= 2 ? Number(part) : 0);
}
/** The paragraph's indent under a title set apart: where its words began beside the number. */
const paragraphIndent = (all: string, number: string) => " ".repeat(all.length - all.trimStart().length + number.trim().length + 1);

// "141-          To receive and accept apologies for absence:" over "2025/2026" (Bungay): the minute and the council year split over
// two lines in the number's column. Read as minute "141." with its title, the year dropped, when three or more are so printed.
const SPLIT_YEAR_NUMBER = /^(\d{1,4})-([ \t]{2,})(\S[^\n]*)\n\d{4}\/\d{4}([ \t]+\S[^\n]*)?$/gm;
function withSplitYearNumbers(text: string): string {
  return whereRecurring(text, SPLIT_YEAR_NUMBER, () => "", (m) => `${m[1]}.${" ".repeat(m[2]!.length)}${m[3]}${m[4] ? `\n${" ".repeat(m[1]!.length + 1 + m[2]!.length)}${m[4].trim()}` : ""}`);
}

// "301.    Police Report - PCSO K Ashworth presented the report …", "304.2   Exeter Road Bus Shelter (minute 251) - The Town Clerk had
// written …" (Okehampton Town Council), "2745/26     Police Report – PCSO Lucy Trethewey presented …" (Wadebridge): a title in title
// or sentence case, its first paragraph run on after a spaced dash. Set apart when three or more minutes are so laid out, in order.
// So is "308.1   Policy and Resources Committee - 12 January 2026. The minutes were received.": a committee's minutes, titled by its
// name and the day it met, closed by a full stop.
// "To receive the Clerk's report": the agenda's own wording before a title, no verb of the title's.
const AGENDA_VERB = /^To\s+(?:receive|approve|consider|note|adopt|confirm|accept|discuss|review)\s+(?=\S)/;
const DASH_TITLE = /^([ \t]{0,12}\d{1,4}(?:\.(?:\d{1,2})?|\/\d{2}(?=[ \t])))[ \t]+([A-Z][^\n:;]{2,70}?)(?:[ \t]+[-–][ \t]+(?=[A-Z])|(?<=[ \t][-–][ \t]+\d{1,2}(?:[ \t]+(?:and|&)[ \t]+\d{1,2})?(?:[ \t]+[A-Z][a-z]+)?(?:[ \t]+and[ \t]+\d{1,2})?[ \t]+[A-Z][a-z]+[ \t]+\d{4})\.[ \t]+(?=[A-Z]))/gm;
// "4        District Councillor’s Report – Cllr Tom Pellow reported that …" (Haslingfield): a bare number, set apart from its title by
// a gap, where what runs on after the dash is a sentence (not "26      Internal Audit Progress Report – Quarter 2 2025/26" in a list
// of the agenda's items, ESFA).
const BARE_DASH_TITLE = new RegExp(String.raw`^([ \t]{0,12}\d{1,4})[ \t]{3,}([A-Z][^\n:;]{2,70}?)[ \t]+[-–][ \t]+(?=[A-Z][^\n]*${SENTENCE.source})`, "gm");
function withDashTitlesApart(text: string): string {
  return dashTitlesApart(dashTitlesApart(text, DASH_TITLE), BARE_DASH_TITLE);
}
function dashTitlesApart(text: string, re: RegExp): string {
  // Not a title in capitals (read elsewhere), nor "6.1 The Strategic Director - Place introduced …", "1.2 That the Director – Housing
  // provides …" or "4.1 Agenda Item No. 6.1.3 – The Commercial Director …": paragraphs naming a role or an item.
  // The agenda's own wording may be the title: "8.    To receive the Clerk's report – The Clerk's written report had been …" (Harleston).
  const titled = (t: string, words = t.replace(AGENDA_VERB, "")) =>
    t.split(/\s+/).length <= 10 && /[a-z]/.test(t) && !/^(?:The|That|This|A|An|Agenda|Item)\b/.test(t) && !SENTENCE.test(words) &&
    !POINT_WORDS.test(words.replace(/\([^)]*\)/g, "")) && !/[.,]$/.test(t);
  return titlesApartInOrder(text, re, titled, (all, number, title) => `${number} ${title}\n\n${paragraphIndent(all, number)}`);
}

// "8647.  DECLARATIONS OF INTEREST. Cllr A Dodd declared a personal interest …" (Hexham Town Council): a minute's title in
// capitals closed by a full stop, its first paragraph run on after it. Set apart when three or more minutes are so laid out.
const STOP_TITLE = /^([ \t]*\d{1,4}\.)[ \t]+([A-Z][^a-z\n.:;]{2,80}?)\.[ \t]+(?=[A-Z[(])/gm;
function withStopTitlesApart(text: string): string {
  return whereRecurring(text, STOP_TITLE, () => "", (m) => `${m[1]} ${m[2]}\n\n${" ".repeat(m[0].length - m[0].trimStart().length)}`);
}

// "Action: HC to circulate the Board effectiveness questionnaire to all Board members." over "[HC – 16 Jan 2026]" far right on
// the line below (Highlands and Islands Airports): the action's tag of owner and date, joined to the line it belongs to.
// Anchored at a line's start, so that each line is tried once.
const OWNER_TAG_BELOW = /^([^\n]*\S)[ \t]*\n[ \t]{20,}(\[[A-Z]{2,4}(?:\/[A-Z]{2,4})?[ \t]+[–—-][ \t]+[^\]\n]{2,30}\])[ \t]*$/gm;
function withOwnerTagsJoined(text: string): string {
  return text.includes("[") ? text.replace(OWNER_TAG_BELOW, "$1 $2") : text;
}

// "P25/125.   Enforcement – to receive an update on open enforcement cases." over "           The Assistant Clerk reported …"
// (Cottenham Parish Council): a year-numbered minute's title, closed by a full stop or colon, with its paragraph on the very
// next line. Set apart when three or more minutes are so laid out.
// A title may wrap once, in lower case ("P25/128.   Section 106 and Community Infrastructure – to consider the position on" over
// "           developer contributions.").
const REF_TITLE_OVER_PARAGRAPH = /^([ \t]*[A-Z]{0,4}\d{1,4}\/\d{2,4}\.?[ \t]+[^\n]{3,150}?(?:\n[ \t]+[a-z][^\n]{2,80}?)?[.:])(?=\n[ \t]+[A-Z])/gm;
function withRefTitlesApart(text: string): string {
  return whereRecurring(text, REF_TITLE_OVER_PARAGRAPH, (m) => /^\s*([A-Z]{0,4})/.exec(m[1]!)![1]!, (m) => `${m[1]}\n`);
}

// "11.  Allotments." over "     Councillor Harrold left the room. …" (Great Wakering Parish Council): a plain minute number's title
// in sentence case, closed by a full stop, its paragraph on the very next line under the title's words. Agenda wording may be the
// title, wrapped once in lower case ("8.   To receive reports from the County Councillor … on County" over "     and District
// matters."). Set apart when three or more are so laid out, numbered in order.
const NUMBER_STOP_TITLE = /^([ \t]{0,3}\d{1,3}\.)[ \t]+([A-Z][^\n.:;]{2,90}?(?:\n[ \t]+[a-z][^\n.:;]{2,60}?)?)\.(?=[ \t]*\n[ \t]+[A-Z])/gm;
function withNumberStopTitlesApart(text: string): string {
  const titled = (t: string, words = t.replace(AGENDA_VERB, "")) =>
    words.split(/\s+/).length <= 14 && !/^(?:The|That|This|A|An|Agenda|Item)\b/.test(t) && !SENTENCE.test(words) && !POINT_WORDS.test(words.replace(/\([^)]*\)/g, ""));
  return titlesApartInOrder(text, NUMBER_STOP_TITLE, titled, (all) => `${all}\n`);
}

// "159.1        Applications considered. The Council considered the following applications:" under "159/25       PLANNING" (Redbourn
// Parish Council): a numbered sub-heading's short title closed by a full stop, its paragraph run on after it. Set apart when three
// or more are so laid out, numbered in order.
const OUTLINE_STOP_TITLE = /^([ \t]{0,3}\d{1,4}\.\d{1,2})[ \t]{2,}([A-Z][a-z][^\n.:;]{2,50}?)\.[ \t]+(?=[A-Z])/gm;
const OUTLINE_STOP_TITLE_LINE = new RegExp(OUTLINE_STOP_TITLE.source);
function withOutlineStopTitlesApart(text: string): string {
  const titled = (t: string) => t.split(/\s+/).length <= 6 && !/^(?:The|That|This|A|An|Members|Councillors?|Cllr)\b/.test(t) && !SENTENCE.test(t) && !POINT_WORDS.test(t);
  // Only where every such number opens so: "8.1  Commissioner recruitment. PC's second term …" beside "8.3  The Board APPROVED …"
  // (Falmouth Harbour) are paragraphs, some of them opening on their topic.
  const numbered = text.match(/^[ \t]{0,3}\d{1,4}\.\d{1,2}[ \t]{2,}\S[^\n]*/gm) ?? [];
  if (numbered.some((l) => { const m = OUTLINE_STOP_TITLE_LINE.exec(l); return !m || !titled(m[2]!); })) return text;
  return titlesApartInOrder(text, OUTLINE_STOP_TITLE, titled, (all, number, title) => `${number} ${title}\n\n${paragraphIndent(all, number)}`);
}

// "5.1 Speed Indicator Device (SID)" over "GF reported that the solar panel …" under "2026/01-5     Update on items from the November 2025
// PC meeting" (Elsworth Parish Council): a numbered sub-heading alone on its line, its paragraph on the very next. Set apart when
// three or more are so laid out, numbered in order.
// "118.1     Applications received" over "          25/04567/HFUL, 12 Abbey Street: …" (Ickleton): the paragraph may open on a reference.
const OUTLINE_TITLE_LINE = /^([ \t]*\d{1,3}\.\d{1,2})[ \t]+([A-Z][^\n.:;,]{2,60}?)[ \t]*\n(?=[ \t]+[A-Z0-9])/gm;
function withOutlineTitleLinesApart(text: string): string {
  // "Applications received", "Decisions noted": a participle closing a title is no sentence's verb.
  const titled = (t: string) => t.split(/\s+/).length <= 8 && !/^(?:The|That|This|A|An|Members|Councillors?|Cllr|It)\b/.test(t) &&
    !SENTENCE.test(t.replace(/\s(?:received|noted|approved|agreed|reported)$/i, "")) && !POINT_WORDS.test(t);
  return titlesApartInOrder(text, OUTLINE_TITLE_LINE, titled, (all) => `${all}\n`);
}

/** Each match of `re` rewritten, when three or more of them share a key (a council's own reference letters); else the text as it was. */
function whereRecurring(text: string, re: RegExp, key: (m: RegExpMatchArray) => string, rewrite: (m: RegExpMatchArray) => string): string {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(re)) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
  if (![...counts.values()].some((n) => n >= 3)) return text;
  return text.replace(re, (...args) => {
    const m = args.slice(0, -2) as unknown as RegExpMatchArray;
    return (counts.get(key(m)) ?? 0) >= 3 ? rewrite(m) : m[0]!;
  });
}

// "CYP     Public Discussion (Agenda Item 1)" over "12": a two-line reference cell ("CYP" / "12") that pdftotext laid
// beside the title (North Somerset). Put back together as "CYP 12     Public Discussion …" when the letters recur so.
// A title that wraps carries on beside the number: "CYP     Matters referred by … Panels (if" over "16      any) (Agenda Item 5)".
const SPLIT_REF = /^([ \t]*)([A-Z]{2,6})[ \t]{2,}(\S[^\n]*)\n[ \t]*(\d{1,4})(?:[ \t]{2,}(\S[^\n]*?))?[ \t]*$/gm;
function withSplitReferences(text: string): string {
  return whereRecurring(text, SPLIT_REF, (m) => m[2]!, (m) => `${m[1]}${m[2]} ${m[4]}     ${m[5] ? `${m[3]} ${m[5]}` : m[3]}`);
}

const BULLET = /^(?:[•\-–—*>]|o(?=\s+[A-Za-z]))\s+/;
// "(a)", "(iv)", "(A)", "(IV)", "(12)"; not "(DCFO)", an abbreviation a wrapped line happens to start with.
const LABEL = String.raw`([a-z]{1,4}|[A-Z]|[IVX]{1,5}|\d{1,3})`;
const PAREN_LABEL = new RegExp(String.raw`^\(${LABEL}\)\s*`);
// "1535) WORKS COMMITTEE - Agenda Item 5": a drainage board's minute numbers run to four figures (not a year's).
const CLOSE_LABEL = new RegExp(String.raw`^(?:${LABEL}|(?!19\d\d|20\d\d)(\d{4}))\)\s+`);
// "[1]   the report be noted; and" (Cheshire Fire Authority): square brackets, as round ones.
const SQUARE_LABEL = new RegExp(String.raw`^\[${LABEL}\]\s+`);
// "C.   a further update … be added" (Tandridge): the article "a" after the label is a word, all the same.
const DOT_LETTER = /^([a-zA-Z])\.\s+(?=\S{2}|a\s+[a-z])/;
const INITIAL_AND_NAME = /^[A-Z]\.\s+[A-Z][\w'-]+(?:\s+\([^)]{2,60}\))?\s{3,}\S/;
// "A      The presentation is noted." / "B      The Chair writes to …" (Harlow), "a     That the report be noted; and"
// (North Warwickshire): a letter alone, set off by a wide gap.
const BARE_LETTER = /^([A-Za-z])\s{3,}(?=[A-Z][a-z'’]*\s)/;
const DOT_ROMAN = /^((?:x{0,2})(?:ix|iv|v?i{1,3}|v))\.\s+/i;
const R_NUMBER = /^R(\d{1,2})\s*[-–:.]\s+(?=[A-Z])/;
// Not "25.OS.19       Declarations of Any Interests" (Chorley): the year of a reference, not a list's number.
const DOT_NUMBER = /^(\d{1,3})\.(?!\d|[A-Z]{1,6}\.\d)\s*(?=\S)/;
// Not "10.00 am" or "7.30 p.m. in the Council Chamber", a time a wrapped line starts with ("p.m." ends on no word boundary).
// Nor "7.30 - 10.05 PM" under the date (Bracknell Forest), the meeting's times.
const OUTLINE = /^((?:[A-Z]{1,6})?\d{1,3}\.\d{1,2})\.?\s+(?!(?:am|pm|noon|hrs|hours)\b|a\.m\.|p\.m\.|[-–]\s*\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.))/i;
const ROMAN = /^(?:x{0,2})(?:ix|iv|v?i{1,3}|v)$/i;

/** The list marker at the start of a line, and the rest of it. */
export function splitMarker(line: string): { marker: Marker | null; rest: string } {
  let m = BULLET.exec(line);
  if (m) {
    // "- (a) reviews …": the label inside the bullet is the real marker.
    const inner = splitMarker(line.slice(m[0].length));
    if (inner.marker && inner.marker.style !== "bullet" && inner.marker.style !== "number") return inner;
    return { marker: { style: "bullet", label: "•" }, rest: line.slice(m[0].length) };
  }
  m = OUTLINE.exec(line);
  if (m) return { marker: { style: "outline", label: m[1]! }, rest: line.slice(m[0].length) };
  m = PAREN_LABEL.exec(line);
  if (m) return { marker: { ...labelMarker(m[1]!), raw: m[1]!, delim: "()" }, rest: line.slice(m[0].length) };
  m = SQUARE_LABEL.exec(line);
  if (m) return { marker: { ...labelMarker(m[1]!), raw: m[1]!, delim: "[]" }, rest: line.slice(m[0].length) };
  m = CLOSE_LABEL.exec(line);
  if (m) return { marker: { ...labelMarker(m[1] ?? m[2]!), raw: m[1] ?? m[2]!, delim: ")" }, rest: line.slice(m[0].length) };
  m = DOT_NUMBER.exec(line);
  if (m) return { marker: { style: "number", label: m[1]!, delim: "." }, rest: line.slice(m[0].length) };
  // "R1 - That the Committee notes …", "R2 - That …" (Brentwood): recommendations numbered with an R.
  m = R_NUMBER.exec(line);
  if (m) return { marker: { style: "number", label: m[1]! }, rest: line.slice(m[0].length) };
  m = DOT_ROMAN.exec(line);
  if (m) return { marker: { style: "roman", label: m[1]!.toLowerCase(), raw: m[1]! }, rest: line.slice(m[0].length) };
  // Not "A. Kettle                Cheshire East Council", "G. Ollier (substitute for S. Marland)     …" in an attendance list
  // (Cheshire and Merseyside): an initial and a surname, then a second column.
  if (INITIAL_AND_NAME.test(line)) return { marker: null, rest: line };
  m = DOT_LETTER.exec(line) ?? BARE_LETTER.exec(line);
  if (m) return { marker: { style: "letter", label: m[1]!.toLowerCase(), raw: m[1]! }, rest: line.slice(m[0].length) };
  return { marker: null, rest: line };
}

function labelMarker(label: string): Marker {
  if (/^\d+$/.test(label)) return { style: "number", label };
  // "(i)" is roman unless it continues a letter list; the resolution reader decides that in context.
  if (ROMAN.test(label)) return { style: "roman", label: label.toLowerCase() };
  return { style: "letter", label: label.toLowerCase() };
}

const PAGE_FURNITURE = /^(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d{1,3})$/i;
const UPPER_LINE = /^[^a-z]*[A-Z]{3}[^a-z]*$/;

// "Tuesday, 8th February, 2022" alone on a line, as a header gives the meeting's date.
const DATE_LINE = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b[^a-z]{0,30}$/i;
// The labelled parts some councils give every item ("Purpose", "Discussion", "Outcomes and actions", "Reasons:").
export const SECTION_LABEL = /^(?:purpose(?:\s+of\s+(?:the\s+)?(?:item|report))?|discussion|summary\s+of\s+discussion|background|key\s+points|outcomes?(?:\s+and\s+actions?)?|reasons?(?:\s+for\s+(?:the\s+)?decisions?)?|decisions?(?:\s+and\s+actions?)?)\s*:?$/i;

// "Minute 4 above. It was agreed …" at the start of a wrapped line refers back to an item; it does not head one. Nor
// does "Minute No. 42.)" closing "(Councillor T Fairclough had declared an interest in this item – see" (Malvern Hills).
const ITEM_LINE = new RegExp(String.raw`^(?:(?:agenda\s+)?item|minute|min\.?)\s+(?:no\.?\s*)?(?!\S*\s+(?:above|below)\b)(?![\w./]+\)[.;,]?\s*$)(?:\d|(?:${NUMBER_WORDS.join("|")})\b)`, "i");

/** A line that stands alone even with no blank line after it: a numbered or capitalised heading. */
function isHeadingLine(line: string): boolean {
  if (line.length > 160) return false;
  if (SECTION_LABEL.test(line) || DATE_LINE.test(line) || /^\((?:agenda\s+)?item\s+\d{1,3}[a-z]?\)$/i.test(line)) return true;
  // "A. Welcome and apologies", "IV.  BUDGET MONITORING", "6: Work programme", "[45] TITLE": an item lettered in
  // capitals, in Roman numerals, numbered with a colon or in square brackets.
  if (/^(?:[A-Z]|[IVX]{1,6})\.\s+|^\d{1,3}:\s+/.test(line) || BRACKETED_REF.test(line)) {
    const rest = line.replace(/^\S+\s+/, "");
    // A long title-cased one too ("C. Council Plan Connect 2022 to 2027 – Quarter 2 Progress Report 2025/2026").
    // And "B. Minutes of the meeting of the Board held on 17 November 2025", a title longer than most.
    if (isShortTitle(rest) || (UPPER_LINE.test(rest) && rest.length <= 120) || (isTitleCase(rest, 3) && rest.length <= 110 && !SENTENCE.test(rest)) ||
        (/^minutes\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}meeting\b/i.test(rest) && rest.length <= 110 && !/[.;:,]$/.test(rest))) return true;
  }
  // Not "Minute 7 (Insurance renewal 2025 - 26) - the Chief Finance and Procurement Officer" under "Matters arising" (West
  // Yorkshire Fire and Rescue Authority): an earlier minute, and what someone said of it.
  if ((ITEM_LINE.test(line) && !/\)\s+[-–—]\s+(?:the|a|an|it|members|councillor|cllr)\b/i.test(line)) || TRAILING_REF.test(line)) return true;
  if (isNumberedTitle(line)) return true;
  // "MAYOR'S ANNOUNCEMENTS" (Dursley) too: a possessive's "S" is no word of its own.
  return UPPER_LINE.test(line) && /[A-Z]{2,}(?:['’]S)?[\s/&,'-]+[A-Z]{2,}|^\d|^[A-Z]{4,}$/.test(line);
}

// "179/25(a)   Planning and Highways Committee – …" (Wells) too, a sub-item with its item's reference, and "136/25.1     Planning
// and Transport Committee – 6 January 2026" (Newton Abbot), its number after a stop, and "C431         Declarations of Interest" or
// "C435(a)      Town Council Meeting held on 15 December 2025" (Thirsk), a letter and the minute, set well apart from the title.
// "OSC/23/44 School Place Planning" or "4  Fostering recruitment": a reference, or a bare number set off by a
// wide gap, then a short title. A list point ("1. Recommends …") or a wrapped sentence has neither shape.
const NUMBERED_TITLE = /^(?:(?:[A-Z]{1,6}\/|[A-Z][A-Z&]{0,7}\s|[A-Z]{1,4})?\d{1,4}\/\d{2,4}(?:\/\d{1,4})?(?:\([a-z]\)|\.\d{1,2}(?=[ \t]{2}))?\.?[ \t]+|\d{1,3}(?: {2,}|\t)|[A-Z]{1,3}\d{2,4}(?:\([a-z]\))?(?: {3,}|\t))([A-Z][^.;:!?]*)$/;

function isNumberedTitle(line: string): boolean {
  const m = NUMBERED_TITLE.exec(line);
  return m !== null && line.length <= 100 && m[1]!.trim().split(/\s+/).length <= 12 && !/\b(?:and|or|of|the|to|for|in|on|with|by|a)$/i.test(m[1]!.trim());
}

// Words a numbered point has and a title lacks: a verb, "that", or a dangling preposition where a line wrapped.
const POINT_WORDS = /\b(?:that|be|is|are|was|were|will|would|should|to|notes?|noted|agrees?|agreed|requests?|recommends?|asks?|approves?|approved|resolved)\b/i;

/** A short title after an item number, as opposed to a numbered point of a list. */
const OUTCOME_TITLE = new RegExp(String.raw`\s[–—-]\s+(?:[^.;]{0,80}\s)?${OUTCOME_WORD}$`, "i");

/** "… - Paper A", "Appendix A": a paper's letter, not the article a sentence wrapped after. */
const LABEL_LETTER = /\b(?:Paper|Appendix|Annex|Part|Schedule|Option|Phase|Section|Tier)\s+A$/;

function isShortTitle(rest: string): boolean {
  const t = rest.trim();
  // "Notes of the last meeting" is a title; "Notes the report" a point; "Access to NHS dentistry" a title.
  // In a title in title case the nouns are capitalised ("Action Note", "Call In Request: …"); a point's verbs are not.
  const plain = t.replace(/^notes?\s+of\b/i, "").replace(/\bto\s+(?=[A-Z]{2,}\b|[A-Z][a-z]+\s+[A-Z])/g, "");
  const words = isTitleCase(t, 2) ? plain.split(/\s+/).filter((w) => !/^[A-Z]/.test(w)).join(" ") : plain;
  // "(3) That representatives of Nexus and Go North" (South Tyneside) is a point, its capitals names.
  // "Land Management Budget 2026/27 - Paper A" (Malvern Hills Trust) ends on a paper's letter, not the article.
  return t.length <= 70 && /^[A-Z]/.test(t) && !/^That\s/.test(t) && !/[.;:,!?]$/.test(t) && t.split(/\s+/).length <= 10 && !POINT_WORDS.test(words) &&
    !/\b(?:and|or|of|the|for|in|on|with|by|a|an)$/i.test(t.replace(LABEL_LETTER, ""));
}

/** A title in title case of up to fourteen words, with none of a point's verbs among its small words. */
function isLongTitle(rest: string): boolean {
  const t = rest.trim();
  // "Connect to Work" keeps its "to": before a capital it is part of a name, not a verb's.
  const small = t.replace(/\bto\s+(?=[A-Z])/g, "").split(/\s+/).filter((w) => !/^[A-Z0-9]/.test(w)).join(" ");
  return t.length <= 90 && t.split(/\s+/).length <= 14 && isTitleCase(t, 3) && !SENTENCE.test(t) && !POINT_WORDS.test(small) && !/[.;:,!?]$/.test(t) &&
    !/\b(?:and|or|of|the|for|in|on|with|by|a|an|to)$/i.test(t);
}

/** A line short enough to be a list entry rather than part of a wrapped paragraph: no closing punctuation, no
 *  word that carries on to the next line, and in mixed case (a capitalised title may wrap). */
function shortListLine(l: string): boolean {
  return l.length >= 3 && l.length < 60 && /^[A-Z0-9]/.test(l) && /[a-z]/.test(l) && !/[.,;:–—-]$/.test(l) && !/^[\w' ()/-]{1,30}:\s/.test(l) &&
    !/\b(?:and|or|of|the|to|for|in|on|with|by|a|an|at|from|that|which|who)$/i.test(l);
}

// A speaker's label and what they said, the label in capitals and the words after the colon not:
// "Head of Finance: explained …", "MO: accepted the point"; not "Date: Thursday" or "Decision: The Committee …".
export const SPEAKER_LINE = /^(?:the\s+)?([A-Z][\w'.&-]*(?:\s+(?:[A-Z(][\w'.()&,-]*|of|for|and|&)){0,6})\s*:\s+[a-z]/;

const OWNER_LINE = /^[A-Z][\w ,'&()/]{1,60}?\s+[–—]\s+[a-z]+\b.*\s[–—]\s+\S.{0,40}$/;

const DECISION_LABEL = /^(?:agreed|decisions?|resolved|outcomes?|agreed\s+actions?)\s*:?$/i;

/** "ACTION: Director of Repairs and Maintenance to circulate the 2025 Tenant Satisfaction" / "Measures survey results by
 *  27 February 2026." (Lambeth): an action's words wrapped to the next line, not a label over a line of its own. */
const wrappedAction = (line: string) => line.length >= 60 && !/[.!?;:)]$/.test(line) && /^actions?\s*[:\-–]\s*\S.*\s+to\s+[a-z]/i.test(line);

/** Lines that begin a new block even mid-paragraph: decisions, actions and action headings. */
const STARTS_BLOCK = /^(?:actions?(?:\s+point)?\s*(?:\([^)]{0,60}\))?\s*[:\-–]|(?:action(?:\s+point)?|recommendation)\s+(?:no\.?\s*)?[A-Z]{0,3}\d{1,3}(?:\.\d{1,3})*[a-z]?\s*[:\-–]|AP\s?\d{1,3}\s*[:\-–]|follow[-\s]?ups?\s*:|information\s+requests?\s*:|(?:agreed\s+)?actions?(?:\s+(?:agreed|arising|required(?:\s+by)?))?\s*:?$|resolved\b|agreed\s*[:\-–]|decisions?\s*:?$|decision\s*[:\-–]|outcomes?\s*:|recommendations?\s*:|it\s+was\s+resolved|the\s+(?:committee|panel)\s+resolved|(?:date\s+of\s+)?next\s+meeting\s*:|(?:present|also\s+present|in\s+attendance|apologies)\s*:|(?:date|time|venue|place|location|start\s+time|meeting\s+date)\s*:\s*\S|[A-Z\u00C0-\u017F]{3,}\s*\/\s*(?:resolved|agreed|decided|decision)\b)/i;

export function toBlocks(text: string): Block[] {
  const lines = text.split("\n").map((l) => l.replace(/\s+$/, ""));
  const nonBlank = lines.filter((l) => l.trim()).length;
  const blank = lines.length - nonBlank;
  // With blank lines between paragraphs, a single newline is a wrap; without them, it may end a paragraph.
  const blankSeparated = blank >= nonBlank * 0.15;
  // Typed with no blank lines and never wrapped (many lines longer than any page is wide): every line is a paragraph.
  const linePerParagraph = !blankSeparated && lines.filter((l) => l.length > 110).length >= nonBlank * 0.15;
  // How wide the wrapped text runs: with no blank lines, a numbered or lettered line well short of it stands alone.
  const width = [...lines.filter((l) => l.trim()).map((l) => l.trimEnd().length)].sort((a, b) => a - b)[Math.floor(nonBlank * 0.75)] ?? 0;
  // The council's own reference shape ("24.061", "ASC.17", "4 -"), once it recurs, marks headings as surely as a number.
  const refLines: string[] = [];
  const refIndents: number[] = [];
  for (const l of lines) if (/^\s*\[?(?:[A-Z&]{0,8}|[A-Z][a-z]\.)\s?[./-]?\s?\d/.test(l) && refHeading(l.trim()) && !splitMarker(l.trim()).marker) { refLines.push(l.trim()); refIndents.push(indentOf(l)); }
  // "Cl. 001  APOLOGIES:" … at the margin, with "Cl. 187 Bench on the Promenade – …" set in under "MATTERS ARISING" (Tywyn): where
  // earlier minutes' references in the text stop every shape from rising, the margin's alone say how the items are numbered.
  // Then a reference set in from the margin ("FC25/88 (Community Grants) as a trustee …" in a declaration, Skipton) is none of theirs.
  const everywhere = recurringShapes(refLines);
  const margin = Math.min(...refIndents);
  const shapes = everywhere.size ? everywhere : recurringShapes(refLines.filter((_l, k) => refIndents[k] === margin));
  const setIn = new Set(everywhere.size ? [] : refLines.filter((_l, k) => refIndents[k] !== margin));
  const isHeading = (l: string) => isHeadingLine(l) || (shapes.size > 0 && !setIn.has(l) && isRefHeading(l, shapes));
  const itemNumbers = bareItemNumbers(lines);
  // "41.    Minutes:" over "       The minutes of the meeting held on …" with no blank line (Kidlington Parish Council): numbered
  // titles closed by a colon, three or more of them, each standing alone over its first paragraph.
  // So are "8.1     Shepards Wharf Pontoon Replacement:" and "12.1    Commissioner Appointments:" (Cowes Harbour Commission).
  const colonTitles = lines.filter((l) => /^\s*\d{1,4}(?:\.\d{1,2})?\.?\s+[A-Z][^.;:]{1,100}:\s*$/.test(l)).length >= 3;
  const blocks: Block[] = [];
  let current: Block | null = null;
  let previousLine = "";
  let previousHeading = false; // isHeading(previousLine), kept rather than worked out twice
  let afterNumberedTitle = false;
  let rowsAreItems: MinutesColumns | null = null; // inside a table whose every row is an item
  let underLabel = false; // the lines straight under an "Agreed:" that stands alone
  let bulletIndent = 0; // how far in the line that began the current block starts
  let blockRight = 0; // how far right the current block's lines run
  let title = { from: -1, to: -1 }; // a title that runs straight into its item's first paragraph
  const close = () => { if (current) blocks.push(current); current = null; };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (!line) { close(); previousLine = ""; previousHeading = false; underLabel = false; continue; }
    if (PAGE_FURNITURE.test(line) && !isNumberHeadingStart(lines, i) && !itemNumbers.has(i)) continue;
    const table = raw.length <= 220 && /\S {2,}\S.* {2,}\S/.test(raw) ? layoutTable(lines, i) : null;
    // "Item     Minute     Action" over "61.      APOLOGIES FOR ABSENCE" and its paragraphs (Frome): numbered minutes laid out
    // under column heads, their action column already folded into "[Action: …]" notes; the heads are all that is a table.
    // So are "Item      Subject      Action by" over "1.0       APOLOGIES" and "1.1       Apologies were …" (the Local Government
    // Staff Commission for Northern Ireland), its items and paragraphs numbered in outline; "Item   Minute   Action" over a rule
    // and "25/139    WELCOME AND APOLOGIES" (Histon & Impington) too.
    if (table && minutesColumns(table.rows[0]!) && table.rows.slice(1).every((r) => /^(?:\d{1,4}(?:[.)]|(?:\.\d{1,2}){1,2})?|\d{2}\/\d{1,4}(?:\.\d{1,2})?|_{5,})?$/.test((r[0] ?? "").trim()))) continue;
    if (table) {
      // Empty cells keep their place, so that each row's cells line up with the heading's.
      close();
      for (const cells of table.rows) blocks.push({ text: cells.filter(Boolean).join(" "), marker: null, lines: 1, cells });
      previousLine = "";
      previousHeading = false;
      i = table.end;
      continue;
    }
    if (isPipeRule(line)) continue;
    const piped = line.startsWith("|") ? pipeCells(line) : null;
    if (!piped) rowsAreItems = null;
    if (piped) {
      close();
      const itemColumns = minutesColumns(piped);
      if (itemColumns) rowsAreItems = itemColumns;
      else if (rowsAreItems) blocks.push(...minutesRow(piped, rowsAreItems));
      else blocks.push({ text: piped.filter(Boolean).join(" "), marker: null, lines: 1, cells: piped });
      previousLine = "";
      previousHeading = false;
      continue;
    }
    const cells = raw.includes("\t") ? raw.split("\t").map((c) => c.trim()).filter(Boolean) : [];
    // "45.<tab>TITLE" is a numbered line, not a table row.
    // "AH24.3<tab>The Consultant …" is a numbered paragraph too.
    if (cells.length >= 3 || (cells.length === 2 && !/^(?:\(?[\da-z]{1,4}[.)]?|[A-Z]{0,6}\d{1,4}(?:\.\d{1,3})+\.?|[•\-–])$/i.test(cells[0]!))) {
      close();
      blocks.push({ text: cells.join(" "), marker: null, lines: 1, cells });
      previousLine = "";
      previousHeading = false;
      continue;
    }
    // "Agreed:" alone, then one decision a line with no bullets: each line is a point of the list.
    if (underLabel && !splitMarker(line).marker && !isHeading(line)) {
      // Unless a decision runs on: "Decision" over "The Board NOTED …, and REQUESTED that a" / "separate report … be brought
      // to the" / "March 2026 meeting." (the Shetland Integration Joint Board): a line that stopped mid-sentence goes on.
      const last = blocks[blocks.length - 1];
      if (current === null && last?.marker?.label === "•" && !/[.;:!?]$/.test(previousLine.trim())) {
        last.text = appendLine(last.text, line);
        last.lines++;
      } else {
        close();
        blocks.push({ text: collapse(line), marker: { style: "bullet", label: "•" }, lines: 1, cells: null });
      }
      previousLine = line;
      continue;
    }
    underLabel = blankSeparated && DECISION_LABEL.test(line);
    const split = splitMarker(line.replace(/\t/g, " "));
    // "… that the Empty Homes Delivery Plan" / "– Annual Update be presented …": a dash the line wrapped to, inside a
    // title, not a bullet.
    // So is "… The Executive Director" / "- Place advised that …" under a bullet, level with the bullet's words, and "•   Collaboration
    // with the Welsh Ambulance Services NHS Trust" / "    – update on co-responding arrangements …" (South Wales).
    const wrappedDash: boolean = split.marker?.style === "bullet" && current !== null && /\w$/.test(previousLine) &&
      ((/^[–—]\s/.test(line) && current.marker === null && previousLine.length >= 60) ||
        (/^[-–—]\s/.test(line) && current.marker?.style === "bullet" && previousLine.length >= 50 && indentOf(raw) > bulletIndent));
    // "… HELD AT THE HARBOUR OFFICE," over "20 NEW QUAY ROAD, HAMWORTHY, POOLE ON FRIDAY 28TH NOVEMBER 2025" (Poole Harbour
    // Commissioners): a house number the sentence wrapped to after a comma, not an item's.
    const wrappedAddress: boolean = current !== null && /,$/.test(previousLine) && /^\d{1,4}\s+[A-Z]/.test(line);
    // "… Cllr Hopkins asked that paragraph" over "6.3 be amended to record …" (Cwm Taf Morgannwg): a reference the sentence wrapped
    // to, not a paragraph's number.
    // Only mid-sentence: not "2.0  Recommendations" over "2.1  The Committee is asked to:".
    const wrappedReference: boolean = current !== null && split.marker !== null && previousLine.length >= 40 && /\s(?:paragraphs?|paras?\.?|items?|minutes?|sections?|appendix|page)$/.test(previousLine) && /^\d/.test(line);
    // "… increase the hours of the Civic and Events Assistant from" over "22.5 to 30 hours per week, …" (Kendal): a figure the
    // sentence wrapped to after a word that cannot end one, its next word in lower case, not a paragraph's number.
    const wrappedFigure: boolean = current !== null && split.marker !== null && /\b(?:from|to|of|by|between|than|about|approximately|around|over|under|with|is|was|were|be|been)$/.test(previousLine) && /^\d[\d.,]*\s+[a-z]/.test(line);
    // "… HELD ON WEDNESDAY 14TH JANUARY" over "2026 AT NEUADD PENDRE AT 7.00PM" (Tywyn): a date's year the line wrapped to, not
    // minute 2026.
    const wrappedYear: boolean = current !== null && /^(?:19|20)\d{2}\b(?!\/)/.test(line) && MONTH_END_ANY_CASE.test(previousLine);
    // "… will be held on Thursday 12th March 2026 at" over "19.00 in Fenstanton Village Hall." (Fenstanton): the time the line
    // wrapped to, not paragraph 19.00.
    const wrappedTime: boolean = current !== null && /\bat$/.test(previousLine) && /^\d{1,2}[.:]\d{2}\b/.test(line);
    const carriesOn: boolean = wrappedAddress || wrappedReference || wrappedFigure || wrappedYear || wrappedTime;
    const { marker, rest }: { marker: Marker | null; rest: string } = wrappedDash || carriesOn ? { marker: null, rest: line } : split;
    const heading = isHeading(line);
    const titleBefore: boolean = afterNumberedTitle;
    // "4. Repairs performance" with its first paragraph on the very next line: the title stands alone.
    // Where no blank lines part paragraphs, a title cannot rely on one above it.
    // So does "47      Bus Service Improvement Plan - Agenda Item 7" (or "47: …"), a minute number with no stop, over its paragraph.
    // "5300.   Police Report" (Ilfracombe's four-figure minute numbers, too long for a list's marker) as well.
    // So is "9a)    Recreation and Amenities Committee – 6th January 2026" under "9.     Committee minutes …" (Nailsworth).
    // And "10753.1   County Councillor's Report" (Dursley's five-figure minute numbers, a sub-item's among them).
    const bareNumber = marker === null && /^(?:\d{1,5}(?:\.|[a-z]\))?|\d{4,5}\.\d{1,2})(?::\s*|\s{2,})\S/.test(line) ? line.replace(/^(?:\d{4,5}\.\d{1,2}|\d{1,5}(?:\.|[a-z]\))?):?\s*/, "") : null;
    const titled = (bareNumber ?? rest).replace(/\s+[-–]\s+agenda\s+item\s+\d{1,3}[a-z]?$/i, "");
    // With no blank lines, a long title in title case ("151) Cambridgeshire and Peterborough Integrated Care Board – Urgent …") too.
    // "35.    SCRUTINY REVIEW – … TOWN CENTRES: DRAFT" over "       RECOMMENDATIONS", level with the title's words: the
    // title wrapped, not a decision's label (Tameside).
    const wrappedTitle: boolean = current !== null && current.marker?.style === "number" && current.lines === 1 && previousLine !== "" && i > 0 &&
      UPPER_LINE.test(previousLine) && !/[.:;,]$/.test(previousLine) && UPPER_LINE.test(line) && line.split(/\s+/).length <= 6 &&
      indentOf(raw) === indentOf(lines[i - 1]!) + previousLine.length - splitMarker(previousLine).rest.length;
    // Not "2.   The Flood and Drainage Manager complete and publish the outstanding" after "1.   The contents of the report
    // be noted.", or after "Resolved that:": a point of the list, wrapped, whatever its length.
    const before = current ?? blocks[blocks.length - 1];
    const listPoint = marker?.style === "number" && before !== undefined && (/:-?$/.test(before.text) ||
      (before.marker?.style === "number" && Number(before.marker.label) === Number(marker.label) - 1 && /[.;]$/.test(before.text)));
    // "C. Notification of requests to address the meeting" over "The Chair reported …", with no blank lines (North
    // Northamptonshire's minutes with their items lettered): a capital's line far short of the text's width is a title.
    const shortLine = !blankSeparated && width >= 60 && raw.trimEnd().length < width * 0.7 && !/[.;:,]$/.test(titled) && titled.length <= 80 &&
      (marker?.style === "number" || (marker !== null && /^[A-Z]+$/.test(marker.raw ?? "")));
    // "9.     Replacement Local Development Plan 2 – Revised Delivery Agreement" over "[Councillor T Mathias-Owen disclosed a
    // personal interest …]" (Pembrokeshire Coast): a note in square brackets under the title starts a block as a paragraph does.
    // "68.      Draft Budget 2026/27 – Findings of the Budget Scrutiny Working Group" over its first paragraph (West Midlands
    // Combined Authority): a minute number, not a list's "(2)" or "a)", and a title too long for isShortTitle.
    const minuteNumber = marker?.style === "number" && marker.delim === "." && Number(marker.label) >= 10;
    // "C. To receive and grant any written requests for dispensation for disclosable pecuniary interests" over "       There were
    // no written requests." with no blank line: a capital letter's heading at the margin over its paragraph indented under it.
    const hanging = (marker?.style === "letter" || marker?.style === "roman") && /^[A-Z]+$/.test(marker.raw ?? "") && indentOf(raw) <= 2 && !listPoint && !/[.;:,]$/.test(titled) && titled.length <= 120 && !SENTENCE.test(titled) &&
      !/\b(?:the|of|to|and|for|in|on|a|an|by|with|that|be)$/i.test(titled) && lines[i + 1] !== undefined && indentOf(lines[i + 1]!) >= indentOf(raw) + 4 && /^[A-Z]/.test(lines[i + 1]!.trim());
    const colonTitle = colonTitles && ((marker?.style === "number" && marker.delim === ".") || marker?.style === "outline") && /^[A-Z][^.;:]{1,100}:$/.test(titled) && titled.split(/\s+/).length <= 14;
    // "11.1  Worcestershire Beacon path repairs" over its paragraph indented under the title's words (Malvern Hills Trust): a
    // titled sub-item, its first paragraph hanging below it.
    // Not "36.1     The Head of Finance presented the Treasury Management Mid-Year" over the rest of its paragraph: a
    // paragraph's number, its line as long as the page's.
    // With no blank line before it too, after a finished sentence or the item's own heading ("25/440    FINANCE" over "440.1. Payments"
    // over "       Members received the schedule …", Arlesey).
    const hangingSubItem = marker?.style === "outline" && (previousLine === "" || /[.:;]$/.test(previousLine) || previousHeading) && isShortTitle(titled) && !SENTENCE.test(titled) && lines[i + 1] !== undefined &&
      raw.trimEnd().length < width * 0.7 && indentOf(lines[i + 1]!) > indentOf(raw) + marker.label.length && /^[A-Z]/.test(lines[i + 1]!.trim());
    // "5) External Audit - Annual Audit Report 2024/25: progress on action plan noted" at the margin over its paragraph indented
    // well in, with no blank lines (Glasgow's committees, as the heading-style check rewrites them): a title and its outcome.
    const outcomeTitle = !blankSeparated && marker?.style === "number" && !listPoint && indentOf(raw) <= 2 && !/[.;:,]$/.test(titled) && titled.length <= 120 &&
      OUTCOME_TITLE.test(titled) && lines[i + 1] !== undefined && indentOf(lines[i + 1]!) >= indentOf(raw) + 6 && /^[A-Z]/.test(lines[i + 1]!.trim());
    // "7.2   Nature recovery and the Protected Landscapes Targets and Outcomes Framework" over "        SL, in post since September,
    // gave …" (the Norfolk Coast Partnership): a numbered line, after a blank one, that stops where the next line's first word
    // would have fitted, its paragraph hanging under the title's words. A sentence would have run on; a title in sentence case does not.
    const following = lines[i + 1] ?? "";
    const brokeEarly = (marker?.style === "number" || marker?.style === "outline") && !listPoint && previousLine === "" && /^[A-Z]/.test(titled) &&
      !/[.;:,]$/.test(titled) && !SENTENCE.test(titled) && !POINT_WORDS.test(titled) && titled.split(/\s+/).length <= 14 && !/\b(?:and|or|of|the|for|in|on|with|by|a|an|to|at|from)$/i.test(titled) &&
      /^[A-Z]/.test(following.trim()) && indentOf(following) === raw.indexOf(titled) && raw.indexOf(titled) > indentOf(raw) &&
      raw.trimEnd().length + 1 + following.trim().split(/\s+/)[0]!.length <= width;
    afterNumberedTitle = wrappedTitle || hanging || colonTitle || hangingSubItem || outcomeTitle || brokeEarly || (!listPoint && (marker?.style === "number" || bareNumber !== null || shortLine) && (previousLine === "" || !blankSeparated || (titleBefore && /^\d{1,3}[a-z]\)/.test(line)) || (previousHeading && /^\d{4,5}\.\d/.test(line))) && (isShortTitle(titled) || (!blankSeparated && isTitleCase(titled, 3)) || (minuteNumber && isLongTitle(titled)) || shortLine) && /^[A-Z(]|^\[[A-Z]|^\d{1,3}[a-z]\)\s/.test(lines[i + 1]?.trim() ?? ""));
    // "4." alone, then "Forward Work Programme 2025/26" with the item's first paragraph on the very next line.
    // Not "2026." under "… by 27th February," (Dursley): a date's year the page cut off, not an item's number.
    if (current === null && /^\d{1,4}\.?$/.test(blocks[blocks.length - 1]?.text ?? "") && !blocks[blocks.length - 1]!.cells && !MONTH_END.test(blocks[blocks.length - 2]?.text ?? "")) title = { from: i, to: titleRunningOn(lines, i) };
    // "10.    Consolidated income and expenditure 1 April to 30 September 2025 – actual and" over "forecast outturn" over
    // "The Director of Finance introduced …" (Broads Authority): a numbered title in sentence case, wrapped, with its first
    // paragraph on the very next line.
    else if (marker?.style === "number" && marker.delim === "." && !listPoint && previousLine === "" && wrapsInto(titled, lines[i + 1], lines[i + 2])) title = { from: i, to: i + 1 };
    // "… spoke in relation to" / "Item 27 (Housing Repairs and Voids Performance Update). He" (York): a sentence wrapped
    // after a word that cannot end one, not a heading.
    const midSentence = current !== null && previousLine !== "" && marker === null && /\b(?:to|of|in|and|the|for|on|at|by|with|under|from|regarding)$/i.test(previousLine);
    // "2601/44    To receive and adopt the minutes of committees and sub-committees," over "previously circulated" (Launceston): a
    // title that wrapped after a comma goes on in lower case.
    const titleRunsOn = /,$/.test(previousLine) && /^[a-z]/.test(line) && line.length <= 60 && marker === null;
    // "Proposed: Cllr Pugh         Seconded: Cllr Lewis" over "The Clerk to publish …" (Rhayader): the vote's line ends, stop or none.
    // So does "Resolved:- Proposer Cllr Shattock seconder Cllr Phillips – unanimous" (Coggeshall).
    const afterVote = /^(?:resolved\s*:-?\s*)?(?:proposed|proposer|moved)(?:\s+by)?\s*:?\s.*\bseconde[rd]\b(?:\s+by)?\s*:?\s+\S+(?:\s+\S+){0,3}$/i.test(previousLine) && /^[A-Z]/.test(line);
    const startsNew = (i === title.to + 1 && title.to >= 0) || current === null || marker !== null || linePerParagraph || afterVote || (heading && !wrappedTitle && !midSentence) || (titleBefore && !wrappedTitle) || (previousHeading && !wrappedTitle && !titleRunsOn) || STARTS_BLOCK.test(line) || /^(?:RESOLVED|AGREED|DECIDED|RECOMMENDED)\b|^Resolution\s+that\b/.test(line) || (/^actions?(?:\s+(?:point|required(?:\s+by)?|agreed|arising))?\s*[:\-–]/i.test(previousLine) && !wrappedAction(previousLine)) ||
      (!blankSeparated && /[.!?:;]$/.test(previousLine) && /^[A-Z0-9"'(]/.test(line)) ||
      // With no blank lines, "The Panel agreed …" after a bullet whose last point lost its full stop is the decision, not the bullet.
      (!blankSeparated && current?.marker?.style === "bullet" && /^The\s+(?:Panel|Committee|Board|Sub-Committee|Commission)\s+(?:agreed|resolved|noted|recommended)\b/.test(line)) ||
      // Short lines one under another with nothing to join them ("Allotment rents for 2026/27" over "Review of the
      // Tree Management Policy"): a list typed without bullets, not a paragraph wrapped.
      // Not a narrow column's wrap ("Transport write to the Mayor of the North East" over "Combined Authority setting out
      // the Select", South Tyneside's decisions set right of their label): there the next word would not have fitted.
      // Nor a decision wrapped in a column narrower than the page ("… the revised Operational" over "Boundary and Authorised
      // Limit …", West Midlands Fire): once a block has two lines, its own right edge is how wide it wraps.
      (blankSeparated && ((shortListLine(previousLine) && !(lines[i - 1]!.trimEnd().length + 1 + line.split(/\s/)[0]!.length > (current !== null && current.lines >= 2 ? Math.min(width, blockRight) : width))) || /:$/.test(previousLine)) &&
        shortListLine(line) && !/^[a-z]/.test(line)) ||
      // "Cllr Moss: asked whether …" under "MO: said …": notes that give each speaker a line.
      SPEAKER_LINE.test(line) ||
      // "Chair – write to …" under "Waste Services Manager – provide …": one owner's line after another's.
      (OWNER_LINE.test(line) && OWNER_LINE.test(previousLine)) ||
      // A one-line bullet ("→ SSO to revise the survey.") followed by a line of prose: the prose is not the bullet's.
      // Unless it is indented under the bullet's own words ("•     A member asked for …" / "      It was pointed out …").
      (current!.marker?.style === "bullet" && current!.lines === 1 && /[.!?]$/.test(previousLine) && /^[A-Z]/.test(line) && !(indentOf(raw) > bulletIndent)) ||
      // "iii. £15,550 be drawn from general reserves …" over "The Clerk to submit …" set back at the numeral's own margin (Hullbridge):
      // the list has ended, and a paragraph begins.
      (current!.marker?.style === "roman" && /[.!?]$/.test(previousLine) && /^[A-Z]/.test(line) && indentOf(raw) <= bulletIndent);
    // With no blank lines, a heading in capitals wrapped over two lines ends where sentence case begins; and a bare
    // item number over a title in capitals starts the item, whatever the line before it left unfinished.
    const afterCapitals = !blankSeparated && current !== null && ((inCapitals(current.text, 0.85, 8) && /^[A-Z][a-z]/.test(line) && !inCapitals(line, 0.85, 8)) ||
      (/^\d{1,4}\.?$/.test(line) && isNumberHeadingStart(lines, i)));
    // "… at the Strabane base. This was" / "AGREED.": the decision word a line wrapped to, not a new paragraph.
    // So is "… the points raised, IT" / "WAS RESOLVED:-" (Anglesey).
    const wrappedDecision = current !== null && marker === null && (/\b(?:was|were|been|be|is|are|and|duly|unanimously)$/i.test(previousLine) && /^(?:RESOLVED|AGREED|DECIDED|CARRIED|NOTED|APPROVED)\b/.test(line) ||
      /\b(?:it|IT)$/.test(previousLine) && /^(?:was|WAS)\s+(?:RESOLVED|AGREED|DECIDED|resolved|agreed|decided)\b/.test(line));
    if ((startsNew || afterCapitals) && !wrappedDecision && !carriesOn && !(i > title.from && i <= title.to)) {
      close();
      bulletIndent = indentOf(raw);
      blockRight = raw.length;
      current = { text: collapse(rest), marker, lines: 1, cells: null };
    } else {
      current!.text = appendLine(current!.text, line);
      current!.lines++;
      blockRight = Math.max(blockRight, raw.length);
    }
    previousLine = line;
    previousHeading = heading;
  }
  close();
  return repairPageBreaks(blocks, isHeading);
}

function isRefHeading(line: string, shapes: Set<string>): boolean {
  const h = refHeading(line);
  return h !== null && shapes.has(h.shape) && splitMarker(line).marker === null;
}

/** A bare number that is an item number on its own line ("45." then the title), not a page number. */
function isNumberHeadingStart(lines: string[], i: number): boolean {
  if (!/^\d{1,4}\.?$/.test(lines[i]!.trim())) return false;
  for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
    const next = lines[j]!.trim();
    // Not a page number over a heading that carries its own number ("[47] HOUSEHOLD WASTE").
    if (next) return UPPER_LINE.test(next) && next.length < 160 && !/^(?:\[|\(?\d|item\b|minute\b)/i.test(next);
  }
  return false;
}

/** Lines holding only "1", "2", "3" … each over a title ("Apologies for absence"), counting up one by one: items'
 *  numbers in a flattened "Item No. | Title" table, not page numbers. */
function bareItemNumbers(lines: string[]): Set<number> {
  const found: { at: number; n: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    // At the margin: a number centred or set right is the page's.
    const m = /^[ \t]{0,10}(\d{1,3})\.?\s*$/.exec(lines[i]!);
    if (!m) continue;
    let j = i + 1;
    while (j < lines.length && j <= i + 2 && !lines[j]!.trim()) j++;
    const next = lines[j]?.trim() ?? "";
    // A long title too ("Complaints Handling Performance 2024/25 and Scottish Public Services Ombudsman Annual Letter").
    if (isTitleLine({ text: next, marker: null, lines: 1, cells: null }) || (isTitleCase(next, 2) && next.length <= 160 && !SENTENCE.test(next))) found.push({ at: i, n: Number(m[1]) });
  }
  const out = new Set<number>();
  let run: typeof found = [];
  const flush = () => { if (run.length >= 3) for (const r of run) out.add(r.at); run = []; };
  for (const f of found) {
    if (run.length && f.n !== run[run.length - 1]!.n + 1) flush();
    run.push(f);
  }
  flush();
  return out;
}


/** The last line of a title that starts at line i and runs on into a paragraph with no blank line between
 *  ("Quarter 2 Performance Monitoring Report 2025/26 – Social" / "Services, Health and Housing" / "Members received …"), or -1. */
function titleRunningOn(lines: string[], i: number): number {
  const titleLike = (l: string) => isTitleLine({ text: l, marker: null, lines: 1, cells: null }) || (isTitleCase(l, 3) && l.length <= 90 && !SENTENCE.test(l));
  const at = (k: number) => lines[k]?.trim() ?? "";
  if (!titleLike(at(i)) || !at(i + 1)) return -1;
  // A second line continues the title when the first left it open, or when it is a short title-cased tail
  // ("Services, Health and Housing"), not the first line of a paragraph wrapped mid-phrase ("… Work Programme for").
  const open = /[–\-&,]$|\b(?:and|of|for|the|in|on|to)$/i.test(at(i)) || (at(i).split("(").length > at(i).split(")").length);
  const tail = at(i + 1).length <= 45 && isTitleCase(at(i + 1), 1) && titleLike(at(i + 1)) && !/\b(?:and|of|for|the|in|on|to|a|an|with|by)$/i.test(at(i + 1));
  if (at(i + 2) && (open || tail) && !/^[a-z]/.test(at(i + 2))) return i + 1;
  return i;
}

/** A title left open ("… – actual and") whose short tail ("forecast outturn") sits over a paragraph starting in capitals. */
function wrapsInto(title: string, next: string | undefined, after: string | undefined): boolean {
  const tail = next?.trim() ?? "";
  return title.length <= 100 && /[–\-&,]$|\b(?:and|of|for|the|in|on|to)$/i.test(title) && !SENTENCE.test(title) &&
    tail.length > 0 && tail.length <= 45 && !/[.;:,]$/.test(tail) && !SENTENCE.test(tail) && splitMarker(tail).marker === null &&
    /^[A-Z]/.test(after?.trim() ?? "") && (after?.trim().length ?? 0) >= 60;
}

/** Above "1." alone: a decision's label ("Decision", "It was recommended that the panel:"), or the point numbered one less. */
function listGoesOn(before: Block | undefined, number: string): boolean {
  if (!before || before.cells) return false;
  if (before.marker === null) return /^(?:decisions?|resolved|agreed|recommendations?)\s*:?$|:$/i.test(before.text) && number === "1.";
  return before.marker.style === "number" && before.marker.delim === "." && Number(before.marker.label) + 1 === Number(number.slice(0, -1));
}

const BARE_REF = /^[A-Z]{1,6}\/\d{1,4}(?:\/\d{2,4})?$|^\d{1,4}\/\d{2,4}$/;

/** Joins a paragraph or bullet that starts in lower case to the one before, when that one stopped mid-sentence. */
function repairPageBreaks(blocks: Block[], isHeading: (line: string) => boolean): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    // "… be circulated to Directors by 30 [Action: TH]" / [page break] / "January 2026." (the Humber Bridge Board): a date the
    // page cut between day and month, the action column's note folded in between them.
    const note = prev && !prev.cells && !b.cells && b.marker === null ? /\s*(\[Action:[^\]]*\])$/.exec(prev.text) : null;
    const before = note ? prev!.text.slice(0, note.index) : prev?.text ?? "";
    if (prev && !prev.cells && !b.cells && b.marker === null && /\b(?:by|before|on|until)\s+\d{1,2}(?:st|nd|rd|th)?$/.test(before) && MONTH_START.test(b.text)) {
      prev.text = collapse(`${before} ${b.text}${note ? ` ${note[1]}` : ""}`);
      prev.lines += b.lines;
      continue;
    }
    // "iii.  noted that the Treasurer would provide members with a breakdown of the      AR" / [page break] / "Regional Bus
    // Development budget line." (HITRANS): a sentence the page cut, its action column's note folded in before the cut.
    if (prev && !prev.cells && !b.cells && cutOff(note ? { ...prev, text: before } : prev, b, isHeading)) {
      prev.text = collapse(note ? `${before} ${b.text} ${note[1]}` : `${prev.text} ${b.text}`);
      prev.lines += b.lines;
      continue;
    }
    // "(a)" on a line of its own, its words a blank line below (Renfrewshire).
    if (prev && !prev.cells && prev.marker !== null && prev.text === "" && b.marker === null && !b.cells) {
      prev.text = b.text;
      prev.lines += b.lines;
      continue;
    }
    // A bare item number on its own line takes the title that follows it.
    // Unless what follows is a sentence: "Decision" / "1." / "To note the terms of the report." / "2." / "To ask …"
    // (West Lothian) is a numbered list, each number on a line of its own above its point.
    if (prev && !prev.cells && prev.marker === null && /^\d{1,2}\.$/.test(prev.text) && b.marker === null && !b.cells && (/[.;]$|\band$/.test(b.text) || /^(?:To|That)\s+[a-z]/.test(b.text)) && listGoesOn(out[out.length - 2], prev.text)) {
      prev.marker = { style: "number", label: prev.text.slice(0, -1), raw: prev.text.slice(0, -1), delim: "." };
      prev.text = b.text;
      prev.lines += b.lines;
      continue;
    }
    // "3.1" alone over "Waste Collection and Recycling Performance – Quarter 3 2025/26" (Lisburn): a numbered sub-item and its title.
    if (prev && !prev.cells && prev.marker === null && /^\d{1,3}\.\d{1,2}$/.test(prev.text) && b.marker === null && !b.cells && b.lines <= 2 && !/[.;:]$/.test(b.text) && /^[A-Z]/.test(b.text)) {
      prev.marker = { style: "outline", label: prev.text };
      prev.text = b.text;
      continue;
    }
    // So does a bare reference ("ASCH/33/25", Stockton-on-Tees).
    // Not the page number atop the first page ("58" over "ENVIRONMENT & REGENERATION COMMITTEE – 5 MARCH 2026", Inverclyde).
    // Nor "2026/27", the end of a title in capitals, over "46   The following report … was submitted" (West Midlands Police
    // and Crime Panel), a paragraph with its own minute number.
    if (prev && !prev.cells && prev.marker === null && out.length > 1 && (/^\d{1,4}[a-z]?\.?$/.test(prev.text) || BARE_REF.test(prev.text)) && b.marker === null && b.lines <= 2 &&
        !(/^\d{1,4}\s+[A-Z]/.test(b.text) && BARE_REF.test(prev.text))) {
      prev.text = `${prev.text.replace(/\.$/, "")}. ${b.text}`;
      continue;
    }
    out.push(b);
  }
  return out;
}

// "Minute 40 (Public Health Annual Report) - Councillor Gwen Pritchard asked for an update" looks like a heading, but
// someone in it is doing something: a matter arising, carried on below.
const REPORTED_SPEECH = /\s[-–]\s.*\b(?:asked|requested|confirmed|advised|reported|said|agreed|explained|was|were|had)\b/;

const DATE_START = new RegExp(String.raw`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+${FULL_MONTH}\b`);
// "… by 27th February," too, its year cut off after the comma.
const MONTH_END = new RegExp(String.raw`\b${FULL_MONTH},?$`);
const MONTH_END_ANY_CASE = new RegExp(MONTH_END.source, "i");
const MONTH_START = new RegExp(String.raw`^${FULL_MONTH}\b`);

/** Whether `b` is the rest of `prev`, which a page break (or a stray blank line) cut off mid-sentence. */
function cutOff(prev: Block, b: Block, isHeading: (line: string) => boolean): boolean {
  // A paragraph or bullet that starts in lower case; a bullet only when the block before stopped mid-sentence, not
  // when it was a stem ("RESOLVED: That").
  if ((b.marker === null || (b.marker.style === "bullet" && prev.text.length > 60 && !/\b(?:that|to|the\s+committee|and|or)$/i.test(prev.text))) &&
      /^[a-z]/.test(b.text) && !/[.!?:;\-–]$/.test(prev.text) && (!isHeading(prev.text) || REPORTED_SPEECH.test(prev.text))) return true;
  // "… uptake figures by" / "Friday, 30th January 2026.": a date on a line of its own is still the sentence's.
  if (!b.cells && /\b(?:by|before|on|until)$/i.test(prev.text) && DATE_START.test(b.text)) return true;
  // "… (b) that the Head of Service" / [page break] / "(Finance) provide Members with …": the rest of a title in brackets.
  if (b.marker === null && /[A-Za-z]$/.test(prev.text) && /^\([A-Z][^()]{1,60}\)\s+[a-z]/.test(b.text)) return true;
  // "Notes the proposals …; and" / "2." / "Notes that …": the next point's number on a line of its own.
  if (b.marker !== null || isHeading(b.text) || /^\d{1,2}\.$/.test(b.text)) return false;
  // "… placed in bed and breakfast accommodation by" / [page break] / "31st March, 2026.": no paragraph ends on "by".
  if (/\s(?:and|or|of|the|a|an|to|by|before|until|within|during|into|for|with|in|on|at|from|that|which|including|between|than|all|each|every|its|their|his|her|our|these|those|such)$/i.test(prev.text) && !LABEL_LETTER.test(prev.text) &&
      !STARTS_BLOCK.test(b.text) && !/^(?:resolved|agreed|recommended|decided|decision|carried)\b/i.test(b.text)) return true;
  // "Mr Hollis undertook to provide" / [page break] / "Members with the modelling assumptions …": no sentence ends on
  // a verb that needs its object.
  if (/\bto\s+(?:provide|circulate|send|share|supply|give|forward|write\s+to|update|inform|brief|invite)$/i.test(prev.text) && !STARTS_BLOCK.test(b.text)) return true;
  // "… advised that the Car Parking" / [page break] / "Tariffs Review was already scheduled …" (High Peak): a name the page
  // cut in two, its verb below.
  if (prev.marker === null && /\b(?:that|whether)\s+(?:the\s+)?(?:[A-Z][\w'&-]*\s+){0,3}[A-Z][\w'&-]*$/.test(prev.text) &&
      /^(?:[A-Z][\w'&-]*\s+){1,4}(?:was|were|is|are|had|has|would|will|could)\s+[a-z]/.test(b.text)) return true;
  // "… on the failure to prevent fraud offence under the Economic Crime and Corporate Transparency" / [page break] / "Act 2023
  // by the end of January 2026." (West Midlands Fire): a long paragraph cut off inside a name, its last words a line of their own.
  // Not "… by 31st January 2026. Clerk" (an action column's owner) over "Cllr Corrigan was appointed …", a sentence of its own.
  // (The tail is read from the last 300 characters, so that a long paragraph costs no more than a short one.)
  if (prev.marker === null && prev.lines >= 2 && prev.text.length > 80 && /\s[A-Z][a-z]+$/.test(prev.text) && b.lines <= 2 && /[.;]$/.test(b.text) &&
      /(?:^|[.!?;:])(?:\s+[^\s.!?;:]+){6,}$/.test(prev.text.slice(-300)) &&
      /^(?:[A-Z][\w'&-]*\s+){1,3}(?:\d{4}\s+)?(?!(?:was|were|is|are|had|has|have|would|will|could|should|said|asked|noted|agreed|reported)\b)[a-z]/.test(b.text) && !STARTS_BLOCK.test(b.text)) return true;
  // "… The Clerk to submit the Council's objection to Rochford District" / [page break] / "Council, citing drainage, …" (Great
  // Wakering): a body's name the page cut in two, its sentence going on after a comma.
  if (prev.marker === null && prev.lines >= 2 && /\b(?:to|from|with|by|for|of|at|and)\s+(?:the\s+)?(?:[A-Z][\w'&-]*\s+){1,4}[A-Z][\w'&-]*$/.test(prev.text.slice(-200)) &&
      /^[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,3},\s+[a-z]/.test(b.text) && !STARTS_BLOCK.test(b.text)) return true;
  // "… be provided to the Committee in May" / [page break] / "2026.": a date the page cut in two.
  if (MONTH_END.test(prev.text) && /^\d{4}\b/.test(b.text)) return true;
  // "(c) requested that a further progress report on the Transport" / [page break] / "Improvement Plan be brought to
  // the Committee's September meeting.": a lettered point cut off mid-phrase, its end a short paragraph of its own.
  return (prev.marker?.style === "letter" || prev.marker?.style === "roman") && prev.text.length > 40 && /\w$/.test(prev.text) && /\bthat\b/.test(prev.text) &&
    b.lines <= 3 && /^[A-Z]/.test(b.text) && /[.;]$/.test(b.text) && /^\S+(?:\s+\S+){0,4}\s+(?:be|is|are|was|were|to|and|of|for|in|on)\b/.test(b.text);
}

export const collapse = (s: string) => s.replace(/[ \t]+/g, " ").trim();
/** collapse(`${text} ${line}`) for a text already collapsed, without going over the whole paragraph again for every line it gains. */
const appendLine = (text: string, line: string) => {
  const more = collapse(line);
  return !more ? text : text ? `${text} ${more}` : more;
};
