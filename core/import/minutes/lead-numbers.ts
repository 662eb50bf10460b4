// Minutes whose heading line names the item and its outcome ("Council Strategic Plan Performance Report - Noted
// and instructions.") while the item's number starts the paragraph below it ("3 There was submitted a report …"),
// as Scottish councils print them; or a heading in capitals over a paragraph numbered "1.  The Convener advised …"
// (Aberdeen). Each such pair is rewritten as the numbered heading and paragraph it stands for.
import type { Block } from "./blocks.js";
import { OUTCOME_WORD, inCapitals } from "./title-lines.js";

// East Renfrewshire numbers its minutes through the council's years: "1612.  Councillor Dewar declared …".
// Tunbridge Wells: "OSC52/25        Apologies were received …" under "APOLOGIES FOR ABSENCE".
// Dursley: "10748     Apologies for absence were accepted …" under "TO RECEIVE APOLOGIES FOR ABSENCE", with no stop.
const LEAD = /^(\d{1,3}|\d{4}\.|\d{4,5}(?=\s+[A-Z])|[A-Z]{1,6}\d{1,4}\/\d{2,4}(?=\s+\(?[A-Z]))\s+(?=\(?[A-Z])/;
// "10753.1   County Councillor's Report" (Dursley): a titled sub-item numbered from a four- or five-figure minute.
const SUB_ITEM = /^(\d{4,5})\.(\d{1,2})\s+(?=[A-Z])/;
// "- Noted and instructions.", "- Recommendation.", "- Approved.": the outcome the heading adds to the title.
// "2026/27" under "OPCC BUDGET MONITORING 2025/26 AND PRECEPT SETTING TIMETABLE": the end of a title in capitals.
const YEAR_ALONE = /^[\d/ ()–-]{2,12}$/;
const capitals = (t: string) => inCapitals(t) || YEAR_ALONE.test(t);
const OUTCOME_END = new RegExp(String.raw`\b${OUTCOME_WORD}\.$`, "i");
const OUTCOME = /\s+[-–]\s+(?:[A-Z][\w ,'&/]{2,60})\.?$/;

/** The blocks with every heading-over-numbered-paragraph pair made a numbered heading, when the minutes use them throughout. */
export function leadNumberedItems(blocks: Block[]): Block[] {
  // Each paragraph whose number heads an item, and the block its title starts in: the one above, or two above where a title
  // in capitals wrapped ("POLICE REFORM – FUTURE OF POLICE AND CRIME COMMISSIONERS (VERBAL" over "UPDATE)", West Midlands
  // Police and Crime Panel).
  const starts = new Map<number, number>();
  const subs = new Map<number, string>();
  let expected: number | null = null;
  blocks.forEach((b, k) => {
    // A paragraph, not a "3 Budget" heading: long, or a sentence of several words ("10764     The following correspondence
    // was received:" opening a list too).
    // Or the decision alone: "41   RESOLVED: -" under "MINUTES OF THE PREVIOUS MEETING" (West Midlands Police and Crime Panel).
    // Not "6.      PRECEPT INTENTIONS AND MEDIUM TERM FINANCIAL STRATEGY 2026/27 TO 2029/30" (Cambridgeshire): a numbered title in
    // capitals, however long, under the last paragraph of the item before.
    // Nor "31    Financial Performance Update 2025/26 and Draft Budget 2026/27 - Agenda Item 7" (Somerset Waste Board): a title
    // that names its agenda item, however long.
    // Nor "5       External Audit - Annual Audit Report 2024/25: progress on action plan noted." (Glasgow): a numbered heading
    // with its outcome after a dash.
    const outcomeHeading = b.lines <= 2 && /\s[–—-]\s/.test(b.text) && OUTCOME_END.test(b.text);
    const paragraph = (((b.text.length > 60 && !inCapitals(b.text)) || (/\.$/.test(b.text) && b.text.split(/\s+/).length >= 6) || (/:$/.test(b.text) && b.text.split(/\s+/).length >= 5)) && !/\s[-–]\s+agenda\s+item\s+\d{1,3}[a-z]?$/i.test(b.text) && !outcomeHeading) || /^\d{1,4}\s+(?:RESOLVED|AGREED|DECIDED|RECOMMENDED)\b/.test(b.text);
    // "10753.1   County Councillor's Report" between "10752" and "10754" (Dursley): a titled sub-item of the item the sequence has
    // reached, printed with its own number and no heading over it, which the next number follows on from.
    const sub = SUB_ITEM.exec(b.text);
    if (sub && expected !== null && !b.marker && !b.cells && b.lines <= 2 && !/[.;:,]$/.test(b.text) && Number(sub[1]) >= expected - 1 && Number(sub[1]) <= expected) {
      subs.set(k, `${sub[1]}.${sub[2]}`);
      expected = Number(sub[1]) + 1;
      return;
    }
    const lead = b.cells || !paragraph ? undefined : b.marker ? (b.marker.style === "number" ? b.marker.label : undefined) : LEAD.exec(b.text)?.[1];
    const title = blocks[k - 1];
    // The heading line is a short title closed by its outcome ("- Noted.") or a full stop, or in capitals, as these councils print it.
    if (!lead || !title || title.marker || title.cells || title.lines > 2 || title.text.length > 160 || LEAD.test(title.text) || !(/\.$/.test(title.text) || capitals(title.text))) return;
    const n = Number(/\d+/.exec(lead)![0]);
    if (expected !== null && n !== expected) return;
    const above = blocks[k - 2];
    const wrapped = above !== undefined && !above.marker && !above.cells && above.lines === 1 && capitals(title.text) && inCapitals(above.text) &&
      !/[.:;,–-]$/.test(above.text) && !LEAD.test(above.text) && !starts.has(k - 2) && !/^(?:RESOLVED|AGREED|DECIDED|RECOMMENDED)\b/.test(above.text) &&
      // Only where the first line cannot end the title: a bracket left open, a word that leads on, or a year alone below it.
      ((/\([^)]*$/.test(above.text) && /\)/.test(title.text)) || /\b(?:AND|OF|THE|FOR|TO|IN|ON|WITH|&)$/.test(above.text) || YEAR_ALONE.test(title.text));
    starts.set(k, wrapped ? k - 2 : k - 1);
    expected = n + 1;
  });
  if (starts.size < 3) return blocks;
  const out: Block[] = [];
  const titleBlocks = new Set([...starts].flatMap(([k, from]) => Array.from({ length: k - from }, (_, i) => from + i)));
  blocks.forEach((b, k) => {
    if (titleBlocks.has(k)) return;
    const sub = subs.get(k);
    if (sub !== undefined) { out.push({ ...b, text: b.text.slice(sub.length).trim(), marker: { style: "number", label: sub } }); return; }
    if (!starts.has(k)) { out.push(b); return; }
    const number = b.marker?.label ?? LEAD.exec(b.text)![1]!.replace(/\.$/, "");
    // A title in capitals carries no outcome: "… – PROGRESS ON ACTION PLAN" is still the title.
    const heading = blocks.slice(starts.get(k)!, k).map((x) => x.text).join(" ");
    const title = (inCapitals(heading) ? heading : heading.replace(OUTCOME, "")).replace(/\.$/, "");
    out.push({ text: title, marker: { style: "number", label: number }, lines: 1, cells: null });
    out.push({ ...b, marker: null, text: b.text.replace(LEAD, "") });
  });
  return out;
}
