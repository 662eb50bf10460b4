// Report schedules and their runs. Cron parsing is the worker's job: these take validated input.
import type { Actor, Deps, Tenant } from "../context.js";
import { UserError } from "../errors.js";

export const REPORT_KINDS = ["improvement-plan", "self-evaluation", "actions", "meetings"] as const;
export const SCHEDULE_KINDS = [...REPORT_KINDS, "reminders", "weekly-digest"] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

export interface ScheduleInput {
  cron: string;
  timezone: string;
  kind: ScheduleKind;
  committeeId: number | null;
  period: string; // "latest" or e.g. 2020-21-Q2
  planKey?: string;
  targets: string[]; // slack:C123 | teams:<channelLinkId>
}

export interface ScheduleView {
  id: number;
  cron: string;
  timezone: string;
  kind: string;
  committee: string | null;
  period: string;
  targets: string[];
  enabled: boolean;
  createdBy: string;
  createdAt: Date;
  failureStreak: number;
}

/** Where a delivery goes: a Slack channel, a linked Teams channel, or (reminders) a Slack or Teams DM. */
export function parseTarget(target: string): { platform: "slack" | "teams"; id: string; direct: boolean } {
  // slack-dm:<user id> and teams-dm:<user id> are the worker's own reminder targets, one per person.
  const m = /^(slack|teams)(-dm)?:(\S+)$/.exec(target.trim());
  if (!m) throw new UserError(`"${target}" is not a delivery target: use slack:<channel id> (e.g. slack:C0123ABCD) or teams:<linked channel number>.`);
  return { platform: m[1] === "teams" ? "teams" : "slack", id: m[3]!, direct: m[2] === "-dm" };
}

/** Reminders and the weekly digest are messages worked out per recipient, not a rendered report. */
export const MESSAGE_KINDS = new Set<string>(["reminders", "weekly-digest"]);

export async function addSchedule({ db, clock }: Pick<Deps, "db" | "clock">, tenant: Tenant, actor: Actor, input: ScheduleInput): Promise<ScheduleView> {
  if (!actor.isAdmin) throw new UserError("Only an admin can manage report schedules.", "forbidden");
  if (!SCHEDULE_KINDS.includes(input.kind)) throw new UserError(`"${input.kind}" is not a report kind: use one of ${SCHEDULE_KINDS.join(", ")}.`);
  // Reminders go to each owner directly and the weekly digest to every linked channel: no targets to name.
  if (!input.targets.length && !MESSAGE_KINDS.has(input.kind)) throw new UserError("Say where to deliver it with --to slack:<channel id> and/or --to teams:<linked channel number>.");
  for (const t of input.targets) {
    const { platform, id, direct } = parseTarget(t);
    if (platform === "teams" && direct) {
      throw new UserError(`${t.trim()}: Teams direct messages are only for reminders, which go to each action owner by themselves. Send a report to a linked Teams channel with teams:<linked channel number>.`);
    }
    if (platform === "teams") {
      const link = /^\d+$/.test(id) ? await db.channelLink.findFirst({ where: { id: Number(id), councilId: tenant.councilId, platform: "teams" } }) : null;
      if (!link) throw new UserError(`teams:${id} is not a Teams channel Scrutineer knows: add the bot to the channel, then use the number "link" gave.`);
    }
  }
  const now = clock.now();
  const row = await db.$transaction(async (tx) => {
    const s = await tx.reportSchedule.create({
      data: {
        councilId: tenant.councilId, committeeId: input.committeeId, cron: input.cron.trim(), timezone: input.timezone, kind: input.kind,
        params: JSON.stringify({ period: input.period, planKey: input.planKey ?? null }), targets: JSON.stringify(input.targets),
        createdBy: actor.name, createdAt: now,
      },
    });
    await tx.auditEvent.create({
      data: {
        councilId: tenant.councilId, actorId: actor.personId, actorText: actor.name, channel: actor.channel, verb: "schedule.add",
        entityType: "schedule", entityId: String(s.id), detail: JSON.stringify(input), createdAt: now,
      },
    });
    return s;
  });
  return (await getSchedule({ db }, tenant, row.id));
}

export async function getSchedule({ db }: Pick<Deps, "db">, tenant: Tenant, id: number): Promise<ScheduleView> {
  const s = await db.reportSchedule.findFirst({ where: { id, councilId: tenant.councilId } });
  if (!s) throw new UserError(`There is no schedule ${id}. "schedule list" shows them.`, "not_found");
  const committee = s.committeeId ? await db.committee.findUnique({ where: { id: s.committeeId }, select: { slug: true } }) : null;
  return toView(s, committee?.slug ?? null);
}

export async function listSchedules({ db }: Pick<Deps, "db">, tenant: Tenant): Promise<ScheduleView[]> {
  const rows = await db.reportSchedule.findMany({ where: { councilId: tenant.councilId }, orderBy: { id: "asc" } });
  const committees = new Map((await db.committee.findMany({ where: { councilId: tenant.councilId }, select: { id: true, slug: true } })).map((c) => [c.id, c.slug]));
  return rows.map((s) => toView(s, s.committeeId ? committees.get(s.committeeId) ?? null : null));
}

export async function setScheduleEnabled({ db, clock }: Pick<Deps, "db" | "clock">, tenant: Tenant, actor: Actor, id: number, enabled: boolean): Promise<ScheduleView> {
  if (!actor.isAdmin) throw new UserError("Only an admin can manage report schedules.", "forbidden");
  await getSchedule({ db }, tenant, id);
  await db.$transaction([
    db.reportSchedule.update({ where: { id }, data: { enabled } }),
    db.auditEvent.create({ data: { councilId: tenant.councilId, actorId: actor.personId, actorText: actor.name, channel: actor.channel, verb: enabled ? "schedule.resume" : "schedule.pause", entityType: "schedule", entityId: String(id), detail: "{}", createdAt: clock.now() } }),
  ]);
  return getSchedule({ db }, tenant, id);
}

export async function removeSchedule({ db, clock }: Pick<Deps, "db" | "clock">, tenant: Tenant, actor: Actor, id: number): Promise<void> {
  if (!actor.isAdmin) throw new UserError("Only an admin can manage report schedules.", "forbidden");
  await getSchedule({ db }, tenant, id);
  await db.$transaction([
    db.reportSchedule.delete({ where: { id } }),
    db.auditEvent.create({ data: { councilId: tenant.councilId, actorId: actor.personId, actorText: actor.name, channel: actor.channel, verb: "schedule.remove", entityType: "schedule", entityId: String(id), detail: "{}", createdAt: clock.now() } }),
  ]);
}

export async function listRuns({ db }: Pick<Deps, "db">, tenant: Tenant, scheduleId: number, limit = 20) {
  await getSchedule({ db }, tenant, scheduleId);
  return db.reportRun.findMany({ where: { scheduleId }, orderBy: { scheduledFor: "desc" }, take: limit, include: { deliveries: { orderBy: { id: "asc" } } } });
}

function toView(s: { id: number; cron: string; timezone: string; kind: string; params: string; targets: string; enabled: boolean; createdBy: string; createdAt: Date; failureStreak: number }, committee: string | null): ScheduleView {
  const params = JSON.parse(s.params) as { period?: string };
  return {
    id: s.id, cron: s.cron, timezone: s.timezone, kind: s.kind, committee, period: params.period ?? "latest",
    targets: JSON.parse(s.targets) as string[], enabled: s.enabled, createdBy: s.createdBy, createdAt: s.createdAt, failureStreak: s.failureStreak,
  };
}
