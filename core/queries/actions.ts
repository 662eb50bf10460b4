// Actions: the tracked things someone must do, with their owners, due dates and progress history.
import type { Actor, Deps, Tenant } from "../context.js";
import { Prisma } from "../db.js";
import { toLocalDate, type IsoDate } from "../dates.js";
import { UserError } from "../errors.js";

export const OPEN_STATUSES = ["open", "in-progress", "not-started", "unknown"] as const;
export const ACTION_STATUSES = [...OPEN_STATUSES, "complete"] as const;

/** Counts stop here: a chat reply says "200+" rather than scanning every row of a large council. */
export const COUNT_CAP = 200;

export interface ActionSummary {
  id: number;
  text: string;
  ownerText: string | null;
  ownerIds: number[];
  ownerNames: string[];
  dueDate: IsoDate | null;
  duePrecision: string | null;
  dueText: string | null;
  status: string;
  overdue: boolean;
  committee: { id: number; name: string; slug: string };
  recommendation: { key: string; number: string | null; title: string | null; group: string | null } | null;
  latestProgress: { text: string; at: Date; asOf: string | null; by: string } | null;
  classification: string;
}

export interface ActionFilter {
  committeeId?: number;
  ownerId?: number;
  overdue?: boolean;
  dueFrom?: IsoDate;
  dueTo?: IsoDate;
  includeComplete?: boolean;
  completedSince?: Date;
}

export interface ActionPage { items: ActionSummary[]; total: number; capped: boolean }

const include = {
  committee: { select: { id: true, name: true, slug: true } },
  owners: { select: { person: { select: { id: true, name: true } } } },
  recommendation: { select: { key: true, number: true, title: true, group: { select: { title: true } } } },
  progress: { orderBy: { createdAt: "desc" }, take: 1, select: { text: true, createdAt: true, asOf: true, authorText: true } },
} satisfies Prisma.ActionInclude;

type ActionRow = Prisma.ActionGetPayload<{ include: typeof include }>;

function toSummary(row: ActionRow, today: IsoDate): ActionSummary {
  const latest = row.progress[0];
  return {
    id: row.id, text: row.text, ownerText: row.ownerText,
    ownerIds: row.owners.map((o) => o.person.id), ownerNames: row.owners.map((o) => o.person.name),
    dueDate: row.dueDate, duePrecision: row.duePrecision, dueText: row.dueText, status: row.status,
    overdue: row.status !== "complete" && row.dueDate !== null && row.dueDate < today,
    committee: row.committee,
    recommendation: row.recommendation
      ? { key: row.recommendation.key, number: row.recommendation.number, title: row.recommendation.title, group: row.recommendation.group?.title ?? null }
      : null,
    latestProgress: latest ? { text: latest.text, at: latest.createdAt, asOf: latest.asOf, by: latest.authorText } : null,
    classification: row.classification,
  };
}

export function today({ clock }: Pick<Deps, "clock">, tenant: Tenant): IsoDate {
  return toLocalDate(clock.now(), tenant.zone);
}

/** The SQL conditions for a filter. Hand-written because this is the hottest query in chat. */
function conditions(tenant: Tenant, filter: ActionFilter, todayDate: IsoDate): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`a."councilId" = ${tenant.councilId}`];
  if (filter.committeeId) parts.push(Prisma.sql`a."committeeId" = ${filter.committeeId}`);
  if (filter.ownerId) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "ActionOwner" o WHERE o."actionId" = a."id" AND o."personId" = ${filter.ownerId})`);
  if (filter.completedSince) {
    parts.push(Prisma.sql`a."status" = 'complete'`, Prisma.sql`a."completedAt" >= ${filter.completedSince}`);
  } else if (!filter.includeComplete) {
    // "<> 'complete'" rather than "IN (open statuses)" so the partial open-action indexes apply.
    parts.push(Prisma.sql`a."status" <> 'complete'`);
  }
  if (filter.overdue) parts.push(Prisma.sql`a."dueDate" < ${todayDate}`);
  if (filter.dueFrom) parts.push(Prisma.sql`a."dueDate" >= ${filter.dueFrom}`);
  if (filter.dueTo) parts.push(Prisma.sql`a."dueDate" <= ${filter.dueTo}`);
  return Prisma.join(parts, " AND ");
}

interface ActionSqlRow {
  id: number; text: string; ownerText: string | null; dueDate: string | null; duePrecision: string | null; dueText: string | null;
  status: string; classification: string; committeeId: number; committeeName: string; committeeSlug: string;
  recKey: string | null; recNumber: string | null; recTitle: string | null; groupTitle: string | null;
}

/** Actions matching a filter, soonest due first (undated last), with a capped total. */
export async function listActions(deps: Pick<Deps, "db" | "clock">, tenant: Tenant, filter: ActionFilter, limit = 20, offset = 0): Promise<ActionPage> {
  const t = today(deps, tenant);
  const where = conditions(tenant, filter, t);
  // With a date filter there are no undated rows, and plain due-date order lets an index supply it.
  const undatedExcluded = Boolean(filter.overdue || filter.dueFrom || filter.dueTo);
  const rows = await deps.db.$queryRaw<ActionSqlRow[]>`
    SELECT a."id", a."text", a."ownerText", a."dueDate", a."duePrecision", a."dueText", a."status", a."classification",
           c."id" AS "committeeId", c."name" AS "committeeName", c."slug" AS "committeeSlug",
           r."key" AS "recKey", r."number" AS "recNumber", r."title" AS "recTitle", g."title" AS "groupTitle"
    FROM "Action" a
    JOIN "Committee" c ON c."id" = a."committeeId"
    LEFT JOIN "Recommendation" r ON r."id" = a."recommendationId"
    LEFT JOIN "ReviewGroup" g ON g."id" = r."groupId"
    WHERE ${where}
    ORDER BY ${undatedExcluded ? Prisma.empty : Prisma.sql`(a."dueDate" IS NULL), `}a."dueDate", a."id"
    LIMIT ${limit} OFFSET ${offset}`;
  const counted = await deps.db.$queryRaw<{ n: bigint | number }[]>`
    SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "Action" a WHERE ${where} LIMIT ${COUNT_CAP + 1}) AS capped`;
  const n = Number(counted[0]?.n ?? 0);
  const ids = rows.map((r) => r.id);
  const [owners, progress] = ids.length
    ? await Promise.all([
        deps.db.$queryRaw<{ actionId: number; id: number; name: string }[]>`
          SELECT o."actionId", p."id", p."name" FROM "ActionOwner" o JOIN "Person" p ON p."id" = o."personId"
          WHERE o."actionId" IN (${Prisma.join(ids)}) ORDER BY p."name"`,
        deps.db.$queryRaw<{ actionId: number; text: string; createdAt: Date; asOf: string | null; authorText: string }[]>`
          SELECT pu."actionId", pu."text", pu."createdAt", pu."asOf", pu."authorText" FROM "ProgressUpdate" pu
          WHERE pu."actionId" IN (${Prisma.join(ids)}) ORDER BY pu."actionId", pu."createdAt" DESC, pu."id" DESC`,
      ])
    : [[], []];
  const items = rows.map((r): ActionSummary => {
    const own = owners.filter((o) => o.actionId === r.id);
    const latest = progress.find((p) => p.actionId === r.id);
    return {
      id: Number(r.id), text: r.text, ownerText: r.ownerText, ownerIds: own.map((o) => Number(o.id)), ownerNames: own.map((o) => o.name),
      dueDate: r.dueDate, duePrecision: r.duePrecision, dueText: r.dueText, status: r.status,
      overdue: r.status !== "complete" && r.dueDate !== null && r.dueDate < t,
      committee: { id: Number(r.committeeId), name: r.committeeName, slug: r.committeeSlug },
      recommendation: r.recKey ? { key: r.recKey, number: r.recNumber, title: r.recTitle, group: r.groupTitle } : null,
      latestProgress: latest ? { text: latest.text, at: new Date(latest.createdAt), asOf: latest.asOf, by: latest.authorText } : null,
      classification: r.classification,
    };
  });
  return { items, total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
}

export interface ActionDetail extends ActionSummary {
  successCriteria: string | null;
  provenance: string | null;
  recommendationText: string | null;
  responseText: string | null;
  history: { id: number; text: string; at: Date; asOf: string | null; by: string; channel: string; statusAfter: string | null }[];
}

export async function getAction(deps: Pick<Deps, "db" | "clock">, tenant: Tenant, id: number): Promise<ActionDetail> {
  const row = await deps.db.action.findFirst({
    where: { id, councilId: tenant.councilId },
    include: {
      ...include,
      recommendation: { select: { key: true, number: true, title: true, text: true, responseText: true, group: { select: { title: true } } } },
    },
  });
  if (!row) throw new UserError(`There is no action ${id}. Try "actions" to list them.`, "not_found");
  const history = await deps.db.progressUpdate.findMany({ where: { actionId: id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return {
    ...toSummary(row as unknown as ActionRow, today(deps, tenant)),
    successCriteria: row.successCriteria,
    provenance: row.provenance,
    recommendationText: row.recommendation?.text ?? null,
    responseText: row.recommendation?.responseText ?? null,
    history: history.map((h) => ({ id: h.id, text: h.text, at: h.createdAt, asOf: h.asOf, by: h.authorText, channel: h.channel, statusAfter: h.statusAfter })),
  };
}

/** Owners and admins may update an action; everyone else reads. */
export function canUpdate(actor: Actor, action: Pick<ActionSummary, "ownerIds">): boolean {
  return actor.isAdmin || (actor.personId !== null && action.ownerIds.includes(actor.personId));
}

export interface ProgressInput {
  actionId: number;
  text: string;
  complete?: boolean;
  /** A retried chat request carries the same key, and then nothing more is written. */
  requestKey?: string;
}

export interface ProgressResult { action: ActionDetail; written: boolean }

/** Records progress (and completion) with its audit event, in one transaction. */
export async function recordProgress(deps: Deps, tenant: Tenant, actor: Actor, input: ProgressInput): Promise<ProgressResult> {
  const text = input.text.trim();
  if (!text && !input.complete) throw new UserError(`Say what progress was made, e.g. "progress ${input.actionId} Training dates agreed for January".`);
  if (text.length > 2000) throw new UserError(`That progress note is ${text.length} characters; please keep it under 2,000.`);
  const before = await getAction(deps, tenant, input.actionId);
  if (!canUpdate(actor, before)) {
    const owners = before.ownerNames.length ? before.ownerNames.join(" or ") : before.ownerText ?? "its owner";
    throw new UserError(`Only ${owners} or an admin can update action ${input.actionId}. You can still read it with "action ${input.actionId}".`, "forbidden");
  }
  // A retried request is recognised first, so a repeated "Mark complete" is not reported as a conflict.
  if (input.requestKey) {
    const seen = await deps.db.progressUpdate.findUnique({ where: { requestKey: input.requestKey } });
    if (seen) return { action: before, written: false };
  }
  if (input.complete && before.status === "complete") {
    throw new UserError(`Action ${input.actionId} is already marked complete.`, "conflict");
  }
  const now = deps.clock.now();
  const statusAfter = input.complete ? "complete" : before.status === "not-started" || before.status === "unknown" || before.status === "open" ? "in-progress" : before.status;
  const noteText = text || "Marked complete.";
  try {
    await deps.db.$transaction(async (tx) => {
      await tx.progressUpdate.create({
        data: {
          actionId: input.actionId, text: noteText, statusAfter, authorId: actor.personId, authorText: actor.name,
          channel: actor.channel, requestKey: input.requestKey ?? null, createdAt: now,
        },
      });
      await tx.action.update({
        where: { id: input.actionId },
        data: { status: statusAfter, completedAt: input.complete ? now : undefined, updatedAt: now },
      });
      await tx.auditEvent.create({
        data: {
          councilId: tenant.councilId, actorId: actor.personId, actorText: actor.name, channel: actor.channel,
          verb: input.complete ? "action.complete" : "action.progress", entityType: "action", entityId: String(input.actionId),
          detail: JSON.stringify({ text: noteText, statusBefore: before.status, statusAfter }),
          requestKey: input.requestKey ? `audit:${input.requestKey}` : null, createdAt: now,
        },
      });
    });
  } catch (e) {
    // Two deliveries of the same retried request raced: the other one wrote it.
    if (input.requestKey && (e as { code?: string }).code === "P2002") return { action: before, written: false };
    throw e;
  }
  deps.log.info({ actionId: input.actionId, actor: actor.name, complete: Boolean(input.complete) }, "action updated");
  return { action: await getAction(deps, tenant, input.actionId), written: true };
}
