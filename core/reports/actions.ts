// The action-tracker digest for a committee: overdue first, then due soon, then completed since
// the last digest; each grouped by owner, with the latest progress.
import type { Deps, Tenant } from "../context.js";
import { addDays, parseIsoDate, toLocalDate, type IsoDate } from "../dates.js";
import { listActions, today as todayOf, type ActionSummary } from "../queries/actions.js";

export interface DigestAction {
  id: number;
  text: string;
  /** The owner as the tracker wrote it, when that says more than the name it is grouped under. */
  ownerText: string | null;
  dueDate: IsoDate | null;
  duePrecision: string | null;
  dueText: string | null;
  status: string;
  daysOverdue: number | null;
  from: string | null;
  latestProgress: { text: string; on: IsoDate; by: string } | null;
  completedOn: IsoDate | null;
}

export interface DigestGroup { owner: string; actions: DigestAction[] }

export interface DigestSection {
  key: "overdue" | "due-soon" | "completed";
  title: string;
  count: number;
  groups: DigestGroup[];
}

export interface ActionsDigest {
  asOf: IsoDate;
  since: IsoDate;
  sinceSource: "last-digest" | "default";
  dueSoonTo: IsoDate;
  dueSoonDays: number;
  sections: DigestSection[];
  counts: { overdue: number; dueSoon: number; completed: number; later: number; undated: number };
  confidentialHidden: number;
}

export interface ActionsDigestOptions {
  committeeId: number;
  /** Completed on or after this day are listed; default: the last delivered digest, else 28 days ago. */
  since?: IsoDate;
  /** "Due soon" is due within this many days from today. */
  dueSoonDays?: number;
}

export const DEFAULT_DUE_SOON_DAYS = 42;
const DEFAULT_LOOKBACK_DAYS = 28;
/** A committee's whole tracker: councils' trackers run to tens or low hundreds of actions. */
const MAX_ACTIONS = 5000;

export async function actionsDigest(deps: Pick<Deps, "db" | "clock">, tenant: Tenant, opts: ActionsDigestOptions): Promise<ActionsDigest> {
  const asOf = todayOf(deps, tenant);
  const dueSoonDays = opts.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const dueSoonTo = addDays(asOf, dueSoonDays);
  const last = opts.since ? null : await lastDigestDay(deps, tenant, opts.committeeId, asOf);
  const since = opts.since ?? last ?? addDays(asOf, -DEFAULT_LOOKBACK_DAYS);
  const { items } = await listActions(deps, tenant, { committeeId: opts.committeeId, includeComplete: true }, MAX_ACTIONS);
  const visible = items.filter((a) => a.classification !== "exempt");
  const completedOn = await completionDays(deps, tenant, visible.filter((a) => a.status === "complete"));

  const overdue: OwnedRow[] = [];
  const dueSoon: OwnedRow[] = [];
  const completed: OwnedRow[] = [];
  let later = 0;
  let undated = 0;
  for (const a of visible) {
    const row = toRow(a, asOf, tenant.zone, completedOn.get(a.id) ?? null);
    if (a.status === "complete") {
      if (row.completedOn && row.completedOn >= since && row.completedOn <= asOf) completed.push(row);
    } else if (a.overdue) overdue.push(row);
    else if (a.dueDate && a.dueDate <= dueSoonTo) dueSoon.push(row);
    else if (a.dueDate) later++;
    else undated++;
  }
  return {
    asOf, since, sinceSource: opts.since || !last ? "default" : "last-digest", dueSoonTo, dueSoonDays,
    sections: [
      { key: "overdue", title: "Overdue", count: overdue.length, groups: byOwner(overdue) },
      { key: "due-soon", title: "Due soon", count: dueSoon.length, groups: byOwner(dueSoon) },
      { key: "completed", title: "Completed since the last digest", count: completed.length, groups: byOwner(completed) },
    ],
    counts: { overdue: overdue.length, dueSoon: dueSoon.length, completed: completed.length, later, undated },
    confidentialHidden: items.length - visible.length,
  };
}

function ownerLabel(a: ActionSummary): string {
  if (a.ownerNames.length) return a.ownerNames.join(" and ");
  return a.ownerText?.replace(/\s+/g, " ").trim() || "No owner recorded";
}

type OwnedRow = DigestAction & { owner: string };

function toRow(a: ActionSummary, asOf: IsoDate, zone: string, completedOn: IsoDate | null): OwnedRow {
  const rec = a.recommendation;
  const from = rec ? [rec.group, rec.number ? `recommendation ${rec.number}` : null].filter(Boolean).join(", ") || null : null;
  const owner = ownerLabel(a);
  const written = a.ownerText?.replace(/\s+/g, " ").trim() || null;
  return {
    owner,
    id: a.id, text: a.text.trim(), ownerText: written && written !== owner ? written : null,
    dueDate: a.dueDate, duePrecision: a.duePrecision, dueText: a.dueText, status: a.status,
    daysOverdue: a.overdue && a.dueDate ? Math.round(parseIsoDate(asOf).diff(parseIsoDate(a.dueDate), "days").days) : null,
    from,
    latestProgress: a.latestProgress
      ? { text: a.latestProgress.text.trim(), on: a.latestProgress.asOf ?? toLocalDate(a.latestProgress.at, zone), by: a.latestProgress.by }
      : null,
    completedOn,
  };
}

function byOwner(rows: OwnedRow[]): DigestGroup[] {
  const groups = new Map<string, DigestAction[]>();
  for (const { owner, ...row } of rows) groups.set(owner, [...(groups.get(owner) ?? []), row]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "en-GB"))
    .map(([owner, actions]) => ({ owner, actions }));
}

/** The day each completed action was completed: when it was marked complete, or the update that said so. */
async function completionDays(deps: Pick<Deps, "db">, tenant: Tenant, done: ActionSummary[]): Promise<Map<number, IsoDate>> {
  const out = new Map<number, IsoDate>();
  if (!done.length) return out;
  const rows = await deps.db.action.findMany({
    where: { id: { in: done.map((a) => a.id) } },
    select: { id: true, completedAt: true, progress: { where: { statusAfter: "complete" }, orderBy: { createdAt: "desc" }, take: 1, select: { asOf: true, createdAt: true } } },
  });
  for (const r of rows) {
    const p = r.progress[0];
    const day = r.completedAt ? toLocalDate(r.completedAt, tenant.zone) : p ? (p.asOf ?? toLocalDate(p.createdAt, tenant.zone)) : null;
    if (day) out.set(r.id, day);
  }
  return out;
}

/** The day the last actions digest for this committee was delivered, if the scheduler has sent one. */
async function lastDigestDay(deps: Pick<Deps, "db">, tenant: Tenant, committeeId: number, asOf: IsoDate): Promise<IsoDate | null> {
  const run = await deps.db.reportRun.findFirst({
    where: { status: "delivered", schedule: { councilId: tenant.councilId, committeeId, kind: "actions" } },
    orderBy: { scheduledFor: "desc" }, select: { scheduledFor: true },
  });
  const day = run ? toLocalDate(run.scheduledFor, tenant.zone) : null;
  return day && day < asOf ? day : null;
}
