// Meetings from ModernGov XML and iCalendar: the right committees and meetings (cancelled ones too),
// minutes inside GetMeeting run through the minutes extractor, and a re-import changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db.js";
import { importMeetings } from "../../core/import/meetings/import.js";
import type { Tenant } from "../../core/context.js";
import { CLI_ACTOR, fixture } from "./helpers/paths.js";

let t: TestDb;
let tenant: Tenant;
const run = (name: string, committee?: string, now = "2020-11-23") => importMeetings(t.deps(now), tenant, CLI_ACTOR, { path: fixture(name), committee });
const everything = async () => ({
  committees: await t.db.committee.findMany({ orderBy: { id: "asc" } }),
  meetings: await t.db.meeting.findMany({ orderBy: { id: "asc" } }),
  workItems: await t.db.workItem.findMany({ orderBy: { id: "asc" } }),
  actions: await t.db.action.findMany({ orderBy: { id: "asc" }, select: { id: true, sourceKey: true, text: true, dueDate: true, ownerText: true } }),
});

beforeAll(async () => { t = await freshDb(); tenant = await t.tenant(); });
afterAll(async () => { await t.close(); });

describe("ModernGov XML", () => {
  it("imports the committees of GetCommittees under the council, keyed on their ModernGov id", async () => {
    const r = await run("moderngov-committees.xml");
    expect(r.written).toMatchObject({ committeesCreated: 3, meetingsCreated: 0 });
    const rows = await t.db.committee.findMany({ where: { externalId: { not: null } }, orderBy: { externalId: "asc" } });
    expect(rows.map((c) => [c.externalId, c.name, c.slug, c.councilId])).toEqual([
      ["144", "Audit Committee", "herefordshire-audit-committee", tenant.councilId],
      ["163", "Art Galleries Committee", "herefordshire-art-galleries-committee", tenant.councilId],
      ["312", "Appointment Sub Committee for Director of Adult Social Services", "herefordshire-appointment-sub-committee-for-director-of-adult-social-services", tenant.councilId],
    ]);
  });

  it("imports GetMeetings with dd/mm/yyyy dates, '10.00 am' times and Cancelled status", async () => {
    const r = await run("moderngov-meetings.xml");
    expect(r.written).toMatchObject({ committeesCreated: 0, meetingsCreated: 2, cancelled: 1 });
    const audit = await t.db.committee.findFirstOrThrow({ where: { externalId: "144" } });
    const meetings = await t.db.meeting.findMany({ where: { committeeId: audit.id }, orderBy: { date: "asc" } });
    expect(meetings.map((m) => [m.externalSource, m.externalId, m.date, m.time, m.status])).toEqual([
      ["moderngov", "4966", "2026-01-13", "10:00", "cancelled"],
      ["moderngov", "4967", "2026-02-10", "10:00", "scheduled"],
    ]);
    expect(meetings[0]!.startsAt.toISOString()).toBe("2026-01-13T10:00:00.000Z"); // GMT in January
  });

  it("re-importing both files changes nothing", async () => {
    const before = await everything();
    const a = await run("moderngov-committees.xml");
    const b = await run("moderngov-meetings.xml");
    expect(a.written).toMatchObject({ committeesCreated: 0, committeesUpdated: 0 });
    expect(b.written).toMatchObject({ meetingsCreated: 0, meetingsUpdated: 0, meetingsUnchanged: 2 });
    expect(await everything()).toEqual(before);
  });

  it("runs GetMeeting minutes (HTML encoded twice) through the minutes extractor, and keeps the agenda", async () => {
    // Imported after the meeting, as minutes are: it is now "held".
    const r = await run("moderngov-getmeeting.xml", undefined, "2026-02-20");
    const meeting = await t.db.meeting.findFirstOrThrow({ where: { externalSource: "moderngov", externalId: "4967" } });
    expect(meeting).toMatchObject({ place: "Committee Room 1, Civic Centre", status: "held" });
    expect(r.written).toMatchObject({ meetingsUpdated: 1, agendaItems: 4 });
    expect(r.planned[0]!.minutes!.proposal.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([
      ["2", "request", "Head of Internal Audit", "2026-03-31"],
      ["3", "request", "Director of Finance", null],
      ["3", "recommendation", "Council", null],
    ]);
    const actions = await t.db.action.findMany({ where: { meetingId: meeting.id } });
    expect(actions).toHaveLength(3);
    const items = await t.db.workItem.findMany({ where: { meetingId: meeting.id }, orderBy: { position: "asc" } });
    expect(items.map((w) => w.title)).toEqual(["1. Apologies for Absence", "2. Internal Audit Progress Report", "3. Treasury Management Strategy 2026/27", "4. Work Programme"]);
    expect(items[2]!.description).toBe("To consider the strategy & prudential indicators.");
    const before = await everything();
    await run("moderngov-getmeeting.xml", undefined, "2026-02-20");
    expect(await everything()).toEqual(before);
  });
});

describe("iCalendar", () => {
  it("matches the committee's known meetings by date, adds new ones, marks cancelled and past ones", async () => {
    const before = await t.db.meeting.count();
    const r = await run("committee-meetings.ics", "herefordshire-cyp");
    expect(r.written).toMatchObject({ meetingsCreated: 1, meetingsUpdated: 3, cancelled: 1 });
    expect(await t.db.meeting.count()).toBe(before + 1);
    const cyp = await t.db.meeting.findMany({ where: { externalSource: "ical" }, orderBy: { date: "asc" } });
    expect(cyp.map((m) => [m.key, m.date, m.time, m.status])).toEqual([
      ["cyp-2020-09-15", "2020-09-15", "13:00", "held"],
      ["cyp-2021-01-12", "2021-01-12", "13:00", "scheduled"],
      ["cyp-2021-03-23", "2021-03-23", "13:00", "cancelled"],
      ["ical-cyp-5003@democracy.example.gov.uk", "2021-06-15", "13:00", "scheduled"],
    ]);
    expect(cyp[3]!.startsAt.toISOString()).toBe("2021-06-15T12:00:00.000Z"); // 13:00 BST
    const again = await t.db.meeting.findMany({ orderBy: { id: "asc" } });
    const r2 = await run("committee-meetings.ics", "herefordshire-cyp");
    expect(r2.written).toMatchObject({ meetingsCreated: 0, meetingsUpdated: 0, meetingsUnchanged: 4 });
    expect(await t.db.meeting.findMany({ orderBy: { id: "asc" } })).toEqual(again);
  });

  it("expands a recurring series (as Outlook exports it) into meetings at the same local time, with moves, cancellations and exclusions", async () => {
    const r = await run("committee-series.ics", "herefordshire-cyp");
    expect(r.written).toMatchObject({ meetingsCreated: 5, cancelled: 1 });
    const series = await t.db.meeting.findMany({ where: { externalId: { startsWith: "040000008200E" } }, orderBy: { date: "asc" } });
    expect(series.map((m) => [m.date, m.time, m.status, m.startsAt.toISOString()])).toEqual([
      ["2021-09-07", "10:00", "scheduled", "2021-09-07T09:00:00.000Z"], // BST
      ["2021-10-20", "14:00", "scheduled", "2021-10-20T13:00:00.000Z"], // moved from Tuesday 19 October
      ["2021-11-30", "10:00", "cancelled", "2021-11-30T10:00:00.000Z"], // GMT
      ["2022-01-11", "10:00", "scheduled", "2022-01-11T10:00:00.000Z"],
      // 22 February is excluded (EXDATE)
      ["2022-04-05", "10:00", "scheduled", "2022-04-05T09:00:00.000Z"], // BST again
    ]);
    const again = await t.db.meeting.findMany({ orderBy: { id: "asc" } });
    const r2 = await run("committee-series.ics", "herefordshire-cyp");
    expect(r2.written).toMatchObject({ meetingsCreated: 0, meetingsUpdated: 0 });
    expect(await t.db.meeting.findMany({ orderBy: { id: "asc" } })).toEqual(again);
  });
});
