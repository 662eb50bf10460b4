// iCalendar (.ics) exports of a committee's meetings, through node-ical. Each VEVENT is a meeting keyed
// by its UID (and RECURRENCE-ID when a series is edited); CANCELLED events are cancelled meetings.
// Recurring rules are not expanded: council calendars list each meeting as its own event.
import ical from "node-ical";
import { DateTime } from "luxon";
import { UserError } from "../../errors.js";
import type { ImportedMeeting, MeetingsFile } from "./types.js";

const MAX_EVENTS = 5_000;

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
  const meetings = events.map((e) => meetingOf(e, zone, name));
  if (!meetings.length) throw new UserError(`${name} has no events in it`);
  return { kind: "ical", committees: [], meetings };
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
