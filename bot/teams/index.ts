import type { HttpHandler } from "../http.js";
import type { BotContext } from "../context.js";

export async function createTeamsHandler(_ctx: BotContext): Promise<HttpHandler> {
  return (_req, res) => { res.writeHead(501).end("Teams support is not built yet"); };
}
