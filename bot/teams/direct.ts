// Direct messages in Teams for the worker (daily reminders): a card in the person's personal chat
// with the bot. If they have written to the bot there, the conversation reference stored then is
// used. Otherwise the 1:1 chat is opened through the connector (createConversation with their id,
// their tenant and the tenant's serviceUrl), and its reference stored, so Teams is asked to create
// it once and later messages go straight there.
import type { ChannelAccount, ConversationParameters, ConversationReference } from "botbuilder";
import type { BotContext } from "../context.js";
import { UserError } from "../../core/errors.js";
import { rememberChannel } from "../../core/queries/channels.js";
import { latestTeamsConversation, teamsIdentity, teamsPersonalChatCandidates } from "../../core/queries/direct-messages.js";
import { tenantForWorkspace } from "../../core/queries/identity.js";
import type { Reply } from "../../core/reply.js";
import { cardMessage } from "./bot.js";
import { cardBytes, CARD_BUDGET_BYTES, replyToCard, type AdaptiveCard } from "./card.js";
import { sendCardTo, type Delivered } from "./deliver.js";
import { teamsRuntime } from "./runtime.js";
import { DEFAULT_RETRY, withRetryOn429 } from "./retry.js";

type Reference = Partial<ConversationReference>;

function parseReference(raw: string | null | undefined): Reference | null {
  if (!raw) return null;
  try { return JSON.parse(raw) as Reference; } catch { return null; }
}

/** Posts a card (or a Reply, rendered as one) to a Teams user's personal chat with the bot. */
export async function postCardToUser(ctx: BotContext, userId: string, content: AdaptiveCard | Reply): Promise<Delivered & { opened: boolean }> {
  // A personal chat is private: exempt items may be shown, unlike in a channel.
  const card = "sections" in content ? replyToCard(content as Reply) : content;
  if (cardBytes(card) > CARD_BUDGET_BYTES) throw new UserError(`That card is ${Math.ceil(cardBytes(card) / 1024)} KB; Teams accepts about ${CARD_BUDGET_BYTES / 1024} KB.`);
  const identity = await teamsIdentity(ctx.deps, userId);
  if (!identity) throw new UserError(`Scrutineer has not met Teams user ${userId}: they need to message the bot once.`, "not_found");
  const personal = await personalChat(ctx, identity.workspaceId, userId);
  const delivered = personal
    ? { ...(await sendCardTo(ctx, personal, card, { userId })), opened: false }
    : { ...(await openPersonalChat(ctx, identity.workspaceId, userId, card)), opened: true };
  ctx.deps.log.info({ userId, ...delivered }, "sent a Teams direct message");
  return delivered;
}

/** The reference stored when the user last wrote to the bot in its personal chat (or when it was opened). */
async function personalChat(ctx: BotContext, tenantId: string, userId: string): Promise<Reference | null> {
  for (const link of await teamsPersonalChatCandidates(ctx.deps, tenantId, userId)) {
    const ref = parseReference(link.conversationRef);
    if (!ref?.serviceUrl || !ref.conversation?.id || ref.conversation.conversationType !== "personal") continue;
    if (ref.user?.aadObjectId === userId || ref.user?.id === userId) return ref;
  }
  return null;
}

async function openPersonalChat(ctx: BotContext, tenantId: string, userId: string, card: AdaptiveCard): Promise<Delivered> {
  // Every conversation in a tenant has the same serviceUrl and bot account: take them from the latest.
  const known = await latestTeamsConversation(ctx.deps, tenantId);
  const knownRef = parseReference(known?.conversationRef);
  const serviceUrl = known?.serviceUrl ?? knownRef?.serviceUrl;
  if (!serviceUrl) {
    throw new UserError(`Scrutineer does not know where Teams tenant ${tenantId} is yet: add the bot to a team or chat there, then try again.`, "no_reference");
  }
  const { adapter, appId, options } = teamsRuntime(ctx);
  const bot: ChannelAccount = knownRef?.bot ?? { id: `28:${appId}`, name: "Scrutineer" };
  // A Teams "29:" id or, for a personal chat, the user's AAD object id: Teams accepts either.
  const user: ChannelAccount = { id: userId, name: "", ...(userId.startsWith("29:") ? {} : { aadObjectId: userId }) };
  const parameters: ConversationParameters = { isGroup: false, bot, members: [user], tenantId, channelData: { tenant: { id: tenantId } } };
  let attempts = 0;
  let activityId: string | undefined;
  let conversationId: string | undefined;
  await withRetryOn429({ ...DEFAULT_RETRY, ...options.retry }, async () => {
    attempts++;
    let failure: unknown;
    // Teams answers with the existing 1:1 chat if there is one, so asking again after a failure is safe.
    await adapter.createConversationAsync(appId, "msteams", serviceUrl, undefined as unknown as string, parameters, async (turn) => {
      conversationId = turn.activity.conversation?.id;
      // A new message in the chat, not a reply to the "conversation created" event.
      turn.onSendActivities(async (_turn, activities, next) => {
        for (const a of activities) delete a.replyToId;
        return next();
      });
      try { activityId = (await turn.sendActivity(cardMessage(card)))?.id; } catch (e) { failure = e; }
    });
    if (conversationId) await remember(ctx, tenantId, { channelId: "msteams", serviceUrl, bot, user, conversation: { id: conversationId, conversationType: "personal", tenantId, isGroup: false, name: "" } });
    if (failure) throw failure;
  }, (waitMs, n) => ctx.deps.log.warn({ userId, waitMs, attempt: n }, "Teams throttled a direct message (429): waiting as asked"));
  return { activityId, attempts };
}

async function remember(ctx: BotContext, tenantId: string, reference: Reference): Promise<void> {
  try {
    const tenant = await tenantForWorkspace(ctx.deps, "teams", tenantId);
    await rememberChannel(ctx.deps, tenant, {
      platform: "teams", workspaceId: tenantId, channelId: reference.conversation!.id, conversationRef: JSON.stringify(reference), serviceUrl: reference.serviceUrl,
    });
  } catch (e) {
    // The message still goes; next time Teams is simply asked for the chat again.
    ctx.deps.log.warn({ err: e, tenantId }, "could not store the Teams personal chat");
  }
}
