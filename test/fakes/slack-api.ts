// A local stand-in for the Slack Web API, response_urls, the files upload host and the private file
// downloads (url_private_download, which needs the bot token), on 127.0.0.1.
// Point the real @slack/web-api (or Bolt) at `fake.url` with slackApiUrl / SLACK_API_URL.
// It records every call, answers the methods Scrutineer uses the way Slack does, and can be scripted
// to fail: HTTP 429 with Retry-After, or `ok: false` error codes such as channel_not_found.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface SlackCall {
  /** API method ("chat.postMessage"), or "response_url" / "upload" / "file_download" for those hosts. */
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  contentType: string;
  /** Form or JSON parameters; form values that hold JSON (blocks, view, files…) are decoded. */
  params: Record<string, unknown>;
  raw: Buffer;
  /** The bearer token, from the Authorization header or a token parameter. */
  token: string | null;
  /** Multipart parts (the files upload step). */
  parts?: { name: string; filename?: string; contentType?: string; data: Buffer }[];
  /** What the fake answered. */
  status: number;
  response: unknown;
  at: number;
}

export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  /** JSON (or text) body. Left out with status 200 (e.g. only a delay), the method answers as usual. */
  body?: unknown;
  /** Wait this long before answering (to test timeouts and acks). */
  delayMs?: number;
}

type Handler = (call: SlackCall) => ScriptedResponse | Promise<ScriptedResponse>;

export interface FakeUser { id: string; email?: string | null; name?: string; realName?: string; teamId?: string; isBot?: boolean }

export interface FakeSlackOptions {
  /** When set, API calls without this bearer token get `invalid_auth`. */
  token?: string;
  teamId?: string;
  users?: FakeUser[];
  /** When set, chat/files calls to other channels get `channel_not_found`. */
  channels?: string[];
}

/** A file someone shared in Slack, as the bot may download it. */
export interface FakeSharedFile { id: string; name: string; data: Buffer; mimetype: string; filetype: string }

/** The file object Slack puts in a file_share event (and answers files.info with). */
export interface SlackFileObject {
  id: string; name: string; title: string; mimetype: string; filetype: string; size: number;
  url_private: string; url_private_download: string; user: string; mode: "hosted";
}

export interface FakeUpload { fileId: string; filename: string; length: number; data: Buffer | null; completed: boolean; title?: string; channel?: string }

export interface FakeSlackApi {
  /** slackApiUrl: ends with a slash, e.g. http://127.0.0.1:4321/api/ */
  url: string;
  origin: string;
  calls: SlackCall[];
  callsTo(method: string): SlackCall[];
  /** A response_url that records what is posted to it. */
  responseUrl(name?: string): string;
  /** Answers the next calls to `method` with these, in order, then goes back to normal. */
  script(method: string, ...responses: ScriptedResponse[]): void;
  /** The next `times` calls get HTTP 429 with Retry-After. */
  rateLimit(method: string, retryAfterSeconds?: number, times?: number): void;
  /** The next `times` calls get `{ ok: false, error }`. */
  fail(method: string, error: string, times?: number): void;
  /** Replaces the normal answer for a method until reset(). */
  on(method: string, handler: Handler): void;
  addUser(user: FakeUser): void;
  uploads: Map<string, FakeUpload>;
  /**
   * A file a user shared: downloadable at its url_private_download with the bot token (without it, a
   * sign-in page, as Slack answers), and known to files.info. Hosting the same id again replaces the content.
   */
  hostFile(file: { id: string; name: string; data: Buffer | string; mimetype?: string; user?: string }): SlackFileObject;
  /** Forgets a shared file (files.info then answers file_not_found, the download 404). */
  removeFile(id: string): void;
  /** Resolves with the first call (already made, or future) to `method` that matches. */
  waitFor(method: string, match?: (c: SlackCall) => boolean, timeoutMs?: number): Promise<SlackCall>;
  /** Forgets calls, scripts and overrides (users, channels and uploads stay). */
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeSlackApi(options: FakeSlackOptions = {}): Promise<FakeSlackApi> {
  const teamId = options.teamId ?? "T0001";
  const users = new Map<string, FakeUser>((options.users ?? []).map((u) => [u.id, u]));
  const channels = options.channels ? new Set(options.channels) : null;
  const calls: SlackCall[] = [];
  const scripts = new Map<string, ScriptedResponse[]>();
  const overrides = new Map<string, Handler>();
  const uploads = new Map<string, FakeUpload>();
  const shared = new Map<string, FakeSharedFile & { user: string }>();
  const waiters: { method: string; match: (c: SlackCall) => boolean; resolve: (c: SlackCall) => void }[] = [];
  let counter = 0;
  let origin = "";
  const nextId = (prefix: string) => `${prefix}${String(++counter).padStart(6, "0")}`;
  const ts = () => `${Math.floor(Date.now() / 1000)}.${String(++counter).padStart(6, "0")}`;

  // As in Slack, a known user's id is a valid "channel": the message goes to the app's DM with them.
  const channelError = (channel: unknown): ScriptedResponse | null =>
    channels && !channels.has(String(channel ?? "")) && !users.has(String(channel ?? "")) ? { body: { ok: false, error: "channel_not_found" } } : null;

  const fileObject = (f: FakeSharedFile & { user: string }): SlackFileObject => ({
    id: f.id, name: f.name, title: f.name, mimetype: f.mimetype, filetype: f.filetype, size: f.data.length, user: f.user, mode: "hosted",
    url_private: `${origin}/files-pri/${teamId}-${f.id}/${encodeURIComponent(f.name)}`,
    url_private_download: `${origin}/files-pri/${teamId}-${f.id}/download/${encodeURIComponent(f.name)}`,
  });

  const view = (v: unknown, extra: Record<string, unknown> = {}) => ({ id: nextId("V"), hash: `${Date.now()}.${counter}`, team_id: teamId, ...(v as object), ...extra });

  const normal: Record<string, Handler> = {
    "api.test": (c) => ({ body: { ok: true, args: c.params } }),
    "auth.test": () => ({ body: { ok: true, url: "https://fake.slack.test/", team: "Fake team", user: "scrutineer", team_id: teamId, user_id: "UBOT", bot_id: "BBOT" } }),
    "users.info": (c) => {
      const u = users.get(String(c.params.user ?? ""));
      if (!u) return { body: { ok: false, error: "user_not_found" } };
      return {
        body: {
          ok: true,
          user: {
            id: u.id, team_id: u.teamId ?? teamId, name: u.name ?? u.id, real_name: u.realName ?? u.name ?? u.id, is_bot: Boolean(u.isBot),
            profile: { real_name: u.realName ?? u.name ?? u.id, display_name: u.name ?? u.id, ...(u.email ? { email: u.email } : {}) },
          },
        },
      };
    },
    "users.lookupByEmail": (c) => {
      const u = [...users.values()].find((x) => x.email && x.email.toLowerCase() === String(c.params.email ?? "").toLowerCase());
      return u ? { body: { ok: true, user: { id: u.id, team_id: u.teamId ?? teamId, name: u.name ?? u.id, profile: { email: u.email } } } } : { body: { ok: false, error: "users_not_found" } };
    },
    "views.open": (c) => ({ body: { ok: true, view: view(c.params.view) } }),
    "views.push": (c) => ({ body: { ok: true, view: view(c.params.view) } }),
    "views.update": (c) => ({ body: { ok: true, view: view(c.params.view, c.params.view_id ? { id: c.params.view_id } : {}) } }),
    "views.publish": (c) => ({ body: { ok: true, view: view(c.params.view) } }),
    "chat.postMessage": (c) => channelError(c.params.channel) ?? ({ body: { ok: true, channel: c.params.channel, ts: ts(), message: { text: c.params.text, blocks: c.params.blocks } } }),
    "chat.postEphemeral": (c) => channelError(c.params.channel) ?? ({ body: { ok: true, message_ts: ts() } }),
    "chat.update": (c) => channelError(c.params.channel) ?? ({ body: { ok: true, channel: c.params.channel, ts: c.params.ts, text: c.params.text } }),
    "chat.delete": (c) => channelError(c.params.channel) ?? ({ body: { ok: true, channel: c.params.channel, ts: c.params.ts } }),
    "conversations.info": (c) => channelError(c.params.channel) ?? ({ body: { ok: true, channel: { id: c.params.channel, name: String(c.params.channel).toLowerCase(), is_member: true } } }),
    "conversations.join": (c) => channelError(c.params.channel) ?? ({ body: { ok: true, channel: { id: c.params.channel } } }),
    "files.getUploadURLExternal": (c) => {
      const filename = String(c.params.filename ?? "");
      const length = Number(c.params.length);
      if (!filename) return { body: { ok: false, error: "invalid_arguments" } };
      if (!Number.isInteger(length) || length <= 0) return { body: { ok: false, error: "invalid_arguments" } };
      const fileId = nextId("F");
      uploads.set(fileId, { fileId, filename, length, data: null, completed: false });
      return { body: { ok: true, upload_url: `${origin}/upload/${fileId}`, file_id: fileId } };
    },
    upload: (c) => {
      const fileId = c.path.split("/").pop() ?? "";
      const up = uploads.get(fileId);
      if (!up) return { status: 404, body: "unknown upload" };
      const data = c.parts?.find((p) => p.filename !== undefined)?.data ?? c.parts?.[0]?.data ?? c.raw;
      up.data = data;
      return { status: 200, body: `OK - ${data.length}` };
    },
    "files.completeUploadExternal": (c) => {
      const files = Array.isArray(c.params.files) ? (c.params.files as { id: string; title?: string }[]) : null;
      if (!files?.length) return { body: { ok: false, error: "invalid_arguments" } };
      const channel = c.params.channel_id ?? c.params.channels;
      if (channel !== undefined) { const err = channelError(channel); if (err) return err; }
      const done = [];
      for (const f of files) {
        const up = uploads.get(f.id);
        if (!up || !up.data) return { body: { ok: false, error: "file_not_found" } };
        up.completed = true; up.title = f.title ?? up.filename; up.channel = channel === undefined ? undefined : String(channel);
        done.push({ id: up.fileId, name: up.filename, title: up.title, size: up.data.length, permalink: `https://fake.slack.test/files/${up.fileId}` });
      }
      return { body: { ok: true, files: done } };
    },
    "files.info": (c) => {
      const hosted = shared.get(String(c.params.file ?? ""));
      if (hosted) return { body: { ok: true, file: fileObject(hosted) } };
      const up = uploads.get(String(c.params.file ?? ""));
      if (!up || !up.completed) return { body: { ok: false, error: "file_not_found" } };
      return { body: { ok: true, file: { id: up.fileId, name: up.filename, title: up.title, size: up.data?.length ?? 0, channels: up.channel ? [up.channel] : [] } } };
    },
    response_url: () => ({ status: 200, body: { ok: true } }),
    file_download: (c) => {
      const id = /^\/files-pri\/[^/-]+-([^/]+)\//.exec(c.path)?.[1] ?? "";
      const f = shared.get(id);
      if (!f) return { status: 404, body: "file not found" };
      // Slack answers a missing or wrong token with its sign-in page, not an error status.
      if (options.token && c.token !== options.token) return { status: 200, headers: { "content-type": "text/html; charset=utf-8" }, body: "<!DOCTYPE html><html><body>Sign in to Slack</body></html>" };
      return { status: 200, headers: { "content-type": f.mimetype }, body: f.data };
    },
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const raw = Buffer.concat(chunks);
        const path = (req.url ?? "/").split("?")[0]!;
        const contentType = String(req.headers["content-type"] ?? "");
        const method = path.startsWith("/api/") ? path.slice(5) : path.startsWith("/response/") ? "response_url" : path.startsWith("/upload/") ? "upload" : path.startsWith("/files-pri/") ? "file_download" : path;
        const call: SlackCall = { method, path, headers: req.headers, contentType, params: {}, raw, token: null, status: 200, response: null, at: Date.now() };
        parseBody(call);
        const auth = String(req.headers.authorization ?? "");
        call.token = auth.startsWith("Bearer ") ? auth.slice(7) : typeof call.params.token === "string" ? call.params.token : null;
        calls.push(call);
        const usual = async (): Promise<ScriptedResponse> => {
          if (options.token && path.startsWith("/api/") && call.token !== options.token) return { body: { ok: false, error: call.token ? "invalid_auth" : "not_authed" } };
          return (overrides.get(method) ?? normal[method] ?? (() => ({ body: { ok: false, error: "unknown_method" } })))(call);
        };
        const scripted = scripts.get(method)?.shift();
        let answer: ScriptedResponse = scripted ?? await usual();
        if (scripted && scripted.body === undefined && (scripted.status ?? 200) === 200) answer = { ...(await usual()), delayMs: scripted.delayMs, headers: scripted.headers };
        if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
        const status = answer.status ?? 200;
        const body = answer.body ?? (status === 200 ? { ok: true } : { ok: false, error: "ratelimited" });
        call.status = status;
        call.response = body;
        const binary = Buffer.isBuffer(body);
        const text = binary || typeof body === "string" ? body : JSON.stringify(body);
        res.writeHead(status, { "content-type": binary ? "application/octet-stream" : typeof body === "string" ? "text/plain" : "application/json; charset=utf-8", ...(answer.headers ?? {}) });
        res.end(text);
        for (const w of [...waiters]) {
          if (w.method === method && w.match(call)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(call); }
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}/api/`,
    origin,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    responseUrl: (name = nextId("R")) => `${origin}/response/${name}`,
    script: (method, ...responses) => { scripts.set(method, [...(scripts.get(method) ?? []), ...responses]); },
    rateLimit: (method, retryAfterSeconds = 1, times = 1) => {
      const r = { status: 429, headers: { "retry-after": String(retryAfterSeconds) }, body: { ok: false, error: "ratelimited" } };
      scripts.set(method, [...(scripts.get(method) ?? []), ...Array.from({ length: times }, () => r)]);
    },
    fail: (method, error, times = 1) => {
      scripts.set(method, [...(scripts.get(method) ?? []), ...Array.from({ length: times }, () => ({ body: { ok: false, error } }))]);
    },
    on: (method, handler) => { overrides.set(method, handler); },
    addUser: (user) => { users.set(user.id, user); },
    uploads,
    hostFile: (file) => {
      const data = Buffer.isBuffer(file.data) ? file.data : Buffer.from(file.data, "utf8");
      const filetype = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? "binary";
      const mimetype = file.mimetype ?? ({ txt: "text/plain", pdf: "application/pdf", docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" } as Record<string, string>)[filetype] ?? "application/octet-stream";
      const entry = { id: file.id, name: file.name, data, mimetype, filetype: filetype === "txt" ? "text" : filetype, user: file.user ?? "U0ADMIN" };
      shared.set(file.id, entry);
      return fileObject(entry);
    },
    removeFile: (id) => { shared.delete(id); },
    waitFor: (method, match = () => true, timeoutMs = 5000) => {
      const seen = calls.find((c) => c.method === method && match(c));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const w = { method, match, resolve: (c: SlackCall) => { clearTimeout(timer); resolve(c); } };
        const timer = setTimeout(() => { waiters.splice(waiters.indexOf(w), 1); reject(new Error(`no ${method} call within ${timeoutMs} ms (calls so far: ${calls.map((c) => c.method).join(", ") || "none"})`)); }, timeoutMs);
        waiters.push(w);
      });
    },
    reset: () => { calls.length = 0; scripts.clear(); overrides.clear(); },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function parseBody(call: SlackCall): void {
  const type = call.contentType.toLowerCase();
  const text = call.raw.toString("utf8");
  if (type.startsWith("application/json")) {
    try { call.params = JSON.parse(text || "{}") as Record<string, unknown>; } catch { call.params = {}; }
  } else if (type.startsWith("application/x-www-form-urlencoded") || (!type && text.includes("="))) {
    for (const [k, v] of new URLSearchParams(text)) call.params[k] = decodeJson(v);
  } else if (type.startsWith("multipart/form-data")) {
    const boundary = /boundary=("?)([^";]+)\1/.exec(call.contentType)?.[2];
    call.parts = boundary ? parseMultipart(call.raw, boundary) : [];
    for (const p of call.parts) if (p.filename === undefined) call.params[p.name] = decodeJson(p.data.toString("utf8"));
  }
}

function decodeJson(v: string): unknown {
  if (/^\s*[[{]/.test(v)) { try { return JSON.parse(v); } catch { /* leave as text */ } }
  return v;
}

function parseMultipart(raw: Buffer, boundary: string): { name: string; filename?: string; contentType?: string; data: Buffer }[] {
  const parts = [];
  const delimiter = Buffer.from(`--${boundary}`);
  let start = raw.indexOf(delimiter);
  while (start !== -1) {
    const next = raw.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const chunk = raw.subarray(start + delimiter.length + 2, next - 2); // skip CRLF after the delimiter and before the next
    const headerEnd = chunk.indexOf("\r\n\r\n");
    if (headerEnd !== -1) {
      const head = chunk.subarray(0, headerEnd).toString("utf8");
      const name = /name="([^"]*)"/.exec(head)?.[1] ?? "";
      const filename = /filename="([^"]*)"/.exec(head)?.[1];
      const contentType = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1];
      parts.push({ name, filename, contentType, data: chunk.subarray(headerEnd + 4) });
    }
    start = next;
  }
  return parts;
}
