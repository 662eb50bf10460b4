// Writing a minutes proposal: the meeting (matched on committee and date, or created), the next
// meeting if we did not know it, and each action keyed by a source key made from the meeting date,
// the item and the normalised words, so importing the same minutes again adds nothing. One transaction.
import { createHash } from "node:crypto";
import type { Actor, Deps, Tenant } from "../../context.js";
import { instantFor, normaliseDue, toLocalDate } from "../../dates.js";
import type { CommitteeRef } from "../../queries/tenant.js";
import { auditImport, type Tx } from "../audit.js";
import { ownerMatcher } from "../people.js";
import type { KnownMeeting, MinutesProposal, ProposedAction } from "./types.js";

export interface SaveSummary { meetingId: number; created: number; updated: number; unchanged: number; actionIds: number[] }

export function minutesSourceKey(committeeSlug: string, meetingDate: string, item: string, text: string): string {
  const words = text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  return `minutes:${committeeSlug}:${meetingDate}:${item}:${createHash("sha256").update(words).digest("hex").slice(0, 16)}`;
}

export async function knownMeetingsOf(deps: Pick<Deps, "db">, committeeId: number): Promise<KnownMeeting[]> {
  return deps.db.meeting.findMany({ where: { committeeId, status: { not: "cancelled" } }, select: { date: true, time: true }, orderBy: { date: "asc" } });
}

export async function saveMinutesProposal(deps: Deps, tenant: Tenant, actor: Actor, committee: CommitteeRef, proposal: MinutesProposal, source: string): Promise<SaveSummary> {
  const ownerIds = await ownerIdsFor(deps, tenant, proposal);
  const now = deps.clock.now();
  return deps.db.$transaction((tx) => writeMinutes(tx, tenant, actor, committee, proposal, ownerIds, source, now), { timeout: 60_000, maxWait: 10_000 });
}

/** The people each proposed action's owner names, looked up before the writing transaction starts. */
export async function ownerIdsFor(deps: Pick<Deps, "db">, tenant: Tenant, proposal: MinutesProposal): Promise<number[][]> {
  const owners = await ownerMatcher(deps, tenant);
  return Promise.all(proposal.actions.map((a) => owners(a.owner)));
}

/** The writes, inside a transaction the caller owns (the meetings importer adds them to its own). */
export async function writeMinutes(tx: Tx, tenant: Tenant, actor: Actor, committee: CommitteeRef, proposal: MinutesProposal, ownerIds: number[][], source: string, now: Date): Promise<SaveSummary> {
  const meetingId = await upsertMeeting(tx, tenant, committee, proposal.meeting, "held", source);
  if (proposal.nextMeeting) await ensureMeeting(tx, tenant, committee, proposal.nextMeeting, source, toLocalDate(now, tenant.zone));
  const summary: SaveSummary = { meetingId, created: 0, updated: 0, unchanged: 0, actionIds: [] };
  for (const [i, a] of proposal.actions.entries()) {
    const sourceKey = minutesSourceKey(committee.slug, proposal.meeting.date, a.item, a.text);
    const data = actionData(a, committee.id, meetingId);
    const existing = await tx.action.findUnique({ where: { councilId_sourceKey: { councilId: tenant.councilId, sourceKey } } });
    let id: number;
    if (!existing) {
      id = (await tx.action.create({ data: { councilId: tenant.councilId, sourceKey, status: "open", ...data, createdAt: now, updatedAt: now } })).id;
      summary.created++;
      await auditImport(tx, tenant, actor, "import.minutes", "action", id, { source, sourceKey, meetingDate: proposal.meeting.date, item: a.item, change: "created" }, now);
    } else {
      id = existing.id;
      const changed = (Object.keys(data) as (keyof typeof data)[]).filter((k) => existing[k] !== data[k]);
      if (changed.length === 0) summary.unchanged++;
      else {
        // People's own progress and status survive; only what the minutes say is refreshed.
        await tx.action.update({ where: { id }, data: { ...data, updatedAt: now } });
        summary.updated++;
        await auditImport(tx, tenant, actor, "import.minutes", "action", id, { source, sourceKey, change: "updated", fields: changed }, now);
      }
    }
    for (const personId of ownerIds[i]!) {
      await tx.actionOwner.upsert({ where: { actionId_personId: { actionId: id, personId } }, create: { actionId: id, personId }, update: {} });
    }
    summary.actionIds.push(id);
  }
  return summary;
}

function actionData(a: ProposedAction, committeeId: number, meetingId: number) {
  const due = normaliseDue(a.due);
  return {
    committeeId, meetingId, text: a.text, ownerText: a.owner, dueText: a.dueText, dueDate: due.dueDate, duePrecision: due.duePrecision,
    kind: a.kind, provenance: a.provenance,
  };
}

/** The committee's meeting on that date, updated with what the minutes add; created when we had none. */
async function upsertMeeting(tx: Tx, tenant: Tenant, committee: CommitteeRef, m: { date: string; time: string | null; place: string | null }, status: string, source: string): Promise<number> {
  const existing = await tx.meeting.findFirst({ where: { committeeId: committee.id, date: m.date }, orderBy: { id: "asc" } });
  if (existing) {
    const data = {
      time: existing.time ?? m.time,
      place: existing.place ?? m.place,
      status: existing.status === "scheduled" && status === "held" ? "held" : existing.status,
    };
    if (data.time !== existing.time || data.place !== existing.place || data.status !== existing.status) {
      await tx.meeting.update({ where: { id: existing.id }, data: { ...data, startsAt: instantFor(m.date, data.time, tenant.zone) } });
    }
    return existing.id;
  }
  const created = await tx.meeting.create({
    data: {
      councilId: tenant.councilId, committeeId: committee.id, key: `${committee.slug}-${m.date}`, date: m.date, time: m.time,
      startsAt: instantFor(m.date, m.time, tenant.zone), place: m.place, status, source,
    },
  });
  return created.id;
}

/** The next meeting the minutes name, added if we did not know it: "scheduled", or "held" when old minutes name a past one. */
async function ensureMeeting(tx: Tx, tenant: Tenant, committee: CommitteeRef, m: { date: string; time: string | null }, source: string, today: string) {
  const existing = await tx.meeting.findFirst({ where: { committeeId: committee.id, date: m.date } });
  if (!existing) await upsertMeeting(tx, tenant, committee, { ...m, place: null }, m.date < today ? "held" : "scheduled", source);
}
