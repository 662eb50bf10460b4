// Meetings and their agendas (work-programme items), upcoming or on a given day.
import type { Deps, Tenant } from "../context.js";
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

const include = {
  committee: { select: { id: true, name: true, slug: true } },
  items: { orderBy: { position: "asc" as const }, select: { title: true, description: true, reportAuthor: true, formOfScrutiny: true, classification: true } },
};

/** Meetings on or after a day, soonest first. Cancelled meetings are listed so nobody prepares for them. */
export async function upcomingMeetings({ db }: Pick<Deps, "db">, tenant: Tenant, opts: { from: IsoDate; to?: IsoDate; committeeIds?: number[]; limit?: number }): Promise<MeetingSummary[]> {
  const rows = await db.meeting.findMany({
    where: {
      councilId: tenant.councilId,
      date: { gte: opts.from, ...(opts.to ? { lte: opts.to } : {}) },
      ...(opts.committeeIds ? { committeeId: { in: opts.committeeIds } } : {}),
    },
    include, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: opts.limit ?? 10,
  });
  return rows;
}

export async function meetingsOn(deps: Pick<Deps, "db">, tenant: Tenant, date: IsoDate, committeeIds?: number[]): Promise<MeetingSummary[]> {
  return upcomingMeetings(deps, tenant, { from: date, to: date, committeeIds, limit: 20 });
}

/** Agenda despatches and public-question deadlines that fall in a date range. */
export async function deadlinesIn({ db }: Pick<Deps, "db">, tenant: Tenant, range: { from: IsoDate; to: IsoDate; fromInstant: Date; toInstant: Date }, committeeIds?: number[]) {
  const scope = { councilId: tenant.councilId, status: { not: "cancelled" }, ...(committeeIds ? { committeeId: { in: committeeIds } } : {}) };
  const [despatches, questions] = await Promise.all([
    db.meeting.findMany({ where: { ...scope, despatchDate: { gte: range.from, lte: range.to } }, include, orderBy: { despatchDate: "asc" }, take: 50 }),
    db.meeting.findMany({ where: { ...scope, questionDeadline: { gte: range.fromInstant, lt: range.toInstant } }, include, orderBy: { questionDeadline: "asc" }, take: 50 }),
  ]);
  return { despatches, questions };
}
