// POST /api/messages: Bot Framework activities from Teams, served by CloudAdapter. The request is
// authenticated before anything else reads it; a refused token is a 401 and nothing is written.
// The SDK is loaded only when Teams is on, so a Slack-only process never pays for it.
// The worker's proactive delivery is postCardToChannel in ./deliver.ts.
import type { Activity } from "botbuilder";
import { readBody, sendJson, type HttpHandler } from "../http.js";
import type { BotContext } from "../context.js";

const MAX_ACTIVITY_BYTES = 512 * 1024;

export async function createTeamsHandler(ctx: BotContext): Promise<HttpHandler> {
  const { isAuthFailure, teamsRuntime } = await import("./runtime.js");
  const { adapter, bot } = teamsRuntime(ctx);
  const { log } = ctx.deps;
  return async (req, res) => {
    const raw = await readBody(req, MAX_ACTIVITY_BYTES);
    let activity: Activity;
    try {
      activity = JSON.parse(raw.toString("utf8")) as Activity;
    } catch {
      return sendJson(res, 400, { error: "the body is not JSON: expected a Bot Framework activity" });
    }
    if (!activity || typeof activity !== "object" || Array.isArray(activity) || typeof activity.type !== "string") {
      return sendJson(res, 400, { error: "expected a Bot Framework activity with a type" });
    }
    const auth = req.headers.authorization ?? "";
    try {
      const invoke = await adapter.serve(auth, activity, (turn) => bot.run(turn));
      if (!invoke) { res.writeHead(200).end(); return; }
      if (invoke.body === undefined) { res.writeHead(invoke.status).end(); return; }
      sendJson(res, invoke.status, invoke.body);
    } catch (e) {
      if (isAuthFailure(e)) {
        const unavailable = e.statusCode >= 500;
        log.warn({ reason: e.message, type: activity.type, serviceUrl: activity.serviceUrl }, unavailable ? "Teams token could not be checked" : "Teams activity refused: bad or missing token");
        return sendJson(res, unavailable ? 503 : 401, { error: unavailable ? "token validation unavailable" : "unauthorized" });
      }
      throw e;
    }
  };
}
