// Bot Framework authentication with an app id configured: the real SDK validates RS256 tokens
// against a local OpenID metadata/JWKS server, so nothing calls out to Microsoft.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { pino } from "pino";
import { APP_ID, message, startTeamsBot, type TeamsBot } from "./helpers.js";

let bot: TeamsBot;
// botframework-connector console.errors every refused token (with the keys); the bot drops those
// lines, and this spy (installed first, so the bot's filter writes through it) proves it.
const sdkConsole = vi.spyOn(console, "error").mockImplementation(() => {});
beforeAll(async () => { bot = await startTeamsBot({ auth: true }); });
afterAll(async () => { sdkConsole.mockRestore(); await bot?.close(); });
beforeEach(() => { bot.connector.reset(); });

const replies = () => bot.connector.activities().length;

describe("inbound JWT validation", () => {
  const cases: { name: string; token: () => string | null; status: number }[] = [
    { name: "valid", token: () => bot.openid!.sign({ aud: APP_ID, serviceUrl: bot.serviceUrl }), status: 200 },
    { name: "missing", token: () => null, status: 401 },
    { name: "wrong audience", token: () => bot.openid!.sign({ aud: "some-other-bot", serviceUrl: bot.serviceUrl }), status: 401 },
    // Older than the SDK's five-minute clock tolerance.
    { name: "expired", token: () => bot.openid!.sign({ aud: APP_ID, serviceUrl: bot.serviceUrl, expiresIn: -3600 }), status: 401 },
    { name: "serviceUrl claim mismatch", token: () => bot.openid!.sign({ aud: APP_ID, serviceUrl: "https://smba.trafficmanager.net/emea/" }), status: 401 },
    { name: "bad signature", token: () => bot.openid!.sign({ aud: APP_ID, serviceUrl: bot.serviceUrl, forge: true }), status: 401 },
    { name: "wrong issuer", token: () => bot.openid!.sign({ aud: APP_ID, serviceUrl: bot.serviceUrl, issuer: "https://evil.example/" }), status: 401 },
    { name: "not a JWT", token: () => "not.a.jwt", status: 401 },
  ];

  for (const c of cases) {
    it(`${c.name} -> ${c.status === 200 ? "accepted" : "rejected"}`, async () => {
      const activity = message(bot, "help");
      const res = await bot.post(activity, { token: c.token() });
      expect(res.status).toBe(c.status);
      if (c.status === 200) {
        await bot.connector.waitFor((r) => r.path.endsWith(`/activities/${activity.id}`));
        expect(replies()).toBe(1);
      } else {
        expect(res.body).toEqual({ error: "unauthorized" });
        expect(replies()).toBe(0);
      }
    });
  }

  it("a rejected token writes nothing, and the process keeps serving", async () => {
    const links = await bot.t.db.channelLink.count();
    const identities = await bot.t.db.chatIdentity.count();
    for (let i = 0; i < 5; i++) {
      expect((await bot.post(message(bot, "progress 1 forged note"), { token: bot.openid!.sign({ aud: APP_ID, serviceUrl: bot.serviceUrl, forge: true }) })).status).toBe(401);
    }
    expect(await bot.t.db.channelLink.count()).toBe(links);
    expect(await bot.t.db.chatIdentity.count()).toBe(identities);
    expect(await bot.t.db.progressUpdate.count({ where: { text: "forged note" } })).toBe(0);
    expect((await fetch(`${bot.url}/healthz`)).status).toBeLessThan(500);
    expect((await bot.post(message(bot, "help"))).status).toBe(200);
  });

  it("keeps the SDK's key dump for each refused token (forged, expired) off stderr", () => {
    // By now every case above (bad signature, expired, wrong issuer…) has been refused.
    expect(sdkConsole).not.toHaveBeenCalled();
  });

  it("rejects bodies that are not activities with 400", async () => {
    const res = await fetch(`${bot.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(res.status).toBe(400);
    const noType = await bot.post({ text: "hello" });
    expect(noType.status).toBe(400);
  });
});

describe("unauthenticated local mode", () => {
  it("runs only when TEAMS_ALLOW_UNAUTHENTICATED is set, warns at start, and accepts activities without a token", async () => {
    const lines: { level: number; msg: string }[] = [];
    const log = pino({ level: "warn" }, { write: (line: string) => { lines.push(JSON.parse(line)); } });
    const local = await startTeamsBot({ auth: false, log });
    try {
      expect(lines.some((l) => l.level === 40 && /WITHOUT authentication/.test(l.msg))).toBe(true);
      const activity = message(local, "due this week");
      const res = await local.post(activity, { token: null });
      expect(res.status).toBe(200);
      await local.connector.waitFor((r) => r.path.endsWith(`/activities/${activity.id}`));
    } finally {
      await local.close();
    }
  });

  it("is off without an app id or the flag: nothing is served", async () => {
    const off = await startTeamsBot({ auth: false, seed: false, env: { TEAMS_ALLOW_UNAUTHENTICATED: "false" } });
    try {
      const res = await off.post(message(off, "due this week"), { token: null });
      expect(res.status).toBe(404);
      expect(off.connector.requests).toHaveLength(0);
    } finally {
      await off.close();
    }
  });
});
