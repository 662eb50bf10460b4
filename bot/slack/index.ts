import type { HttpHandler } from "../http.js";
import type { BotContext } from "../context.js";

export async function createSlackHandler(_ctx: BotContext): Promise<HttpHandler> {
  return (_req, res) => { res.writeHead(501).end("Slack support is not built yet"); };
}
