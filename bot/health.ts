import { existsSync } from "node:fs";
import { sendJson, type HttpHandler } from "./http.js";
import type { BotContext } from "./context.js";
import { findChromium } from "../worker/render/chromium-path.js";

/** Liveness plus readiness of what reports need: the database answers, and Chromium is installed. */
export function healthHandler({ config, deps }: BotContext): HttpHandler {
  return async (_req, res) => {
    let database = "ok";
    try { await deps.db.$queryRawUnsafe("SELECT 1"); } catch (e) { database = `error: ${(e as Error).message.split("\n")[0]}`; }
    const chromiumPath = findChromium(config.PUPPETEER_EXECUTABLE_PATH);
    const chromium = chromiumPath && existsSync(chromiumPath) ? "ok" : "missing";
    const ok = database === "ok";
    sendJson(res, ok ? 200 : 503, { status: ok ? "ok" : "degraded", database, chromium, chromiumPath });
  };
}
