// The fake Slack Web API behaves like Slack towards the real @slack/web-api client, so other tests
// (report delivery with files.uploadV2, chat.postMessage) can rely on it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebClient, ErrorCode, LogLevel } from "@slack/web-api";
import { startFakeSlackApi, type FakeSlackApi } from "../fakes/slack-api.js";

let fake: FakeSlackApi;
let client: WebClient;
beforeAll(async () => {
  fake = await startFakeSlackApi({ token: "xoxb-fake", channels: ["C0REPORTS"], users: [{ id: "U1", email: "a@b.gov.uk", name: "a" }] });
  client = new WebClient("xoxb-fake", { slackApiUrl: fake.url, logLevel: LogLevel.ERROR, retryConfig: { retries: 2, minTimeout: 50, maxTimeout: 200 } });
});
afterAll(async () => { await fake?.close(); });

describe("fake Slack Web API", () => {
  it("records every call with its method, token and decoded parameters", async () => {
    fake.reset();
    const res = await client.chat.postMessage({ channel: "C0REPORTS", text: "hello", blocks: [{ type: "section", text: { type: "mrkdwn", text: "*hi*" } }] });
    expect(res.ok).toBe(true);
    expect(res.ts).toMatch(/^\d+\.\d{6}$/);
    const [call] = fake.callsTo("chat.postMessage");
    expect(call).toMatchObject({ token: "xoxb-fake", status: 200, params: { channel: "C0REPORTS", text: "hello", blocks: [{ type: "section" }] } });
    expect(call!.contentType).toBe("application/x-www-form-urlencoded");
  });

  it("answers like Slack for unknown channels, bad tokens and scripted error codes", async () => {
    await expect(client.chat.postMessage({ channel: "C0GONE", text: "x" })).rejects.toMatchObject({ code: ErrorCode.PlatformError, data: { error: "channel_not_found" } });
    const stranger = new WebClient("xoxb-wrong", { slackApiUrl: fake.url });
    await expect(stranger.auth.test()).rejects.toMatchObject({ data: { error: "invalid_auth" } });
    fake.fail("chat.postMessage", "not_in_channel");
    await expect(client.chat.postMessage({ channel: "C0REPORTS", text: "x" })).rejects.toMatchObject({ data: { error: "not_in_channel" } });
    expect((await client.chat.postMessage({ channel: "C0REPORTS", text: "x" })).ok).toBe(true);
  });

  it("rate-limits with 429 and Retry-After, and the client retries after waiting", async () => {
    fake.reset();
    fake.rateLimit("chat.postMessage", 1);
    const started = Date.now();
    const res = await client.chat.postMessage({ channel: "C0REPORTS", text: "after a wait" });
    expect(res.ok).toBe(true);
    const calls = fake.callsTo("chat.postMessage");
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(calls[0]!.response).toEqual({ ok: false, error: "ratelimited" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it("supports files.uploadV2: upload URL, the upload itself, then completion into a channel", async () => {
    fake.reset();
    const pdf = Buffer.from("%PDF-1.7\nfake report\n%%EOF\n");
    const res = await client.filesUploadV2({ channel_id: "C0REPORTS", file: pdf, filename: "actions-2020-21-Q2.pdf", title: "Actions report", initial_comment: "This week's actions report" });
    expect(res.ok).toBe(true);
    expect(fake.calls.map((c) => c.method)).toEqual(["files.getUploadURLExternal", "upload", "files.completeUploadExternal"]);
    const [get, upload, complete] = fake.calls;
    expect(get!.params).toMatchObject({ filename: "actions-2020-21-Q2.pdf", length: String(pdf.length) });
    expect(upload!.parts?.[0]?.data.equals(pdf)).toBe(true);
    expect(complete!.params).toMatchObject({ channel_id: "C0REPORTS", initial_comment: "This week's actions report" });
    const stored = [...fake.uploads.values()].at(-1)!;
    expect(stored).toMatchObject({ filename: "actions-2020-21-Q2.pdf", completed: true, title: "Actions report", channel: "C0REPORTS" });
    expect(stored.data!.equals(pdf)).toBe(true);
  });

  it("refuses to complete an upload into a channel that does not exist", async () => {
    await expect(client.filesUploadV2({ channel_id: "C0NOPE", file: Buffer.from("x"), filename: "x.pdf" }))
      .rejects.toMatchObject({ data: { error: "channel_not_found" } });
  });

  it("records what is posted to a response_url, and can wait for it", async () => {
    const url = fake.responseUrl("r1");
    const waiting = fake.waitFor("response_url", (c) => c.path.endsWith("/r1"));
    await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "later", replace_original: true }) });
    expect((await waiting).params).toEqual({ text: "later", replace_original: true });
  });

  it("looks users up by id, with their email", async () => {
    const res = await client.users.info({ user: "U1" });
    expect(res.user?.profile?.email).toBe("a@b.gov.uk");
    await expect(client.users.info({ user: "U404" })).rejects.toMatchObject({ data: { error: "user_not_found" } });
  });
});
