// A Bolt Receiver mounted on our own node:http router: it verifies the signature before anything else
// (no parsing, no database, no API call for a forged request), parses the body the way Slack sends it,
// and answers the HTTP request as soon as a listener acks, while the listener may go on working.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { App, Receiver, ReceiverEvent } from "@slack/bolt";
import { readBody, sendJson, type HttpHandler } from "../http.js";
import type { Logger } from "../../core/logger.js";
import { SignatureError, verifySignedRequest } from "./verify.js";

export interface ReceiverOptions {
  signingSecret: string;
  log: Logger;
  /** Answer 200 with no body if no listener has acked by then: Slack gives up at 3 s. */
  ackTimeoutMs?: number;
  now?: () => number;
}

export class SignedRequestReceiver implements Receiver {
  private app: App | null = null;
  constructor(private readonly options: ReceiverOptions) {}

  init(app: App): void { this.app = app; }
  // The bot's own HTTP server listens; Bolt never starts one.
  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  readonly handle: HttpHandler = async (req, res) => {
    const { log } = this.options;
    const raw = (await readBody(req)).toString("utf8");
    try {
      verifySignedRequest(this.options.signingSecret, req.headers, raw, this.options.now?.() ?? Date.now());
    } catch (e) {
      if (!(e instanceof SignatureError)) throw e;
      log.warn({ reason: e.message, ip: req.socket.remoteAddress }, "rejected a Slack request that failed signature verification");
      return sendJson(res, 401, { error: "invalid request signature" });
    }
    let body: Record<string, unknown>;
    try {
      body = parseBody(req, raw);
    } catch (e) {
      return sendJson(res, 400, { error: (e as Error).message });
    }
    if (body.type === "url_verification") return sendJson(res, 200, { challenge: body.challenge });
    if (body.ssl_check) { res.writeHead(200).end(); return; }
    await this.dispatch(req, res, body);
  };

  private async dispatch(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): Promise<void> {
    const { log } = this.options;
    let acked = false;
    const answer = (response: unknown) => {
      if (acked) return;
      acked = true;
      clearTimeout(timer);
      if (response === undefined || response === null || response === "") { res.writeHead(200).end(); return; }
      if (typeof response === "string") { res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(response); return; }
      sendJson(res, 200, response);
    };
    const timer = setTimeout(() => {
      if (!acked) log.warn({ type: body.type ?? "command" }, "no Slack listener acknowledged within the time limit: answered 200 empty");
      answer(undefined);
    }, this.options.ackTimeoutMs ?? 2500);
    const retry = req.headers["x-slack-retry-num"];
    const event: ReceiverEvent = {
      body,
      retryNum: typeof retry === "string" && /^\d+$/.test(retry) ? Number(retry) : undefined,
      retryReason: typeof req.headers["x-slack-retry-reason"] === "string" ? req.headers["x-slack-retry-reason"] : undefined,
      ack: async (response?: unknown) => { answer(response); },
    };
    try {
      await this.app!.processEvent(event);
    } catch (err) {
      log.error({ err }, "Slack event failed");
      if (!acked) { acked = true; clearTimeout(timer); sendJson(res, 500, { error: "internal error" }); }
      return;
    }
    // Events nobody listens for still get their 200, so Slack does not retry them.
    answer(undefined);
  }
}

/** Form posts (slash commands; interactivity as a JSON `payload` field) or JSON (Events API). */
function parseBody(req: IncomingMessage, raw: string): Record<string, unknown> {
  const type = String(req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") {
    const form = Object.fromEntries(new URLSearchParams(raw));
    if (typeof form.payload === "string") {
      try { return JSON.parse(form.payload) as Record<string, unknown>; } catch { throw new Error("payload is not valid JSON"); }
    }
    return form;
  }
  if (type === "application/json") {
    try {
      const parsed = JSON.parse(raw) as unknown;
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch { /* falls through */ }
    throw new Error("body is not a JSON object");
  }
  throw new Error(`unsupported content type "${type || "none"}"`);
}
