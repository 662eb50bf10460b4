// Where a person who has talked to Scrutineer can be sent a direct message: their chat identities,
// and for Teams the stored references the worker needs to reach them (their personal chat with the
// bot, or failing that, where their organisation's Teams service is, to open one). The references
// are kept as the adapters stored them; reading them is the adapter's business.
import type { Deps } from "../context.js";

/** The Teams identity with this user id (an AAD object id, or a Teams "29:" id), if Scrutineer has met them. */
export async function teamsIdentity({ db }: Pick<Deps, "db">, userId: string) {
  return db.chatIdentity.findFirst({ where: { platform: "teams", userId }, orderBy: { checkedAt: "desc" } });
}

/**
 * Stored Teams conversations in one tenant that may be this user's personal chat with the bot:
 * those outside any team whose reference names the user. Newest first; the caller checks each.
 */
export async function teamsPersonalChatCandidates({ db }: Pick<Deps, "db">, workspaceId: string, userId: string) {
  return db.channelLink.findMany({
    where: { platform: "teams", workspaceId, teamId: null, conversationRef: { contains: userId } },
    orderBy: { updatedAt: "desc" },
    take: 20,
  });
}

/** The most recently stored Teams conversation in a tenant: its serviceUrl and bot account are the tenant's. */
export async function latestTeamsConversation({ db }: Pick<Deps, "db">, workspaceId: string) {
  return db.channelLink.findFirst({
    where: { platform: "teams", workspaceId, conversationRef: { not: null }, serviceUrl: { not: null } },
    orderBy: { updatedAt: "desc" },
  });
}
