// Writing tracker entries in one transaction: actions keyed by committee and row key, owners matched
// to people where the name is known, the published progress kept as history, one audit event per change.
import type { Actor, Deps, Tenant } from "../../context.js";
import { normaliseDue } from "../../dates.js";
import type { CommitteeRef } from "../../queries/tenant.js";
import { auditImport } from "../audit.js";
import { ownerMatcher } from "../people.js";
import { trackerHash, type TrackerEntry } from "./parse.js";

export interface TrackerSummary { created: number; updated: number; unchanged: number; progressAdded: number; ownersMatched: number }

export async function saveTracker(deps: Deps, tenant: Tenant, actor: Actor, committee: CommitteeRef, entries: TrackerEntry[], source: string): Promise<TrackerSummary> {
  const owners = await ownerMatcher(deps, tenant);
  const ownerIds = await Promise.all(entries.map((e) => owners(e.ownerText)));
  const meetings = new Map((await deps.db.meeting.findMany({ where: { committeeId: committee.id }, select: { id: true, date: true } })).map((m) => [m.date, m.id]));
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const summary: TrackerSummary = { created: 0, updated: 0, unchanged: 0, progressAdded: 0, ownersMatched: 0 };
    for (const [i, e] of entries.entries()) {
      const sourceKey = `tracker:${committee.slug}:${e.key}`;
      const due = normaliseDue(e.due);
      const data = {
        committeeId: committee.id, meetingId: e.meetingDate ? meetings.get(e.meetingDate) ?? null : null,
        text: e.text, ownerText: e.ownerText, dueText: e.dueText, dueDate: due.dueDate, duePrecision: due.duePrecision,
        successCriteria: e.successCriteria, kind: "action", provenance: `${source}, row ${e.row}${e.recommendation ? `: ${e.recommendation}` : ""}`.slice(0, 2000),
      };
      const existing = await tx.action.findUnique({ where: { councilId_sourceKey: { councilId: tenant.councilId, sourceKey } } });
      let id: number;
      if (!existing) {
        id = (await tx.action.create({ data: { councilId: tenant.councilId, sourceKey, status: e.status, completedAt: e.status === "complete" ? now : null, ...data, createdAt: now, updatedAt: now } })).id;
        summary.created++;
        await auditImport(tx, tenant, actor, "import.tracker", "action", id, { source, row: e.row, sourceKey, change: "created" }, now);
      } else {
        id = existing.id;
        // The row number is where it sits today, not part of what the action says.
        const changed = (Object.keys(data) as (keyof typeof data)[]).filter((k) => k !== "provenance" && existing[k] !== data[k]);
        if (changed.length) {
          await tx.action.update({ where: { id }, data: { ...data, updatedAt: now } });
          summary.updated++;
          await auditImport(tx, tenant, actor, "import.tracker", "action", id, { source, row: e.row, sourceKey, change: "updated", fields: changed }, now);
        } else summary.unchanged++;
      }
      for (const personId of ownerIds[i]!) {
        await tx.actionOwner.upsert({ where: { actionId_personId: { actionId: id, personId } }, create: { actionId: id, personId }, update: {} });
        summary.ownersMatched++;
      }
      if (e.progress) {
        // Keyed by its words, so the same published progress is recorded once however often it is imported.
        const requestKey = `import:${tenant.councilId}:${sourceKey}:${trackerHash(e.progress)}`;
        const seen = await tx.progressUpdate.findUnique({ where: { requestKey } });
        if (!seen) {
          await tx.progressUpdate.create({
            data: { actionId: id, text: e.progress, statusAfter: e.status, authorText: "imported tracker", channel: "import", requestKey, createdAt: now },
          });
          summary.progressAdded++;
        }
      }
    }
    return summary;
  }, { timeout: 120_000, maxWait: 10_000 });
}
