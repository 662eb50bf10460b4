// The real bot server (bot/server.ts) with Slack on, a fresh demo database, and the fake Slack Web API,
// all on 127.0.0.1; plus requests built and signed exactly as Slack builds and signs them.
import { createHmac } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../../core/config.js";
import { silentLogger } from "../../core/logger.js";
import { fixedClock, parseNow } from "../../core/clock.js";
import { createBotServer } from "../../bot/server.js";
import { freshDb, type TestDb } from "../helpers/db.js";
import { startFakeSlackApi, type FakeSlackApi, type FakeUser } from "../fakes/slack-api.js";

export const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const TOKEN = "xoxb-test-token";
export const TEAM = "T0001";
export const CHANNEL = "C0CYP";
export const ADMIN_EMAIL = "scrutiny.admin@herefordshire.gov.uk";

/** Slack users in the fake workspace; the test database gives some of them these emails. */
export const USERS = {
  andy: { id: "U0ANDY", name: "andy.gill", email: "andy.gill@herefordshire.gov.uk" },          // owns actions 1, 2, 3 and 11
  carole: { id: "U0CAROLE", name: "carole.gandy", email: "carole.gandy@herefordshire.gov.uk" }, // chairs the committee
  matthew: { id: "U0MATT", name: "matthew.evans", email: "matthew.evans@herefordshire.gov.uk" }, // an officer; owns nothing
  admin: { id: "U0ADMIN", name: "admin", email: ADMIN_EMAIL },
  stranger: { id: "U0STRANGE", name: "stranger", email: "someone@example.org" },
} satisfies Record<string, FakeUser & { email: string }>;

export interface Harness {
  t: TestDb;
  fake: FakeSlackApi;
  url: string;
  /** POSTs a body to /slack/events, signed unless told otherwise. */
  post(body: string, opts?: PostOptions): Promise<Response>;
  command(text: string, opts?: { user?: keyof typeof USERS; channel?: string; responseUrl?: string }): Promise<Response>;
  interact(payload: object, opts?: PostOptions): Promise<Response>;
  event(event: object): Promise<Response>;
  close(): Promise<void>;
}

export interface PostOptions {
  contentType?: string;
  timestamp?: number;
  /** Sign with this secret instead (a forgery). */
  secret?: string;
  /** Replace the computed signature. */
  signature?: string;
  omit?: ("x-slack-signature" | "x-slack-request-timestamp")[];
  headers?: Record<string, string>;
  /** Sign this body but send another (tampering in transit). */
  sendInstead?: string;
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const t = await freshDb();
  // The demo people have no emails (but Matthew): give the ones these tests sign in as theirs.
  for (const [key, email] of [["andy-gill", USERS.andy.email], ["carole-gandy", USERS.carole.email]] as const) {
    await t.db.person.updateMany({ where: { key }, data: { email } });
  }
  const fake = await startFakeSlackApi({ token: TOKEN, teamId: TEAM, users: Object.values(USERS) });
  const config = loadConfig({
    DATABASE_URL: t.url, SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: fake.url,
    SCRUTINEER_ADMINS: ADMIN_EMAIL, SCRUTINEER_NOW: "2020-11-23", TZ: "Europe/London", LOG_LEVEL: "silent", ...env,
  });
  const deps = { db: t.db, clock: fixedClock(parseNow("2020-11-23", config.TZ)), log: silentLogger };
  const server: Server = await createBotServer({ config, deps });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

  const post = (body: string, opts: PostOptions = {}) => {
    const timestamp = opts.timestamp ?? nowSeconds();
    const headers: Record<string, string> = {
      "content-type": opts.contentType ?? "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": opts.signature ?? sign(opts.secret ?? SECRET, timestamp, body),
      ...opts.headers,
    };
    for (const h of opts.omit ?? []) delete headers[h];
    return fetch(url, { method: "POST", headers, body: opts.sendInstead ?? body });
  };

  return {
    t, fake, url, post,
    command: (text, opts = {}) => {
      const user = USERS[opts.user ?? "andy"];
      const form = new URLSearchParams({
        token: "legacy-verification-token", team_id: TEAM, team_domain: "herefordshire", channel_id: opts.channel ?? CHANNEL,
        channel_name: "cyp-scrutiny", user_id: user.id, user_name: user.name, command: "/scrutiny", text, api_app_id: "A0SCRUTINY",
        is_enterprise_install: "false", response_url: opts.responseUrl ?? fake.responseUrl(), trigger_id: `${Date.now()}.1.abc`,
      });
      return post(form.toString());
    },
    interact: (payload, opts) => post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), opts),
    event: (event) => post(JSON.stringify({
      token: "legacy", team_id: TEAM, api_app_id: "A0SCRUTINY", event, type: "event_callback", event_id: `Ev${Date.now()}`, event_time: nowSeconds(),
      authorizations: [{ team_id: TEAM, user_id: "UBOT", is_bot: true, is_enterprise_install: false }],
    }), { contentType: "application/json" }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.close();
      await t.close();
    },
  };
}

let triggers = 0;

/** A block_actions payload for a button, as Slack sends it from a message (or App Home). */
export function buttonPayload(opts: {
  user?: keyof typeof USERS; actionId: string; value: string; responseUrl?: string; ephemeral?: boolean; home?: boolean; channel?: string; actionTs?: string;
}): Record<string, unknown> {
  const user = USERS[opts.user ?? "andy"];
  const trigger = `${Date.now()}.${++triggers}.trigger`;
  const common = {
    type: "block_actions",
    user: { id: user.id, username: user.name, name: user.name, team_id: TEAM },
    api_app_id: "A0SCRUTINY", token: "legacy", trigger_id: trigger,
    team: { id: TEAM, domain: "herefordshire" }, enterprise: null, is_enterprise_install: false,
    actions: [{ action_id: opts.actionId, block_id: "b1", text: { type: "plain_text", text: "button", emoji: true }, value: opts.value, type: "button", action_ts: opts.actionTs ?? `${nowSeconds()}.${String(triggers).padStart(6, "0")}` }],
  };
  if (opts.home) {
    return { ...common, container: { type: "view", view_id: "V0HOME" }, view: { id: "V0HOME", type: "home", team_id: TEAM, blocks: [], hash: "1.1" } };
  }
  return {
    ...common,
    container: { type: "message", message_ts: "1606122000.000100", channel_id: opts.channel ?? CHANNEL, is_ephemeral: opts.ephemeral ?? true },
    channel: { id: opts.channel ?? CHANNEL, name: "cyp-scrutiny" },
    response_url: opts.responseUrl,
    state: { values: {} },
  };
}

/** The view_submission Slack sends when the user presses Save on a modal we opened. */
export function submissionPayload(opts: { user?: keyof typeof USERS; view: Record<string, unknown>; note: string; viewId?: string }): Record<string, unknown> {
  const user = USERS[opts.user ?? "andy"];
  return {
    type: "view_submission",
    team: { id: TEAM, domain: "herefordshire" },
    user: { id: user.id, username: user.name, name: user.name, team_id: TEAM },
    api_app_id: "A0SCRUTINY", token: "legacy", trigger_id: `${Date.now()}.${++triggers}.submit`,
    view: {
      ...opts.view, id: opts.viewId ?? "V0MODAL1", team_id: TEAM, hash: "1606122000.abcdef", app_id: "A0SCRUTINY",
      state: { values: { note: { text: { type: "plain_text_input", value: opts.note } } } },
    },
    response_urls: [], is_enterprise_install: false, enterprise: null,
  };
}

/** All the text a set of blocks shows, for assertions. */
export function blockText(blocks: unknown): string {
  const out: string[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") {
      for (const [k, v] of Object.entries(x)) {
        if (k === "text" && typeof v === "string") out.push(v);
        else walk(v);
      }
    }
  };
  walk(blocks);
  return out.join("\n");
}
