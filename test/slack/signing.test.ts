// Every request to /slack/events must be signed by Slack, recently: anything else is a 401 that
// touches nothing (no database write, no Web API call).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonPayload, nowSeconds, SECRET, sign, startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

/** Counts of everything a request could change. */
async function sideEffects() {
  const db = h.t.db;
  const [progress, audit, identities, links, actions] = await Promise.all([
    db.progressUpdate.count(), db.auditEvent.count(), db.chatIdentity.count(), db.channelLink.count(),
    db.action.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
  ]);
  return { progress, audit, identities, links, actions, slackCalls: h.fake.calls.length };
}

// A request that would change things if it got through: "Mark complete" on action 2 by its owner.
const completeBody = () => new URLSearchParams({
  payload: JSON.stringify(buttonPayload({ actionId: "scrutiny.complete", value: "2|due this week", responseUrl: h.fake.responseUrl() })),
}).toString();

describe("signature verification", () => {
  const cases: [string, () => Promise<Response>][] = [
    ["a signature made with another secret", () => h.post(completeBody(), { secret: "not-the-signing-secret" })],
    ["a signature that is not v0", () => { const ts = nowSeconds(); return h.post(completeBody(), { timestamp: ts, signature: sign(SECRET, ts, completeBody()).replace("v0=", "v1=") }); }],
    ["a tampered body (signed one body, sent another)", () => {
      const honest = new URLSearchParams({ payload: JSON.stringify(buttonPayload({ actionId: "scrutiny.more", value: "help" })) }).toString();
      return h.post(honest, { sendInstead: completeBody() });
    }],
    ["a timestamp more than 5 minutes old", () => h.post(completeBody(), { timestamp: nowSeconds() - 5 * 60 - 30 })],
    ["a timestamp more than 5 minutes in the future", () => h.post(completeBody(), { timestamp: nowSeconds() + 5 * 60 + 30 })],
    ["no signature header", () => h.post(completeBody(), { omit: ["x-slack-signature"] })],
    ["no timestamp header", () => h.post(completeBody(), { omit: ["x-slack-request-timestamp"] })],
    ["no signing headers at all", () => h.post(completeBody(), { omit: ["x-slack-signature", "x-slack-request-timestamp"] })],
    ["a timestamp that is not a number", () => h.post(completeBody(), { headers: { "x-slack-request-timestamp": "soon" } })],
  ];

  for (const [name, send] of cases) {
    it(`rejects ${name} with 401 and no side effects`, async () => {
      const before = await sideEffects();
      const res = await send();
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: "invalid request signature" });
      // Anything started by the request would have happened by now.
      await new Promise((r) => setTimeout(r, 100));
      expect(await sideEffects()).toEqual(before);
    });
  }

  it("accepts a slash command signed exactly as Slack signs it, then the same within the 5-minute window", async () => {
    const ok = await h.command("help");
    expect(ok.status).toBe(200);
    const recent = await h.post(new URLSearchParams({ team_id: "T0001", user_id: "U0ANDY", user_name: "andy", channel_id: "C0CYP", command: "/scrutiny", text: "help", response_url: h.fake.responseUrl() }).toString(), { timestamp: nowSeconds() - 4 * 60 });
    expect(recent.status).toBe(200);
  });

  it("answers the Events API URL check only when it is signed", async () => {
    const body = JSON.stringify({ token: "x", challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", type: "url_verification" });
    const good = await h.post(body, { contentType: "application/json" });
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
    const forged = await h.post(body, { contentType: "application/json", secret: "guess" });
    expect(forged.status).toBe(401);
  });

  it("refuses a signed body it cannot read, clearly", async () => {
    const res = await h.post("<xml/>", { contentType: "text/xml" });
    expect(res.status).toBe(400);
    expect((await res.json() as { error: string }).error).toMatch(/unsupported content type "text\/xml"/);
  });
});
