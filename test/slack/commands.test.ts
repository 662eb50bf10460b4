// "/scrutiny <text>" over real HTTP: answered in the ack when quick, through response_url when slow;
// rendered as Block Kit within Slack's limits; "link" for admins only; sharing keeps secrets private.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordProgress } from "../../core/queries/actions.js";
import { blockText, buttonPayload, CHANNEL, startHarness, USERS, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

interface Message { response_type?: string; text: string; blocks: { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { action_id?: string; value?: string; text: string | { text: string } }[] }[]; replace_original?: boolean; delete_original?: boolean }

function buttons(m: Message) {
  return m.blocks.filter((b) => b.type === "actions").flatMap((b) => b.elements ?? []);
}

describe("/scrutiny due this week", () => {
  it("answers within 3 s, in the ack, naming the 1 December agenda despatch and the 25 November question deadline", async () => {
    const started = Date.now();
    const res = await h.command("due this week");
    const elapsed = Date.now() - started;
    expect(res.status).toBe(200);
    expect(elapsed).toBeLessThan(3000);
    const m = await res.json() as Message;
    expect(m.response_type).toBe("ephemeral");
    const text = blockText(m.blocks);
    expect(text).toContain("Agenda despatch for the Tuesday 1 December 2020 meeting");
    expect(text).toContain("Monday 23 November 2020 (today)");
    expect(text).toContain("Public questions deadline for the Tuesday 1 December 2020 meeting");
    expect(text).toContain("5.00pm Wednesday 25 November 2020");
    expect(text).toContain("Overdue actions (8)");
    expect(m.blocks[0]).toMatchObject({ type: "header", text: { type: "plain_text", text: "Due this week: Monday 23 November 2020 to Sunday 29 November 2020" } });
    expect(m.text).toMatch(/^Due this week/);
    // Andy owns actions 1, 2 and 11: those have buttons in his private answer; the others are read-only for him.
    const update = buttons(m).filter((b) => b.action_id === "scrutiny.progress").map((b) => b.value);
    expect(update.sort()).toEqual(["11|due this week", "1|due this week", "2|due this week"]);
    expect(buttons(m).some((b) => b.action_id === "scrutiny.share" && b.value === "due this week")).toBe(true);
    // Only the look-up of who Andy is went to Slack; the answer itself went back in the ack.
    expect(h.fake.callsTo("users.info").map((c) => c.params.user)).toEqual([USERS.andy.id]);
    expect(h.fake.callsTo("response_url")).toHaveLength(0);
  });

  it("remembers who the user is: the next command makes no users.info call", async () => {
    const before = h.fake.callsTo("users.info").length;
    const res = await h.command("meetings next");
    expect(res.status).toBe(200);
    expect(blockText((await res.json() as Message).blocks)).toContain("Tuesday 1 December 2020");
    expect(h.fake.callsTo("users.info")).toHaveLength(before);
  });

  it("explains what it did not understand, privately", async () => {
    const m = await (await h.command("dew this week")).json() as Message;
    expect(m.response_type).toBe("ephemeral");
    expect(m.text).toMatch(/I don't know "dew"\. Did you mean "due"\?/);
    expect(buttons(m).some((b) => b.action_id === "scrutiny.share")).toBe(false);
  });
});

describe("kept answers", () => {
  it("sends the same bytes to a repeated question, and the new answer once the data changes elsewhere", async () => {
    const first = await (await h.command("action 1")).text();
    const again = await (await h.command("action 1")).text();
    expect(again).toBe(first);
    // A write from another process (here: core, as the CLI would) is seen by the next asker.
    const admin = { personId: null, name: "cli", isAdmin: true, channel: "cli" as const };
    await recordProgress(h.t.deps(), await h.t.tenant(), admin, { actionId: 1, text: "Kept-answer check: leaflet printed" });
    const after = await (await h.command("action 1")).text();
    expect(after).not.toBe(first);
    expect(blockText((JSON.parse(after) as Message).blocks)).toContain("Kept-answer check: leaflet printed");
  });
});

describe("slow answers", () => {
  it("acks within 3 s and follows up through response_url when the answer takes longer", async () => {
    // A user Scrutineer has not seen: their email lookup is slow today.
    h.fake.addUser({ id: "U0SLOW", name: "slow", email: "slow@herefordshire.gov.uk" });
    h.fake.script("users.info", { delayMs: 2600 });
    const responseUrl = h.fake.responseUrl("slow-answer");
    const form = new URLSearchParams({ team_id: "T0001", channel_id: CHANNEL, user_id: "U0SLOW", user_name: "slow", command: "/scrutiny", text: "due this week", response_url: responseUrl, trigger_id: "1.2.3" });
    const started = Date.now();
    const res = await h.post(form.toString());
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await res.json()).toMatchObject({ response_type: "ephemeral", text: "Looking that up…" });
    const follow = await h.fake.waitFor("response_url", (c) => c.path.endsWith("/slow-answer"), 5000);
    const m = follow.params as unknown as Message;
    expect(m.response_type).toBe("ephemeral");
    expect(blockText(m.blocks)).toContain("Agenda despatch for the Tuesday 1 December 2020 meeting");
  });

  it("waits out a 429 from the Web API (Retry-After: 1) and retries, still answering in time", async () => {
    h.fake.addUser({ id: "U0LIMIT", name: "limited", email: "limited@herefordshire.gov.uk" });
    h.fake.rateLimit("users.info", 1);
    const started = Date.now();
    const form = new URLSearchParams({ team_id: "T0001", channel_id: CHANNEL, user_id: "U0LIMIT", user_name: "limited", command: "/scrutiny", text: "due this week", response_url: h.fake.responseUrl("limited"), trigger_id: "1.2.4" });
    const res = await h.post(form.toString());
    const elapsed = Date.now() - started;
    expect(res.status).toBe(200);
    expect(elapsed).toBeLessThan(3000);
    const calls = h.fake.callsTo("users.info").filter((c) => c.params.user === "U0LIMIT");
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(990);
    // Usually answered in the ack; on a busy machine the answer may follow through response_url instead.
    const acked = await res.json() as Message;
    const answer = acked.blocks ? acked : (await h.fake.waitFor("response_url", (c) => c.path.endsWith("/limited"))).params as unknown as Message;
    expect(blockText(answer.blocks)).toContain("Agenda despatch");
  });
});

describe("/scrutiny link <committee>", () => {
  it("refuses a non-admin clearly and links nothing", async () => {
    const m = await (await h.command("link herefordshire-cyp", { user: "matthew", channel: "C0LINK" })).json() as Message;
    expect(m.text).toContain("Only an admin can link a channel to a committee");
    expect(await h.t.db.channelLink.count()).toBe(0);
  });

  it("tells an admin to link from the channel itself, not a direct message", async () => {
    const m = await (await h.command("link cyp", { user: "admin", channel: "D0ADMIN" })).json() as Message;
    expect(m.text).toContain("\"link\" ties a Slack or Teams channel to a committee, so use it in that channel.");
    expect(await h.t.db.channelLink.count()).toBe(0);
  });

  it("lets an admin make a committee the channel's default", async () => {
    const m = await (await h.command("link cyp", { user: "admin", channel: "C0LINK" })).json() as Message;
    expect(m.text).toContain("This channel now follows Children and young people scrutiny committee");
    const link = await h.t.db.channelLink.findFirst({ where: { platform: "slack", channelId: "C0LINK" } });
    expect(link).toMatchObject({ workspaceId: "T0001", committeeId: expect.any(Number) as number });
    expect(await h.t.db.auditEvent.count({ where: { verb: "channel.link" } })).toBe(1);
  });
});

describe("Share in channel and More", () => {
  it("keeps a confidential action out of the channel, while its committee members see it privately", async () => {
    await h.t.db.action.update({ where: { id: 4 }, data: { classification: "exempt" } });
    try {
      // Carole chairs the committee: her private answer includes action 4, marked confidential.
      const mine = await (await h.command("actions overdue", { user: "carole" })).json() as Message;
      expect(blockText(mine.blocks)).toMatch(/Confidential.*#4 Children and families/s);
      // Matthew is not a member: even privately he does not see it.
      const his = await (await h.command("actions overdue", { user: "matthew" })).json() as Message;
      expect(blockText(his.blocks)).not.toContain("#4 Children and families");

      const responseUrl = h.fake.responseUrl("share-1");
      const res = await h.interact(buttonPayload({ user: "carole", actionId: "scrutiny.share", value: "actions overdue", responseUrl }));
      expect(res.status).toBe(200);
      const shared = await h.fake.waitFor("response_url", (c) => c.path.endsWith("/share-1") && c.params.response_type === "in_channel");
      const text = blockText((shared.params as unknown as Message).blocks);
      expect(text).toContain("#2 To arrange and facilitate");
      expect(text).not.toContain("#4 Children and families");
      expect(text).toContain("1 confidential action is not shown here.");
      expect(text).toContain(`Shared by <@${USERS.carole.id}>`);
      expect(buttons(shared.params as unknown as Message).some((b) => b.action_id === "scrutiny.share")).toBe(false);
      // The private copy is removed once the shared one is posted.
      const removed = await h.fake.waitFor("response_url", (c) => c.path.endsWith("/share-1") && c.params.delete_original === true);
      expect(removed.at).toBeGreaterThanOrEqual(shared.at);
    } finally {
      await h.t.db.action.update({ where: { id: 4 }, data: { classification: "open" } });
    }
  });

  it("pages a long list with More, privately", async () => {
    const first = await (await h.command("actions")).json() as Message;
    const more = buttons(first).find((b) => b.action_id === "scrutiny.more");
    expect(more?.value).toBe("actions page 2");
    expect(typeof more?.text === "object" && more.text.text).toBe("More (page 2)");
    const responseUrl = h.fake.responseUrl("more-1");
    await h.interact(buttonPayload({ actionId: "scrutiny.more", value: more!.value!, responseUrl }));
    const page2 = await h.fake.waitFor("response_url", (c) => c.path.endsWith("/more-1"));
    expect(page2.params).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(blockText((page2.params as unknown as Message).blocks)).toMatch(/Page 2 of \d+/);
  });
});
