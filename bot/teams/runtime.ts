// One CloudAdapter and bot per BotContext, shared by the /api/messages handler and the worker's
// proactive delivery, so both use the same authentication and credentials.
import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from "botbuilder";
import { AuthenticationError } from "botframework-connector";
import type { BotContext } from "../context.js";
import { teamsAuthentication } from "./auth.js";
import { teamsOptions, type TeamsOptions } from "./options.js";
import { ScrutineerTeamsBot, cardMessage } from "./bot.js";
import { replyToCard } from "./card.js";
import { errorReply } from "../../core/reply.js";

/**
 * CloudAdapter, driven from node:http without Express-style request objects; the caller maps
 * failures to statuses and logs them through pino (CloudAdapter.process would console.error them).
 */
export class ScrutineerAdapter extends CloudAdapter {
  serve(authHeader: string, activity: Activity, logic: (turn: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

export interface TeamsRuntime {
  adapter: ScrutineerAdapter;
  bot: ScrutineerTeamsBot;
  appId: string;
  options: TeamsOptions;
}

const runtimes = new WeakMap<BotContext, TeamsRuntime>();

/**
 * botframework-connector console.errors every token it refuses, with the signing keys it tried (and a
 * stack for an expired one). Anyone can send a forged or stale request, so each would write that to
 * stderr; the refusal is already logged once, through pino, by the /api/messages handler. Only those
 * two SDK lines are dropped: everything else still reaches stderr.
 */
let tokenNoiseQuietened = false;
function quietenTokenNoise(): void {
  if (tokenNoiseQuietened) return;
  tokenNoiseQuietened = true;
  const write = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    const [first] = args;
    if (typeof first === "string" && first.startsWith("Error finding key for token.")) return;
    if (first instanceof Error && first.name === "TokenExpiredError") return;
    write(...args);
  };
}

export function teamsRuntime(ctx: BotContext): TeamsRuntime {
  let runtime = runtimes.get(ctx);
  if (runtime) return runtime;
  quietenTokenNoise();
  const options = teamsOptions(ctx);
  const { authentication, appId } = teamsAuthentication(ctx.config, options, ctx.deps.log);
  const adapter = new ScrutineerAdapter(authentication);
  adapter.onTurnError = async (turn, err) => {
    ctx.deps.log.error({ err, activity: turn.activity?.type }, "Teams turn failed");
    if (turn.activity?.type === "message") {
      await turn.sendActivity(cardMessage(replyToCard(errorReply("Sorry, something went wrong answering that. It has been logged; please try again shortly.")))).catch(() => undefined);
    }
  };
  runtime = { adapter, bot: new ScrutineerTeamsBot(ctx), appId, options };
  runtimes.set(ctx, runtime);
  return runtime;
}

export const isAuthFailure = (e: unknown): e is AuthenticationError => e instanceof AuthenticationError;
