// The bot process's HTTP surface: one node:http server, one handler per path (see CONTRACT.md).
import type { IncomingMessage, ServerResponse } from "node:http";

export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface Route { method: string; path: string | RegExp; handler: HttpHandler }

/**
 * Frozen bodies (kept answers, deep-frozen by core/deep-freeze.ts) are serialised once: serialising a
 * large Block Kit message again for every asker cost more than the rest of the request.
 */
const serialised = new WeakMap<object, Buffer>();

function jsonBytes(body: unknown): Buffer {
  if (!body || typeof body !== "object" || !Object.isFrozen(body)) return Buffer.from(JSON.stringify(body), "utf8");
  let bytes = serialised.get(body);
  if (!bytes) serialised.set(body, bytes = Buffer.from(JSON.stringify(body), "utf8"));
  return bytes;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const bytes = jsonBytes(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": bytes.length });
  res.end(bytes);
}

/** Reads a request body with a size limit, so a huge post cannot exhaust memory. */
export async function readBody(req: IncomingMessage, limit = 1_000_000): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw Object.assign(new Error("request body too large"), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function router(routes: Route[], onError: (err: unknown, req: IncomingMessage) => void): HttpHandler {
  return async (req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const route = routes.find((r) => r.method === req.method && (typeof r.path === "string" ? r.path === path : r.path.test(path)));
    if (!route) {
      const known = routes.some((r) => (typeof r.path === "string" ? r.path === path : r.path.test(path)));
      return sendJson(res, known ? 405 : 404, { error: known ? "method not allowed" : "not found" });
    }
    try {
      await route.handler(req, res);
    } catch (err) {
      onError(err, req);
      const status = (err as { status?: number }).status ?? 500;
      if (!res.headersSent) sendJson(res, status, { error: status === 500 ? "internal error" : (err as Error).message });
      else res.end();
    }
  };
}
