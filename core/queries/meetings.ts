// Meetings and their agendas (work-programme items), upcoming or on a given day.
// Hand-written SQL: these answer most chat questions, so each call is two queries whatever it asks.
import type { Deps, Tenant } from "../context.js";
import { Prisma } from "../db.js";
import type { IsoDate } from "../dates.js";

export interface AgendaItem { title: string; description: string | null; reportAuthor: string | null; formOfScrutiny: string | null; classification: string }

export interface MeetingSummary {
  id: number;
  committee: { id: number; name: string; slug: string };
  date: IsoDate;
  time: string | null;
  startsAt: Date;
  place: string | null;
  webcastUrl: string | null;
  status: string;
  despatchDate: IsoDate | null;
  questionDeadline: Date | null;
  items: AgendaItem[];
}

interface MeetingRow {
  id: number; date: string; time: string | null; startsAt: Date; place: string | null; webcastUrl: string | null; status: string;
  despatchDate: string | null; questionDeadline: Date | null; committeeId: number; committeeName: string; committeeSlug: string;
}

async function selectMeetings({ db }: Pick<Deps, "db">, where: Prisma.Sql, orderBy: Prisma.Sql, limit: number): Promise<MeetingSummary[]> {
  const rows = await db.$queryRaw<MeetingRow[]>`
    SELECT m."id", m."date", m."time", m."startsAt", m."place", m."webcastUrl", m."status", m."despatchDate", m."questionDeadline",
           c."id" AS "committeeId", c."name" AS "committeeName", c."slug" AS "committeeSlug"
    FROM "Meeting" m JOIN "Committee" c ON c."id" = m."committeeId"
    WHERE ${where} ORDER BY ${orderBy} LIMIT ${limit}`;
  if (!rows.length) return [];
  const items = await db.$queryRaw<(AgendaItem & { meetingId: number })[]>`
    SELECT w."meetingId", w."title", w."description", w."reportAuthor", w."formOfScrutiny", w."classification"
    FROM "WorkItem" w WHERE w."meetingId" IN (${Prisma.join(rows.map((r) => r.id))}) ORDER BY w."meetingId", w."position"`;
  return rows.map((r) => ({
    id: Number(r.id), date: r.date, time: r.time, startsAt: new Date(r.startsAt), place: r.place, webcastUrl: r.webcastUrl, status: r.status,
    despatchDate: r.despatchDate, questionDeadline: r.questionDeadline ? new Date(r.questionDeadline) : null,
    committee: { id: Number(r.committeeId), name: r.committeeName, slug: r.committeeSlug },
    items: items.filter((i) => Number(i.meetingId) === Number(r.id)).map(({ meetingId: _m, ...i }) => i),
  }));
}

function scope(tenant: Tenant, committeeIds?: number[]): Prisma.Sql {
  return committeeIds
    ? Prisma.sql`m."councilId" = ${tenant.councilId} AND m."committeeId" IN (${Prisma.join(committeeIds.length ? committeeIds : [-1])})`
    : Prisma.sql`m."councilId" = ${tenant.councilId}`;
}

/** Meetings on or after a day, soonest first. Cancelled meetings are listed so nobody prepares for them. */
export async function upcomingMeetings(deps: Pick<Deps, "db">, tenant: Tenant, opts: { from: IsoDate; to?: IsoDate; committeeIds?: number[]; limit?: number }): Promise<MeetingSummary[]> {
  const range = opts.to ? Prisma.sql`m."date" >= ${opts.from} AND m."date" <= ${opts.to}` : Prisma.sql`m."date" >= ${opts.from}`;
  return selectMeetings(deps, Prisma.sql`${scope(tenant, opts.committeeIds)} AND ${range}`, Prisma.sql`m."startsAt", m."id"`, opts.limit ?? 10);
}

export async function meetingsOn(deps: Pick<Deps, "db">, tenant: Tenant, date: IsoDate, committeeIds?: number[]): Promise<MeetingSummary[]> {
  return upcomingMeetings(deps, tenant, { from: date, to: date, committeeIds, limit: 20 });
}

export interface DayWindow { from: IsoDate; to: IsoDate; fromInstant: Date; toInstant: Date }

/**
 * Everything about meetings that falls in a window, in one pass: meetings held in it, agenda
 * despatches in it, and public-question deadlines in it (cancelled meetings have no deadlines).
 */
export async function meetingDatesIn(deps: Pick<Deps, "db">, tenant: Tenant, w: DayWindow, committeeIds?: number[]) {
  const all = await selectMeetings(deps, Prisma.sql`${scope(tenant, committeeIds)} AND (
      (m."date" >= ${w.from} AND m."date" <= ${w.to})
      OR (m."status" <> 'cancelled' AND m."despatchDate" >= ${w.from} AND m."despatchDate" <= ${w.to})
      OR (m."status" <> 'cancelled' AND m."questionDeadline" >= ${w.fromInstant} AND m."questionDeadline" < ${w.toInstant}))`,
  Prisma.sql`m."startsAt", m."id"`, 150);
  const inWindow = (d: string | null) => d !== null && d >= w.from && d <= w.to;
  return {
    meetings: all.filter((m) => inWindow(m.date)).slice(0, 20),
    despatches: all.filter((m) => m.status !== "cancelled" && inWindow(m.despatchDate)).sort((a, b) => a.despatchDate!.localeCompare(b.despatchDate!)).slice(0, 50),
    questions: all
      .filter((m) => m.status !== "cancelled" && m.questionDeadline && m.questionDeadline >= w.fromInstant && m.questionDeadline < w.toInstant)
      .sort((a, b) => a.questionDeadline!.getTime() - b.questionDeadline!.getTime()).slice(0, 50),
  };
}
