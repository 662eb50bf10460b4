// Reminders and the weekly digest: who gets which message, worked out from the data when a run starts.
import type { Deps, Tenant } from "../core/context.js";
import { addDays, formatLongDate, toLocalDate, weekOf, type IsoDate } from "../core/dates.js";
import { listActions } from "../core/queries/actions.js";
import { committeesOf } from "../core/queries/people.js";
import { actionItem } from "../core/commands/format.js";
import { dueReply } from "../core/commands/handlers/due.js";
import type { CommandContext } from "../core/commands/context.js";
import type { Reply } from "../core/reply.js";
import type { ScheduleRow } from "./runs/execute.js";

/**
 * A daily DM to each owner with actions overdue or due within `days`, for people Scrutineer knows
 * on Slack or Teams (from having talked to the bot) and who have not opted out ("reminders off").
 * Someone known on both gets it on both: one delivery per (run, identity), as for any target.
 */
export async function planReminders(
  deps: Deps, tenant: Tenant, schedule: ScheduleRow, days: number, platforms: readonly string[] = ["slack", "teams"],
): Promise<{ target: string; message: Reply }[]> {
  const today = toLocalDate(deps.clock.now(), tenant.zone);
  const identities = await deps.db.chatIdentity.findMany({
    where: { platform: { in: [...platforms] }, personId: { not: null }, person: { councilId: tenant.councilId, remindersOptOut: false } },
    include: { person: true },
    orderBy: { id: "asc" },
  });
  const messages = new Map<number, Reply | null>();
  const out: { target: string; message: Reply }[] = [];
  for (const id of identities) {
    const person = id.person!;
    if (!messages.has(person.id)) messages.set(person.id, await reminderFor(deps, tenant, schedule, person, today, days));
    const message = messages.get(person.id);
    if (message) out.push({ target: `${id.platform}-dm:${id.userId}`, message });
  }
  return out;
}

async function reminderFor(deps: Deps, tenant: Tenant, schedule: ScheduleRow, person: { id: number; name: string }, today: IsoDate, days: number): Promise<Reply | null> {
  const memberOf = await committeesOf(deps, person.id);
  const ctx: CommandContext = { tenant, actor: { personId: person.id, name: person.name, isAdmin: false, channel: "worker" }, committee: null, audience: "private", memberOf };
  const page = await listActions(deps, tenant, { ownerId: person.id, dueTo: addDays(today, days), ...(schedule.committeeId ? { committeeId: schedule.committeeId } : {}) }, 20);
  if (!page.items.length) return null;
  const overdue = page.items.filter((a) => a.overdue).length;
  return {
    title: `Your actions: ${overdue} overdue, ${page.items.length - overdue} due by ${formatLongDate(addDays(today, days))}`,
    sections: [{ items: page.items.map((a) => actionItem(a, ctx, today)) }],
    footer: `A daily reminder from Scrutineer. Reply "reminders off" to stop them.`,
    more: page.total > page.items.length ? { command: "actions mine", label: "All your actions" } : undefined,
  };
}

/** "Due this week" for each channel linked to a committee, as seen by everyone in the channel. */
export async function planWeeklyDigest(deps: Deps, tenant: Tenant, schedule: ScheduleRow): Promise<{ target: string; message: Reply }[]> {
  const today = toLocalDate(deps.clock.now(), tenant.zone);
  const links = await deps.db.channelLink.findMany({
    where: { councilId: tenant.councilId, committeeId: schedule.committeeId ?? { not: null } },
    orderBy: { id: "asc" },
  });
  const out: { target: string; message: Reply }[] = [];
  for (const link of links) {
    const committee = await deps.db.committee.findUniqueOrThrow({ where: { id: link.committeeId! }, select: { id: true, slug: true, name: true } });
    const ctx: CommandContext = { tenant, actor: { personId: null, name: "Scrutineer", isAdmin: false, channel: "worker" }, committee, audience: "channel", memberOf: [] };
    const message = await dueReply(deps, ctx, { ...weekOf(today), label: "this week" });
    out.push({ target: link.platform === "teams" ? `teams:${link.id}` : `slack:${link.channelId}`, message });
  }
  return out;
}
