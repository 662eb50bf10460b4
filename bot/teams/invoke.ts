// Card buttons (Action.Execute): "Add progress" and "Mark complete" write through core
// recordProgress with a request key from the invoke's activity id, so a repeated invoke writes
// nothing more; "More" pages. Each answers with the refreshed card, which replaces the old one.
import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue } from "botbuilder";
import type { Deps } from "../../core/context.js";
import { isUserError } from "../../core/errors.js";
import { recordProgress } from "../../core/queries/actions.js";
import { handleCommand } from "../../core/commands/handle.js";
import type { CommandContext } from "../../core/commands/context.js";
import { readOnlyCommand, safeForAudience } from "./answer.js";
import { progressInputId, replyToCard, VERB, type CardOptions } from "./card.js";

const CARD_TYPE = "application/vnd.microsoft.card.adaptive";

export function invokeError(statusCode: number, code: string, message: string): AdaptiveCardInvokeResponse {
  return { statusCode, type: "application/vnd.microsoft.error", value: { code, message } };
}

function actionIdOf(data: Record<string, unknown>): number | null {
  const raw = data.actionId;
  const id = typeof raw === "number" ? raw : typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export async function answerCardAction(deps: Deps, ctx: CommandContext, value: AdaptiveCardInvokeValue, requestKey: string | undefined): Promise<AdaptiveCardInvokeResponse> {
  const verb = value.action?.verb;
  const data = (value.action?.data ?? {}) as Record<string, unknown>;
  const sourceCommand = readOnlyCommand(deps, ctx, data.source);
  const source = sourceCommand ? (data.source as string) : undefined;

  if (verb === VERB.page) {
    const command = readOnlyCommand(deps, ctx, data.command);
    if (!command) return invokeError(400, "BadRequest", "This button does not name a command that can be shown.");
    const reply = safeForAudience(await handleCommand(deps, ctx, command), ctx);
    return card(reply, { source: data.command as string });
  }
  if (verb !== VERB.progress && verb !== VERB.complete) return invokeError(400, "NotSupported", `Unknown card action "${String(verb)}".`);

  const actionId = actionIdOf(data);
  if (!actionId) return invokeError(400, "BadRequest", "This button does not say which action it is for.");
  const complete = verb === VERB.complete;
  const text = complete ? "" : String(data[progressInputId(actionId)] ?? data.text ?? "");
  let notice: CardOptions["notice"];
  try {
    const result = await recordProgress(deps, ctx.tenant, ctx.actor, { actionId, text, complete, requestKey });
    notice = {
      tone: "success",
      text: !result.written ? "Already recorded: this request was received before."
        : complete ? `Action ${actionId} marked complete.` : `Progress recorded on action ${actionId}.`,
    };
  } catch (e) {
    if (!isUserError(e)) throw e;
    notice = { tone: "error", text: e.message };
  }
  // Refresh the card the button was on; a card without a source shows the action itself.
  const refreshed = await handleCommand(deps, ctx, sourceCommand ?? { kind: "action", id: actionId });
  return card(safeForAudience(refreshed, ctx), { source, notice });
}

function card(reply: Parameters<typeof replyToCard>[0], opts: CardOptions): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: CARD_TYPE, value: replyToCard(reply, opts) as unknown as Record<string, unknown> };
}
