// Actions: the tracked things someone must do, with their owners, due dates and progress history.
import type { Actor, Deps, Tenant } from "../context.js";
import type { Prisma } from "../db.js";
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

function whereFor(tenant: Tenant, filter: ActionFilter, todayDate: IsoDate): Prisma.ActionWhereInput {
  const where: Prisma.ActionWhereInput = { councilId: tenant.councilId };
  if (filter.committeeId) where.committeeId = filter.committeeId;
  if (filter.ownerId) where.owners = { some: { personId: filter.ownerId } };
  if (filter.completedSince) {
    where.status = "complete";
    where.completedAt = { gte: filter.completedSince };
  } else if (!filter.includeComplete) {
    where.status = { in: [...OPEN_STATUSES] };
  }
  const due: Prisma.StringNullableFilter = {};
  if (filter.overdue) due.lt = todayDate;
  if (filter.dueFrom) due.gte = filter.dueFrom;
  if (filter.dueTo) due.lte = filter.dueTo;
  if (Object.keys(due).length) where.dueDate = due;
  return where;
}

/** Actions matching a filter, soonest due first (undated last), with a capped total. */
export async function listActions(deps: Pick<Deps, "db" | "clock">, tenant: Tenant, filter: ActionFilter, limit = 20, offset = 0): Promise<ActionPage> {
  const t = today(deps, tenant);
  const where = whereFor(tenant, filter, t);
  const [rows, ids] = await Promise.all([
    deps.db.action.findMany({
      where, include, take: limit, skip: offset,
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    }),
    deps.db.action.findMany({ where, select: { id: true }, take: COUNT_CAP + 1 }),
  ]);
  return { items: rows.map((r) => toSummary(r, t)), total: Math.min(ids.length, COUNT_CAP), capped: ids.length > COUNT_CAP };
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
  if (input.complete && before.status === "complete") {
    throw new UserError(`Action ${input.actionId} is already marked complete.`, "conflict");
  }
  if (input.requestKey) {
    const seen = await deps.db.progressUpdate.findUnique({ where: { requestKey: input.requestKey } });
    if (seen) return { action: before, written: false };
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
