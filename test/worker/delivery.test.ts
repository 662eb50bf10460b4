// A scheduled report delivered to the local Slack and Teams stand-ins, and what happens when they fail.
import { readFileSync, statSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runNow } from "../../worker/run-now.js";
import { linkSecret, signReportPath } from "../../core/links.js";
import { ADMIN_CHANNEL, CYP_CHANNEL, TEAMS_CONVERSATION, startWorkerHarness, type WorkerHarness } from "./harness.js";

let h: WorkerHarness;
beforeAll(async () => { h = await startWorkerHarness(); }, 120_000);
afterAll(async () => { await h?.close(); });
beforeEach(() => { h.slack.reset(); h.connector.reset(); });

const teamsPosts = () => h.connector.requests.filter((r) => r.method === "POST" && r.path === `/v3/conversations/${TEAMS_CONVERSATION}/activities`);
const alerts = () => h.slack.callsTo("chat.postMessage").filter((c) => c.params.channel === ADMIN_CHANNEL);

describe("schedule run-now for the improvement-plan report", () => {
  it("uploads the PDF to Slack and posts a card with a working signed link to Teams", async () => {
    const id = await h.schedule("improvement-plan", [`slack:${CYP_CHANNEL}`, `teams:${h.teamsLinkId}`]);
    const app = h.app();
    const result = await runNow(app, id);
    expect(result.status).toBe("delivered");
    expect(result.deliveries.map((d) => [d.target, d.status])).toEqual([[`slack:${CYP_CHANNEL}`, "delivered"], [`teams:${h.teamsLinkId}`, "delivered"]]);

    const run = await h.db.reportRun.findUniqueOrThrow({ where: { id: result.runId } });
    const pdf = readFileSync(run.pdfPath!);
    const uploads = [...h.slack.uploads.values()].filter((u) => u.completed);
    expect(uploads).toHaveLength(1);
    expect(uploads[0]!.channel).toBe(CYP_CHANNEL);
    expect(uploads[0]!.length).toBe(statSync(run.pdfPath!).size);
    expect(Buffer.compare(uploads[0]!.data!, pdf)).toBe(0);
    const complete = h.slack.callsTo("files.completeUploadExternal")[0]!;
    expect(String(complete.params.initial_comment)).toMatch(/measures below target/);

    expect(teamsPosts()).toHaveLength(1);
    const card = teamsPosts()[0]!.body.attachments[0].content;
    const open = card.actions.find((a: { title: string }) => a.title === "Open report (PDF)");
    expect(open.url).toMatch(new RegExp(`^${h.botUrl}/reports/${result.runId}\\.pdf\\?exp=\\d+&sig=[0-9a-f]{64}$`));
    const fetched = await fetch(open.url);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.compare(Buffer.from(await fetched.arrayBuffer()), pdf)).toBe(0);
    const html = await fetch(open.url.replace(".pdf?", ".html?"));
    expect(await html.text()).toContain("<html lang=\"en-GB\"");

    const tampered = open.url.replace(/sig=(.)/, (_: string, c: string) => `sig=${c === "a" ? "b" : "a"}`);
    expect((await fetch(tampered)).status).toBe(403);
    const otherRun = open.url.replace(`/reports/${result.runId}.pdf`, `/reports/${result.runId + 1}.pdf`);
    expect((await fetch(otherRun)).status).toBe(403);
    const secret = linkSecret(undefined, h.env.SCRUTINEER_DATA_DIR!);
    const expired = `${h.botUrl}${signReportPath(result.runId, new Date(Date.now() - 60_000), secret)}`;
    expect((await fetch(expired)).status).toBe(410);
  }, 60_000);
});

describe("failures", () => {
  it("retries a Slack 429 and delivers", async () => {
    const id = await h.schedule("actions", [`slack:${CYP_CHANNEL}`]);
    h.slack.rateLimit("files.getUploadURLExternal", 1, 1);
    const started = Date.now();
    const result = await runNow(h.app(), id);
    expect(result.status).toBe("delivered");
    expect(h.slack.callsTo("files.getUploadURLExternal").map((c) => c.status)).toEqual([429, 200]);
    expect(Date.now() - started).toBeLessThan(60_000); // one Retry-After second, not a stall
  });

  it("fails channel_not_found at once, alerts the admins once per streak, and notes the recovery once", async () => {
    const id = await h.schedule("meetings", [`slack:${CYP_CHANNEL}`]);
    h.slack.fail("files.completeUploadExternal", "channel_not_found", 2);
    const first = await runNow(h.app(), id);
    expect(first.status).toBe("failed");
    expect(first.deliveries[0]).toMatchObject({ status: "failed", attempts: 1 });
    expect(first.deliveries[0]!.lastError).toMatch(/Slack channel was not found/);
    expect(alerts()).toHaveLength(1);
    expect(String(alerts()[0]!.params.text)).toMatch(/could not deliver "Meetings digest".*channel was not found/);

    const second = await runNow(h.app(), id);
    expect(second.status).toBe("failed");
    expect(alerts()).toHaveLength(1); // same streak: no second alert

    const third = await runNow(h.app(), id);
    expect(third.status).toBe("delivered");
    expect(alerts()).toHaveLength(2);
    expect(String(alerts()[1]!.params.text)).toMatch(/^Recovered: "Meetings digest"/);
    await runNow(h.app(), id);
    expect(alerts()).toHaveLength(2);
  }, 120_000);

  it("says which targets failed and never calls a partial run delivered", async () => {
    const silent = await h.db.channelLink.create({ data: { councilId: 1, platform: "teams", workspaceId: "tenant-1", channelId: "19:never-spoke@thread.tacv2" } });
    const id = await h.schedule("meetings", [`slack:${CYP_CHANNEL}`, `teams:${silent.id}`]);
    const result = await runNow(h.app(), id);
    expect(result.status).toBe("partial");
    expect(result.deliveries[1]).toMatchObject({ target: `teams:${silent.id}`, status: "failed", attempts: 1 });
    expect(result.deliveries[1]!.lastError).toMatch(/mention the bot in that channel/);
  });
});
