// Who is asking, and where: a Slack user and channel become a CommandContext through core's identity,
// channel and tenant lookups. The email comes from users.info, and core caches it for a day.
import type { WebClient } from "@slack/web-api";
import type { CommandContext } from "../../core/commands/context.js";
import type { Deps } from "../../core/context.js";
import { resolveChatActor, tenantForWorkspace } from "../../core/queries/identity.js";
import { channelCommittee } from "../../core/queries/channels.js";
import { defaultCommittee } from "../../core/queries/tenant.js";
import { TtlCache } from "../ttl-cache.js";

export interface SlackAsker {
  teamId: string;
  userId: string;
  userName?: string;
  /** Absent in App Home. */
  channelId?: string;
}

type Resolved = Omit<CommandContext, "audience">;

/**
 * The resolved asker (council, person, admin flag, committees, the channel's committee) is kept for
 * 30 s: resolving takes several queries, and the same person usually asks again within seconds.
 * A channel link made here empties it at once; other changes (memberships, emails) show within that time.
 */
export type AskerCache = TtlCache<Resolved>;
export const askerCache = (): AskerCache => new TtlCache<Resolved>(30_000);

export async function slackContext(
  deps: Deps, admins: string[], client: WebClient, who: SlackAsker, audience: "private" | "channel", cache?: AskerCache,
): Promise<CommandContext> {
  const resolve = () => resolveAsker(deps, admins, client, who);
  const resolved = cache ? await cache.get(`${who.teamId}|${who.userId}|${who.channelId ?? ""}`, resolve) : await resolve();
  return { ...resolved, audience };
}

async function resolveAsker(deps: Deps, admins: string[], client: WebClient, who: SlackAsker): Promise<Resolved> {
  const tenant = await tenantForWorkspace(deps, "slack", who.teamId);
  const lookupEmail = async () => {
    const info = await client.users.info({ user: who.userId });
    return info.user?.profile?.email ?? null;
  };
  const [identity, linked] = await Promise.all([
    resolveChatActor(deps, tenant, { platform: "slack", workspaceId: who.teamId, userId: who.userId, name: who.userName }, admins, lookupEmail),
    who.channelId ? channelCommittee(deps, tenant, "slack", who.teamId, who.channelId) : Promise.resolve(null),
  ]);
  return {
    tenant,
    actor: identity.actor,
    committee: linked ?? await defaultCommittee(deps, tenant),
    memberOf: identity.memberOf,
    // A direct message is not a channel: nothing can be linked to it.
    channel: who.channelId && !who.channelId.startsWith("D") ? { platform: "slack", workspaceId: who.teamId, channelId: who.channelId } : undefined,
  };
}
