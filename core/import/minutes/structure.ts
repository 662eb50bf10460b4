// Document structure: where the numbered items begin and end, in whatever numbering the council
// uses ("45.", "112", "Item 7", "Minute 23/45", "CYP/12/21"), and where the minutes stop
// (appendices of questions and answers after "The meeting ended" are not minutes).
import type { Block } from "./blocks.js";
import { BRACKETED_REF, NUMBER_WORDS, TRAILING_REF, recurringShapes, refHeading } from "./heading-refs.js";
import { ADDRESS, DATE_ALONE, OUTCOME_WORD, SENTENCE, inCapitals, isTitleCase, isTitleLine } from "./title-lines.js";
import { sequenceHeadings } from "./sequence-headings.js";
import { leadNumberedItems } from "./lead-numbers.js";
import { quotedBlocks } from "./quoted-reports.js";
import { splitSubItems } from "./sub-items.js";
import { withoutListedItems } from "./listed-items.js";

export interface ItemBlocks { number: string; title: string; blocks: Block[] }
export interface MinutesStructure { header: Block[]; items: ItemBlocks[]; after: Block[] }

// "Item 3 (a)" is sub-item 3(a).
// "Item 3.5 – Councillor Reid" is item 3.5, not item 3 titled "5 – Councillor Reid".
// "Item 07.A" (Newquay's sub-items, lettered after a stop) too.
// "Item 1531 – APOLOGIES FOR ABSENCE": a drainage board's four-figure minute as an item's number, whole.
const EXPLICIT = /^(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,4}(?:\.\d{1,2}|\.[A-Z]\b|[a-z]\b|\s?\([a-z]\))?)(?!\d)\s*[.:\-–)]?\s*(.*)$/i;
// Whole numbers only: "Minute 10738 (Emergency tree works): …" in matters arising (Dursley) is no "Minute 1073" titled "8 (…".
const MINUTE = /^(?:minute|min\.?)\s+(?:no\.?\s*)?([A-Z]{0,6}[/.]?\d{1,4}(?:[/.]\d{1,4})?)(?!\d)\s*[.:\-–]?\s*(.*)$/i;
// "OSC/23/44", "FRA/ 23/44" (a PDF's stray space), "E042/24" (a committee letter), "O&SC 62/24" (a spaced prefix).
// "O&S.28/25   MINUTES" (South Hams): an ampersand in the prefix, as in "O&S 12/25".
// "431/25/26     Health and Safety Announcement." (Saltash): numbered through the council year "25/26".
// "179/25(a)        Planning and Highways Committee – …" (Wells), "25/84(a)  Entry/Exit System …" (Dover Harbour Board): a titled
// sub-item printed with its item's reference.
const REF = /^((?:[A-Z][A-Z&]{0,7}[/.]\s?|[A-Z][A-Z&]{0,7}\s|[A-Z]{1,4})?\d{1,4}\/\d{2,4}(?:\/\d{2}(?=\b))?)(\([a-z]\))?\.?\s+(.+)$/;
/** "ITEM FIVE: ALLOTMENTS" as "ITEM 5: ALLOTMENTS". */
function spellNumber(text: string): string {
  return text.replace(/^((?:agenda\s+)?item\s+)([a-z]+)\b/i, (all, head: string, word: string) => {
    const n = NUMBER_WORDS.indexOf(word.toLowerCase());
    return n >= 0 ? `${head}${n + 1}` : all;
  });
}
// "38(a) Declarations of substitutes": Brighton's sub-items, each an item of its own; so is Aberdeenshire's "2A.".
// "1A        Recording of Meeting" under "1   PROCEDURAL MATTERS" (Cheshire Fire Authority): a letter with no stop, once its item is open.
// "25116      Apologies for Absence" (Kirkbymoorside numbers its minutes by the council year, then a running number): five figures.
const PLAIN = /^(\d{1,5})([a-z]|[A-Z](?=[.)]|\s+[A-Z][a-z])|\([a-z]\))?\s*[.):]?\s+(.+)$/;
// Not "The Chair declared the motion carried and it was": the vote, not the end.
// Not "The meeting was closed for Public Participation at 7.34 pm." (Wendover): adjourned for the public, to reconvene.
const END = /^(?:the\s+)?(?:meeting|committee|panel|board|session)\s+(?:ended|closed|finished|concluded|terminated|rose|was\s+closed)\b(?!\s+that\b)(?!\s+(?:for|to)\s+(?:(?:the\s+)?public|a\s+(?:short\s+)?(?:break|adjournment)|an?\s+adjournment)\b)|^there\s+being\s+no\s+(?:further|other)\s+business|^(?:the\s+)?chair(?:man|woman|person)?\s+(?:closed|declared\s+the\s+meeting)\b|^meeting\s+closed\b|^close\s+of\s+(?:the\s+)?meeting\b/i;

interface Candidate { number: string; title: string; numeric: number | null; shape: string; strong: boolean; titleFromNext: boolean; delim?: string }

export function findStructure(given: Block[]): MinutesStructure {
  const blocks = leadNumberedItems(withoutListedItems(withoutContents(given)));
  // Paragraphs numbered "3.1", "4.2" … in three or more items, as Westminster's are.
  const paragraphsNumbered = new Set(blocks.filter((b) => b.marker?.style === "outline" && (/[.;:]$/.test(b.text) || b.text.length > 100)).map((b) => b.marker!.label.split(".")[0])).size >= 3;
  const context = { shapes: recurringShapes(blocks.filter((b) => !b.marker && !b.cells && b.lines <= 2).map((b) => b.text)), lettered: sequenceHeadings(blocks), quoted: quotedBlocks(blocks), paragraphsNumbered };
  let found = scan(blocks, context, new Set());
  // One stray heading early on ("2026 P.C.S.C. 21" read as item 2026) makes every later, lower number look like a
  // list inside it: when leaving that heading out finds many more items, all numbered far below it, it was not one.
  const skipped = new Set<number>();
  // "Minute No.  For  Against" over "68  Mrs A Fagg (lead petitioner)" and "74  Mr R Lidgett" (Dover): rows naming the people
  // who spoke on items, each read as a heading in turn; while every heading left out names a person, look past the next.
  const people: string[] = [];
  let probe = found;
  for (let tries = 0; tries < 3 && probe.structure.items.length > 0 && probe.structure.items.length <= 3; tries++) {
    skipped.add(probe.firstHeading);
    people.push(probe.structure.items[0]!.title);
    const retry = scan(blocks, context, skipped);
    const stray = probe.structure.items[0]!.number;
    const highest = Math.max(...retry.structure.items.map((it) => parseInt(it.number, 10) || 0));
    const allPeople = people.every((t) => attendedFor(t));
    if (retry.structure.items.length > 0 && retry.structure.items.length < probe.structure.items.length && allPeople) { probe = retry; continue; }
    // A number far above all the rest, or written in another shape ("8" in an attendance table over "9/26", "10/26" …).
    const unlike = parseInt(stray, 10) > highest * 2 || (retry.structure.items[0] !== undefined && shapeOf(stray) !== shapeOf(retry.structure.items[0].number)) || allPeople;
    if (retry.structure.items.length < Math.max(3, found.structure.items.length * 2) || !unlike) break;
    found = retry;
    probe = retry;
  }
  const items = found.structure.items;
  // "2. RESOLVED that:-" under unnumbered headings (Sunderland): the numbers are the resolutions', not the items'.
  if (items.length >= 3 && items.filter((it) => /^(?:RESOLVED|AGREED|DECIDED)\b/i.test(it.title)).length >= items.length * 0.6) return byResolutionNumbers(unnumbered(blocks, true));
  return items.length === 0 ? unnumbered(blocks) : { ...found.structure, items: splitSubItems(items) };
}

/** Items named by the number of the resolution each carries, in minutes that number only their resolutions. */
function byResolutionNumbers(structure: MinutesStructure): MinutesStructure {
  structure.items.forEach((item, k) => {
    const resolution = item.blocks.find((b) => b.marker?.style === "number" && /^(?:RESOLVED|AGREED|DECIDED)\b/i.test(b.text));
    item.number = resolution?.marker?.label ?? String(k + 1);
  });
  return structure;
}

/** "P Haigh (Head of Housing)" or "… Transport)" before "– Minute 43": who attended for an item, in the attendance list. */
function attendedFor(t: string): boolean {
  // "Councillor H. Quilter – Cabinet Member for Community Safety and Resilience (Minute 419)" (Basildon).
  // "County Cllr H Stoddart – Northumberland County Council (minute 143/25)", "PCSO K Thornton – Northumbria Police (minute 142/25)"
  // (Berwick-upon-Tweed) too.
  if (/^(?:[A-Z][A-Z ]{2,30}:\s+)?(?:(?:County|District|Borough|Town|Parish|Unitary)\s+)?(?:Councillor|Cllr\.?|Chief\s+Inspector|Inspector|Superintendent|Sergeant|Sgt\.?|PCSO|PC|Mr|Mrs|Ms|Miss|Dr|Professor)\s+[A-Z]/.test(t)) return true;
  return (t.match(/\)/g) ?? []).length > (t.match(/\(/g) ?? []).length || /^[A-Z](?:\s+[A-Z])?\s+[A-Z][\w'-]+\s+\(/.test(t) ||
    /\([^()]*\b(?:Cabinet\s+Member|Head\s+of|Director|Officer|Manager|Councillor)\b[^()]*\)\s*$/.test(t);
}
/** A "Table of Contents" of the items, each with its decision in a word ("1. Apologies", "Councillor McGuigan"), ahead of
 *  the minutes themselves (Causeway Coast and Glens): left out, from its label to the first item's number the second time. */
function withoutContents(blocks: Block[]): Block[] {
  const at = blocks.findIndex((b, k) => k < 300 && /^(?:table\s+of\s+)?contents:?$/i.test(b.text.trim()));
  if (at < 0) return blocks;
  const number = (b: Block) => b.marker?.style === "number" ? b.marker.label : /^(\d{1,3})\.?(?:\s|$)/.exec(b.text)?.[1] ?? null;
  const first = blocks.slice(at + 1, at + 12).map(number).find((n) => n !== null);
  if (!first) return blocks;
  let seenHigher = false;
  for (let k = at + 1; k < blocks.length; k++) {
    const n = number(blocks[k]!);
    if (n === null) continue;
    if (Number(n) > Number(first)) seenHigher = true;
    else if (n === first && seenHigher) return [...blocks.slice(0, at), ...blocks.slice(k)];
  }
  return blocks;
}

const shapeOf = (number: string) => number.replace(/\d+/g, "9");

/** "8.1     Shepards Wharf Pontoon Replacement:" (Cowes Harbour Commission): a sub-item's title in title case closed by a colon. */
// Not "10.3      The Health and Wellbeing Board RESOLVED to:", a decision's stem.
const TITLE_CASE_COLON = (text: string) => /^[^:]{3,80}:$/.test(text) && isTitleCase(text.slice(0, -1), 2) && text.split(/\s+/).length <= 8 &&
  !/\b(?:resolved|agreed|decided|recommended|noted|requested)\b|\b(?:to|that)\s*:$/i.test(text);

/** "13/11/25": three numbers that could be a day, a month and a year. */
function dateLike(ref: string): boolean {
  const parts = /^\D*(\d+)\/(\d+)\/(\d+)$/.exec(ref);
  return parts !== null && Number(parts[1]) >= 1 && Number(parts[1]) <= 31 && Number(parts[2]) >= 1 && Number(parts[2]) <= 12;
}

interface ScanContext { shapes: Set<string>; lettered: Map<number, string>; quoted: Set<number>; paragraphsNumbered: boolean }

function scan(blocks: Block[], { shapes, lettered, quoted, paragraphsNumbered }: ScanContext, skip: Set<number>): { structure: MinutesStructure; firstHeading: number } {
  const header: Block[] = [];
  const items: ItemBlocks[] = [];
  let last: Candidate | null = null;
  let listNumber = -1; // the last "1.", "2." of a list inside an item, so its "3." is not taken for item 3
  let listDelim: string | undefined;
  let headingDelim: string | null = null; // how the last whole-numbered item heading set its number off ("" for nothing)
  let firstHeading = -1;
  let i = 0;
  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (items.length && END.test(b.text)) break;
    const label = lettered.get(i);
    const sequenced: boolean = (last as Candidate | null)?.shape === "sequence";
    let c: Candidate | null = quoted.has(i) || skip.has(i) ? null : label !== undefined && (!last || sequenced)
      ? { number: label, title: b.marker ? b.text : b.text.slice(label.length).trim(), numeric: null, shape: "sequence", strong: false, titleFromNext: false }
      // Once items are lettered, an "Item 5" in a declaration is not another item.
      : sequenced ? null : headingOf(b, blocks[i + 1], last, shapes);
    // A capitalised or title-cased title is a heading even where a list's next number would be.
    // Not where the items' own numbers are set off otherwise ("3     ITEMS FOR DECISION" over a report's "4.    Proposed
    // Extension"): then the list runs on whatever its case.
    // "3.2  Matters Arising" after "3.1  RESOLVED: That the minutes …" (Westminster): where the items' paragraphs are
    // numbered 3.1, 3.2 …, a short one is a paragraph's heading, not another item. Midlothian's "5.1 The minute … was
    // approved" over "5.2 Action Log" is one such paragraph in a document of report rows; Westminster numbers them all.
    // "Chief Inspector G. Rowley – District Commander," over "Essex Police (Minute 419)": the rest of an attendance line.
    if (c && c.shape === "trailing" && /,$/.test(blocks[i - 1]?.text ?? "")) c = null;
    if (c && paragraphsNumbered && b.marker?.style === "outline" && c.number === b.marker.label && items.length &&
        // Not "6.0 DJ presented his report …" over "6.1 Port Operations and Trade" (Fowey Harbour): a ".0" paragraph opens the
        // item, as its heading's number, before titled sub-items.
        items[items.length - 1]!.blocks.some((x) => x.marker?.style === "outline" && !/\.0$/.test(x.marker.label) && x.marker.label.split(".")[0] === b.marker!.label.split(".")[0])) c = null;
    const continuesList = c !== null && c.shape === "plain" && c.numeric === listNumber + 1 && items.length > 0 && b.marker?.delim === listDelim &&
      ((!inCapitals(c.title, 0.6, 3) && !isTitleCase(c.title)) || (headingDelim !== null && headingDelim !== (listDelim ?? "")));
    if (c && !continuesList) {
      if (firstHeading < 0) firstHeading = i;
      items.push({ number: c.number, title: cleanTitle(c.title), blocks: [] });
      last = c;
      if (c.shape === "plain" && /^\d+$/.test(c.number)) headingDelim = c.delim ?? "";
      listNumber = -1;
      if (c.titleFromNext) i++;
      continue;
    }
    // A list inside an item starts at 1; a "2)" that starts one is an item heading missed, not a list that "3)" continues.
    if (b.marker?.style === "number" && (listNumber >= 0 || b.marker.label === "1")) { listNumber = Number(b.marker.label); listDelim = b.marker.delim; }
    if (items.length) items[items.length - 1]!.blocks.push(b);
    else header.push(b);
  }
  return { structure: { header, items, after: blocks.slice(i) }, firstHeading };
}

const UPPER_TITLE = /^(?=[^a-z]*[A-Z]{3})[^a-z]{3,120}$/;

function headingOf(b: Block, next: Block | undefined, last: Candidate | null, shapes: Set<string>): Candidate | null {
  // Not a table's row, unless the first item's heading sits under an "ITEM  SUBJECT  ACTION" header read as a table.
  // So too "1.      WELCOME AND APOLOGIES" under "Item    Business    Action" (Scrabster): the first item's number and title in capitals.
  if (b.cells && !/^No\.\s*\d{1,3}\s+[A-Z]/.test(b.text) && !(last === null && /^\d{1,3}\.?\s+[A-Z][^a-z]{2,80}$/.test(b.text))) return null;
  if (b.marker?.style === "number") return plain(b.marker.label, "", b.text, b, last);
  // "5.0 PLANNING" over "5.1", "5.2": the ".0" only says the paragraphs below are numbered from it.
  if (b.marker?.style === "outline" && /\.0$/.test(b.marker.label)) return plain(b.marker.label.replace(/\.0$/, ""), "", b.text, b, last);
  // "C148.00   APOLOGIES FOR ABSENCE", "C151.01   Matters arising", "C152.00   TOWN MAYOR'S ANNOUNCEMENTS" (St Ives, Cambridgeshire):
  // a council's letter, the minute and two figures for its part, "00" for the minute itself, each part an item as printed. In
  // order: "C131.02   Christmas Lights: the Town Clerk reported …" under matters arising cites an earlier minute's part.
  const part = b.marker?.style === "outline" ? /^([A-Z]{1,3})(\d{1,4})\.(\d{2})$/.exec(b.marker.label) : null;
  if (part && titleLike(b.text, b) && b.lines <= 2 && (!last || last.shape === "lettered-part")) {
    const numeric = Number(part[2]) + Number(part[3]) / 100;
    if (last?.numeric != null && (numeric <= last.numeric || numeric > last.numeric + 30)) return null;
    return { number: b.marker!.label, title: b.text, numeric, shape: "lettered-part", strong: false, titleFromNext: false };
  }
  // "7. Reports by the Executive Director" over "7.1 Attainment in Secondary Schools 2024/25": reports in their own right;
  // "37.2 Summary of responses to committee members' questions and comments: -" is a paragraph's label.
  // The number of the item above, however it was read ("3     ITEMS FOR DECISION" over "3.1   WM/WM/018 KERBSIDE …").
  // A title in title case may wrap to a second line, as Midlothian's report rows do with the presenter's name beside them.
  // "25/440    FINANCE" over "440.1. Payments" (Arlesey): the minute's number beside its year.
  const yearRef = last ? /^(?:(2\d)\/(\d{1,4})|(\d{1,4})\/(2\d))$/.exec(last.number) : null;
  const above = last?.numeric ?? (last && /^\d{1,4}$/.test(last.number) ? Number(last.number) : yearRef ? Number(yearRef[2] ?? yearRef[3]) : null);
  // Not the same number again ("5.2 Action Log" over a table row "5.2  Action Log  Hannah Lennie, …").
  if (b.marker?.style === "outline" && above != null && b.marker.label.split(".")[0] === String(above) && b.marker.label !== last!.number && titleLike(b.text, b) && (!/[.;:,](?:\s*[-–])?$/.test(b.text) || TITLE_CASE_COLON(b.text)) && (b.lines === 1 || (b.lines === 2 && isTitleCase(b.text, 3))) && next && next.marker?.style !== "outline") {
    return { number: b.marker.label, title: b.text, numeric: above, shape: last!.shape, strong: false, titleFromNext: false };
  }
  // "3.1       APOLOGIES, INTRODUCTIONS AND DECLARATIONS OF INTEREST" … "3.14      DATE AND TIME OF NEXT MEETING" (Northumberland
  // IFCA, whose minutes are all agenda item 3's sub-items): titles in capitals numbered in outline with no item above them.
  if (b.marker?.style === "outline" && (above == null || last?.shape === "outline-top") && /^\d{1,2}\.\d{1,2}$/.test(b.marker.label) && UPPER_TITLE.test(b.text) && b.lines <= 2 && next && next.marker?.style !== "outline") {
    return { number: b.marker.label, title: b.text, numeric: Number(b.marker.label.split(".")[1]), shape: "outline-top", strong: false, titleFromNext: false };
  }
  if (b.marker) return null;
  const trailing = TRAILING_REF.exec(b.text);
  // Not "P Haigh (Head of Housing) – Minute 43" or "Transport) – Minute 42" in an attendance list: who attended for which item.
  // Nor "Committee (Min 5137)", the end of a declaration wrapped from the line before (Longridge): one word and a minute
  // cited as "Min", as a sentence cites it.
  const cited = trailing !== null && /^\S+$/.test(trailing[1]!.trim()) && /\(\s*min\.?\s/i.test(b.text);
  if (trailing && !cited && titleLike(trailing[1]!, b) && !attendedFor(trailing[1]!) && (!last || last.shape === "trailing")) return { number: trailing[2] ?? trailing[3]!, title: trailing[1]!, numeric: null, shape: "trailing", strong: true, titleFromNext: false };
  // "No. 5     ACTION SHEET – 25TH NOVEMBER, 2025" (Blaenau Gwent) is item 5, when a title follows.
  const numbered = /^No\.\s*(\d{1,3})\s+(\S.*)$/.exec(b.text);
  const text = numbered && titleLike(numbered[2]!, b) ? `Item ${numbered[1]} ${numbered[2]}` : b.text;
  let m = EXPLICIT.exec(spellNumber(text)) ?? MINUTE.exec(b.text);
  if (m) {
    const title = m[2]!.trim();
    if (title && title.length > 200) return null;
    // "Item 5: Cllr X (non-financial)" under "2. Declarations of interest": a declaration naming an item, not a heading.
    // Nor "Item 3.5 – Councillor Reid" there, even where it carries the next item's number.
    // So too where the items are "No. 3" and the declaration "Item No. 10 – Youth Service Annual Report" (Blaenau Gwent).
    // Among "Item N" headings themselves, only a number out of step is: the next item's own heading may have been missed.
    const declared = last ? last.numeric ?? parseInt(last.number.replace(/^\D+/, ""), 10) : NaN;
    const outOfStep = last?.shape !== "explicit" ? parseInt(m[1]!, 10) !== declared + 1 : /^\d+$/.test(m[1]!) && /^\d+$/.test(last.number) && (parseInt(m[1]!, 10) <= declared || parseInt(m[1]!, 10) > declared + 3);
    if (last && /\bdeclarations?\b|\binterests?\b/i.test(last.title) && (outOfStep || /^(?:councillor|cllr|alderman|mr|mrs|ms|dr)\b/i.test(title))) return null;
    const number = m[1]!.replace(/\s+/g, "");
    // "(from" / "Minute 34 onwards as a non-voting co-opted Member)" in the attendance list: a sentence, not a heading;
    // nor "Minute 64, 67" beside a councillor's name there (Harrow), which names the items they spoke at.
    if (/^[a-z,;&]/.test(title)) return null;
    // "Item 06.B (door entry system, Municipal Offices): the Town Clerk confirmed …" under matters arising (Newquay).
    if (/^\([^)]{2,80}\)\s*[:\-–—]\s+(?:the|a|an|it|members|councillor|cllr)\b/i.test(title)) return null;
    // "Minute 44 (School Place Planning) – the Scrutiny Officer confirmed …" under matters arising, in minutes numbered
    // "51  MINUTES OF THE PREVIOUS MEETING": a reference back, not the next item.
    // So too under "MINUTES OF THE … MEETING (Minute 41)", whose number is after its title.
    const lastNumber = last ? last.numeric ?? (parseInt(last.number.replace(/^\D+/, ""), 10) || null) : null;
    // And "Minute 71. Housing Revenue Account Business Plan" under "37. Consideration of Cabinet Decisions": Cabinet's
    // minute, far ahead of the committee's own numbers.
    // So is "Minute PT/25/88 – Speed limits, …" under "136/25.1   Planning and Transport Committee – 6 January 2026" (Newton Abbot):
    // the committee's minute, lettered where the Council's are not.
    const cited = parseInt(number.replace(/^\D+/, ""), 10);
    const otherLetters = last !== null && /^[A-Z]/i.test(number) && !/^[A-Z]/i.test(last.number);
    if (last && last.shape !== "explicit" && ((lastNumber !== null && (cited <= lastNumber || cited > lastNumber + 3 || otherLetters)) || (title && !titleLike(title, b)))) return null;
    // "Minute 69" over "Minute 68, 70": a column of the items each attendee spoke at, not headings.
    if (!title && next && MINUTE.test(next.text)) return null;
    // "Minute 8522 – The Town Hall fire risk assessment had been completed …" under matters arising (Chipping Norton, whose own
    // items are "8532     Public Participation"): an earlier minute reported on in a sentence, not a heading.
    if (title && /^(?:minute|min\.?)\s/i.test(b.text) && /\b(?:had|has|have|was|were)\s+(?:been\s+|since\s+|now\s+)?[a-z]+(?:ed|en|wn|nt)\b/.test(title)) return null;
    if (!title && next && !next.marker && next.text.length <= 160) {
      return { number, title: next.text, numeric: null, shape: "explicit", strong: true, titleFromNext: true };
    }
    return { number, title, numeric: null, shape: "explicit", strong: true, titleFromNext: false };
  }
  // "[45]  COMMUNITY SAFETY PARTNERSHIP": a minute number in square brackets.
  m = BRACKETED_REF.exec(b.text);
  if (m && titleLike(m[2]!, b) && (!last || last.shape === "bracket")) return { number: m[1]!, title: m[2]!, numeric: null, shape: "bracket", strong: true, titleFromNext: false };
  m = REF.exec(b.text);
  // "2026/27 BUDGET" under Windsor and Maidenhead's unnumbered headings is a financial year, not a minute reference.
  // A third part is the council year's second ("431/25/26"), not a date's year ("13/11/2025").
  // "11/25/01" (Padstow Harbour Commissioners: meeting 11/25, item 01) is no date either: there is no twenty-fifth month.
  if (m && titleLike(m[3]!, b) && !financialYear(m[1]!) && !(dateLike(m[1]!) && !financialYear(m[1]!.replace(/^.*\/(\d+\/\d+)$/, "20$1")))) {
    const ref = m[1]!.replace(/([/.])\s+/g, "$1").replace(/\s+/g, " ");
    const shape = m[1]!.replace(/\d+/g, "9");
    // The lettered sub-item goes in its item's place in the order, under the item's own shape.
    if (m[2]) return last && (last.number === ref || last.number.startsWith(`${ref}(`)) ? { number: `${ref}${m[2]}`, title: m[3]!, numeric: last.numeric, shape: last.shape, strong: false, titleFromNext: false } : null;
    if (!last || last.shape === shape) return { number: ref, title: m[3]!, numeric: null, shape, strong: false, titleFromNext: false };
  }
  m = PLAIN.exec(b.text);
  const p = m ? plain(m[1]!, m[2] ?? "", m[3]!, b, last) : null;
  if (p || !shapes.size || b.lines > 2) return p;
  // Any other reference, once its shape recurs through the document: items in order, one shape throughout.
  const h = refHeading(b.text);
  // "FC25/138.1  Finance & Establishment Committee – Monday 15th December 2025" under "FC25/138    COMMITTEE MINUTES AND
  // RECOMMENDATIONS" (Saffron Walden): a titled sub-item of the item above, read in that item's place in the order.
  const base = h && last && !last.strong ? /^(.+?)(?:\.\d{1,2}|\([a-z]\)|(?<=\d)[a-z])$/.exec(h.ref)?.[1] : undefined;
  if (h && base !== undefined && (base === last!.number || base === last!.number.replace(/\.\d{1,2}$|\([a-z]\)$|(?<=\d)[a-z]$/, "")) && refHeading(`${base} ${h.title}`)?.shape === last!.shape) {
    return { number: h.ref, title: h.title, numeric: last!.numeric, shape: last!.shape, strong: false, titleFromNext: false };
  }
  if (!h || !shapes.has(h.shape) || (last && last.shape !== h.shape) || (last?.numeric != null && h.numeric <= last.numeric)) return null;
  return { number: h.ref, title: h.title, numeric: h.numeric, shape: h.shape, strong: false, titleFromNext: false };
}

/** "2026/27", "2025/2026": a year and the next. */
function financialYear(ref: string): boolean {
  const y = /^(19|20)(\d\d)\/(?:(19|20))?(\d\d)$/.exec(ref);
  return y !== null && Number(y[4]) === (Number(y[2]) + 1) % 100;
}

const TIME_START = /^(?:at\s+|from\s+)?\d{1,2}[.:]\d{2}\b|^(?:at|from)\s+\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.|noon)/i;
// "9 December, 2025" (Stratford-upon-Avon writes a comma before the year) too.
// "8 RHAGFYR 2025" (Mid and West Wales, the Welsh date over the English) too.
const MONTH_START = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)[a-z]*\.?,?\s+\d{2,4}\b/i;

function plain(number: string, suffix: string, title: string, b: Block, last: Candidate | null): Candidate | null {
  // "15 MARCH 2023" is the meeting date, not item 15; "2023 AT 10.00 AM" is the end of one a PDF wrapped;
  // "(1) Denotes category of Reserve Members" is the attendance list's key (Harrow).
  // Nor is "12   6 and 9", a row of the exempt business table (item, then paragraphs of the schedule).
  if (!titleLike(title, b) || MONTH_START.test(title) || TIME_START.test(title) || /^denotes\b/i.test(title) || /^\d+(?:\s*(?:,|and|&|to|-|–)\s*\d+)*$/.test(title)) return null;
  const n = Number(number);
  if (last && last.shape !== "plain") return null;
  // Item numbers rise through the minutes; a "1." or "2." further down is a list inside an item.
  if (last?.numeric != null && (suffix ? n < last.numeric : n <= last.numeric) || (last?.numeric != null && n > last.numeric + 30)) return null;
  if (/^\d{1,4}[A-Z]\s/.test(b.text) && last?.numeric !== n) return null;
  // "27. Epsom and St Helier University Hospitals - …" under "22.   DECLARATIONS OF INTEREST" (Sutton): the item an interest
  // was declared in, written unlike the headings, not the next item.
  if (last?.numeric != null && n !== last.numeric + 1 && /\bdeclarations?\b|\binterests?\b/i.test(last.title) && inCapitals(last.title, 0.6, 3) !== inCapitals(title, 0.6, 3)) return null;
  // "7. Christmas Lights and Christmas Market: Cllr. Ffion Lloyd declared an interest as a stallholder …" (Aberystwyth, in
  // Welsh first: "… Datganodd y Cyng. Ffion Lloyd ddiddordeb …"): a declaration naming the item, not its heading.
  if (/\bdeclared\s+(?:an?\s+)?(?:\w+\s+){0,2}interests?\b|\bDatganodd\b/i.test(title)) return null;
  // "1. General" over "(1) Apologies", "(2) Disclosures …": sub-items set off another way are not the next items.
  if (last?.delim !== undefined && b.marker?.delim !== undefined && b.marker.delim !== last.delim) return null;
  return { number: number + suffix, title, numeric: n, shape: "plain", strong: false, titleFromNext: false, delim: b.marker?.delim };
}

const OUTCOME_AFTER_TITLE = new RegExp(String.raw`\s+[–—-]\s+(?:Report\s+)?${OUTCOME_WORD}\b[\w ,'&/]{0,40}$`, "i");

function titleLike(title: string, b: Block): boolean {
  // "Domiciliary Care and Unmet Need – To scrutinise the progress made in …": the agenda's purpose after the title.
  // "… update to 30th September 2025 - Report noted." (Glasgow's committees): the outcome after the title.
  const t = cleanTitle(title).replace(/\s+[–—-]\s+[Tt]o\s+[a-z]{3,}\b.*$/, "").replace(OUTCOME_AFTER_TITLE, "");
  if (t.length < 2 || t.length > 160 || !/^[A-Z0-9"'(]/.test(t)) return false;
  // The Local Government Association's first-page footer, "18 Smith Square, London SW1P 3HZ …".
  if (ADDRESS.test(t)) return false;
  // "1 Attended the meeting via video conference" (the Northern Ireland Policing Board's footnotes to its attendance list).
  if (/^(?:attended|joined|left|arrived|departed)\s+(?:the\s+)?meeting\b/i.test(t)) return false;
  // "9.3  14 January 2026" (Bury St Edmunds), one of the dates of the reports an item adopts: a date is not a title.
  if (DATE_ALONE.test(t)) return false;
  const words = t.split(/\s+/).length;
  // "7/26  To Receive And In So Far As Required, Ratify Recommendations Contained In" over "The Minutes Of The Following Committees
  // (attached to this Agenda as" over "listed)" (Sawtry): the agenda's wording in title case, wrapped over three lines.
  if (words > 22 && !(words <= 28 && b.lines === 3 && isTitleCase(t.replace(/\([^)]*\)/g, ""), 3))) return false;
  const letters = t.replace(/[^A-Za-z]/g, "");
  const upper = letters.replace(/[^A-Z]/g, "").length / Math.max(1, letters.length);
  // "RESOLVED:", "ACTION: Clerk" are decisions; "ACTION TRACKER", "DECISIONS OF CABINET" are titles.
  // "52.        ACTIONS" alone (South Holland) is the item that reviews them.
  if (upper >= 0.6 && letters.length >= 3) return !/^(?:RESOLVED|AGREED|DECISIONS?)(?:\s*(?:[:\-–.\/]|$)|\s+(?:THAT|TO)\b)|^ACTIONS?(?:\s*[:\-–.\/]|\s+(?:THAT|TO)\b)/.test(t);
  // "Members' Question Time" is a title; "Members asked …" is not.
  if (/^(?:that|the\s+committee|members(?!')|it\s+was|resolved|there|this|these|they|he|she)\b/i.test(t)) return false;
  // "Notice of Motion – Defibrillators (referred from Council," breaks off inside its bracket, the rest on the next line.
  const brokenInBracket = /,$/.test(t) && (t.match(/\(/g) ?? []).length > (t.match(/\)/g) ?? []).length;
  if (/[.;,:]$/.test(t) && !brokenInBracket) return false;
  // A title over a subtitle ("Accounts Commission: … 2024/25" over its Gaelic name) runs long but says nothing.
  // "8/26" on a line of its own over a title wrapped to a second line: three lines, a two-line title.
  // So is one that names the report's author in brackets after it ("… – Outcome of Consultation (Executive Director of
  // Development, Neighbourhoods and Regulatory Services)", Hartlepool).
  const bare = t.replace(/\s*\([^()]{3,}\)$/, "");
  return (words <= 14 || (words <= 28 && !SENTENCE.test(t))) && (b.lines <= 2 || (b.lines === 3 && bare.length <= (words > 22 ? 130 : 110) && isTitleCase(bare, 3) && !SENTENCE.test(t)));
}

export function cleanTitle(title: string): string {
  return title.replace(/\(\s*pages?\s+[\d\s\-–to&,]+\)/gi, "").replace(/\(\s*(?:agenda\s+)?item\s+\d+[a-z]?\s*\)/gi, "").replace(/[\s:.\-–]+$/, "").replace(/\s+/g, " ").trim();
}

/** Minutes with no item numbers: the items are numbered in order, after the opening lines. */
/** `longTitles`: where the resolutions carry the numbers, a heading may run to two lines or a dozen words ("Medium Term Financial
 *  Strategy 2026/2027 to 2029/2030 and Provisional Funding Outlook", Tyne and Wear Fire and Rescue Authority). */
function unnumbered(blocks: Block[], longTitles = false): MinutesStructure {
  const header: Block[] = [];
  const items: ItemBlocks[] = [];
  // The opening lines end with the one that says when the meeting was held (its date may be a line or two below).
  const opening = openingEnd(blocks.slice(0, 30));
  const capitalised = (b: Block) => !b.cells && !b.marker && b.lines === 1 && b.text.length <= 120 && inCapitals(b.text) &&
    !/^(?:RESOLVED|AGREED|ACTION|DECISION|PRESENT|APOLOGIES:|IN ATTENDANCE)/.test(b.text) && !/[.;,]$/.test(b.text);
  // Capitalised headings where the minutes have them; else short subject lines standing alone before a paragraph.
  // A section heading over an item's heading ("Operational Issues" over "Dog Fouling Enforcement") is an item of its own, with nothing in it.
  const longTitle = (b: Block | undefined) => longTitles && b !== undefined && !b.cells && !b.marker && b.lines <= 2 && b.text.length <= 160 &&
    isTitleCase(b.text, 3) && !SENTENCE.test(b.text) && !/^(?:RESOLVED|AGREED|DECIDED)\b/i.test(b.text);
  const isTitle = (b: Block | undefined) => isTitleLine(b) || longTitle(b);
  const titled = (k: number): boolean => isTitle(blocks[k]) && blocks[k + 1] !== undefined && !END.test(blocks[k + 1]!.text) &&
    (!isTitle(blocks[k + 1]) || (blocks[k + 2] !== undefined && !isTitle(blocks[k + 2])));
  // Capitals win unless subject lines are the more common (a capitalised running header is not the items' headings).
  const capitalCount = blocks.slice(opening + 1).filter(capitalised).length;
  const titledCount = blocks.slice(opening + 1).filter((_b, k) => titled(opening + 1 + k)).length;
  const byCapitals = capitalCount >= 3 && capitalCount * 2 >= titledCount;
  let i = 0;
  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (items.length && END.test(b.text)) break;
    const isHeading = i > opening && (byCapitals ? capitalised(b) : titled(i));
    if (isHeading && (items.length || header.length)) {
      items.push({ number: String(items.length + 1), title: cleanTitle(b.text), blocks: [] });
      continue;
    }
    if (items.length) items[items.length - 1]!.blocks.push(b);
    else header.push(b);
  }
  return { header, items, after: blocks.slice(i) };
}

function openingEnd(blocks: Block[]): number {
  // Not a sentence under the first items ("That the minutes of the meeting held on 24 November 2025 be approved", under
  // Windsor and Maidenhead's unnumbered "APOLOGIES FOR ABSENCE" and "MINUTES"): the opening comes before them.
  const first = blocks.findIndex((b) => /^(?:apologies(?:\s+for\s+absence)?|declarations?\s+of\s+interests?)$/i.test(b.text.trim()));
  const held = blocks.findIndex((b, k) => (first < 0 || k < first) && /\b(?:held|minutes\s+of)\b/i.test(b.text));
  // "CORPORATE OVERVIEW AND SCRUTINY PANEL" over "MONDAY, 26 JANUARY 2026", with no "held": the opening ends at the date.
  if (held < 0) {
    const top = blocks.slice(0, first < 0 ? 12 : first);
    return top.findIndex((b) => b.text.length <= 80 && /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,?\s+\d{4}\b/i.test(b.text));
  }
  const dated = blocks.slice(held, held + 3).findIndex((b) => /\d{4}/.test(b.text));
  return dated < 0 ? -1 : held + dated;
}
