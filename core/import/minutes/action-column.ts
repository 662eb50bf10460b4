// Minutes printed with an "ACTION" column down the right-hand side (Hertfordshire's, as pdftotext -layout gives
// them): each paragraph's lines end, far to the right, with a piece of the name of whoever is to act on it
// ("Director of" / "Children's" / "Services"). Left in, those pieces break every sentence; here they are taken
// out and the name they spell is put after its paragraph as "[Action: Director of Children's Services]".
import { MONTH_NAMES } from "./dates.js";
import { indentOf } from "./page-text.js";

// Not a bare page number ("… the remaining budget gap          1") where a page's last line ran on to it.
const TRAILING = /^(.*\S)( {3,})(?!\d{1,3}\s*$)(\S.{0,29})$/;
const MIN_BODY = 40;
// "13.     Bus Services        AD" (Sedbergh): a numbered title, however short, with the owner of what the item decides beside it.
const TITLE_LINE = /^\s*\d{1,3}(?:\.\d{1,2})?\.?\s+[A-Z][^.:;]{2,80}$/;
const DATE_START = new RegExp(String.raw`^\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_NAMES.join("|")})\b`);
const MIN_LINES = 4;
const NUMBERED_START = /^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\((?:[a-z]{1,4}|\d{1,2})\)|[•▪●○■➢►])\s+\S/i;

/** The text with a right-hand action column, if it has one, folded into "[Action: …]" notes. */
export function foldActionColumn(text: string): string {
  if (!text.includes("   ")) return text;
  const lines = withDatesBesideOwners(text.split("\n"));
  const column = actionColumn(lines);
  if (column === null) return text;
  // "Cl. 012  CHRISTMAS LIGHTS 2025 – REVIEW:        14.01.26" beside every heading (Tywyn): the meeting's own date, the same on
  // each, is a running mark, not a deadline; it is taken out and nothing put in its place.
  const atColumn = lines.map((l) => { const m = TRAILING.exec(l); return m && nearColumn(m, column) ? m : null; });
  const pieces = atColumn.flatMap((m) => (m ? [m[3]!.trim()] : []));
  if (pieces.every((p) => p === pieces[0] && /^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(p))) return lines.map((l, k) => atColumn[k]?.[1] ?? l).join("\n");
  const out: string[] = [];
  let owner: string[] = [];
  let ownerIndent = 0; // how far in the first line of the paragraph that the owner's pieces are beside starts
  const flush = () => {
    if (!owner.length) return;
    // "Clerk" beside two tasks of one paragraph (Hullbridge) names the Clerk once.
    owner = owner.filter((p, k) => p !== owner[k - 1]);
    const k = out.map((l) => l.trim() !== "").lastIndexOf(true);
    // A stem's closing colon stays last ("… at its sitting commencing 2nd December 2025 [Action: RO]:"), so its list still follows it;
    // so does a point's "; and" ("… by 12 December 2025 [Action: FG]; and", Fife), so the next point is not read as its end.
    if (k >= 0) out[k] = /(?::-?|;(?:\s+(?:and|or))?)\s*$/.test(out[k]!) ? out[k]!.replace(/\s*(:-?|;(?:\s+(?:and|or))?)\s*$/, ` ${actionNote(owner.join(" "))}$1`) : `${out[k]} ${actionNote(owner.join(" "))}`;
    owner = [];
  };
  for (const [i, line] of lines.entries()) {
    if (!line.trim() || line.includes("\f")) { flush(); out.push(line); continue; }
    // A numbered paragraph starts another owner's piece, blank line or not; a line that starts with a date ("12 December 2025;
    // and", Hertfordshire) carries on its sentence.
    // So does a bullet ("•   Officers to circulate …" over "•   The Chair to write …", with no blank line between).
    if (NUMBERED_START.test(line) && !DATE_START.test(line)) flush();
    const start = indentOf(line);
    // So does a line further out than the paragraph: the next item's heading at the margin, where no blank line came first.
    if (owner.length && start < ownerIndent - 2) flush();
    // The column's heading ("ACTION") alone, far right.
    if (Math.abs(start - column) <= 2 && /^actions?$/i.test(line.trim())) continue;
    const m = TRAILING.exec(line) ?? initialsCloseUp(line, column);
    // "ii)  the RFO prepare …   RFO   22.01.26" over "iii) the TC write to …   TC" (Bodmin): a point lettered with a closing bracket
    // alone starts another owner's piece where it carries one of its own; where it does not, the piece beside the item's title
    // goes on (Frome's "68.  COMMUNITY GRANTS …   CM" over "a) that …").
    if (m && /^\s*(?:[a-z]{1,4}|\d{1,2})\)\s+\S/i.test(line) && nearColumn(m, column)) flush();
    // "To liaise with the family over the wording of the plaque and the" over "installation date.      SB" (Burnham Market): a paragraph's
    // short last line carries its owner as well as a long one does.
    const goesOn = (out[out.length - 1] ?? "").trim().length >= MIN_BODY && indentOf(out[out.length - 1]!) === start;
    if (m && nearColumn(m, column) && (m[1]!.trim().length >= MIN_BODY - 10 || owner.length > 0 || TITLE_LINE.test(m[1]!) || goesOn) && oneGap(m[1]!)) {
      const shortLast = !owner.length && m[1]!.trim().length < MIN_BODY - 10 && !TITLE_LINE.test(m[1]!);
      if (!owner.length) ownerIndent = start;
      owner.push(m[3]!.trim());
      out.push(m[1]!);
      // … and ends it, where it closes a sentence: "… report them to the March" / "meeting of the Council.   TC" over "A site meeting
      // with the conservation architect … to be" / "arranged before the end of February 2026.   SM" (Aldeburgh) are two owners.
      // So does a sentence's last line where the next line has nothing beside it: "… report to the February meeting.   Clerk" over
      // "The pavilion boiler had failed … Cllr Pryce agreed" / "to arrange for a Gas Safe engineer …   RP" (Bottisham), each task of
      // one paragraph with its own owner.
      // Not a paragraph's first line: "Members agreed that a further … session should be held.   RS" over "The Head of Communications
      // … would arrange the session" (Aberdeen) is the owner of the sentence below.
      const first = !(lines[i - 1] ?? "").trim() || NUMBERED_START.test(line);
      if ((shortLast || (!first && !besideColumn(lines[i + 1] ?? "", column))) && /[.;]\s*$/.test(m[1]!)) flush();
    } else out.push(line);
  }
  flush();
  return out.join("\n");
}

/** A right-hand piece that starts within two characters of the column. */
const nearColumn = (m: RegExpExecArray, column: number) => Math.abs(m[1]!.length + m[2]!.length - column) <= 2;
const besideColumn = (line: string, column: number) => {
  const m = TRAILING.exec(line);
  return m !== null && nearColumn(m, column);
};

/** "… had not been shared with the Partnership.  JP" (the Norfolk Coast Partnership): a line long enough to come within two spaces
 *  of the column, with initials exactly at it. Only initials: two spaces after a stop may be a typist's, before the next sentence. */
function initialsCloseUp(line: string, column: number): RegExpExecArray | null {
  const m = /^(.*\S)( {2})([A-Z]{2,4})$/.exec(line);
  // Within one of it: "… to the next  AP" over "meeting." (Caldecote), where the column's pieces start a character either side.
  return m && Math.abs(m[1]!.length + 2 - column) <= 1 ? m : null;
}

// "… the progress of the lift repairs to the      TC       18.12.25" (Bodmin Town Council's "Action / Date" columns): the date
// column beside the owner's, read as the owner's piece "TC (18.12.25)" when three or more lines are so laid out.
const OWNER_THEN_DATE = /^(.*\S {3,}[A-Z][\w&/]{1,11}) {3,}(\d{1,2}\.\d{1,2}\.\d{2,4}|[A-Z][a-z]{2}\s\d{4})\s*$/;
function withDatesBesideOwners(lines: string[]): string[] {
  if (lines.filter((l) => OWNER_THEN_DATE.test(l)).length < 3) return lines;
  return lines.map((l) => l.replace(OWNER_THEN_DATE, "$1 ($2)"));
}

/** The character column the right-hand pieces start at, when enough lines share it; else null. */
function actionColumn(lines: string[]): number | null {
  const starts = new Map<number, number>();
  for (const line of lines) {
    const m = TRAILING.exec(line);
    // One gap only after the body: a table row has several.
    if (!m || (m[1]!.trim().length < MIN_BODY && !TITLE_LINE.test(m[1]!)) || !oneGap(m[1]!)) continue;
    const at = m[1]!.length + m[2]!.length;
    if (at >= 60) starts.set(at, (starts.get(at) ?? 0) + 1);
  }
  let best: [number, number] | null = null;
  for (const [at, n] of starts) {
    const near = n + (starts.get(at - 1) ?? 0) + (starts.get(at + 1) ?? 0);
    if (near >= MIN_LINES && (!best || near > best[1])) best = [at, near];
  }
  return best ? best[0] : null;
}

/** No other wide gap in the body, but for the one after a paragraph number ("3.3    In response …"). */
const oneGap = (body: string) => !/ {3,}/.test(body.trim().slice(10));

// "Director of Public Health (13.2.26)": Hull's column is "Action By/Deadline", the owner and then the date.
const COLUMN_DATE = /\s*\(?\b(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\)?$/;

/** The note a column's piece becomes: the owner, and after it the deadline the column gives, in words a date reader knows. */
function actionNote(piece: string): string {
  // "ACTION TOWN CLERK" (Buckingham Town Council labels each piece): the label is not part of the name.
  piece = piece.replace(/^actions?\s*[:\-–]?\s+(?=\S)/i, "");
  // "DTC (Jan 2026)": a month and year.
  const monthYear = /\s*\(([A-Z][a-z]{2})\s(\d{4})\)$/.exec(piece);
  const full = monthYear ? MONTH_NAMES.find((name) => name.startsWith(monthYear[1]!)) : undefined;
  if (monthYear && full) return `[Action: ${piece.slice(0, monthYear.index).trim()}] (by ${full} ${monthYear[2]})`;
  const m = COLUMN_DATE.exec(piece);
  const month = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  if (!m || !month || Number(m[1]) < 1 || Number(m[1]) > 31) return `[Action: ${piece}]`;
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
  const who = piece.slice(0, m.index).trim();
  return `${who ? `[Action: ${who}] ` : ""}(by ${Number(m[1])} ${month} ${year})`;
}

// "Clerk to instruct Anglian Roofing Services Ltd, with works to be completed by   Action: Clerk" over "27th February 2026 so
// that …" (Great Shelford Parish Council): a labelled owner set far right on the line where the sentence happened to be, which
// may be mid-sentence or just after a sentence's stop with the next sentence on the line below. Each is moved to the end of
// its sentence as "[Action: Clerk]", before the stop, so the sentence reads whole and names its owner.
const TAIL_LABEL = /^(.*\S)[ \t]{3,}(Action(?:\s+by)?\s*:\s*[A-Z][\w .,&'’/()-]{0,40}?)\s*$/;

/** The text with right-hand "Action: X" labels, when three or more lines carry one, moved to the end of their sentences. */
export function foldActionTails(text: string): string {
  if (!text.includes("Action")) return text;
  const lines = text.split("\n");
  const tails = lines.flatMap((l, i) => (TAIL_LABEL.test(l) ? [i] : []));
  if (tails.length < 3) return text;
  for (const i of tails) {
    const m = TAIL_LABEL.exec(lines[i]!)!;
    const note = `[${m[2]!.replace(/\s*:\s*/, ": ").trim()}]`;
    lines[i] = m[1]!;
    // The sentence's end: this line's own stop, or the first stop on the next lines of the same paragraph.
    for (let j = i; j < Math.min(lines.length, i + 6) && lines[j]!.trim(); j++) {
      const stop = j === i ? /[.;]\s*$/.exec(lines[j]!) : /[.;](?=\s|$)/.exec(lines[j]!);
      if (!stop) continue;
      lines[j] = `${lines[j]!.slice(0, stop.index)} ${note}${lines[j]!.slice(stop.index)}`;
      break;
    }
  }
  return lines.join("\n");
}
