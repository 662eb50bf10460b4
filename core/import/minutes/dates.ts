// Dates in minutes, read with chrono-node's en-GB parser (day before month) and then filtered:
// only a day or month that is actually written counts, never a weekday or "in two weeks", and a
// due date must come after the meeting. "The next meeting" and "the March meeting" resolve against
// the meetings we know about; anything else stays null rather than being guessed.
import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import type { KnownMeeting } from "./types.js";

export interface FoundDate { date: string; precision: "day" | "month"; time: string | null; text: string; index: number }

const MONTH_NAME = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const NUMERIC_DATE = /\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b/;
const RELATIVE = /\b(?:within|next|last|this|ago|tomorrow|today|yesterday|week|weeks|fortnight)\b/i;

const refFor = (isoDate: string) => ({ instant: new Date(`${isoDate}T12:00:00Z`), timezone: "Europe/London" });
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** Written calendar dates in a short text, forward from the meeting date when the year is left out. */
export function findDates(text: string, after: string, opts: { requireYear?: boolean } = {}): FoundDate[] {
  if (text.length > 4000) text = text.slice(0, 4000);
  const out: FoundDate[] = [];
  // Every date kept names a month or is written in figures; without either, the parser has nothing to find.
  if (!MONTH_NAME.test(text) && !NUMERIC_DATE.test(text)) return out;
  // "held on 18 November 2025 be signed": the parser reads "2025 BE" as the Buddhist era (1482). Same length, so indexes hold.
  text = text.replace(/(\d{4})\s(?=b\.?e\.?\b)/gi, "$1,");
  // "TUESDAY the 25th day of NOVEMBER 2025" (West Devon): the same date with "day of" moved out ahead of the day as spaces,
  // so the text after it keeps its indexes.
  text = text.replace(/\b(\d{1,2}(?:st|nd|rd|th))(\s+day\s+of)(?=\s+[A-Za-z]{3,9}\b)/gi, (_m, n: string, gap: string) => " ".repeat(gap.length) + n);
  // "at 09:30hrs" (North Wales), which the parser reads as 09:00: the same time with a space before "hr", the length kept.
  text = text.replace(/\b(\d{1,2}:\d{2})hrs\b/gi, "$1 hr");
  for (const r of chrono.en.GB.parse(text, refFor(after), { forwardDate: true })) {
    const k = r.start;
    if (!k.isCertain("month") || RELATIVE.test(r.text)) continue;
    if (!MONTH_NAME.test(r.text) && !NUMERIC_DATE.test(r.text)) continue;
    if (opts.requireYear && !k.isCertain("year")) continue;
    const month = k.get("month")!;
    const endOf = /\bend\s+of\b/i.test(r.text);
    const dayKnown = k.isCertain("day") && !endOf;
    // "… additional patrols … during January" at a meeting on 8 January (Much Wenlock): the month the meeting is in, not next year's.
    const sameMonth = !k.isCertain("year") && !dayKnown && Number(after.slice(5, 7)) === month && k.get("year") === Number(after.slice(0, 4)) + 1;
    const year = sameMonth ? Number(after.slice(0, 4)) : k.get("year")!;
    const hour = k.isCertain("hour") ? k.get("hour") : null;
    out.push({
      date: dayKnown ? `${year}-${pad(month)}-${pad(k.get("day")!)}` : `${year}-${pad(month)}`,
      precision: dayKnown ? "day" : "month",
      time: hour !== null ? `${pad(hour)}:${pad(k.get("minute") ?? 0)}` : null,
      text: r.text,
      index: r.index,
    });
  }
  return out;
}

/** "10.15 am", "1.00 p.m.", "14:00", "2pm", "12 noon" as HH:MM. */
export function parseTime(text: string): string | null {
  // "1000 hours", as some councils print the time on the twenty-four hour clock; "09:30hrs" (North Wales) too, and "09.30 hrs"
  // (the Port of Milford Haven).
  const m = /\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|noon|midday)(?![a-z])/i.exec(text) ?? /\b([01]?\d|2[0-3]):([0-5]\d)(?:\b|(?=h(?:rs?|ours?)?\b))/.exec(text) ??
    /\b([01]\d|2[0-3])[.]?([0-5]\d)\s*(?:hours?|hrs)\b/i.exec(text) ??
    // "on Thursday, 12 February 2026 at 1630": the twenty-four hour clock with no "hours".
    /(?:\bat\s+|^\s*)([01]\d|2[0-3])([0-5]\d)\b(?![/\-.,]?\d)/i.exec(text);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  const mer = (m[3] ?? "").toLowerCase().replace(/\./g, "");
  // "14:30pm" (London Councils): the twenty-four hour clock with a "pm" it did not need.
  if (mer === "pm" && h > 12 && h <= 23 && min <= 59) return `${pad(h)}:${pad(min)}`;
  if (h > 23 || min > 59 || (mer && (h > 12 || h === 0))) return null;
  if (mer === "pm" && h < 12) h += 12;
  if (mer === "am" && h === 12) h = 0;
  return `${pad(h)}:${pad(min)}`;
}

/** "2.00 - 4.21 pm", "(2.00 – 4.41 pm)", "10.30 am - 1.05 pm" opening a line: the meeting's start. The start takes
 *  the end's am or pm unless its hour is the later one ("10.30 - 1.05 pm" began in the morning). */
export function rangeStart(text: string): string | null {
  // "2.00 - 4.21 pm", "6.30pm to 10.05pm" (Medway).
  const m = /^\(?(\d{1,2})[.:](\d{2})\s*(a\.?m\.?|p\.?m\.?)?\s*(?:[-–]|to)\s*(\d{1,2})[.:]\d{2}\s*(a\.?m\.?|p\.?m\.?)(?!\w)/i.exec(text.trim());
  if (!m) return null;
  const [, h, min, own, end, endMer] = m;
  const mer = own ?? (Number(h) > Number(end) && Number(h) !== 12 ? "am" : endMer!);
  return parseTime(`${h}.${min} ${mer}`);
}

export interface DueContext {
  meetingDate: string;
  nextMeeting: { date: string } | null;
  knownMeetings: KnownMeeting[];
  /** The words naming the body in the minutes' opening lines, lower-cased, to know its own meetings by name. */
  ownName?: Set<string>;
}

export interface Due { due: string | null; dueText: string | null }

// "before the Panel's next meeting" as well as "before the next meeting".
// "… a live demonstration of Go-HI for members at the start of the next meeting" (HITRANS) too.
// "… to speak at the Open Public Forum of the next meeting" (Bridport Town Council): the forum is part of that meeting.
// "… be placed on the agenda of the next meeting" (Penrith) too.
const NEXT_MEETING = /\b(?:to|at|for|by|before|until|in\s+time\s+for|in\s+advance\s+of|ahead\s+of|attend|agenda\s+of)\s+(?:the\s+(?:start|beginning|end|close|(?:[A-Z][\w-]*\s+){0,3}(?:Forum|Session|Question\s+Time))\s+of\s+)?(?:the|its)\s+(?:(?:Panel|Committee|Commission|Board|Sub-Committee|Forum)'s\s+)?next\s+(?:(?:scheduled|formal|ordinary|quarterly)\s+)?(?:(?:Board|Panel|Committee|Commission|Forum|Sub-Committee)\s+(?=meeting\b))?(?:meeting|committee)\b(?!\s+(?:on|in)\s+\d)/i;
// "… be included on the next agenda" (Mildenhall): the next meeting's.
const NEXT_AGENDA = /\b(?:on|for|to|in)\s+(?:the|its)\s+next\s+agenda\b/i;
const EVENT_IN = /\b[A-Z][\w'’-]*\s+(?:Meeting|Fete|Festival|Show|Fair|Carnival|Parade|Day|Event)\s+(?:in|on|during)\s+$/;
// "the March meeting", "the Panel's September 2024 meeting", "the September agenda", "the meeting in March"; "the March
// Board" (Poole Harbour Commissioners) too.
// "the March 2026 Operations Committee meeting" names its committee between the month and "Committee".
// "Fleet and Equipment Strategy 2026–2031 – February 2026 meeting;" (South Wales Fire and Rescue Authority's work programme) too.
const MONTH_MEETING = /(?:\b(?:the|its|their)\s+(?:(?:(?:[A-Z][\w-]*|and|&)\s+){0,5}[A-Z][\w-]*'s\s+)?|\(|\bto\s+|\s[–—]\s+)((?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)(\s+\d{4})?\s+(?:[a-z]+\s+(?=committee\b)|(?:Partnership|Board|Panel|Forum|Commission)\s+(?=meeting\b))?(?:meeting|committee|agenda|Board(?!\s+of\b))\b|\b(?:the|a|its|their)\s+(?:[A-Z][\w-]*'s\s+)?(?:(?:quarterly|ordinary|formal)\s+)?meeting\s+(?:of\s+(?:the|this)\s+(?:\w+\s+){0,4}?)?in\s+((?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)(\s+\d{4})?\b/i;
// The words that make a date a deadline rather than a date mentioned in passing ("during the first half of January 2026",
// Derbyshire, is that month).
// "… as a six-monthly item, commencing June 2026" or "as a standing item from March 2026": the first one is due then; "so that any changes can take effect from
// April 2026", "… to operate from April 2026": they are to be ready by then.
const HELD_IN = /\b(?:to\s+be\s+held|to\s+take\s+place|taking\s+place|being\s+held)\s+(?:in|on)\s*$/i;
const EVENT_ON = /\b(?:event|conference|seminar|webinar|exhibition|launch|ceremony|celebration|festival|open\s+day)\s+(?:(?:held|taking\s+place|to\s+be\s+held)\s+)?on\s*$/i;
const DATA_FOR = /\b(?:figures|rates|data|statistics|numbers|results|returns|outturn|performance)\s+for\s+(?:(?:the\s+)?(?:months?\s+of\s+)?[A-Z][a-z]+\s+(?:and|to|[-–])\s+)?$/;
// "… respond … to the Transport Scotland consultation on concessionary card data sharing, the closing date for which is 16 January
// 2026" (the Strathclyde concessionary travel scheme's joint committee) is due then.
const DUE_CUE = /\b(?:by|before|prior\s+to|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|until|deadline(?:\s+of)?|due|target(?:\s+date)?|for|in|during|meeting\s+on|on|(?<!week\s)(?:commencing|starting)|(?:take|takes|taking)\s+effect\s+from|(?:operate|operating|start|begin|apply|be\s+in\s+place)\s+from|(?:in\s+place|into\s+(?:force|effect))\s+(?:from|by)|(?:standing|regular|quarterly|six-monthly|monthly)\s+(?:item|report|update)\s+from|(?:closing|deadline|due|target|completion|backstop)\s+date\s+(?:for\s+(?:which|it|responses)\s+)?(?:of|is|was))\s+(?:the\s+)?(?:(?:end|beginning|start|middle|(?:first|second|latter)\s+half)(?:\s+of)?\s+)?(?:(?:early|mid|late)[\s-])?(?:\w+day,?\s+)?(?:(?:w\/c|w\.c\.|week\s+(?:commencing|beginning))\s+)?$/i;

export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** A month's full name, for patterns that need one ("January|…|December"). */
export const FULL_MONTH = String.raw`(?:${MONTH_NAMES.join("|")})`;
/** "by end Nov" as "by end of November": terse action notes, which the date parser reads only in full. */
// "The lengthsman to be asked to clear the ditch … before the end of the month" (Bottisham): the month the meeting is in.
const THIS_MONTH_END = /\b(by|before)\s+the\s+end\s+of\s+(?:the|this)\s+month\b/gi;
function spellMonths(text: string): string {
  return text
    .replace(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?!\s*\d{1,2}\b(?!\d))/g, (_m, a: string) => MONTH_NAMES.find((n) => n.startsWith(a.slice(0, 3)))!)
    .replace(SPELT_FROM, "$1 of ")
    // "during February and March 2026": the year is both months', and the work runs to the second.
    .replace(MONTH_RANGE, "");
}
const SPELT_FROM = new RegExp(String.raw`\b(end|start|beginning|middle)\s+(?=${FULL_MONTH}\b)`, "gi");
const MONTH_RANGE = new RegExp(String.raw`\b${FULL_MONTH}\s+(?:and|to|[-–])\s+(?=${FULL_MONTH}\s+\d{4}\b)`, "g");

/** "the Finance and Governance Committee", "the Audit & Risk Committee": a body named in capitals, its name's words captured. */
export const NAMED_BODY = String.raw`((?:[A-Z][\w&'-]*\s+(?:(?:and|&)\s+)?){1,6})(?:Committee|Panel|Board|Sub-Committee|Forum|Group)\b`;
const THAT_NAMED_BODY_DOES = new RegExp(String.raw`\bthat\s+the\s+${NAMED_BODY}\s+(?!be\b|is\b|was\b)[a-z]{3,}\b[^.;]*$`);
const NAMED_BODY_SUBJECT = /^(?:[Tt]hat\s+)?[Tt]he\s+(?:[A-Z][\w&'-]*\s+(?:and\s+)?){1,6}(?:Panel|Committee|Board|Group|Commission)\s+(?!be\b|is\b|was\b)[a-z]{3,}/;
// "… the Car Parking Strategy report, listed for consideration by Cabinet in February 2026, be added … for pre-scrutiny at the
// next meeting of the Board" (Bromsgrove) too.
const SCHEDULED_ELSEWHERE = /\b(?:scheduled|due|programmed|listed)\s+(?:for\s+(?:consideration|decision)\s+)?(?:by|at|for)\s+(?:the\s+)?(?:Cabinet|Executive|Full\s+Council|Council)(?:\s+meeting)?\s+(?:(?:on|in)\s+)?$/i;
const DEADLINE_CUE = /\b(?:by|before|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|until|deadline)\b[^.;]{0,25}$|^by\s/i;

const OTHER_BODY_ON = /\b(?:for|to|at|by)\s+(?:the\s+)?(?:Cabinet|Executive|Full\s+Council|Council|[A-Z][\w&']*(?:\s+[A-Z&][\w&']*){0,4}\s+(?:Committee|Board))(?:\s+meeting)?\s+(?:on\s+)?$/;

const NEXT_OF_NAMED = new RegExp(String.raw`^\s+of\s+(?:the\s+)?${NAMED_BODY}`);
const NEXT_OF_OWN = /^\s+of\s+(?:the\s+)?((?:[A-Z][\w&'-]*\s+(?:and\s+)?){0,5})(?:Committee|Panel|Board|Authority|Sub-Committee|Forum)\s+(?:in\s+)?$/;

const BROUGHT_TO = /\b(?:brought|presented|submitted|reported|taken|come)\s+(?:back\s+)?(?:to|at)\s+(?:the|its)?\s*$/i;

/** Whether a body's name ("Finance and Performance", "Audit and Risk") is in words the minutes' own body's name has. */
export function ownWords(name: string, ctx: DueContext): boolean {
  return ctx.ownName !== undefined && name.toLowerCase().split(/\s+/).filter((w) => w && !/^(?:and|&|the)$/.test(w)).every((w) => ctx.ownName!.has(w));
}

/** The due date an action's words give, with the words themselves. */
// "the notes of the Partnership's January meeting", "the minutes of the March meeting": the meeting a record is of, not a deadline.
const RECORD_OF = /\b(?:notes|minutes|record)\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w&-]*\s+){0,4}[A-Z][\w-]*'s\s+)?$/i;

export function findDue(raw: string, ctx: DueContext): Due {
  const text = spellMonths(raw).replace(THIS_MONTH_END, (_m, by: string) => `${by} the end of ${MONTH_NAMES[Number(ctx.meetingDate.slice(5, 7)) - 1]} ${ctx.meetingDate.slice(0, 4)}`);
  // "Following the workshop on 15 December, … by 30 January": a deadline's own words beat a date merely "on".
  // "the increase in missed collections since the route changes in August": a date looked back to is no deadline.
  // Nor is "… when the statutory override ends in March 2028": when something else ends.
  const dated = findDates(text, ctx.meetingDate).filter((d) => hasDueCue(text, d) && dueAfter(d, ctx.meetingDate) && !lookedBack(text.slice(Math.max(0, d.index - 45), d.index)) &&
    !/\b(?:ends?|ending|expires?|expiring|runs?\s+out|lapses?)\s+(?:in|on|at\s+the\s+end\s+of)?\s*$/i.test(text.slice(Math.max(0, d.index - 30), d.index)) &&
    // Nor "… the commissioned contracts due for renewal before May 2028" (Humberside): when those fall due, not this.
    !/\bdue\s+for\s+(?:renewal|review|expiry|replacement|re-?procurement|re-?tender(?:ing)?)\s+(?:before|by|in|on)?\s*$/i.test(text.slice(Math.max(0, d.index - 45), d.index)) &&
    // Nor "Details of the … regional Police and Crime Panels network event on 5 March 2026 would be circulated" (South Yorkshire):
    // the day of the event the details are about.
    !EVENT_ON.test(text.slice(Math.max(0, d.index - 40), d.index) + (/^on\s/i.test(d.text) ? "on" : "")) &&
    // Nor "… the Annual Town Meeting to be held in April 2026 to be considered at the March meeting" (Bishop's Castle): when the
    // meeting is held, where a meeting of this body is named to take the item.
    !(HELD_IN.test(text.slice(Math.max(0, d.index - 30), d.index) + (/^(?:in|on)\s/i.test(d.text) ? d.text.slice(0, 3) : "")) && MONTH_MEETING.test(text.slice(d.index))) &&
    // Nor "… the monthly call abandonment rates for October and November 2025" (Chorley): the period the figures cover.
    !DATA_FOR.test(text.slice(Math.max(0, d.index - 60), d.index)) &&
    // Nor "… circulate the notes of the Partnership's January meeting" (Newton Abbot): the meeting a record is of.
    !RECORD_OF.test(text.slice(Math.max(0, d.index - 60), d.index)));
  // "… the Car Parking Strategy, scheduled for consideration by Cabinet on 14 April 2026, be brought to the Committee … at
  // its meeting on 23 March 2026" (Broxtowe): when the decision-maker meets is not when it is due here.
  // chrono keeps the "on" of "on 14 April 2026" in the date's words, but not the "in" of "in February 2026".
  const ownDates = dated.filter((d) => !SCHEDULED_ELSEWHERE.test(text.slice(Math.max(0, d.index - 70), d.index + 3)) && !SCHEDULED_ELSEWHERE.test(text.slice(Math.max(0, d.index - 70), d.index)));
  const monthMeeting = MONTH_MEETING.exec(text);
  const next = NEXT_MEETING.exec(text) ?? NEXT_AGENDA.exec(text);
  // "… asked that the arrangements for the Annual Parish Meeting in April be included on the next agenda" (Mildenhall): when
  // the event is, not when the item is due, where the next meeting is named as well.
  // So is "… the Annual Parish Meeting in April be included on the agenda for the March meeting" (Grantchester), with the month's meeting.
  const ownEvents = next || monthMeeting ? ownDates.filter((d) => !EVENT_IN.test(text.slice(Math.max(0, d.index - 60), d.index))) : ownDates;
  const usable = ownEvents.length ? ownEvents : ownDates.length ? ownDates : dated;
  // With only the decision-maker's date, the committee's own meeting named beside it is when it is due.
  const found = (ownDates.length === 0 || ownEvents.length === 0) && (monthMeeting || next) ? undefined : usable.find((d) => DEADLINE_CUE.test(text.slice(Math.max(0, d.index - 30), d.index + 3))) ?? usable[0];
  // "a further assurance report on placement planning for September 2026, …, is to be brought to the April 2026 meeting" (the
  // Education Authority's audit committee): what the report is about, then where it goes.
  const meetingAfter = [monthMeeting, next].find((m) => m && found && m.index > found.index && BROUGHT_TO.test(text.slice(Math.max(0, m.index - 40), m.index + 4)));
  const explicit = found && meetingAfter && /\bfor\s+$/i.test(text.slice(Math.max(0, found.index - 5), found.index)) ? undefined : found;
  const candidates: { index: number; due: Due }[] = [];
  // "the report …, scheduled for Cabinet on 17th March 2026, be brought to the February meeting of the Panel": the date
  // is another body's; the committee's own meeting is when it is due.
  const elsewhere = explicit !== undefined && OTHER_BODY_ON.test(text.slice(Math.max(0, explicit.index - 40), explicit.index + 3));
  if (explicit && !(elsewhere && monthMeeting)) candidates.push({ index: explicit.index, due: { due: explicit.date, dueText: explicit.text } });
  // "… report the outcome to the Fire Authority meeting in February 2026" in the minutes of "the Shropshire and Wrekin Fire
  // and Rescue Authority": the body's own meeting, named as the opening lines name it.
  // "… for the AGM in July 2026" (London Councils' Grants Committee) is its annual meeting.
  const byName = monthMeeting ? null : NAMED_MEETING_IN.exec(text);
  const agm = monthMeeting || byName ? null : AGM_IN.exec(text);
  if (agm) {
    const resolved = resolveMonthMeeting(agm[1]!, agm[2], ctx);
    if (resolved) candidates.push({ index: agm.index, due: { due: resolved, dueText: agm[0] } });
  }
  if (byName && ownWords(byName[1]!, ctx)) {
    const resolved = resolveMonthMeeting(byName[2]!, byName[3], ctx);
    if (resolved) candidates.push({ index: byName.index, due: { due: resolved, dueText: byName[0] } });
  }
  // (The match may start at "the notes of …": its capitals are matched without regard to case.)
  if (monthMeeting && !RECORD_OF.test(text.slice(Math.max(0, monthMeeting.index - 60), monthMeeting.index)) && !/^the\s+(?:notes|minutes|record)\s+of\b/i.test(monthMeeting[0])) {
    // "that the Finance and Performance Scrutiny Panel examine … at its meeting in January 2026" (Charnwood): a body named
    // as the subject meets on its own calendar.
    // "The Board recommended that the Audit & Risk Committee review the reserves policy at its March meeting" (Fowey Harbour) too.
    const thatNamed = /^its\b/i.test(monthMeeting[0]) ? THAT_NAMED_BODY_DOES.exec(text.slice(0, monthMeeting.index)) : null;
    const named = /^its\b/i.test(monthMeeting[0]) && (NAMED_BODY_SUBJECT.test(text) || (thatNamed !== null && !ownWords(thatNamed[1]!, ctx)));
    // "… to be agreed at the Partnership's meeting in February 2026" (Hart): another body's meeting, by its name.
    const possessed = /([A-Z][\w-]*)'s\s/.exec(monthMeeting[0]);
    // "… the Audit and Risk Committee's February 2026 meeting" (Belfast Harbour): a committee named in words the body's own name lacks.
    const possessor = /((?:(?:[A-Z][\w-]*|and|&)\s+){1,5})[A-Z][\w-]*'s\s/.exec(monthMeeting[0]);
    // "… placed on the agenda of the Committee's April 2026 meeting" in a town council's minutes of its committees' reports (Kendal):
    // a committee, where the body is no committee.
    const othersByName = possessed !== null && (!/^(?:Committee|Panel|Board|Commission|Sub-Committee|Council)$/i.test(possessed[1]!) ||
      (possessor !== null && !ownWords(possessor[1]!, ctx)) || (ctx.ownName !== undefined && ctx.ownName.has("council") && !ctx.ownName.has(possessed[1]!.toLowerCase())));
    // "… for the meeting of the Finance Committee in February 2026" in a town council's minutes (Brecon): a committee named in
    // words the body's own name does not have meets on its own calendar.
    const ofBody = /\bmeeting\s+of\s+the\s+((?:[A-Z][\w&'-]*\s+(?:and\s+)?){1,5})(?:Committee|Panel|Board|Sub-Committee|Forum|Group)\b/.exec(monthMeeting[0]);
    // "… placed on the agenda of the January meeting of the Parks, Gardens, Allotments and Open Spaces Committee" (Wallingford
    // Town Council): the committee named after the meeting, commas and all.
    const ofAfter = /^\s+of\s+the\s+((?:[A-Z][\w&'-]*,?\s+(?:(?:and|&)\s+)?){1,6})(?:Committee|Panel|Board|Sub-Committee|Forum|Group)\b/.exec(text.slice(monthMeeting.index + monthMeeting[0].length));
    const othersOf = (ofBody !== null && !ownWords(ofBody[1]!, ctx)) || (ofAfter !== null && !ownWords(ofAfter[1]!.replace(/,/g, " "), ctx));
    // "… be added to the Audit and Risk Committee work plan for its meeting in March 2026" in the Integration Joint Board's minutes
    // (Dumfries and Galloway): the work plan, and so the meeting, of a committee named in words the body's own name does not have.
    const planOf = /\b((?:[A-Z][\w&'-]*\s+(?:and\s+)?){1,5})(?:Committee|Panel|Sub-Committee)(?:'s)?\s+(?:work\s*plan|work\s*programme|forward\s+(?:work\s+)?plan)\s+for\s+$/.exec(text.slice(Math.max(0, monthMeeting.index - 120), monthMeeting.index));
    const othersPlan = planOf !== null && !ownWords(planOf[1]!, ctx);
    // "… be submitted to the Policy and Performance Committee at its January 2026 meeting" (Tyne and Wear Fire and Rescue Authority),
    // "… to submit the draft risk appetite statement to the Audit, Risk and Assurance Committee at its meeting in March 2026" (the
    // Falkirk Integration Joint Board): a committee named in full, whatever the verb, in words the body's own name lacks, is
    // another; this one says "the Committee". "… be referred back to the Services Committee for further consideration at its
    // February meeting" (Saltash Town Council) too.
    const toNamed = /\bto\s+the\s+((?:[A-Z][\w&'-]*,?\s+(?:(?:and|&)\s+)?){1,6})(?:Committee|Panel|Sub-Committee|Board)\s+(?:for\s+(?:further\s+)?(?:consideration|decision|approval|comment)\s+)?(?:at|for|in)\s+its\s+$/.exec(text.slice(Math.max(0, monthMeeting.index - 120), monthMeeting.index + 4));
    const othersTo = toNamed !== null && !ownWords(toNamed[1]!.replace(/,/g, " "), ctx);
    // "… for consideration by the Committee at its March meeting" in a town council's minutes of its committees' reports
    // (Malmesbury): "the Committee" is the committee reported on, where the body is no committee.
    const theCommittee = ctx.ownName !== undefined && ctx.ownName.has("council") && !ctx.ownName.has("committee") &&
      /\b(?:by|to)\s+the\s+(?:Committee|Sub-Committee)\s+(?:at|for|in)\s+its\s+$/.test(text.slice(Math.max(0, monthMeeting.index - 60), monthMeeting.index + 4));
    // "… agreed to convene a meeting of the lights group in February" (Sedbergh): a meeting to be arranged, not one of this body's.
    const convened = /^a\s/i.test(monthMeeting[0]);
    const resolved = resolveMonthMeeting(monthMeeting[1] ?? monthMeeting[3]!, monthMeeting[2] ?? monthMeeting[4], ctx, named || othersByName || othersOf || othersPlan || othersTo || theCommittee || convened || OTHER_BODY_ITS.test(text.slice(Math.max(0, monthMeeting.index - 120), monthMeeting.index + 4)));
    if (resolved) candidates.push({ index: monthMeeting.index, due: { due: resolved, dueText: monthMeeting[0] } });
  }
  // Minutes that do not say when the next meeting is leave it to the calendar: the first known meeting after this one.
  const nextDate = ctx.nextMeeting?.date ?? ctx.knownMeetings.map((k) => k.date).filter((d) => d > ctx.meetingDate).sort()[0];
  // "… at the next meeting of the County Council's Health and Care Overview and Scrutiny Committee on 2 February 2026"
  // (Lichfield): the meeting the words name, dated there, is not necessarily this committee's.
  const datedThere = explicit !== undefined && next !== null && explicit.index > next.index && /^\s+of\s[^.;]{0,120}$/.test(text.slice(next.index + next[0].length, explicit.index));
  // "… placed on the agenda of the next meeting of the Finance and Governance Committee" (Ripon City Council): another
  // committee's next meeting, whose date these minutes do not give.
  const nextOf = next ? NEXT_OF_NAMED.exec(text.slice(next.index + next[0].length)) : null;
  const othersNext = nextOf !== null && ctx.ownName !== undefined && !ownWords(nextOf[1]!, ctx);
  if (next && nextDate && !datedThere && !othersNext) candidates.push({ index: next.index, due: { due: nextDate, dueText: next[0].replace(/^\w+\s+/, "") } });
  // "… to the next meeting of the Joint Committee in January 2026" (Coychurch Crematorium): the body's own meeting that month.
  const ownNamed = datedThere && explicit.precision === "month" ? NEXT_OF_OWN.exec(text.slice(next.index + next[0].length, explicit.index)) : null;
  const ownNext = ownNamed && ownWords(ownNamed[1] ?? "", ctx) ? meetingInMonth(explicit!.date, ctx) : null;
  if (ownNext) candidates.push({ index: next!.index, due: { due: ownNext, dueText: text.slice(next!.index, explicit!.index + explicit!.text.length).replace(/^\w+\s+/, "") } });
  // "… asked that the next quarterly report include a breakdown …" (Leicestershire's pension committee): the report to the next meeting.
  const nextReport = !next && candidates.length === 0 ? NEXT_REPORT.exec(text) : null;
  if (nextReport && nextDate) candidates.push({ index: nextReport.index, due: { due: nextDate, dueText: nextReport[0] } });
  candidates.sort((a, b) => a.index - b.index);
  // "moved from the February meeting to the meeting on 12 March": where it goes, not where it was.
  const to = candidates.find((c) => !/\bfrom\s+(?:(?:the|its)\s+)?$/i.test(text.slice(Math.max(0, c.index - 12), c.index)));
  return (to ?? candidates[0])?.due ?? { due: null, dueText: null };
}

/** "… since the route changes in August", but not "… since April 2025 to all Members by 27 February". */
function lookedBack(before: string): boolean {
  const m = /\bsince\b([^.;,?]{0,40})$/i.exec(before);
  return m !== null && !/\b(?:by|before|until|till|to)\b/i.test(m[1]!);
}

/** chrono sometimes takes the preposition into the match ("on 1 December"); either way it must be there. */
function hasDueCue(text: string, d: FoundDate): boolean {
  // "the pilot be extended to a further 4,200 households in Ballyclare and Parkgate from 1 April 2026": in place by then.
  // So is "the Chief Executive implement the revised structure with effect from 1 April 2026" (Northumberland National Park).
  // And "… arrange for quarterly performance reports to be published on the CJC website from April 2026" (Mid Wales): the first is due then.
  // And "The Clerk to update the cemetery fees schedule on the website from 1st April 2026" (Fenstanton): the new fees shown by then.
  if (/\b(?:be\s+)?(?:extended|introduced|implemented|rolled\s+out|launched|published|updated?)\b[^.;]{0,80}?\bfrom\s+$|\b(?:implement|introduce)\b[^.;]{0,80}?\bwith\s+effect\s+from\s+$/i.test(text.slice(Math.max(0, d.index - 120), d.index))) return true;
  return /^(?:on|by|before|until|in|during)\s/i.test(d.text) || DUE_CUE.test(text.slice(Math.max(0, d.index - 40), d.index)) || trailingDate(text, d);
}

/** "School Transport Policy Review – 19 March 2024", "Circulate the figures (31 July)": a list entry and its date; "… to all Board
 *  members. [HC – 16 Jan 2026]" (Highlands and Islands Airports), an action's tag of owner and date. */
function trailingDate(text: string, d: FoundDate): boolean {
  const before = text.slice(0, d.index);
  const after = text.slice(d.index + d.text.length);
  // "annual review of the Climate and Ecological Emergency Action Plan – Council, 25 March 2026;" (Oswestry): the body, then the day.
  return /\S\s+[–—-]\s*(?:[A-Z][\w&' ]{1,60},\s*)?$|\S\s*[([]\s*$/.test(before) && /^\s*[)\]]?[.;]?\s*$/.test(after);
}

function dueAfter(d: FoundDate, meetingDate: string): boolean {
  return d.precision === "day" ? d.date > meetingDate : d.date >= meetingDate.slice(0, 7);
}

// "with the Combined Authority's Transport Committee at its meeting in March": another body's meeting, so only the month is known.
// A committee, panel or commission may be this one ("to the Select Committee at its June meeting"); one that belongs to
// someone else ("the Combined Authority's Transport Committee"), or Cabinet, is not.
// "referred to Cabinet for consideration at its meeting in January 2026" too.
// And "be referred to the Community and Wellbeing Committee for consideration at its March 2026 meeting": the committee
// it is referred to is another.
// "… be referred to the Finance, Policy and Resources Committee for a response at its meeting in March 2026" (Richmond) too.
// … and "feed back the committee's comments to the Community Safety Partnership Board at its meeting in January 2026" (Watford).
// "… be included in the CJC's draft budget for consideration at its meeting in January 2026" (North Wales): the body whose
// budget it is.
// "RESOLVED to recommend to the States, at its meeting in January 2026, that …" (Alderney): the meeting of the body recommended to.
// "… undertook to raise the survey findings with the NILGA Executive at its December 2025 meeting" (the Staff Commission): whose meeting.
// So is "(iii) to recommend to Aberdeen City Council that the revised Partnership Agreement be ratified at its meeting in March
// 2026." (Community Planning Aberdeen).
// "… to be drafted for consideration by the Audit and Risk Assurance Committee at its February 2026 meeting" (Libraries NI) too.
// "To recommend to the North Wales Corporate Joint Committee that it approves the draft Transfer Agreement at its meeting in
// March 2026" (Ambition North Wales): "it" is the body recommended to, and so is "its".
const OTHER_BODY_ITS = /(?:\bfor\s+consideration\s+by\s+the\s+(?:[A-Z][\w'&-]*,?\s+(?:(?:and|&)\s+)?){1,6}(?:Committee|Panel|Sub-Committee)|\brecommend(?:s|ed)?\s+to\s+(?:the\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4},?|\brecommend(?:s|ed)?\s+to\s+(?:the\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4}\s+that\s+[^.;]{3,100}?\s+be\s+(?:ratified|approved|adopted|agreed|considered|endorsed)|\brecommend(?:s|ed)?\s+to\s+(?:the\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,5}\s+that\s+(?:it|they)\s+(?:(?!\bto\s+(?:the|this)\s+(?:Committee|Panel|Board|Commission)\b)[^.;]){3,120}?|\b(?!(?:Committee|Panel|Board|Commission|Council|Sub-Committee)'s)[A-Z][A-Za-z&-]*'s\s+(?:[\w-]+\s+){0,4}for\s+(?:consideration|approval|decision)|\bto\s+the\s+(?:[A-Z][\w'&-]*\s+){1,6}(?:Board|Partnership|Forum|Group|Trust)|\bwith\s+the\s+(?:[A-Z][\w'&-]*\s+){1,6}(?:Executive|Board|Partnership|Forum|Group|Trust|Committee|Council)|\breferred\s+to\s+the\s+(?:[A-Z][\w'&-]*,?\s+(?:and\s+)?){1,5}(?:Committee|Panel|Board)\s+for\s+(?:a\s+|detailed\s+|further\s+)?(?:consideration|decision|approval|comment|response|scrutiny|review)|\b[A-Z][\w&-]*'s\s+(?:[A-Z][\w'&-]*\s+){0,4}(?:Committee|Panel|Commission|Forum)|\bCabinet(?:\s+(?:for\s+)?(?:consideration|decision|approval|comment))?)\s+(?:at|to|for|in)\s+(?:its|their)\s+$/;

// "… be included in the next Headlines and Monitoring report" (Wiltshire Pension Fund) too.
/** A schedule of meetings approved at the meeting ("… be held … on the following dates in 2026:"): read for the next meeting
 *  (header.ts), and not an entry (cues.ts). */
// "The Joint Board agreed that meetings be held in 2026 at 10.00 am on the following dates:-" (the Tay Road Bridge) too.
export const SCHEDULE_OF_MEETINGS = /\bmeetings\s+(?:of\s+the\s+(?:[\w-]+\s+){0,4}?(?:board|committee|panel|partnership|authority)\s+)?be\s+held\b(?:[^.]|\.(?=\d)){0,160}?\bon\s+the\s+following\s+dates\b/i;
const NEXT_REPORT = /\b[Tt]he\s+next\s+(?:quarterly\s+|monitoring\s+|performance\s+|progress\s+)?report\s+(?:include|includes|contain|contains|set\s+out|show)\b|\bincluded\s+in\s+the\s+next\s+(?:[A-Z][\w&-]*\s+(?:and\s+)?){1,4}[Rr]eport\b/;
const NAMED_MEETING_IN = new RegExp(String.raw`\bthe\s+((?:[A-Z][\w&'-]*\s+(?:and\s+)?){1,5})meeting\s+(?:(?:to\s+be\s+)?held\s+)?in\s+(${FULL_MONTH})(\s+\d{4})?\b`);

// "… placed on the agenda for the Annual Meeting of Council in May 2026" (Ledbury Town Council) too: the Council's own.
const AGM_IN = new RegExp(String.raw`\b(?:AGM|annual\s+general\s+meeting|annual\s+meeting\s+of\s+(?:the\s+)?(?:(?:town|city|parish)\s+)?council)\s+in\s+(${FULL_MONTH})(\s+\d{4})?\b`, "i");

/** "the March meeting": the committee's first known meeting that month after this one, else the month. */
function resolveMonthMeeting(monthWord: string, yearText: string | undefined, ctx: DueContext, othersMeeting = false): string | null {
  const yearWord = yearText?.trim();
  const month = MONTHS.indexOf(monthWord.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  const meeting = DateTime.fromISO(ctx.meetingDate);
  let year = yearWord ? Number(yearWord) : meeting.year;
  if (!yearWord && month <= meeting.month) year++;
  const prefix = `${year}-${pad(month)}`;
  return (othersMeeting ? null : meetingInMonth(prefix, ctx)) ?? (prefix >= ctx.meetingDate.slice(0, 7) ? prefix : null);
}

/** The committee's first known meeting in a month ("2025-03"), after this one; null when none is known. */
export function meetingInMonth(prefix: string, ctx: DueContext): string | null {
  const dates = [...ctx.knownMeetings.map((k) => k.date), ...(ctx.nextMeeting ? [ctx.nextMeeting.date] : [])];
  return dates.filter((d) => d.startsWith(prefix) && d > ctx.meetingDate).sort()[0] ?? null;
}
