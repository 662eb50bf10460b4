// Starts the real bot server (createBotServer) on 127.0.0.1:0 with Teams on, a fake Bot Framework
// connector for its replies, and (when authenticated) a local OpenID/JWKS server whose key signs
// the tokens the tests send. Activities are shaped like the ones Teams sends.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { loadConfig } from "../../core/config.js";
import type { Logger } from "../../core/logger.js";
import { createBotServer } from "../../bot/server.js";
import type { TeamsBotContext, TeamsOptions } from "../../bot/teams/options.js";
import { freshDb, type TestDb } from "../helpers/db.js";
import { startFakeConnector, type FakeConnector } from "../fakes/bf-connector.js";
import { LocalCredentialsFactory, startFakeOpenId, type FakeOpenId, type TokenOptions } from "../fakes/openid.js";

export const APP_ID = "00000000-aaaa-4bbb-8ccc-000000000001";
export const TENANT = "11111111-2222-4333-8444-555555555555";
export const BOT = { id: `28:${APP_ID}`, name: "Scrutineer" };
export const TEAM_ID = "19:team-general@thread.tacv2";
export const CHANNEL_ID = "19:cyp-channel@thread.tacv2";
export const ADMIN_EMAIL = "scrutiny.admin@herefordshire.gov.uk";

export interface User { id: string; aadObjectId: string; name: string; email?: string }
export const ANDY: User = { id: "29:andy-gill", aadObjectId: "aad-andy-gill", name: "Andy Gill", email: "andy.gill@herefordshire.gov.uk" };
export const ADMIN: User = { id: "29:scrutiny-admin", aadObjectId: "aad-admin", name: "Scrutiny Admin", email: ADMIN_EMAIL };
export const CAROLE: User = { id: "29:carole-gandy", aadObjectId: "aad-carole", name: "Carole Gandy", email: "carole.gandy@herefordshire.gov.uk" };
export const STRANGER: User = { id: "29:stranger", aadObjectId: "aad-stranger", name: "Someone Else", email: "someone@example.org" };

export interface TeamsBot {
  url: string;
  serviceUrl: string;
  t: TestDb;
  ctx: TeamsBotContext;
  connector: FakeConnector;
  openid?: FakeOpenId;
  /** POSTs an activity to /api/messages; signs a valid token unless `token` says otherwise. */
  post(activity: object, opts?: { token?: string | null; claims?: TokenOptions }): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export async function startTeamsBot(opts: { auth?: boolean; env?: Record<string, string>; log?: Logger; seed?: boolean; teams?: TeamsOptions } = {}): Promise<TeamsBot> {
  const auth = opts.auth ?? true;
  const t = await freshDb({ seed: opts.seed });
  const connector = await startFakeConnector();
  const openid = auth ? await startFakeOpenId() : undefined;
  const env: Record<string, string> = {
    DATABASE_URL: t.url, SCRUTINEER_NOW: "2020-11-23", SCRUTINEER_ADMINS: ADMIN_EMAIL, LOG_LEVEL: "silent",
    ...(auth ? { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: "not-used-the-test-signs-locally" } : { TEAMS_ALLOW_UNAUTHENTICATED: "true" }),
    ...opts.env,
  };
  const ctx: TeamsBotContext = {
    config: loadConfig(env),
    deps: { ...t.deps("2020-11-23"), ...(opts.log ? { log: opts.log } : {}) },
    ...(openid || opts.teams ? { teams: { ...(openid ? { openIdMetadataUrl: openid.metadataUrl, credentialsFactory: new LocalCredentialsFactory(APP_ID) } : {}), ...opts.teams } } : {}),
  };
  const server: Server = await createBotServer(ctx);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Teams' serviceUrls end with a slash, and the token's serviceurl claim must match it exactly.
  const serviceUrl = `${connector.url}/`;
  for (const u of [ANDY, ADMIN, CAROLE, STRANGER]) connector.addMember({ ...u, userPrincipalName: u.email, tenantId: TENANT });
  return {
    url, serviceUrl, t, ctx, connector, openid,
    async post(activity, o = {}) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      const token = o.token === undefined && openid ? openid.sign({ aud: APP_ID, serviceUrl, ...o.claims }) : o.token;
      if (token) headers.authorization = `Bearer ${token}`;
      const res = await fetch(`${url}/api/messages`, { method: "POST", headers, body: JSON.stringify(activity) });
      const text = await res.text();
      let body: any = text;
      try { body = text ? JSON.parse(text) : undefined; } catch { /* keep text */ }
      return { status: res.status, body };
    },
    async close() {
      await new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); });
      await connector.close();
      await openid?.close();
      await t.close();
    },
  };
}

let seq = 0;
export const nextId = (prefix = "act") => `${prefix}-${Date.now()}-${++seq}`;

export type Where = "channel" | "personal";

function conversation(where: Where, user: User, threadId?: string) {
  return where === "channel"
    ? { id: `${CHANNEL_ID};messageid=${threadId ?? "1606125600000"}`, conversationType: "channel", tenantId: TENANT, isGroup: true }
    : { id: `a:personal-${user.aadObjectId}`, conversationType: "personal", tenantId: TENANT };
}

function channelData(where: Where) {
  return where === "channel"
    ? { tenant: { id: TENANT }, team: { id: TEAM_ID, name: "Scrutiny" }, channel: { id: CHANNEL_ID, name: "CYP committee" }, teamsTeamId: TEAM_ID, teamsChannelId: CHANNEL_ID }
    : { tenant: { id: TENANT } };
}

export function message(bot: TeamsBot, text: string, o: { where?: Where; from?: User; id?: string; mention?: boolean } = {}) {
  const where = o.where ?? "channel";
  const from = o.from ?? ANDY;
  const mention = o.mention ?? where === "channel";
  return {
    type: "message", id: o.id ?? nextId("msg"), timestamp: new Date().toISOString(), channelId: "msteams", serviceUrl: bot.serviceUrl,
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    conversation: conversation(where, from), recipient: BOT, locale: "en-GB",
    text: mention ? `<at>Scrutineer</at> ${text}` : text, textFormat: "plain",
    entities: mention ? [{ type: "mention", mentioned: BOT, text: "<at>Scrutineer</at>" }] : [],
    channelData: channelData(where),
  };
}

export function cardAction(bot: TeamsBot, verb: string, data: Record<string, unknown>, o: { where?: Where; from?: User; id?: string } = {}) {
  const where = o.where ?? "channel";
  const from = o.from ?? ANDY;
  return {
    type: "invoke", name: "adaptiveCard/action", id: o.id ?? nextId("invoke"), timestamp: new Date().toISOString(), channelId: "msteams",
    serviceUrl: bot.serviceUrl, from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    conversation: conversation(where, from), recipient: BOT, replyToId: "1606125600001",
    value: { action: { type: "Action.Execute", id: "a1", verb, data }, trigger: "manual" },
    channelData: { ...channelData(where), source: { name: "message" } },
  };
}

export function installed(bot: TeamsBot, o: { type?: "conversationUpdate" | "installationUpdate"; where?: Where } = {}) {
  const where = o.where ?? "channel";
  const base = {
    id: nextId("update"), timestamp: new Date().toISOString(), channelId: "msteams", serviceUrl: bot.serviceUrl,
    from: { id: ADMIN.id, name: ADMIN.name, aadObjectId: ADMIN.aadObjectId }, recipient: BOT,
    conversation: { ...conversation(where, ADMIN), id: where === "channel" ? CHANNEL_ID : conversation(where, ADMIN).id },
    channelData: channelData(where),
  };
  return o.type === "installationUpdate"
    ? { ...base, type: "installationUpdate", action: "add" }
    : { ...base, type: "conversationUpdate", membersAdded: [BOT], channelData: { ...base.channelData, eventType: "teamMemberAdded" } };
}

/** The Adaptive Card in a recorded connector request (a reply or a proactive post). */
export function cardOf(request: { body: any }): any {
  const attachment = request.body?.attachments?.[0];
  if (attachment?.contentType !== "application/vnd.microsoft.card.adaptive") throw new Error(`not an Adaptive Card: ${JSON.stringify(request.body).slice(0, 300)}`);
  return attachment.content;
}

/** Every string in a card, for "does it say …" checks. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (x: unknown) => {
    if (typeof x === "string") out.push(x);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") Object.values(x).forEach(walk);
  };
  walk(card);
  return out.join("\n");
}
