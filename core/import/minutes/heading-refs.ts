// Item headings in a numbering the specific patterns do not know ("24.061 Title", "ASC.17 TITLE",
// "4 - Title", "[45] Title"): a short reference with a digit in it, then a short title. One such line
// could be anything; the same shape of reference on several title-like lines is how that council
// numbers its items, whatever the shape is.
import { ADDRESS } from "./title-lines.js";

export interface RefHeading { ref: string; title: string; shape: string; numeric: number; /** ".01.26": what every such reference must share. */ sameAfter?: string }

// Shared by the block splitter (a heading stands on its own line) and the structure reader (what its number is).
const MINUTE_REF = String.raw`(?:minute|min\.?)\s+(?:no\.?\s*)?([A-Z]{0,6}\/?\d{1,4}(?:[./]\d{1,4})?)`;
/** "[45]  COMMUNITY SAFETY PARTNERSHIP": a minute number in square brackets, then the title. */
export const BRACKETED_REF = /^\[([A-Z]{0,6}\/?\d{1,4}(?:[./]\d{1,4})?)\]\s*[.:\-–]?\s+(\S.*)$/;
/** "INTERNAL AUDIT PROGRESS REPORT (Minute 58)", "Treasury Management Review – Minute No. 59": the number after the title. */
// The look-ahead first: most lines name no minute, and the lazy title would otherwise be tried at every length up to 220.
export const TRAILING_REF = new RegExp(String.raw`^(?=[^]*?min)(.{3,220}?)\s*(?:\(\s*${MINUTE_REF}\s*\)|[–—-]\s*${MINUTE_REF})\s*$`, "i");
/** "ITEM FIVE", as some clerks number items. */
export const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

// A reference: optional capitals (a committee's letters), then numbers joined by "." "/" or "-";
// then a separator (a dash, a colon, two spaces, a tab, or one space) and the title.
// "AS(26)01 APOLOGIES": Clackmannanshire puts the year in brackets between the letters and the number.
// "26/4/P&A  Minutes": Cambridge puts the committee's letters after the year and the number.
// "25.OS.19" (Chorley): the year, the committee's letters, then the number; "25-26/ASC/30" (Bedfordshire Fire and Rescue
// Authority): the civic year first.
// "C.089(a)   Help Point – Saturday opening trial" (Burgess Hill Town Council): a titled sub-item, lettered after its reference.
// "T.7568c   Budget and Precept 2026/27" under "T.7568    FINANCE" (Wotton-under-Edge): the letter alone, its shape the item's
// with "a" for whichever letter it is.
// "C26/01#4 Report from Ross Police" (Ross-on-Wye Town Council): the council's letter, the year and month, then the item.
// "C435(a)      Town Council Meeting held on 15 December 2025" under "C435         Minutes" (Thirsk): a lettered part of a lettered minute.
// "Cl. 001  APOLOGIES:" (Tywyn Town Council): a clause's abbreviation before the number.
// "25/12-9.1   Schedule of Payments and Receipts" under "25/12-9     Finance" (Long Melford): a numbered part of a year-month-minute.
// "FC/270126/4   Matters arising from the minutes" (Burwell Parish Council): the meeting, its day as six figures, then the item.
const REF_LINE = /^\[?(\d{2}\.[A-Z]{1,6}\.\d{1,4}|[A-Z]{1,4}\/\d{6}\/\d{1,3}|[A-Z]{1,4}\d{2}\/\d{2}#\d{1,3}|\d{2}-\d{2}\/[A-Z]{1,6}\/\d{1,4}|(?:[A-Z][A-Z&]{0,7}\s?[./-]?\s?|[A-Z][a-z]\.\s)?(?:(?<=[A-Z])\(\d{2,4}\))?\d{1,4}(?:[./-]\d{1,4}){0,2}(?:(?<=\/\d{1,4}-\d{1,4})\.\d{1,2})?(?:\/[A-Z][A-Z&]{0,7}(?=\s))?(?:(?<=[./-]\d{1,4})(?:\([a-z]\)|[a-z](?=\s+[A-Z]))|(?<=^\[?[A-Z]{1,3}\d{2,4})\([a-z]\))?)\]?[.:)]?(\s+[-–—:]\s+|\s{2,}|\t+|\s)(?=["'(A-Z0-9])(.+)$/;
// Words a sentence has and a title lacks; a title may still start with a number ("2024/25 budget").
const SENTENCE_WORD = /\b(?:was|were|is|are|be|been|will|would|should|had|has|have|noted|agreed|resolved|reported|said|asked|that)\b/i;
// "R31/25 - The Commissioner to provide a written response to Mr Carver's" (Surrey Police and Crime Panel): an action's
// reference, someone and what they are to do, in lower case where a title would capitalise it.
const TASK = /\bto\s+(?:provide|circulate|arrange|write|report|send|share|supply|update|investigate|review|bring|confirm|seek|contact|liaise|consider|explore|ensure|present|prepare|publish|include)\b/;

/** A line's reference and title, when it is shaped like a heading; the shape says how the reference is written. */
export function refHeading(line: string): RefHeading | null {
  // "… Deficit Management Plan Update (Agenda Item 7)": the agenda's number after the title is not part of its length.
  line = line.replace(/\s*\((?:agenda\s+)?item\s+\d{1,3}[a-z]?\)\s*$/i, "");
  if (line.length > 130) return null;
  const m = REF_LINE.exec(line);
  if (!m) return null;
  // "FC3. 01/26    To allow public consultations –" (Tetbury Town Council): the minute, then the month and year it falls in.
  const issued = /^[A-Z]{1,4}\d{1,3}\.\s/.test(line) ? /^\d{2}\/\d{2}\s+(?=[A-Z])/.exec(m[3]!) : null;
  const ref = m[1]!.replace(/\s+/g, " ") + (issued ? `. ${issued[0].trim()}` : ""); // "CYP 12" as printed, "SC35" as printed
  const dashed = /[-–—:]/.test(m[2]!);
  // A bare number with a single space is PLAIN's business ("5 Budget"); here only what it misses.
  if (/^\d+$/.test(ref) && !dashed) return null;
  const title = (issued ? m[3]!.slice(issued[0].length) : m[3]!).trim();
  // "27/28 BAMBURGH HOUSE, MANOR WALKS, CRAMLINGTON, NE23 6UT ON TUESDAY 18 NOVEMBER" under the opening (Cramlington, whose items
  // are "93/25", "94/25" …): the council's address, not a reference.
  if (ADDRESS.test(title)) return null;
  // A sentence's words, unless the title is in capitals ("LIST OF KEY DECISIONS AND ITEMS TO BE CONSIDERED IN PRIVATE", Bolsover).
  // A title that wraps after a colon ("… Fly-tipping and Environmental Enforcement:" over "Final Report", Chorley) keeps it,
  // where every word that counts is capitalised.
  // "… CAPITAL FUND (IRCF) AND HOUSING WITH CARE FUND:" over "CAPITAL PROGRAMME UPDATE" (Cardiff and Vale) too, its initials in brackets.
  // "CHRISTMAS LIGHTS 2025 – REVIEW:" (Tywyn), "BUDGET AND PRECEPT 2026/27;" and "… - 20MPH SPEED LIMIT;" (Wivenhoe, which closes
  // its titles with a colon or a semicolon) with figures among them.
  const wrapsAfterColon = /[:;]$/.test(title) && title.slice(0, -1).split(/\s+/).every((w) => /^(?:and|of|the|for|in|on|to|a|[–&-])$/.test(w) || /^\(?[A-Z0-9]/.test(w));
  if (title.length < 2 || title.length > 100 || (/[.;,:]$/.test(title) && !wrapsAfterColon) || title.split(/\s+/).length > 14 || (SENTENCE_WORD.test(title) && /[a-z]/.test(title)) || TASK.test(title)) return null;
  // "15.03.2024", "10.00 am": dates and times are not references.
  // "17-25/26" (Lancashire Combined Fire Authority's minute 17 of 2025/26) is no date: a date keeps one separator.
  // "48/12/25" (Transport for London's minute 48 of December 2025) is no date: there is no 48th.
  // "01.26.231" (Manningtree's month, year and minute) is no date: a year has two figures or four.
  const asDate = /^(\d{1,2})([./-])(\d{1,2})\2(?:\d{2}|\d{4})$/.exec(ref);
  // "01.01.26    MAYOR'S OPENING COMMENTS" … "21.01.26    DATE OF NEXT MEETING" (Sandwich Town Council numbers each minute, then the
  // month and year): shaped as a date, over a title in capitals. Only the same month and year on three or more rising headings
  // make it the document's numbering (recurringShapes).
  // "1/1/26   Roll call" … "21/1/26   Appraisal" (Faringdon Town Council): the same with strokes, over a title in any case that is
  // no row of a table (no wide gaps, no sums).
  const dated = asDate !== null && ((asDate[2] === "." && !/[a-z]/.test(title) && /[A-Z]{3}/.test(title)) ||
    (asDate[2] === "/" && /^[A-Z]/.test(title) && !/\s{3,}|£|\d\.\d{2}\b/.test(title)));
  if ((asDate && Number(asDate[1]) <= 31 && Number(asDate[3]) <= 12 && !dated) || /^(?:am|pm|a\.m|p\.m|hrs)\b/i.test(title)) return null;
  // "JOSC/41/25-26" (Adur and Worthing), "FCO25-25/26" (Bolsover): the civic year after the number is the same for every
  // item; the number is before it.
  const year = /[/.](\d{2})[-–](\d{2})$|[-–](\d{2})\/(\d{2})$/.exec(ref);
  // Not "25/12-13" (Long Melford's December 2025 minute 13, after "25/12-12"): years before 2015 there are the month and
  // the minute.
  const civic = year !== null && Number(year[2] ?? year[4]) === Number(year[1] ?? year[3]) + 1 && Number(year[1] ?? year[3]) >= 15;
  // "P.56.25" (Marlow's Planning & Transportation Committee): the year after the number, letters before it.
  // "001-26     1     APOLOGIES" (Bishop's Castle): the minute, then the year after a hyphen.
  // "171.2526   Declarations of interest …" (Bedale): the minute, then the council year 2025/26 as four figures.
  const yearStop = /^\d{1,4}\.(\d{2})(\d{2})$/.exec(ref);
  const civicStop = yearStop !== null && Number(yearStop[2]) === Number(yearStop[1]) + 1;
  const yearAfter = !civic && (civicStop || /^[A-Z]{1,4}[./]\d{1,4}[./](2\d|3[0-5])$/.test(ref) || /^\d{3,4}-(2\d|3[0-5])$/.test(ref));
  // "48/12/25", "49/12/25" (Transport for London): the minute's number, then the month and year it falls in.
  const monthYear = !civic && !yearAfter && asDate !== null;
  const numbers = (civic ? ref.slice(0, year!.index) : yearAfter ? ref.replace(civicStop ? /\.\d{4}$/ : /[./-]\d{2}$/, "") : monthYear ? asDate![1]! : ref).match(/\d+/g) ?? ref.match(/\d+/g)!;
  return { ref, title, shape: `${ref.replace(/\d+/g, "9").replace(/(?<=9)[a-z]$/, "a")}${dashed ? " -" : ""}`, numeric: issued ? Number(/\d+/.exec(ref)![0]) : Number(numbers[numbers.length - 1]), ...(dated ? { sameAfter: ref.replace(/^\d+/, "") } : {}) };
}

/** Shapes of reference that begin three or more title-like lines, with the numbers rising: the document's own. */
export function recurringShapes(lines: Iterable<string>): Set<string> {
  const seen = new Map<string, { count: number; last: number[]; rising: boolean; sameAfter?: string }>();
  for (const line of lines) {
    const h = refHeading(line);
    if (!h) continue;
    // Read as a whole, number by number: Shetland's "31/25", "32/25" rise though their year does not.
    // "T.7568b" comes after "T.7568a": the letter counts as a number.
    const numbers = h.ref.replace(/(?<=\d)([a-z])$/, (c) => `.${c.charCodeAt(0) - 96}`).match(/\d+/g)!.map(Number);
    const s = seen.get(h.shape);
    if (!s) seen.set(h.shape, { count: 1, last: numbers, rising: true, sameAfter: h.sameAfter });
    else { s.count++; s.rising &&= after(numbers, s.last) && s.sameAfter === h.sameAfter; s.last = numbers; }
  }
  return new Set([...seen].filter(([, s]) => s.count >= 3 && s.rising).map(([shape]) => shape));
}

/** Whether one reference's numbers come after another's, the first number that differs deciding. */
function after(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}
