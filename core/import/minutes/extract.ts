// The minutes extractor: text in, proposal out, no I/O. Structure first (header, items, end),
// then within each item the resolutions, the "ACTION:" lines and action tables, and the debate,
// each turned into tracker entries by the cue, owner and date rules; duplicates of one decision
// (a request in debate that the resolution repeats) are merged, the resolution's wording winning.
import { UserError } from "../../errors.js";
import { normaliseText, toBlocks, type Block } from "./blocks.js";
import { findDue } from "./dates.js";
import { findStructure, type ItemBlocks } from "./structure.js";
import { readHeader, readNextMeeting, startTimeOutsideHeader } from "./header.js";
import { RECOMMENDATION_INTRO, findResolutions, joinSubPoint, splitSubPoint } from "./resolutions.js";
import { splitClauses } from "./clauses.js";
import { classifyPoint, stripLead } from "./cues.js";
import { findAbbreviations, findOwner, ownerName } from "./owners.js";
import { splitSentences } from "./sentences.js";
import { make, type Candidate, type ItemContext } from "./candidates.js";
import { actionLines, listsAllActions } from "./action-lines.js";
import { actionTables } from "./action-tables.js";
import { actionLogs } from "./action-log.js";
import { relocateItemBullets } from "./item-bullets.js";
import { quotedBlocks } from "./quoted-reports.js";
import { raisedTopics } from "./raised-topics.js";
import { futureAgendaItems } from "./agenda-list.js";
import { promisedAnswers } from "./questions-list.js";
import { debate } from "./debate.js";
import { SHORTHAND } from "./sentence-cues.js";
import { dedupe } from "./dedupe.js";
import { sendsToDatedMeeting } from "./sent-on.js";
import { resolutionOwner } from "./resolution-owner.js";
import { shortRoleTitles } from "./role-titles.js";
import type { ExtractOptions, MinutesProposal, ProposedAction } from "./types.js";

const PROMISED = /\b(?:undertook|promised|offered)\s+to\b|\bagreed\s+to\s+(?:provide|arrange|write|circulate|share|send)\b|\bagreed\s+that\s+the\s+[\w ,()-]{2,60}?\s+would\s+write\b/i;
// "The Secretariat would circulate with the minutes a table of cumulative levy contributions …" (the English Severn and Wye flood
// committee, whose numbered actions leave it out) too; not "… and she would circulate it" beside an Action column that says "None".
const NAMED_WOULD = /\b[A-Z][\w'-]*\s+would\s+(?:provide|arrange|write|circulate|share|send)\b/;

/** Longer than any real set of minutes; the CLI refuses bigger files before they get here. */
export const MAX_MINUTES_CHARS = 5_000_000;

export function extractMinutes(raw: string, opts: ExtractOptions): MinutesProposal {
  if (raw.length > MAX_MINUTES_CHARS) throw new UserError(`the minutes are ${raw.length.toLocaleString("en-GB")} characters long; the limit is ${MAX_MINUTES_CHARS.toLocaleString("en-GB")}`);
  const text = normaliseText(raw);
  const structure = findStructure(toBlocks(text));
  const opening = readHeader(structure.header.length ? structure.header : structure.items[0]?.blocks ?? []);
  // A page number over the committee's name in capitals ("412" / "AUDIT AND GOVERNANCE COMMITTEE" / "27 November 2025 at
  // 6.00 pm", Arun with its blank lines gone) reads as an item heading, taking the date with it: look under it too.
  const header = !opening.date && structure.header.length && structure.items[0] ? readHeader([...structure.header, ...structure.items[0].blocks.slice(0, 8)]) : opening;
  const date = opts.meeting?.date ?? header.date;
  if (!date) {
    throw new UserError(`could not find the meeting date in the minutes: expected a line like "Minutes of the meeting held on Monday 16 March 2020 at 10.15 am" or "Date: 16 March 2020"`);
  }
  const abbreviations = findAbbreviations(text.length > 1_000_000 ? text.slice(0, 1_000_000) : text);
  for (const [short, full] of shortRoleTitles(text.length > 1_000_000 ? text.slice(0, 1_000_000) : text)) if (!abbreviations.has(short)) abbreviations.set(short, full);
  const nextMeeting = readNextMeeting(structure.items, structure.after, date, structure.header);
  const ctx: ItemContext = {
    due: { meetingDate: date, nextMeeting, knownMeetings: opts.knownMeetings ?? [], ownName: openingWords(structure.header) },
    abbreviations,
  };
  relocateItemBullets(structure.items, structure.after);
  const logged = actionLogs(structure.items, structure.after, ctx);
  const actions = structure.items.flatMap((item) => itemActions(item, ctx, logged.get(item) ?? []));
  return {
    meeting: {
      committee: opts.committee,
      date,
      time: opts.meeting?.time ?? header.time ?? startTimeOutsideHeader(structure.items, structure.after, structure.header),
      place: opts.meeting?.place ?? header.place,
    },
    items: structure.items.map((i) => ({ number: i.number, title: i.title })),
    actions,
    nextMeeting,
  };
}

// Not "Urgent Business": the Malvern Hills Trust's chief executive is to answer a consultation raised under it.
const PROCEDURAL_ITEM = /^(?:apologies|(?:declarations?|disclosures?)\s+of\s+(?:(?:members|members'|pecuniary|personal|other)\s+)?interests?|(?:confirmation\s+of\s+)?minutes(?:\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting)?$|minutes\s+of\s+the\s+(?:\w+\s+){0,3}meeting\s+held\s+on\b|named\s+substitutes|substitutes|date\s+of\s+(?:the\s+)?next\s+meeting)/i;

const MINUTES_ITEM = /^(?:confirmation\s+of\s+)?minutes\b/i;
// The Chair's announcements report what has happened; only a letter the Chair undertakes there ("… confirmed that she would
// write to Watch Manager Elcock on behalf of the Fire Authority to congratulate her", Shropshire and Wrekin) is still to do.
// Not "CHAIR'S ANNOUNCEMENTS AND BOARD MEMBERSHIP" (Hertfordshire's Health and Wellbeing Board), whose other business is decided there.
const ANNOUNCEMENTS = /^chair(?:man|person)?'?s?\s+announcements(?!\s+(?:and|&)\s)/i;
// Agenda-style titles ("To receive apologies for absence", "To approve the minutes of …") say the same with a verb first.
const AGENDA_VERB = /^to\s+(?:receive|note|approve|confirm|consider|record|sign|agree)\s+(?:any\s+|the\s+)?/i;

/** "… before that meeting": the meeting the sentence before named. */
const THAT_MEETING = /\b(?:before|by|for|to|at)\s+that\s+meeting\b/i;

function itemActions(item: ItemBlocks, ctx: ItemContext, logged: ProposedAction[]): ProposedAction[] {
  const title = item.title.replace(/^[^A-Za-z]+/, "").replace(AGENDA_VERB, "");
  // The minutes of the last meeting carry matters arising ("… had not yet been received. The Senior Governance
  // Officer would seek an update from the ICB"); the rest of the procedural items carry nothing to do.
  if (PROCEDURAL_ITEM.test(title) && !MINUTES_ITEM.test(title)) return [];
  // Rows of an action log printed after the minutes join the item they name, after everything in it.
  const candidates: Candidate[] = logged.map((a, i) => ({ ...a, priority: 1.5, group: `log:${i}`, pos: 1e9 + i }));
  const claimed = new Set<number>();
  const blocks = item.blocks;

  // Text inside a resolution that is debate again: what follows a decision that is not itself an action
  // ("RESOLVED: to accept the quotation. Clerk to place the order."), and the rest of a paragraph after "AGREED that X.".
  const rest: { text: string; block: number; meeting?: { due: string; dueText: string | null } }[] = [];
  for (const r of findResolutions(blocks)) {
    for (let k = r.start; k <= r.end; k++) claimed.add(k);
    // Debate before a resolution that begins mid-paragraph is read like any other.
    // It comes before the resolution in document order (half a block earlier), so an ask there is one the resolution may settle.
    if (r.head) rest.push({ text: r.head, block: r.start - 0.5 });
    const firstOwn = candidates.length;
    let tail = r.tail;
    // "that the decision be deferred to January; the Clerk and Cllr Copley to revise the budget" is two points.
    const points = r.points.flatMap((raw) => {
      const { parent, text } = splitSubPoint(raw);
      const pieces = splitClauses(text, ctx.abbreviations);
      return pieces.length > 1 ? pieces.map((piece) => (parent ? joinSubPoint(parent, piece) : piece)) : [raw];
    });
    points.forEach((raw, idx) => {
      const { parent, text: whole } = splitSubPoint(raw);
      // "(iii) that the Clerk write to Pippa Heylings MP …" run on into "A proposal that the Council appoint a planning consultant …
      // was LOST" (Coton): another proposal after the last point is debate again.
      const sentences = splitSentences(whole);
      const another = sentences.findIndex((x, k) => k > 0 && /^(?:A|An)\s+(?:proposal|motion|amendment|suggestion)\b/.test(x));
      if (another > 0) rest.push({ text: sentences.slice(another).join(" "), block: r.start });
      const point = another > 0 ? sentences.slice(0, another).join(" ") : whole;
      const stem = parent ? `${r.stem} ${parent}` : r.stem;
      // Sub-points of "… the following recommendations:" are recommendations, whatever their verb.
      const kind = classifyPoint(point, parent ? (RECOMMENDATION_INTRO.test(parent) ? "be recommended to:" : parent) : stem);
      if (!kind) {
        const after = sentences.slice(1, another > 0 ? another : undefined).join(" ");
        if (after) rest.push({ text: after, block: r.start });
        return;
      }
      // "RECOMMENDED to Full Council that …": the stem says who it goes to, and belongs in the entry's words.
      // "Members AGREED to recommend to Council that …": the decision word is part of what was decided.
      const decided = /\b(agreed|resolved|decided)$/i.exec(stem);
      // "RECOMMEND TO FULL COUNCIL that …" under "RESOLVED THAT COMMITTEE:" (Ribble Valley) as well.
      const label = stem.replace(/\s*[:\-–]$/, "");
      const text = /^recommend(?:ed)?$/i.test(label) && /^to\s+(?:the\s+)?[A-Z][\w' ]{1,50}?\s+that\b/i.test(point) ? `${label.charAt(0).toUpperCase()}${label.slice(1).toLowerCase()} ${point.replace(/^TO\s+(?:THE\s+)?([A-Z][A-Z ]+?)(?=\s+that\b)/, (_m, body: string) => `to ${body.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase())}`)}`
        : decided && /^to\s+\w/i.test(point) ? `${decided[1]!.charAt(0).toUpperCase()}${decided[1]!.slice(1).toLowerCase()} ${cleanPoint(point).replace(/^To\b/, "to")}` : cleanPoint(point);
      const owner = resolutionOwner(text, stem, kind, ctx);
      // What a scrutiny committee resolves that Cabinet, a Cabinet Member or another committee do is its recommendation to them.
      // "(3) asks the Improvement and Scrutiny Officer to invite the Cabinet Member to attend that meeting", "… and the
      // Officer be requested to invite representatives of NHS Cheshire and Merseyside to attend;": the meeting of the point before.
      // "(3) That Full Council be recommended to approve the Capital Strategy … at the same meeting." (Swale) too.
      const thatMeeting = idx > 0 && /\b(?:that|the\s+same)\s+meeting\b|\binvite\b[^.;]{0,160}\bto\s+attend\s*[.;,]?\s*(?:and)?\s*$/i.test(point) ? `${text} ${splitSubPoint(points[idx - 1]!).text}` : undefined;
      // "RESOLVED that the following comments and recommendations be reported to Cabinet on 17 February 2026:": each is due
      // then, by that date alone (sent-on.ts). "… be recommended, at its meeting on 12 January 2026, to agree that:" over
      // "a. … a target to bring forward at least 40 additional units … by March 2028" (Watford) is due when Cabinet takes it,
      // not when the target falls; so is Rugby's limb to be "published alongside the final budget report to Council in
      // February 2026" under a stem sending it to Cabinet on 8 December 2025.
      const stemDate = !thatMeeting && sendsToDatedMeeting(stem) ? stem : undefined;
      candidates.push(make(item, text, kind === "action" && owner && DECISION_MAKER.test(owner) ? "recommendation" : kind, `${stem}\n${point}`.trim(), owner, ctx, 1, `resolution:${r.start}:${idx}`, thatMeeting ?? stemDate));
    });
    // "The Director Finance advised that … the report would be considered by Full Council at its meeting on 11 December 2025."
    // over "It was resolved to RECOMMEND TO FULL COUNCIL:" (East Cambridgeshire): when that body takes it.
    const told = TOLD_BEFORE.exec(blocks[r.start - 1]?.text ?? "");
    const body = told ? told[1]!.replace(/^full\s+/i, "").toLowerCase() : "";
    for (const c of told && r.stem.toLowerCase().includes(body) ? candidates.slice(firstOwn) : []) {
      if (c.kind !== "recommendation" || c.due || c.owner?.replace(/^full\s+/i, "").toLowerCase() !== body) continue;
      const due = findDue(`by ${told![2]}`, ctx.due);
      if (due.due) { c.due = due.due; c.dueText = told![0]; }
    }
    // "It was RESOLVED that a tree surgeon be asked to inspect it. Cllr Dent to obtain a quotation.": the shorthand
    // straight after a decision nobody was named for says who carries it out.
    const own = candidates.slice(firstOwn);
    const lead = tail ? splitSentences(tail)[0]! : "";
    // Not after "… consideration of the application be deferred to the February meeting." (Berwick-upon-Tweed): a deferral needs no
    // one to carry it out, and "The Clerk to write to the festival organisers …" is a task of its own.
    if (own.length === 1 && own[0]!.owner === null && SHORTHAND.test(lead) && !/\bbe\s+deferred\b/i.test(own[0]!.text)) {
      const who = findOwner(lead, ctx.abbreviations);
      if (who) { own[0]!.owner = who; tail = tail!.slice(lead.length).trim() || undefined; }
    }
    // "… be deferred to the February meeting. The Clerk to write to the festival organisers … before that meeting." (Berwick-upon-
    // Tweed): "that meeting" is the one the decision named.
    const named = own.find((c) => c.due !== null && /\bmeeting\b/i.test(c.text));
    if (tail) rest.push({ text: tail, block: r.start, meeting: named ? { due: named.due!, dueText: named.dueText } : undefined });
    if (carriedBy(blocks[r.end + 1], own, ctx)) claimed.add(r.end + 1);
  }
  const agenda = futureAgendaItems(item, ctx);
  candidates.push(...agenda.candidates);
  for (const k of agenda.blocks) claimed.add(k);
  const answers = promisedAnswers(item, ctx);
  candidates.push(...answers.candidates);
  for (const k of answers.blocks) claimed.add(k);
  for (const r of rest) {
    const from = candidates.length;
    debate(item, { text: r.text, marker: null, lines: 1, cells: null }, ctx, candidates, r.block);
    for (const c of r.meeting ? candidates.slice(from) : []) if (c.due === null && THAT_MEETING.test(c.text)) { c.due = r.meeting!.due; c.dueText = r.meeting!.dueText; }
  }
  // A report or motion quoted whole is the officer's or mover's words; what the committee made of it follows it.
  for (const k of quotedBlocks(blocks)) claimed.add(k);
  for (const k of raisedTopics(blocks)) claimed.add(k);
  actionLines(item, blocks, claimed, ctx, candidates);
  actionTables(item, blocks, claimed, ctx, candidates);
  // What debate asked for in an item that lists its actions is either listed there in other words or was not taken up.
  const listed = listsAllActions(blocks);
  blocks.forEach((b, k) => {
    if (claimed.has(k) || b.cells) return;
    if (!listed) { debate(item, b, ctx, candidates, k); return; }
    // Except what someone named undertook there ("The Cabinet member … undertook to arrange a visit", "It was agreed that
    // the Chair would write to the Minister"): a promise made in the room, which the list may leave to the minutes.
    const said: Candidate[] = [];
    debate(item, b, ctx, said, k);
    candidates.push(...said.filter((c) => c.owner !== null && (PROMISED.test(c.text) || NAMED_WOULD.test(c.text)) && c.text.split(/\s+/).length > 8));
  });
  const actions = dedupe(candidates, item.title);
  return ANNOUNCEMENTS.test(title) ? actions.filter((a) => a.kind === "letter") : actions;
}

// "The Head of Leisure will report the Committee's recommendations to Cabinet on 6 March 2025."
const CARRIES = /^(?:the\s+)?([A-Z][\w' ,&()-]{1,80}?)\s+(?:will|would|is\s+to|to|was\s+asked\s+to|agreed\s+to)\s+(?:report|present|take|submit|forward|refer|send|convey)\s+(?:the\s+|these\s+|its\s+)?(?:(?:committee|panel|commission|board)'s\s+)?(?:recommendations?|comments|views|findings|decisions?)\b/i;

/** The sentence after a list of recommendations saying who takes them forward, and when: it is their owner and due date, not an action of its own. */
function carriedBy(next: Block | undefined, own: Candidate[], ctx: ItemContext): boolean {
  if (!next || next.cells || next.marker || own.length === 0 || !own.every((c) => c.kind === "recommendation")) return false;
  const sentence = splitSentences(next.text)[0]!;
  const m = CARRIES.exec(sentence);
  const who = m ? ownerName(m[1]!, ctx.abbreviations) : null;
  if (!who) return false;
  const due = findDue(sentence, ctx.due);
  for (const c of own) {
    c.owner = who;
    if (!c.due && due.due) { c.due = due.due; c.dueText = due.dueText; }
  }
  return sentence.length >= next.text.trim().length - 1;
}

// "… chaired the meeting, which commenced at 9.30am" (Moray) and "(Note: The meeting, having commenced at 6.30 pm, …)" too.
// "The meeting closed at 8.14 pm having commenced at 5.30 pm" (Horsham) too.

// Whom a scrutiny committee recommends to: the executive, a member of it, another committee, the Government.
const DECISION_MAKER = /^(?:cabinet|(?:the\s+)?executive|leader(?:\s+of\s+the\s+council)?|(?:full\s+)?council|mayor|(?:cabinet|executive)\s+(?:member|lead)\b.*|portfolio\s+holder\b.*|(?!.*\bcare\s+board\b)(?!.*\bto\s+the\s+(?:committee|panel|board)$).*\b(?:committee|panel|board)|minister\b.*|secretary\s+of\s+state\b.*|government)$/i;

const TOLD_BEFORE = /\b(?:considered|submitted|reported|presented|referred|taken)\s+(?:to|by)\s+(?:the\s+)?(Full\s+Council|Council|Cabinet|Executive(?:\s+Board)?)\s+(?:at\s+its\s+meeting\s+)?on\s+(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})\b/;
export function cleanPoint(point: string): string {
  // "(3) that the Panel receive an update on …" keeps its subject: "Receive an update" alone reads as an order to no one.
  const own = /^(?:that\s+)?([Tt]he\s+(?:[Cc]ommittee|[Pp]anel|[Bb]oard|[Ss]ub-[Cc]ommittee)\s+receive\s+[^;]*)$/.exec(point.trim());
  const t = (own ? own[1]! : stripLead(point)).replace(/(?:[;,]\s*(?:and|or)?|\s+and|\s+or)\s*$/i, "").replace(/\s+/g, " ").trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** The words of the opening lines, before the attendance, that name the body meeting. */
function openingWords(header: Block[]): Set<string> {
  const end = header.findIndex((b) => /^(?:present|members\s+present|also\s+present|in\s+attendance|attendance|councillors?)\b/i.test(b.text));
  return new Set(header.slice(0, Math.min(5, end < 0 ? 5 : end)).flatMap((b) => b.text.toLowerCase().split(/[^a-z&'-]+/)).filter(Boolean));
}
