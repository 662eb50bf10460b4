// Writing imported committees and meetings. Committees are keyed on their ModernGov id within the
// council; meetings on (council, source, external id), or else matched to the committee's meeting on
// that date. Status: "cancelled" when the source says so; otherwise "held" when the meeting day is
// before today (by the injected clock, in the council's zone) and "scheduled" when it is today or later.
// Importing the same file twice changes nothing.
import type { Actor, Deps, Tenant } from "../../context.js";
import { instantFor, toLocalDate } from "../../dates.js";
import type { CommitteeRef } from "../../queries/tenant.js";
import { auditImport, type Tx } from "../audit.js";
import { writeMinutes, type SaveSummary } from "../minutes/save.js";
import type { MinutesProposal } from "../minutes/types.js";
import type { ImportedMeeting } from "./types.js";

export interface PlannedCommittee { ref: CommitteeRef | null; create: { slug: string; name: string; externalId: string } | null; setExternalId: string | null }
export interface PlannedMeeting { meeting: ImportedMeeting; committee: PlannedCommittee; minutes: { proposal: MinutesProposal; ownerIds: number[][] } | null }

export interface MeetingsSummary {
  committeesCreated: number; committeesUpdated: number;
  meetingsCreated: number; meetingsUpdated: number; meetingsUnchanged: number; cancelled: number;
  agendaItems: number; minutes: SaveSummary[];
}

export function meetingStatus(m: ImportedMeeting, today: string): string {
  if (m.cancelled) return "cancelled";
  return m.date < today ? "held" : "scheduled";
}

export async function writeMeetings(deps: Deps, tenant: Tenant, actor: Actor, committees: PlannedCommittee[], meetings: PlannedMeeting[], source: string): Promise<MeetingsSummary> {
  const now = deps.clock.now();
  const today = toLocalDate(now, tenant.zone);
  return deps.db.$transaction(async (tx) => {
    const s: MeetingsSummary = { committeesCreated: 0, committeesUpdated: 0, meetingsCreated: 0, meetingsUpdated: 0, meetingsUnchanged: 0, cancelled: 0, agendaItems: 0, minutes: [] };
    const ids = new Map<PlannedCommittee, CommitteeRef>();
    for (const c of [...committees, ...meetings.map((m) => m.committee)]) {
      if (!ids.has(c)) ids.set(c, await writeCommittee(tx, tenant, c, s));
    }
    for (const p of meetings) {
      const committee = ids.get(p.committee)!;
      const meetingId = await writeMeeting(tx, tenant, committee, p.meeting, meetingStatus(p.meeting, today), source, s);
      if (p.meeting.cancelled) s.cancelled++;
      s.agendaItems += await writeAgenda(tx, committee.id, meetingId, p.meeting, source);
      if (p.minutes) s.minutes.push(await writeMinutes(tx, tenant, actor, committee, p.minutes.proposal, p.minutes.ownerIds, source, now));
    }
    const changed = s.committeesCreated + s.committeesUpdated + s.meetingsCreated + s.meetingsUpdated + s.minutes.reduce((n, m) => n + m.created + m.updated, 0);
    if (changed) await auditImport(tx, tenant, actor, "import.meetings", "council", tenant.councilId, { source, ...s, minutes: s.minutes.map((m) => ({ meetingId: m.meetingId, created: m.created, updated: m.updated })) }, now);
    return s;
  }, { timeout: 120_000, maxWait: 10_000 });
}

async function writeCommittee(tx: Tx, tenant: Tenant, c: PlannedCommittee, s: MeetingsSummary): Promise<CommitteeRef> {
  if (c.ref) {
    if (c.setExternalId) {
      await tx.committee.update({ where: { id: c.ref.id }, data: { externalId: c.setExternalId } });
      s.committeesUpdated++;
    }
    return c.ref;
  }
  const create = c.create!;
  const row = await tx.committee.create({ data: { councilId: tenant.councilId, slug: create.slug, name: create.name, externalId: create.externalId } });
  s.committeesCreated++;
  return { id: row.id, slug: row.slug, name: row.name };
}

async function writeMeeting(tx: Tx, tenant: Tenant, committee: CommitteeRef, m: ImportedMeeting, status: string, source: string, s: MeetingsSummary): Promise<number> {
  const existing =
    (await tx.meeting.findUnique({ where: { councilId_externalSource_externalId: { councilId: tenant.councilId, externalSource: m.externalSource, externalId: m.externalId } } })) ??
    (await tx.meeting.findFirst({ where: { committeeId: committee.id, date: m.date, externalId: null }, orderBy: { id: "asc" } }));
  const data = {
    committeeId: committee.id, date: m.date, time: m.time ?? existing?.time ?? null,
    place: m.place ?? existing?.place ?? null, status, externalSource: m.externalSource, externalId: m.externalId,
  };
  const startsAt = instantFor(data.date, data.time, tenant.zone);
  if (!existing) {
    const row = await tx.meeting.create({ data: { councilId: tenant.councilId, key: `${m.externalSource}-${m.externalId}`, startsAt, source, ...data } });
    s.meetingsCreated++;
    return row.id;
  }
  const same = (Object.keys(data) as (keyof typeof data)[]).every((k) => existing[k] === data[k]);
  if (same) { s.meetingsUnchanged++; return existing.id; }
  await tx.meeting.update({ where: { id: existing.id }, data: { ...data, startsAt } });
  s.meetingsUpdated++;
  return existing.id;
}

/** ModernGov agenda items become the meeting's work items, matched by position so a re-import updates them. */
async function writeAgenda(tx: Tx, committeeId: number, meetingId: number, m: ImportedMeeting, source: string): Promise<number> {
  if (!m.agenda.length) return 0;
  const existing = await tx.workItem.findMany({ where: { meetingId, source }, orderBy: { position: "asc" } });
  for (const [i, a] of m.agenda.entries()) {
    const data = { title: `${a.number}. ${a.title}`.slice(0, 500), description: a.text?.slice(0, 4000) ?? null };
    const row = existing.find((w) => w.position === i + 1);
    if (!row) await tx.workItem.create({ data: { committeeId, meetingId, position: i + 1, source, ...data } });
    else if (row.title !== data.title || row.description !== data.description) await tx.workItem.update({ where: { id: row.id }, data });
  }
  await tx.workItem.deleteMany({ where: { meetingId, source, position: { gt: m.agenda.length } } });
  return m.agenda.length;
}

