import type { Actor, Tenant } from "../context.js";
import type { CommitteeRef } from "../queries/tenant.js";

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
}

export function canSeeExempt(ctx: CommandContext, committeeId: number): boolean {
  if (ctx.audience === "channel") return false;
  if (ctx.actor.channel === "cli" && ctx.actor.personId === null) return true; // the operator at the console
  return ctx.memberOf.includes(committeeId);
}
