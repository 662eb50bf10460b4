// Where a Teams activity happened, and remembering it so the worker can post there later.
import { TurnContext, type Activity, type ConversationReference } from "botbuilder";
import { rememberChannel } from "../../core/queries/channels.js";
import type { ChannelRef } from "../../core/commands/context.js";
import type { Deps, Tenant } from "../../core/context.js";

export interface ConversationFacts {
  /** The AAD tenant: Scrutineer's "workspace" for Teams. */
  tenantId: string;
  /** The conversation without a thread suffix: a channel's id, a group chat's or a personal chat's. */
  channelKey: string;
  scope: "personal" | "channel" | "groupChat";
  teamId?: string;
  serviceUrl: string;
}

/** "19:abc@thread.tacv2;messageid=169…" is a thread in channel "19:abc@thread.tacv2". */
export const baseConversationId = (id: string) => id.split(";")[0]!;

export function conversationFacts(activity: Activity): ConversationFacts {
  const data = (activity.channelData ?? {}) as { tenant?: { id?: string }; team?: { id?: string }; channel?: { id?: string } };
  const conversation = activity.conversation ?? ({} as Activity["conversation"]);
  const type = conversation.conversationType;
  const scope = type === "channel" || data.channel?.id ? "channel" : type === "groupChat" || conversation.isGroup ? "groupChat" : "personal";
  return {
    tenantId: conversation.tenantId ?? data.tenant?.id ?? "default",
    channelKey: baseConversationId(conversation.id ?? ""),
    scope,
    teamId: data.team?.id,
    serviceUrl: activity.serviceUrl,
  };
}

/** The reference a proactive post needs: to the channel itself, not to one message's thread. */
export function channelReference(activity: Activity): Partial<ConversationReference> {
  const ref = TurnContext.getConversationReference(activity);
  const { activityId: _thread, ...rest } = ref;
  return { ...rest, conversation: { ...ref.conversation!, id: baseConversationId(ref.conversation?.id ?? "") } };
}

export function channelRef(facts: ConversationFacts, reference: string): ChannelRef {
  return {
    platform: "teams", workspaceId: facts.tenantId, channelId: facts.channelKey,
    conversationRef: reference, serviceUrl: facts.serviceUrl, teamId: facts.teamId,
  };
}

/**
 * Stores the conversation reference. Each process remembers what it last stored per conversation,
 * so a busy channel costs one write when something changes, not one per message.
 */
export async function rememberConversation(deps: Deps, tenant: Tenant, activity: Activity, stored: Map<string, string>): Promise<void> {
  const facts = conversationFacts(activity);
  if (!facts.channelKey || !facts.serviceUrl) return;
  const reference = JSON.stringify(channelReference(activity));
  const key = `${tenant.councilId}|${facts.tenantId}|${facts.channelKey}`;
  if (stored.get(key) === reference) return;
  await rememberChannel(deps, tenant, channelRef(facts, reference));
  if (stored.size >= 10_000) stored.clear();
  stored.set(key, reference);
}
