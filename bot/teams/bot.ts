// The Teams turn logic: messages (with the @mention stripped) and card buttons go to the shared
// command handler; every message, install and membership change remembers the conversation.
import { CardFactory, TeamsActivityHandler, TurnContext, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue } from "botbuilder";
import type { BotContext } from "../context.js";
import { errorReply } from "../../core/reply.js";
import { isUserError } from "../../core/errors.js";
import { answerText, readOnlyCommand, safeForAudience } from "./answer.js";
import { Askers } from "./actor.js";
import { rememberConversation } from "./conversation.js";
import type { Tenant } from "../../core/context.js";
import { answerCardAction, invokeError } from "./invoke.js";
import { cardForReply, replyToCard, type AdaptiveCard } from "./card.js";
import { scheduleFormCard, SCHEDULE_VERB, submitScheduleForm } from "./schedule-form.js";
import { isScheduleFormRequest } from "../../core/commands/handlers/schedule.js";
import { scheduleTools } from "../../worker/schedule/tools.js";
import { addMinutesFromCard, minutesFiles, minutesUploadCards, MINUTES_VERB } from "./minutes.js";
import { teamsOptions } from "./options.js";
import { TtlCache } from "../ttl-cache.js";

/**
 * "<at>Scrutineer</at> due this week" → "due this week", and the HTML Teams wraps text in gone.
 * Other people's mentions keep their names: "actions <at>Andy Gill</at>" asks about Andy Gill.
 */
export function commandText(turn: TurnContext): string {
  const withoutMention = TurnContext.removeRecipientMention(turn.activity) ?? turn.activity.text ?? "";
  const text = withoutMention
    .replace(/<at>([^<]*)<\/at>/gi, "$1")
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&")
    .trim();
  // A mention the SDK could not match to the recipient still leaves the bot's name in front.
  const name = turn.activity.recipient?.name?.trim().toLowerCase();
  if (!name) return text;
  const lower = text.toLowerCase();
  if (lower === name) return "";
  return lower.startsWith(`${name} `) ? text.slice(name.length).trim() : text;
}

/** A retried delivery of the same activity carries the same id, so it maps to the same key. */
export const requestKeyOf = (turn: TurnContext) => (turn.activity.id ? `teams:${turn.activity.conversation?.id ?? ""}:${turn.activity.id}` : undefined);

export const cardMessage = (card: AdaptiveCard) => ({ type: "message", attachments: [CardFactory.adaptiveCard(card)] });

export class ScrutineerTeamsBot extends TeamsActivityHandler {
  private readonly stored = new Map<string, string>();
  private readonly askers: Askers;
  private readonly answered = new TtlCache<AdaptiveCard>(10 * 60_000, 1000);

  constructor(private readonly bot: BotContext) {
    super();
    this.askers = new Askers(bot.deps, bot.config);
    this.onMessage(async (turn, next) => { await (minutesFiles(turn.activity).length ? this.answerUpload(turn) : this.answerMessage(turn)); await next(); });
    this.onConversationUpdate(async (turn, next) => { await this.remember(turn); await next(); });
    this.onInstallationUpdate(async (turn, next) => { await this.remember(turn); await next(); });
  }

  private async remember(turn: TurnContext, known?: Tenant): Promise<void> {
    const { deps } = this.bot;
    try {
      await rememberConversation(deps, known ?? await this.askers.tenant(turn), turn.activity, this.stored);
    } catch (e) {
      // Not knowing where a conversation is must not stop the bot answering in it.
      deps.log.warn({ err: e, conversation: turn.activity.conversation?.id }, "could not remember Teams conversation");
    }
  }

  private async answerMessage(turn: TurnContext): Promise<void> {
    const key = requestKeyOf(turn);
    // Teams redelivers a message it thinks went unanswered: the same activity gets the same answer,
    // and a "schedule add" or "link" in it is done once.
    const card = key ? await this.answered.get(key, () => this.messageCard(turn, key)) : await this.messageCard(turn, key);
    await turn.sendActivity(cardMessage(card));
  }

  private async messageCard(turn: TurnContext, requestKey: string | undefined): Promise<AdaptiveCard> {
    const { deps } = this.bot;
    const text = commandText(turn);
    try {
      const tenant = await this.askers.tenant(turn);
      await this.remember(turn, tenant);
      const { ctx: asked, facts } = await this.askers.commandContext(turn, tenant);
      const ctx = { ...asked, schedules: scheduleTools };
      if (isScheduleFormRequest(text)) return await scheduleFormCard(deps, ctx);
      const reply = safeForAudience(await answerText(deps, ctx, text, requestKey), ctx);
      if (/^link\b/i.test(text)) this.askers.forgetChannel(tenant, facts);
      return cardForReply(reply, { source: readOnlyCommand(deps, ctx, text) ? text : undefined });
    } catch (e) {
      if (!isUserError(e)) deps.log.error({ err: e }, "Teams message failed");
      return replyToCard(isUserError(e) ? errorReply(e.message) : errorReply("Sorry, something went wrong answering that. It has been logged; please try again shortly."));
    }
  }

  /** Minutes sent as a file: the proposal card (see minutes.ts). */
  private async answerUpload(turn: TurnContext): Promise<void> {
    const { deps } = this.bot;
    let cards: AdaptiveCard[];
    try {
      const tenant = await this.askers.tenant(turn);
      await this.remember(turn, tenant);
      const { ctx, facts } = await this.askers.commandContext(turn, tenant);
      cards = await minutesUploadCards(deps, ctx, facts, minutesFiles(turn.activity), commandText(turn), teamsOptions(this.bot));
    } catch (e) {
      if (!isUserError(e)) deps.log.error({ err: e }, "Teams upload failed");
      cards = [replyToCard(errorReply(isUserError(e) ? e.message : "Sorry, something went wrong reading that. It has been logged; please try again shortly."))];
    }
    for (const card of cards) await turn.sendActivity(cardMessage(card));
  }

  protected override async onAdaptiveCardInvoke(turn: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const { deps } = this.bot;
    try {
      const tenant = await this.askers.tenant(turn);
      const { ctx: asked } = await this.askers.commandContext(turn, tenant);
      const ctx = { ...asked, schedules: scheduleTools };
      if (value.action?.verb === SCHEDULE_VERB) return await submitScheduleForm(deps, ctx, value, requestKeyOf(turn));
      if (value.action?.verb === MINUTES_VERB) return await addMinutesFromCard(deps, ctx, value, requestKeyOf(turn), teamsOptions(this.bot));
      return await answerCardAction(deps, ctx, value, requestKeyOf(turn));
    } catch (e) {
      if (isUserError(e)) return invokeError(400, "BadRequest", e.message);
      deps.log.error({ err: e }, "Teams card action failed");
      return invokeError(500, "InternalError", "Sorry, something went wrong. It has been logged; please try again shortly.");
    }
  }
}
