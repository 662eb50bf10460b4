import type { Actor, Deps, Tenant } from "../context.js";
import { UserError } from "../errors.js";
import { committeesOf, findPerson } from "../queries/people.js";
import { defaultCommittee, type CommitteeRef } from "../queries/tenant.js";

/** Where a command was asked: a chat channel (for "link") or none (CLI, DM). */
export interface ChannelRef {
  platform: "slack" | "teams";
  workspaceId: string;
  channelId: string;
  conversationRef?: string;
  serviceUrl?: string;
  teamId?: string;
}

export interface CommandContext {
  tenant: Tenant;
  actor: Actor;
  /** The committee commands default to: the channel's linked one, or the council's only one. */
  committee: CommitteeRef | null;
  /** "channel" replies are seen by everyone in it, so exempt items are left out. */
  audience: "private" | "channel";
  /** Committees the actor sits on: they may see that committee's exempt items in private. */
  memberOf: number[];
  channel?: ChannelRef;
  /** Cron handling for "schedule": it lives in the worker, so surfaces that may schedule pass it in. */
  schedules?: ScheduleTools;
}

/** The worker's cron code as core sees it (core imports no cron code). */
export interface ScheduleTools {
  /** Throws a UserError saying what is wrong with the expression or the zone. */
  validate(cron: string, timezone: string): void;
  /** Plain English, e.g. "At 09:00, only on Monday". */
  describe(cron: string): string;
  nextRuns(cron: string, timezone: string, from: Date, count: number): Date[];
}

export function canSeeExempt(ctx: CommandContext, committeeId: number): boolean {
  if (ctx.audience === "channel") return false;
  if (ctx.actor.channel === "cli" && ctx.actor.personId === null) return true; // the operator at the console
  return ctx.memberOf.includes(committeeId);
}

/**
 * The context for someone at the console: the operator (an admin) when no person is named,
 * otherwise that person with their own rights.
 */
export async function consoleContext(
  deps: Pick<Deps, "db">, tenant: Tenant, asPerson: string | undefined, admins: string[],
): Promise<CommandContext> {
  const committee = await defaultCommittee(deps, tenant);
  if (!asPerson) return { tenant, actor: { personId: null, name: "cli", isAdmin: true, channel: "cli" }, committee, audience: "private", memberOf: [] };
  const person = await findPerson(deps, tenant, asPerson);
  if (!person) throw new UserError(`--as: nobody called "${asPerson}" in ${tenant.name}. Use a full name, key or email.`);
  return {
    tenant, committee, audience: "private",
    actor: { personId: person.id, name: person.name, isAdmin: person.email !== null && admins.includes(person.email), channel: "cli" },
    memberOf: await committeesOf(deps, person.id),
  };
}
