// The bot process: Slack at /slack/events, Teams at /api/messages, health, and stored reports.
import { createServer, type Server } from "node:http";
import { router, sendJson, type Route } from "./http.js";
import type { BotContext } from "./context.js";
import { createSlackHandler } from "./slack/index.js";
import { createTeamsHandler } from "./teams/index.js";
import { healthHandler } from "./health.js";
import { reportsHandler } from "./reports.js";
import { metricsHandler } from "./metrics.js";
import { AnswerCache } from "../core/commands/answer-cache.js";
import { dataVersionOf } from "../core/data-version.js";

export async function createBotServer(given: BotContext): Promise<Server> {
  // The bot answers the same questions all day: it keeps answers until the data changes.
  const answers = given.deps.answers ?? new AnswerCache(dataVersionOf(given.deps.db));
  const ctx: BotContext = { ...given, deps: { ...given.deps, answers } };
  const { config, deps } = ctx;
  const off = (what: string, how: string) => () => { throw Object.assign(new Error(`${what} is not configured on this server (${how})`), { status: 404 }); };
  const routes: Route[] = [
    { method: "GET", path: "/healthz", handler: healthHandler(ctx) },
    { method: "GET", path: "/metrics", handler: metricsHandler(ctx) },
    { method: "GET", path: /^\/reports\/\d+\.(pdf|html)$/, handler: reportsHandler(ctx) },
    { method: "POST", path: "/slack/events", handler: config.slackEnabled ? await createSlackHandler(ctx) : off("Slack", "set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN") },
    { method: "POST", path: "/api/messages", handler: config.teamsEnabled ? await createTeamsHandler(ctx) : off("Teams", "set MICROSOFT_APP_ID, or TEAMS_ALLOW_UNAUTHENTICATED=true for local use") },
    { method: "GET", path: "/", handler: (_req, res) => sendJson(res, 200, { app: "scrutineer", slack: config.slackEnabled, teams: config.teamsEnabled }) },
  ];
  const server = createServer(router(routes, (err, req) => deps.log.error({ err, url: req.url }, "request failed")));
  if (!given.deps.answers) server.on("close", () => answers.close());
  return server;
}
