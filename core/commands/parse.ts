// Parses what people type ("due this week", "Actions  OVERDUE", "agenda next Tuesday") into a Command.
// Tolerant of case, spacing, punctuation and natural en-GB dates; anything unclear is a UserError
// that says what was not understood and what would work.
import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import { UserError } from "../errors.js";
import { addDays, monthOf, parseIsoDate, parsePeriod, weekOf, type IsoDate } from "../dates.js";
import { VERBS, type Command, type DateWindow } from "./command.js";

/** Words people use for our verbs. */
const ALIASES: Record<string, string> = {
  "?": "help", commands: "help", deadlines: "due", deadline: "due", "due?": "due",
  meeting: "meetings", next: "meetings", agendas: "agenda",
  tasks: "actions", todo: "actions", overdue: "actions overdue", mine: "actions mine", my: "actions mine",
  show: "action", update: "progress", note: "progress", complete: "done", close: "done", finish: "done", finished: "done",
  performance: "plan", kpis: "plan", kpi: "plan", scorecard: "plan",
  "self-evaluation": "selfeval", "self-assessment": "selfeval", selfassessment: "selfeval", "self-eval": "selfeval", self: "selfeval",
  schedules: "schedule",
};

export function parseCommand(input: string, today: IsoDate): Command {
  const text = input.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, " ").trim();
  if (!text) return { kind: "help" };
  const [head = "", ...rest] = text.split(" ");
  let verb = head.toLowerCase().replace(/[.!,:;]+$/, "");
  let args = rest.join(" ");
  if (ALIASES[verb]) {
    const [v, ...extra] = ALIASES[verb]!.split(" ");
    verb = v!;
    if (verb === "selfeval" && /^(eval(uation)?|assessment)\b/i.test(args)) args = args.replace(/^\S+\s*/, "");
    if (verb === "actions" && /^actions?\b/i.test(args)) args = args.replace(/^\S+\s*/, ""); // "my actions"
    if (extra.length) args = `${extra.join(" ")} ${args}`.trim();
  }
  switch (verb) {
    case "help": return { kind: "help", topic: args.toLowerCase() || undefined };
    case "due": return { kind: "due", window: parseWindow(args, today) };
    case "meetings": return parseMeetings(args, today);
    case "agenda": return { kind: "agenda", date: args ? parseDay(args, today) : undefined };
    case "actions": return parseActions(args);
    case "action": return { kind: "action", id: parseId(args.split(" ")[0], "action") };
    case "progress": {
      const [id, ...note] = args.split(" ");
      const noteText = note.join(" ").replace(/^[-:–]\s*/, "").trim();
      if (!noteText) throw new UserError(`Say what progress was made, e.g. "progress ${/^\d+$/.test(id ?? "") ? id : "12"} Training dates agreed for January".`);
      return { kind: "progress", id: parseId(id, "progress"), text: noteText };
    }
    case "done": {
      const [id, ...note] = args.split(" ");
      return { kind: "done", id: parseId(id, "done"), text: note.join(" ").replace(/^[-:–]\s*/, "").trim() };
    }
    case "plan": return { kind: "plan", period: parseOptionalPeriod(args.replace(/^status\b\s*/i, "")) };
    case "selfeval": return { kind: "selfeval", period: parseOptionalPeriod(args) };
    case "link": {
      if (!args) throw new UserError(`Say which committee to link, e.g. "link herefordshire-cyp".`);
      return { kind: "link", committee: args };
    }
    case "schedule": return { kind: "schedule", text: args };
    case "reminders": case "reminder": {
      const a = args.toLowerCase();
      if (["off", "stop", "no", "pause"].includes(a)) return { kind: "reminders", on: false };
      if (["on", "start", "yes", "resume"].includes(a)) return { kind: "reminders", on: true };
      throw new UserError(`Say "reminders off" to stop the daily reminders, or "reminders on" to have them again.`);
    }
  }
  throw new UserError(unknownMessage(head));
}

function unknownMessage(word: string): string {
  const guess = closest(word.toLowerCase(), [...VERBS, ...Object.keys(ALIASES)]);
  const suggestion = guess ? ` Did you mean "${ALIASES[guess] ?? guess}"?` : "";
  return `I don't know "${word}".${suggestion} Try "help" for the list of commands.`;
}

/** The nearest known word within two edits, if any. */
export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance || (d === bestDistance && best === null)) { best = c; bestDistance = d; }
    if (c.startsWith(word) && word.length >= 3 && bestDistance > 1) { best = c; bestDistance = 1; }
  }
  return bestDistance <= 2 ? best : null;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

function parseId(raw: string | undefined, verb: string): number {
  const m = /^#?(\d{1,9})$/.exec(raw ?? "");
  if (!m) throw new UserError(`"${verb}" needs an action number, e.g. "${verb} 12"${raw ? `; "${raw}" is not one` : ""}. "actions" lists them with their numbers.`);
  return Number(m[1]);
}

function parseActions(args: string): Command {
  let rest = args.toLowerCase();
  let page = 1;
  const pageMatch = /\bpage (\d{1,4})$/.exec(rest);
  if (pageMatch) { page = Math.max(1, Number(pageMatch[1])); rest = rest.slice(0, pageMatch.index).trim(); }
  rest = rest.replace(/^(for|by|of|owned by)\s+/, "").trim();
  if (!rest || rest === "open" || rest === "all") return { kind: "actions", filter: "all", page };
  if (["mine", "my", "me", "my actions", "for me"].includes(rest)) return { kind: "actions", filter: "mine", page };
  if (["overdue", "late", "outstanding overdue", "over due"].includes(rest)) return { kind: "actions", filter: "overdue", page };
  return { kind: "actions", filter: { target: args.replace(/\bpage \d+$/i, "").replace(/^(for|by|of|owned by)\s+/i, "").trim() }, page };
}

function parseMeetings(args: string, today: IsoDate): Command {
  const a = args.toLowerCase();
  if (!a || a === "upcoming" || a === "coming up") return { kind: "meetings", nextOnly: false };
  if (a === "next" || a === "the next one" || a === "next one") return { kind: "meetings", nextOnly: true };
  return { kind: "meetings", from: parseDay(args.replace(/^(from|after|on)\s+/i, ""), today), nextOnly: false };
}

function parseOptionalPeriod(args: string): string | undefined {
  const a = args.trim().toUpperCase();
  if (!a) return undefined;
  parsePeriod(a.toLowerCase().replace(/q/, "Q"));
  return a.replace(/^(\d{4}-\d{2})-Q/, "$1-Q");
}

const LONG = (d: IsoDate) => parseIsoDate(d).setLocale("en-GB").toFormat("cccc d LLLL yyyy");

/** A window of days for "due": today, this week, next month, a date, or a range. */
export function parseWindow(args: string, today: IsoDate): DateWindow {
  const a = args.toLowerCase().replace(/[?.!]+$/, "").replace(/^(in|for|during)\s+/, "").trim();
  const week = (d: IsoDate, label: string) => ({ ...weekOf(d), label });
  if (!a || a === "this week" || a === "week") return week(today, "this week");
  if (a === "today") return { from: today, to: today, label: "today" };
  if (a === "tomorrow") { const t = addDays(today, 1); return { from: t, to: t, label: "tomorrow" }; }
  if (a === "next week") return week(addDays(today, 7), "next week");
  if (a === "this month" || a === "month") return { ...monthOf(today), label: "this month" };
  if (a === "next month") return { ...monthOf(parseIsoDate(today).plus({ months: 1 }).toISODate()!), label: "next month" };
  const fortnight = /^(next|the next) (two weeks|fortnight|14 days)$/.exec(a);
  if (fortnight) return { from: today, to: addDays(today, 13), label: "in the next two weeks" };
  const by = /^(by|before|until|till) (.+)$/.exec(a);
  if (by) {
    const end = parseDay(by[2]!, today);
    if (end < today) throw new UserError(`${LONG(end)} has passed; "due by" needs a date from today on.`);
    return { from: today, to: end, label: `by ${LONG(end)}` };
  }
  return parseRange(args, today);
}

function refDate(today: IsoDate): Date {
  return DateTime.fromISO(`${today}T12:00`, { zone: "UTC" }).toJSDate();
}

function toIso(d: chrono.ParsedComponents): IsoDate {
  return DateTime.fromObject({ year: d.get("year")!, month: d.get("month")!, day: d.get("day")! }, { zone: "UTC" }).toISODate()!;
}

/** One day, in words ("next Tuesday", "1 Dec", "end of November") or numbers ("01/12/2020", "2020-12-01"). */
export function parseDay(text: string, today: IsoDate): IsoDate {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return parseIsoDate(t).toISODate()!;
  checkNumericDate(t);
  const results = chrono.en.GB.parse(t, refDate(today), { forwardDate: true });
  if (!results.length) throw new UserError(`I couldn't read "${t}" as a date. Try "1 December", "01/12/2020", "next Tuesday" or "2020-12-01".`);
  return toIso(results[0]!.start);
}

function parseRange(text: string, today: IsoDate): DateWindow {
  checkNumericDate(text);
  const results = chrono.en.GB.parse(text.replace(/\bbetween\b/i, "from"), refDate(today), { forwardDate: true });
  if (!results.length) {
    throw new UserError(`I couldn't read "${text}" as a date or a period. Try "today", "this week", "next week", "this month", "by end of November", "1 Dec" or "1 Dec to 14 Dec".`);
  }
  const r = results[0]!;
  const from = toIso(r.start);
  const second = results[1];
  const to = r.end ? toIso(r.end) : second ? toIso(second.start) : from;
  if (to < from) throw new UserError(`That range ends (${LONG(to)}) before it starts (${LONG(from)}).`);
  if (parseIsoDate(to).diff(parseIsoDate(from), "days").days > 366) throw new UserError("Please ask about a year or less at a time.");
  return { from, to, label: from === to ? `on ${LONG(from)}` : `${LONG(from)} to ${LONG(to)}` };
}

/** chrono silently skips "31/02/2021"; an impossible day deserves its own message. */
function checkNumericDate(text: string): void {
  for (const m of text.matchAll(/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b/g)) {
    const year = Number(m[3]!.length === 2 ? `20${m[3]}` : m[3]);
    const dt = DateTime.fromObject({ year, month: Number(m[2]), day: Number(m[1]) });
    if (!dt.isValid) throw new UserError(`"${m[0]}" is not a real date (day/month/year).`);
  }
  const named = /\b(\d{1,2})(?:st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* ?(\d{4})?\b/i.exec(text);
  if (named) {
    const month = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(named[2]!.toLowerCase().slice(0, 3)) / 3 + 1;
    const dt = DateTime.fromObject({ year: Number(named[3] ?? 2024), month, day: Number(named[1]) });
    if (!dt.isValid) throw new UserError(`"${named[0]}" is not a real date.`);
  }
}
