// A local stand-in for the Bot Framework connector (Teams' "serviceUrl"), for tests and benchmarks.
// It records every request, answers the conversation, activity and member endpoints that
// botbuilder calls, and can be scripted to answer 429 with Retry-After. It also stands in for the
// OneDrive/SharePoint links Teams gives a bot for files sent in a personal chat (pre-authenticated
// downloadUrls: no token is needed, and an expired one answers 403).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** The decoded path, e.g. /v3/conversations/19:abc@thread.tacv2/activities/1 */
  path: string;
  headers: IncomingMessage["headers"];
  body: any;
  at: number;
  /** The status the fake answered with. */
  status: number;
}

export interface Member {
  id: string;
  name?: string;
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
  tenantId?: string;
}

export interface ScriptedFailure {
  status: number;
  retryAfter?: string;
  /** Only requests this matches are failed; by default any request. */
  match?: (req: { method: string; path: string }) => boolean;
  times: number;
}

export interface FakeConnector {
  url: string;
  requests: RecordedRequest[];
  /** Activities the bot sent (replies and new posts), in order. */
  activities(): RecordedRequest[];
  /** Users TeamsInfo.getMember can find, keyed by any of their ids. */
  addMember(member: Member): void;
  failNext(failure: Omit<ScriptedFailure, "times"> & { times?: number }): void;
  waitFor(predicate: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** Serves these bytes at a new download URL (GET /files/<id>/<name>); the same id again replaces them. */
  hostFile(name: string, data: Buffer | string, id?: string): { id: string; downloadUrl: string };
  /** The link stops working, as an expired one does: 403. */
  expireFile(id: string): void;
  /** When set, each request is recorded as a path only, for long benchmark runs. */
  recordBodies: boolean;
  reset(): void;
  close(): Promise<void>;
}

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;
const MEMBER_PATH = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/;
const MEMBERS_PATH = /^\/v3\/conversations\/([^/]+)\/(members|pagedmembers)$/;

export async function startFakeConnector(): Promise<FakeConnector> {
  const requests: RecordedRequest[] = [];
  const members = new Map<string, Member>();
  const failures: ScriptedFailure[] = [];
  const waiters: { predicate: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  let nextId = 1;
  const files = new Map<string, { name: string; data: Buffer; expired: boolean }>();
  const FILE_PATH = /^\/files\/([^/]+)\/[^/]+$/;

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = body === undefined ? "" : JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
    res.end(text);
    return status;
  };

  function answer(method: string, path: string, body: any, res: ServerResponse): number {
    const failure = failures.find((f) => f.times > 0 && (!f.match || f.match({ method, path })));
    if (failure) {
      failure.times--;
      return send(res, failure.status, { error: { code: "Throttled", message: "scripted failure" } }, failure.retryAfter !== undefined ? { "retry-after": failure.retryAfter } : {});
    }
    const file = FILE_PATH.exec(path);
    if (file && method === "GET") {
      const f = files.get(file[1]!);
      if (!f) return send(res, 404, { error: { code: "itemNotFound", message: "The resource could not be found." } });
      if (f.expired) return send(res, 403, { error: { code: "accessDenied", message: "The link has expired." } });
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": f.data.length });
      res.end(f.data);
      return 200;
    }
    let m = ACTIVITY_PATH.exec(path);
    if (m && (method === "POST" || method === "PUT")) {
      if (!body || typeof body !== "object" || !body.type) return send(res, 400, { error: { code: "BadArgument", message: "activity missing" } });
      return send(res, 200, { id: method === "PUT" ? m[2] : `fake-${nextId++}` });
    }
    if (m && method === "DELETE") return send(res, 200, {});
    m = MEMBER_PATH.exec(path);
    if (m && method === "GET") {
      const member = members.get(m[2]!);
      return member ? send(res, 200, member) : send(res, 404, { error: { code: "MemberNotFoundInConversation", message: "The member was not found." } });
    }
    m = MEMBERS_PATH.exec(path);
    if (m && method === "GET") {
      const list = [...new Set(members.values())];
      return send(res, 200, m[2] === "pagedmembers" ? { members: list } : list);
    }
    if (path === "/v3/conversations" && method === "POST") return send(res, 200, { id: `a:fake-conversation-${nextId++}`, activityId: `fake-${nextId++}` });
    return send(res, 404, { error: { code: "NotFound", message: `fake connector: no route for ${method} ${path}` } });
  }

  const connector: FakeConnector = {
    url: "",
    requests,
    recordBodies: true,
    activities: () => requests.filter((r) => ACTIVITY_PATH.test(r.path) && r.method === "POST" && r.status < 300),
    addMember(member) {
      for (const id of [member.id, member.aadObjectId].filter(Boolean) as string[]) members.set(id, member);
    },
    failNext(f) { failures.push({ times: 1, ...f }); },
    hostFile(name, data, id = `file${nextId++}`) {
      files.set(id, { name, data: Buffer.isBuffer(data) ? data : Buffer.from(data, "utf8"), expired: false });
      return { id, downloadUrl: `${connector.url}/files/${id}/${encodeURIComponent(name)}` };
    },
    expireFile(id) { const f = files.get(id); if (f) f.expired = true; },
    waitFor(predicate, timeoutMs = 5000) {
      const seen = requests.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = { predicate, resolve: (r: RecordedRequest) => { clearTimeout(timer); resolve(r); } };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`fake connector: no matching request within ${timeoutMs} ms (saw ${requests.map((r) => `${r.method} ${r.path}`).join(", ") || "none"})`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    reset() { requests.length = 0; failures.length = 0; },
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: unknown = undefined;
    try { body = raw ? JSON.parse(raw) : undefined; } catch { body = raw; }
    const url = new URL(req.url ?? "/", "http://fake");
    // Conversation ids hold ":" "@" and ";", which the SDK percent-encodes in the path.
    const path = url.pathname.split("/").map((s) => decodeURIComponent(s)).join("/");
    const method = req.method ?? "GET";
    const status = answer(method, path, body, res);
    const record: RecordedRequest = { method, path, headers: req.headers, body: connector.recordBodies ? body : undefined, at: Date.now(), status };
    requests.push(record);
    for (const w of [...waiters]) {
      if (w.predicate(record)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(record); }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  connector.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return connector;
}
