// Minutes sent to the bot in a Slack DM, over real HTTP: the signed file_share event, the download with
// the bot token from the fake Slack, the proposal with "Add N actions", and the import its click makes.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockText, buttonPayload, startHarness, USERS, type Harness } from "./harness.js";
import type { SlackCall, SlackFileObject } from "../fakes/slack-api.js";
import { fixture } from "../import/helpers/paths.js";
import { makeDocx, makePdf } from "../import/helpers/docs.js";
import { MINUTES_ACTION } from "../../bot/slack/minutes.js";

const SEPTEMBER = readFileSync(fixture("herefordshire-cyp-minutes-2020-09-15.txt"));
const MARCH = readFileSync(fixture("herefordshire-cyp-minutes-2020-03-16.txt"));
const JANUARY = [
  "Minutes of the meeting of the Children and young people scrutiny committee held at Shire Hall on Tuesday 12 January 2021 at 2.00 pm",
  "12. SCHOOL PLACES", "Members requested a breakdown of surplus places by school. The Head of Learning and Achievement agreed to provide it by 26 February 2021.",
  "13. DATE OF NEXT MEETING", "The next meeting will be held on Tuesday 9 February 2021 at 2.00 pm.",
];

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let seq = 0;
const counts = async () => ({
  actions: await h.t.db.action.count(), meetings: await h.t.db.meeting.count(), audit: await h.t.db.auditEvent.count({ where: { verb: "import.minutes" } }),
});

/** The file_share event Slack sends when someone drops a file into their DM with the app. */
function fileShare(user: keyof typeof USERS, files: Partial<SlackFileObject>[], text = "") {
  const ts = `1606122${String(++seq).padStart(3, "0")}.000100`;
  return {
    type: "message", subtype: "file_share", text, user: USERS[user].id, channel: `D0${USERS[user].id.slice(2)}`, channel_type: "im",
    ts, event_ts: ts, upload: false, display_as_bot: false, files,
  };
}

const channelOf = (user: keyof typeof USERS) => `D0${USERS[user].id.slice(2)}`;

/** Waits for the next message the bot posts in that DM after `from` calls. */
async function nextPost(channel: string, from: number): Promise<SlackCall> {
  return h.fake.waitFor("chat.postMessage", (c) => h.fake.calls.indexOf(c) >= from && c.params.channel === channel, 8000);
}

function minutesButton(call: SlackCall): { text: string; value: string; style?: string } | null {
  const blocks = call.params.blocks as { type: string; elements?: { action_id?: string; text: { text: string }; value: string; style?: string }[] }[];
  const b = blocks.flatMap((x) => (x.type === "actions" ? x.elements ?? [] : [])).find((e) => e.action_id === MINUTES_ACTION);
  return b ? { text: b.text.text, value: b.value, style: b.style } : null;
}

async function click(value: string, opts: { user?: keyof typeof USERS; actionTs?: string } = {}) {
  const user = opts.user ?? "admin";
  const responseUrl = h.fake.responseUrl();
  const payload = buttonPayload({ user, actionId: MINUTES_ACTION, value, channel: channelOf(user), ephemeral: false, responseUrl, actionTs: opts.actionTs });
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  const res = await h.post(body);
  return { res, body, responseUrl };
}

async function propose(user: keyof typeof USERS, file: SlackFileObject, text = ""): Promise<SlackCall> {
  const from = h.fake.calls.length;
  const res = await h.event(fileShare(user, [file], text));
  expect(res.status).toBe(200);
  return nextPost(channelOf(user), from);
}

describe("minutes sent to the bot in a DM", () => {
  it("acks at once, downloads with the bot token, and proposes the 20 actions with an \"Add 20 actions\" button; nothing is written", async () => {
    const file = h.fake.hostFile({ id: "F0SEPT", name: "cyp-minutes-2020-09-15.txt", data: SEPTEMBER });
    const before = await counts();
    h.fake.script("file_download", { delayMs: 1200 });
    const from = h.fake.calls.length;
    const started = Date.now();
    const res = await h.event(fileShare("admin", [file]));
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000); // acked before the (slow) download finished
    const post = await nextPost(channelOf("admin"), from);

    const download = h.fake.callsTo("file_download").at(-1)!;
    expect(download.token).toBe("xoxb-test-token");
    expect(download.path).toContain("F0SEPT");
    const button = minutesButton(post)!;
    expect(button).toMatchObject({ text: "Add 20 actions", style: "primary" });
    expect(button.value).toMatch(/^F0SEPT\|[0-9a-f]{64}\|herefordshire-cyp$/);
    const text = blockText(post.params.blocks);
    expect(text).toContain("Minutes of Tuesday 15 September 2020: 20 proposed actions");
    expect(text).toContain("Children and young people scrutiny committee, Tuesday 15 September 2020, 1.00pm, online meeting");
    expect(text).toContain("Director children and families");
    expect(text).toContain("Tuesday 1 December 2020"); // a due date, en-GB
    expect(text).toContain("Recommends that the executive considers the possibility of a working group");
    expect(text).toContain("Nothing has been added yet");
    expect(await counts()).toEqual(before);
  });

  it("\"Add 20 actions\" imports them once, with provenance and audit, and replaces the message; a second click and a replay add nothing", async () => {
    const file = h.fake.hostFile({ id: "F0SEPT", name: "cyp-minutes-2020-09-15.txt", data: SEPTEMBER });
    const post = await propose("admin", file);
    const value = minutesButton(post)!.value;
    const before = await counts();

    const from = h.fake.calls.length;
    const first = await click(value);
    expect(first.res.status).toBe(200);
    const update = await h.fake.waitFor("chat.update", (c) => h.fake.calls.indexOf(c) >= from, 8000);
    expect(update.params).toMatchObject({ channel: channelOf("admin"), ts: "1606122000.000100" });
    const text = blockText(update.params.blocks);
    expect(text).toContain("Added 20 actions from the minutes of Tuesday 15 September 2020");
    expect(minutesButton(update)).toBeNull();

    const after = await counts();
    expect(after.actions - before.actions).toBe(20);
    expect(after.audit - before.audit).toBe(20);
    expect(after.meetings).toBe(before.meetings);
    const meeting = await h.t.db.meeting.findFirstOrThrow({ where: { key: "cyp-2020-09-15" } });
    const rows = await h.t.db.action.findMany({ where: { meetingId: meeting.id, sourceKey: { startsWith: "minutes:" } } });
    expect(rows).toHaveLength(20);
    expect(rows.every((a) => a.provenance && a.provenance.length > 20 && a.status === "open")).toBe(true);
    const audit = await h.t.db.auditEvent.findFirstOrThrow({ where: { verb: "import.minutes" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ channel: "slack", entityType: "action" });
    expect(JSON.parse(audit.detail)).toMatchObject({ source: "import:minutes:cyp-minutes-2020-09-15.txt" });
    expect(text).toContain(`#${rows[0]!.id}`);

    // A second press: nothing new, and the message says so.
    const from2 = h.fake.calls.length;
    await click(value);
    const second = await h.fake.waitFor("chat.update", (c) => h.fake.calls.indexOf(c) >= from2, 8000);
    expect(blockText(second.params.blocks)).toContain("Nothing added: the 20 actions from these minutes were already in the tracker");
    expect(await counts()).toEqual(after);

    // The very same signed request again (a retry or a replay): still nothing.
    const from3 = h.fake.calls.length;
    const replay = await h.post(first.body, { headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } });
    expect(replay.status).toBe(200);
    await h.fake.waitFor("chat.update", (c) => h.fake.calls.indexOf(c) >= from3, 8000);
    expect(await counts()).toEqual(after);
  });

  it("refuses to import a file that changed after the proposal, and writes nothing", async () => {
    const file = h.fake.hostFile({ id: "F0MARCH", name: "minutes-march.txt", data: MARCH });
    const value = minutesButton(await propose("admin", file))!.value;
    expect(minutesButton(await propose("admin", file))!.text).toBe("Add 9 actions");
    h.fake.hostFile({ id: "F0MARCH", name: "minutes-march.txt", data: Buffer.concat([MARCH, Buffer.from("\nA late correction.\n")]) });
    const before = await counts();
    const { responseUrl } = await click(value);
    const said = await h.fake.waitFor("response_url", (c) => responseUrl.endsWith(c.path), 8000);
    expect(said.params.text).toMatch(/minutes-march\.txt has changed since I proposed its actions, so nothing was added/);
    expect(await counts()).toEqual(before);
  });

  it("refuses a non-admin's upload clearly, without downloading or writing anything; their click is refused too", async () => {
    const file = h.fake.hostFile({ id: "F0ANDY", name: "minutes.txt", data: SEPTEMBER, user: USERS.andy.id });
    const before = await counts();
    const downloads = h.fake.callsTo("file_download").length;
    const post = await propose("andy", file);
    expect(post.params.text).toMatch(/Only a Scrutineer admin can import minutes/);
    expect(minutesButton(post)).toBeNull();

    const admin = minutesButton(await propose("admin", h.fake.hostFile({ id: "F0ADM2", name: "minutes.txt", data: MARCH })))!.value;
    const afterAdmin = h.fake.callsTo("file_download").length;
    const { responseUrl } = await click(admin, { user: "andy" });
    const said = await h.fake.waitFor("response_url", (c) => responseUrl.endsWith(c.path), 8000);
    expect(said.params.text).toMatch(/Only a Scrutineer admin can import minutes/);
    expect(h.fake.callsTo("file_download").length).toBe(afterAdmin);
    expect(afterAdmin - downloads).toBe(1); // the admin's upload only
    expect(await counts()).toEqual(before);
  });

  it("reads .docx and .pdf minutes the same way", async () => {
    const docx = await propose("admin", h.fake.hostFile({ id: "F0DOCX", name: "january.docx", data: await makeDocx(JANUARY) }));
    expect(minutesButton(docx)!.text).toBe("Add 1 action");
    expect(blockText(docx.params.blocks)).toContain("Friday 26 February 2021");
    const pdf = await propose("admin", h.fake.hostFile({ id: "F0PDF", name: "january.pdf", data: makePdf(JANUARY) }));
    expect(minutesButton(pdf)!.text).toBe("Add 1 action");
    expect(blockText(pdf.params.blocks)).toContain("Head of Learning and Achievement");
  });

  it("answers unsupported, empty, oversized and unreadable files with a clear message, downloading only what it must", async () => {
    const before = await counts();
    const downloads = h.fake.callsTo("file_download").length;
    const sheet = await propose("admin", h.fake.hostFile({ id: "F0XLSX", name: "budget.xlsx", data: "PK" }));
    expect(sheet.params.text).toMatch(/budget\.xlsx: cannot import \.xlsx files here; use \.txt/);
    const empty = await propose("admin", h.fake.hostFile({ id: "F0EMPTY", name: "empty.txt", data: "" }));
    expect(empty.params.text).toBe("empty.txt is empty");
    const huge = await propose("admin", { ...h.fake.hostFile({ id: "F0HUGE", name: "huge.txt", data: "x" }), size: 25 * 1024 * 1024 });
    expect(huge.params.text).toBe("huge.txt is 25.0 MB; the import limit is 20.0 MB");
    expect(h.fake.callsTo("file_download").length).toBe(downloads); // all three refused before any download

    // The size Slack states can be wrong: the download itself stops at the limit.
    const liar = await propose("admin", { ...h.fake.hostFile({ id: "F0LIAR", name: "liar.txt", data: Buffer.alloc(21 * 1024 * 1024, 0x61) }), size: 1000 });
    expect(liar.params.text).toMatch(/liar\.txt is more than 20\.0 MB; the import limit is 20\.0 MB/);
    const fake = await propose("admin", h.fake.hostFile({ id: "F0BAD", name: "minutes.pdf", data: "this is not a PDF" }));
    expect(fake.params.text).toBe("minutes.pdf is not a PDF file");
    const undated = await propose("admin", h.fake.hostFile({ id: "F0NODATE", name: "notes.txt", data: "Some notes with no meeting in them." }));
    expect(undated.params.text).toMatch(/could not find the meeting date in the minutes/);
    expect(await counts()).toEqual(before);
  });

  it("fetches the details a file_share event leaves out, and says so when the file was deleted", async () => {
    const file = h.fake.hostFile({ id: "F0INFO", name: "march.txt", data: MARCH });
    const post = await propose("admin", { id: file.id, file_access: "check_file_info" } as Partial<SlackFileObject> as SlackFileObject);
    expect(minutesButton(post)!.text).toBe("Add 9 actions");
    h.fake.removeFile("F0INFO");
    const { responseUrl } = await click(minutesButton(post)!.value);
    const said = await h.fake.waitFor("response_url", (c) => responseUrl.endsWith(c.path), 8000);
    expect(said.params.text).toMatch(/no longer in Slack/);
  });

  it("rejects a forged (badly signed) file_share event with 401, and reads nothing", async () => {
    h.fake.hostFile({ id: "F0FORGE", name: "forged.txt", data: SEPTEMBER });
    const calls = h.fake.calls.length;
    const body = JSON.stringify({ type: "event_callback", team_id: "T0001", api_app_id: "A0SCRUTINY", event_id: "EvForged", event: fileShare("admin", [{ id: "F0FORGE" }]) });
    const res = await h.post(body, { contentType: "application/json", secret: "not-the-signing-secret" });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.calls.length).toBe(calls);
  });

  it("answers a typed direct message with what it can do", async () => {
    const from = h.fake.calls.length;
    await h.event({ type: "message", text: "hello", user: USERS.carole.id, channel: "D0CAROLE", channel_type: "im", ts: "1606123000.000100", event_ts: "1606123000.000100" });
    const post = await nextPost("D0CAROLE", from);
    expect(post.params.text).toMatch(/Send me published minutes/);
  });
});
