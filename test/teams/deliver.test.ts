// Proactive delivery for the worker: a card into a linked Teams channel through the stored
// conversation reference, with the connector's 429s retried as Retry-After asks.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { postCardToChannel } from "../../bot/teams/deliver.js";
import { replyToCard } from "../../bot/teams/card.js";
import { retryAfterMs } from "../../bot/teams/retry.js";
import { CHANNEL_ID, TENANT, cardOf, cardText, installed, startTeamsBot, type TeamsBot } from "./helpers.js";

let bot: TeamsBot;
let linkId: number;
const card = replyToCard({ title: "Actions report for Q2 2020-21", sections: [{ text: "The report is ready." }] });

beforeAll(async () => {
  bot = await startTeamsBot();
  // The bot learns where the channel is when it is installed there.
  expect((await bot.post(installed(bot))).status).toBe(200);
  const link = await bot.t.db.channelLink.findUniqueOrThrow({ where: { platform_workspaceId_channelId: { platform: "teams", workspaceId: TENANT, channelId: CHANNEL_ID } } });
  linkId = link.id;
});
afterAll(async () => { await bot?.close(); });
beforeEach(() => { bot.connector.reset(); });

const posts = () => bot.connector.requests.filter((r) => r.method === "POST" && r.path === `/v3/conversations/${CHANNEL_ID}/activities`);

describe("postCardToChannel", () => {
  it("posts the card into the channel (a new post, not into an old thread) with the bot's credentials", async () => {
    const result = await postCardToChannel(bot.ctx, linkId, card);
    expect(result.activityId).toMatch(/^fake-/);
    const [post] = posts();
    expect(post).toBeDefined();
    expect(post!.path).toBe(`/v3/conversations/${CHANNEL_ID}/activities`);
    expect(post!.headers.authorization).toMatch(/^Bearer /);
    expect(cardText(cardOf(post!))).toContain("Actions report for Q2 2020-21");
  });

  it("renders a neutral Reply too", async () => {
    await postCardToChannel(bot.ctx, linkId, { title: "Plan status", sections: [{ text: "All measures reported." }] });
    expect(cardText(cardOf(posts()[0]!))).toContain("All measures reported.");
  });

  it("waits as a 429's Retry-After asks, then delivers", async () => {
    bot.connector.failNext({ status: 429, retryAfter: "1" });
    const started = Date.now();
    const result = await postCardToChannel(bot.ctx, linkId, card);
    const elapsed = Date.now() - started;
    expect(result.activityId).toMatch(/^fake-/);
    expect(posts().map((p) => p.status)).toEqual([429, 200]);
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(5000);
  });

  it("keeps retrying sustained throttling, a bounded number of times, then reports failure", async () => {
    bot.connector.failNext({ status: 429, retryAfter: "0", times: 6 });
    const ok = await postCardToChannel(bot.ctx, linkId, card);
    expect(ok.attempts).toBe(2);
    expect(posts().filter((p) => p.status === 429)).toHaveLength(6);

    bot.connector.reset();
    bot.connector.failNext({ status: 429, retryAfter: "0", times: 100 });
    await expect(postCardToChannel(bot.ctx, linkId, card)).rejects.toMatchObject({ statusCode: 429 });
    expect(posts().length).toBeLessThanOrEqual(12);
    bot.connector.reset();
  });

  it("does not retry a refusal, and reports it rather than pretending it was delivered", async () => {
    bot.connector.failNext({ status: 403 });
    await expect(postCardToChannel(bot.ctx, linkId, card)).rejects.toMatchObject({ statusCode: 403 });
    expect(posts()).toHaveLength(1);
  });

  it("never posts a reply holding exempt items to a channel", async () => {
    await expect(postCardToChannel(bot.ctx, linkId, { title: "Action #6", sections: [], containsExempt: true })).rejects.toThrow(/confidential/);
    expect(posts()).toHaveLength(0);
  });

  it("explains a link it cannot post to", async () => {
    await expect(postCardToChannel(bot.ctx, 999_999, card)).rejects.toThrow(/no Teams channel link 999999/);
    const bare = await bot.t.db.channelLink.create({ data: { councilId: 1, platform: "teams", workspaceId: TENANT, channelId: "19:never-heard-from@thread.tacv2" } });
    await expect(postCardToChannel(bot.ctx, bare.id, card)).rejects.toThrow(/mention the bot in that channel/);
  });
});

describe("retryAfterMs", () => {
  it("reads seconds and HTTP dates", () => {
    expect(retryAfterMs("2")).toBe(2000);
    expect(retryAfterMs("Wed, 21 Oct 2015 07:28:05 GMT", Date.parse("Wed, 21 Oct 2015 07:28:00 GMT"))).toBe(5000);
    expect(retryAfterMs("soon")).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });
});
