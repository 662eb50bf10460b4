// iCalendar (.ics) exports of a committee's meetings, through node-ical. Each VEVENT is a meeting keyed
// by its UID; CANCELLED events are cancelled meetings. A recurring series (as Outlook exports a
// committee's cycle) becomes one meeting per occurrence, keyed by UID and the occurrence's original
// start, with moved or cancelled occurrences (RECURRENCE-ID) and EXDATEs applied. Occurrences keep
// the series' local time across summer-time changes.
import ical from "node-ical";
import { DateTime } from "luxon";
import { UserError } from "../../errors.js";
import type { ImportedMeeting, MeetingsFile } from "./types.js";

const MAX_EVENTS = 5_000;
/** An open-ended series is read this far ahead: a council sets its meeting programme a year or two out. */
const SERIES_HORIZON_DAYS = 2 * 366;

export function parseIcal(text: string, name: string, zone: string): MeetingsFile {
  if (!/BEGIN:VCALENDAR/i.test(text.slice(0, 2000))) throw new UserError(`${name} is not an iCalendar file (no BEGIN:VCALENDAR)`);
  let data: ical.CalendarResponse;
  try {
    data = ical.sync.parseICS(text);
  } catch (e) {
    throw new UserError(`${name} is not a readable iCalendar file: ${(e as Error).message.split("\n")[0]}`);
  }
  const events = Object.values(data).filter((c): c is ical.VEvent => c?.type === "VEVENT");
  if (events.length > MAX_EVENTS) throw new UserError(`${name} has ${events.length} events; the limit is ${MAX_EVENTS}`);
  const meetings = events.flatMap((e) => (e.rrule ? occurrencesOf(e, zone, name) : [meetingOf(e, zone, name)]));
  if (!meetings.length) throw new UserError(`${name} has no events in it`);
  if (meetings.length > MAX_EVENTS) throw new UserError(`${name} has ${meetings.length} meetings once its recurring series are expanded; the limit is ${MAX_EVENTS}`);
  return { kind: "ical", committees: [], meetings };
}

function occurrencesOf(series: ical.VEvent, zone: string, name: string): ImportedMeeting[] {
  if (!series.start || Number.isNaN(series.start.getTime())) throw new UserError(`${name}: the series "${value(series.summary) || series.uid}" has no valid start date`);
  // Meetings are at most daily; a finer rule would expand to thousands of "meetings" (or millions).
  const rule = series.rrule!.toString();
  if (/FREQ=(SECONDLY|MINUTELY|HOURLY)/i.test(rule)) {
    throw new UserError(`${name}: the series "${value(series.summary) || series.uid}" repeats more often than daily (${/FREQ=\w+/i.exec(rule)![0]}), which is not a meeting cycle`);
  }
  const to = new Date(series.start.getTime() + SERIES_HORIZON_DAYS * 86_400_000);
  let instances: ical.EventInstance[];
  try {
    instances = ical.expandRecurringEvent(series, { from: series.start, to });
  } catch (e) {
    throw new UserError(`${name}: the series "${value(series.summary) || series.uid}" has a repeat rule that cannot be read: ${(e as Error).message.split("\n")[0]}`);
  }
  return instances.map((i) => {
    // The original start names the occurrence, so a moved meeting updates rather than duplicates.
    const original = i.isOverride && i.event.recurrenceid ? i.event.recurrenceid : i.start;
    const meeting = meetingOf({ ...i.event, start: i.start, uid: series.uid } as ical.VEvent, zone, name);
    return { ...meeting, externalId: `${meeting.externalId.split("#")[0]}#${original.toISOString()}` };
  });
}

function meetingOf(e: ical.VEvent, zone: string, name: string): ImportedMeeting {
  if (!e.start || Number.isNaN(e.start.getTime())) throw new UserError(`${name}: the event "${value(e.summary) || e.uid}" has no valid start date`);
  const local = e.start.dateOnly ? DateTime.fromJSDate(e.start, { zone: "UTC" }) : DateTime.fromJSDate(e.start, { zone });
  const uid = (e.uid || `${value(e.summary)}-${local.toISODate()}`).slice(0, 200);
  return {
    externalSource: "ical",
    externalId: e.recurrenceid ? `${uid}#${e.recurrenceid.toISOString()}` : uid,
    committeeExternalId: null, committeeTitle: null,
    date: local.toISODate()!,
    time: e.start.dateOnly ? null : local.toFormat("HH:mm"),
    cancelled: e.status === "CANCELLED" || /^cancel+ed\b/i.test(value(e.summary)),
    place: value(e.location) || null,
    title: value(e.summary) || null,
    agenda: [],
  };
}

const value = (v: unknown): string => (typeof v === "string" ? v : v && typeof v === "object" && "val" in v ? String((v as { val: unknown }).val) : "").trim();
