// Proactive posts for the worker: a card into a linked Teams channel, with nobody speaking first,
// through the conversation reference stored when the bot last heard from that channel.
import type { ConversationReference } from "botbuilder";
import type { BotContext } from "../context.js";
import { UserError } from "../../core/errors.js";
import { channelLinkById } from "../../core/queries/channels.js";
import type { Reply } from "../../core/reply.js";
import { teamsRuntime } from "./runtime.js";
import { cardMessage } from "./bot.js";
import { cardBytes, CARD_BUDGET_BYTES, replyToCard, type AdaptiveCard } from "./card.js";
import { DEFAULT_RETRY, withRetryOn429 } from "./retry.js";

export interface Delivered { activityId: string | undefined; attempts: number }

async function teamsLink(ctx: BotContext, channelLinkId: number) {
  const link = await channelLinkById(ctx.deps, channelLinkId);
  if (!link || link.platform !== "teams") throw new UserError(`There is no Teams channel link ${channelLinkId}.`, "not_found");
  return link;
}

function storedReference(raw: string | null, channelLinkId: number): Partial<ConversationReference> {
  const missing = new UserError(`Teams channel link ${channelLinkId} has no usable conversation reference yet: mention the bot in that channel once (or reinstall the app there) and try again.`, "no_reference");
  if (!raw) throw missing;
  let ref: Partial<ConversationReference>;
  try { ref = JSON.parse(raw) as Partial<ConversationReference>; } catch { throw missing; }
  if (!ref.serviceUrl || !ref.conversation?.id) throw missing;
  return ref;
}

/** Posts a card (or a Reply, rendered as one) to the Teams conversation of a channel link. */
export async function postCardToChannel(ctx: BotContext, channelLinkId: number, content: AdaptiveCard | Reply): Promise<Delivered> {
  if ("sections" in content && (content as Reply).containsExempt) {
    throw new UserError("That report contains confidential (exempt) items, so it can't be posted to a channel.", "forbidden");
  }
  const card = "sections" in content ? replyToCard(content as Reply) : content;
  if (cardBytes(card) > CARD_BUDGET_BYTES) throw new UserError(`That card is ${Math.ceil(cardBytes(card) / 1024)} KB; Teams accepts about ${CARD_BUDGET_BYTES / 1024} KB.`);
  const link = await teamsLink(ctx, channelLinkId);
  const reference = storedReference(link.conversationRef, channelLinkId);
  const delivered = await sendCardTo(ctx, reference, card, { channelLinkId });
  ctx.deps.log.info({ channelLinkId, ...delivered }, "posted to Teams channel");
  return delivered;
}

/** Sends a card as a new post into the conversation a stored reference points at, waiting out 429s. */
export async function sendCardTo(ctx: BotContext, reference: Partial<ConversationReference>, card: AdaptiveCard, where: Record<string, unknown>): Promise<Delivered> {
  const { adapter, appId, options } = teamsRuntime(ctx);
  const policy = { ...DEFAULT_RETRY, ...options.retry };
  let attempts = 0;
  let activityId: string | undefined;
  await withRetryOn429(policy, async () => {
    attempts++;
    let failure: unknown;
    await adapter.continueConversationAsync(appId, reference, async (turn) => {
      // A new post in the channel (sendToConversation), not a reply to the continuation event.
      turn.onSendActivities(async (_turn, activities, next) => {
        for (const a of activities) delete a.replyToId;
        return next();
      });
      // Caught here, not by the adapter's turn-error handler, so the worker sees a failed post.
      try { activityId = (await turn.sendActivity(cardMessage(card)))?.id; } catch (e) { failure = e; }
    });
    if (failure) throw failure;
  }, (waitMs, n) => ctx.deps.log.warn({ ...where, waitMs, attempt: n }, "Teams throttled a proactive post (429): waiting as asked"));
  return { activityId, attempts };
}
