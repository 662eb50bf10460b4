// The Slack app: Bolt, served by the bot's own HTTP server at POST /slack/events.
import { App, LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { HttpHandler } from "../http.js";
import type { BotContext } from "../context.js";
import type { Logger } from "../../core/logger.js";
import { SignedRequestReceiver } from "./receiver.js";
import { registerCommands } from "./commands.js";
import { registerInteractions } from "./interactions.js";
import { registerHome } from "./home.js";
import type { SlackDeps } from "./deps.js";
import { askerCache } from "./asker.js";
import { registerScheduleModal } from "./schedule-modal.js";
import { registerMinutesUpload } from "./minutes.js";
import { scheduleTools } from "../../worker/schedule/tools.js";

export interface SlackOptions {
  /** Answer in the ack if ready within this; otherwise ack and follow up (Slack's limit is 3 s). */
  ackBudgetMs?: number;
  /** Answer 200 if nothing acked by then. */
  ackTimeoutMs?: number;
}

export interface SlackApp { app: App; handler: HttpHandler }

export function createSlackApp({ config, deps }: BotContext, options: SlackOptions = {}): SlackApp {
  if (!config.SLACK_SIGNING_SECRET || !config.SLACK_BOT_TOKEN) throw new Error("Slack needs SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN");
  const log = deps.log.child({ component: "slack" });
  const receiver = new SignedRequestReceiver({ signingSecret: config.SLACK_SIGNING_SECRET, log, ackTimeoutMs: options.ackTimeoutMs });
  const botToken = config.SLACK_BOT_TOKEN;
  const app = new App({
    receiver,
    // One workspace, one token: no auth.test round trip on the way to answering.
    authorize: async () => ({ botToken }),
    clientOptions: {
      slackApiUrl: config.SLACK_API_URL.endsWith("/") ? config.SLACK_API_URL : `${config.SLACK_API_URL}/`,
      // 429s are waited out for their Retry-After and retried; other failures retry quickly, a few times.
      retryConfig: { retries: 3, factor: 2, minTimeout: 100, maxTimeout: 2000 },
      timeout: 10_000,
    },
    logger: boltLogger(log),
    convoStore: false,
  });
  const s: SlackDeps = { deps: { ...deps, log }, admins: config.SCRUTINEER_ADMINS, ackBudgetMs: options.ackBudgetMs ?? 2000, askers: askerCache(), schedules: scheduleTools };
  registerCommands(app, s);
  registerInteractions(app, s);
  registerHome(app, s);
  registerScheduleModal(app, s);
  registerMinutesUpload(app, s);
  app.error(async (err) => { log.error({ err }, "Slack listener failed"); });
  return { app, handler: receiver.handle };
}

export async function createSlackHandler(ctx: BotContext): Promise<HttpHandler> {
  return createSlackApp(ctx).handler;
}

/** Bolt and the Web API client log through our pino logger. */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const text = (msg: unknown[]) => msg.map((m) => (typeof m === "string" ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(" ");
  return {
    debug: (...msg) => log.debug(text(msg)),
    info: (...msg) => log.info(text(msg)),
    warn: (...msg) => log.warn(text(msg)),
    error: (...msg) => log.error(text(msg)),
    setLevel: (l) => { level = l; },
    getLevel: () => level,
    setName: () => {},
  };
}
