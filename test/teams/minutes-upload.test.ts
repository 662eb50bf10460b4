// Minutes sent to the bot in a Teams personal chat, over real HTTP: a signed message activity with a
// file.download.info attachment, the download from the fake's downloadUrl, the proposal card with
// "Add N actions" (Action.Execute), and the import its invoke makes.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ADMIN, ANDY, cardAction, cardOf, cardText, message, nextId, startTeamsBot, type TeamsBot, type User, type Where } from "./helpers.js";
import { fixture } from "../import/helpers/paths.js";
import { makeDocx } from "../import/helpers/docs.js";
import { FILE_DOWNLOAD_INFO, MINUTES_VERB } from "../../bot/teams/minutes.js";

const SEPTEMBER = readFileSync(fixture("herefordshire-cyp-minutes-2020-09-15.txt"));
const MARCH = readFileSync(fixture("herefordshire-cyp-minutes-2020-03-16.txt"));

let bot: TeamsBot;
beforeAll(async () => {
  // The fake serves downloadUrls on 127.0.0.1; the real bot only fetches SharePoint/OneDrive https links.
  bot = await startTeamsBot({ teams: { fileHosts: (url) => url.hostname === "127.0.0.1" } });
  await bot.t.db.person.update({ where: { id: 11 }, data: { email: ANDY.email } });
});
afterAll(async () => { await bot?.close(); });
beforeEach(() => { bot.connector.reset(); });

const counts = async () => ({
  actions: await bot.t.db.action.count(), meetings: await bot.t.db.meeting.count(), audit: await bot.t.db.auditEvent.count({ where: { verb: "import.minutes" } }),
});
const downloads = () => bot.connector.requests.filter((r) => r.method === "GET" && r.path.startsWith("/files/")).length;

function attachment(name: string, downloadUrl: string, fileType = name.split(".").pop()!) {
  return { contentType: FILE_DOWNLOAD_INFO, contentUrl: "https://contoso-my.sharepoint.com/personal/x/Documents/Microsoft Teams Chat Files/" + name, name, content: { downloadUrl, uniqueId: nextId("unique"), fileType } };
}

/** Sends a file as Teams does, and returns the cards the bot answered with. */
async function send(name: string, url: string, o: { from?: User; where?: Where; text?: string; token?: string | null } = {}) {
  const activity = { ...message(bot, o.text ?? "", { where: o.where ?? "personal", from: o.from ?? ADMIN, mention: false }), attachments: [attachment(name, url)] };
  const res = await bot.post(activity, o.token === undefined ? {} : { token: o.token });
  if (res.status !== 200) return { res, cards: [] as any[], text: "" };
  const reply = await bot.connector.waitFor((r) => r.method === "POST" && r.path.endsWith(`/activities/${activity.id}`), 8000);
  const card = cardOf(reply);
  return { res, card, cards: [card], text: cardText(card) };
}

const add = (data: unknown, o: { from?: User; id?: string } = {}) => bot.post(cardAction(bot, MINUTES_VERB, data as Record<string, unknown>, { where: "personal", from: o.from ?? ADMIN, id: o.id }));

describe("minutes sent to the bot in a personal chat", () => {
  it("downloads the file and proposes the 20 actions with an \"Add 20 actions\" Action.Execute; nothing is written", async () => {
    const { downloadUrl } = bot.connector.hostFile("cyp-minutes-2020-09-15.txt", SEPTEMBER);
    const before = await counts();
    const { card, text } = await send("cyp-minutes-2020-09-15.txt", downloadUrl);
    expect(downloads()).toBe(1);
    expect(text).toContain("Minutes of Tuesday 15 September 2020: 20 proposed actions");
    expect(text).toContain("Director children and families");
    expect(text).toContain("Tuesday 1 December 2020");
    expect(card.actions).toHaveLength(1);
    expect(card.actions[0]).toMatchObject({ type: "Action.Execute", title: "Add 20 actions", verb: MINUTES_VERB, data: { minutes: { url: downloadUrl, committee: "herefordshire-cyp" } } });
    expect(card.actions[0].data.minutes.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
    expect(await counts()).toEqual(before);
  });

  it("\"Add 20 actions\" imports them once with provenance and replaces the card; another press or a redelivered invoke adds nothing", async () => {
    const { downloadUrl } = bot.connector.hostFile("september.txt", SEPTEMBER);
    const { card } = await send("september.txt", downloadUrl);
    const data = card.actions[0].data;
    const before = await counts();

    const invoke = cardAction(bot, MINUTES_VERB, data, { where: "personal", from: ADMIN });
    const first = await bot.post(invoke);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    expect(cardText(first.body.value)).toContain("Added 20 actions from the minutes of Tuesday 15 September 2020");
    expect(first.body.value.actions).toBeUndefined();
    const after = await counts();
    expect(after.actions - before.actions).toBe(20);
    expect(after.audit - before.audit).toBe(20);
    expect(after.meetings).toBe(before.meetings);
    const meeting = await bot.t.db.meeting.findFirstOrThrow({ where: { key: "cyp-2020-09-15" } });
    const rows = await bot.t.db.action.findMany({ where: { meetingId: meeting.id, sourceKey: { startsWith: "minutes:" } } });
    expect(rows).toHaveLength(20);
    expect(rows.every((a) => a.provenance && a.provenance.length > 20)).toBe(true);
    const audit = await bot.t.db.auditEvent.findFirstOrThrow({ where: { verb: "import.minutes" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ channel: "teams", actorText: "Scrutiny Admin" });

    // Teams redelivers the same invoke: the same answer, nothing written.
    const again = await bot.post(invoke);
    expect(cardText(again.body.value)).toContain("Added 20 actions");
    expect(await counts()).toEqual(after);
    // A second press (a new invoke): nothing new, and the card says so.
    const second = await add(data);
    expect(cardText(second.body.value)).toContain("Nothing added: the 20 actions from these minutes were already in the tracker");
    expect(await counts()).toEqual(after);
  });

  it("refuses to import a file that changed after the proposal, or whose link expired, and writes nothing", async () => {
    const { id, downloadUrl } = bot.connector.hostFile("march.txt", MARCH);
    const { card } = await send("march.txt", downloadUrl);
    expect(card.actions[0].title).toBe("Add 9 actions");
    const before = await counts();
    bot.connector.hostFile("march.txt", Buffer.concat([MARCH, Buffer.from("\nA late correction.\n")]), id);
    const changed = await add(card.actions[0].data);
    expect(cardText(changed.body.value)).toMatch(/march\.txt has changed since I proposed its actions, so nothing was added/);
    bot.connector.expireFile(id);
    const expired = await add(card.actions[0].data);
    expect(cardText(expired.body.value)).toMatch(/The link Teams gave me for march\.txt has expired/);
    expect(await counts()).toEqual(before);
  });

  it("refuses a non-admin clearly, downloading and writing nothing; a forged button press is refused the same way", async () => {
    const { downloadUrl } = bot.connector.hostFile("minutes.txt", SEPTEMBER);
    const before = await counts();
    const { card, text } = await send("minutes.txt", downloadUrl, { from: ANDY });
    expect(text).toMatch(/Only a Scrutineer admin can import minutes/);
    expect(card.actions).toBeUndefined();
    const forged = await add({ minutes: { url: downloadUrl, name: "minutes.txt", sha256: "0".repeat(64), committee: "herefordshire-cyp" } }, { from: ANDY });
    expect(cardText(forged.body.value)).toMatch(/Only a Scrutineer admin can import minutes/);
    expect(downloads()).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it("reads a .docx, and answers unsupported, empty, unreadable, misplaced and off-site files with a clear message", async () => {
    const docx = bot.connector.hostFile("january.docx", await makeDocx([
      "Minutes of the meeting of the Children and young people scrutiny committee held at Shire Hall on Tuesday 12 January 2021 at 2.00 pm",
      "12. SCHOOL PLACES", "The Head of Learning and Achievement agreed to provide a breakdown of surplus places by school by 26 February 2021.",
    ]));
    const read = await send("january.docx", docx.downloadUrl);
    expect(read.card.actions[0].title).toBe("Add 1 action");
    expect(read.text).toContain("Friday 26 February 2021");

    const before = await counts();
    bot.connector.reset();
    expect((await send("budget.xlsx", bot.connector.hostFile("budget.xlsx", "PK").downloadUrl)).text).toMatch(/budget\.xlsx: cannot import \.xlsx files here/);
    expect(downloads()).toBe(0); // refused by its name, before any download
    expect((await send("empty.txt", bot.connector.hostFile("empty.txt", "").downloadUrl)).text).toContain("empty.txt is empty");
    expect((await send("scan.pdf", bot.connector.hostFile("scan.pdf", "not a pdf at all").downloadUrl)).text).toContain("scan.pdf is not a PDF file");
    const big = bot.connector.hostFile("big.txt", Buffer.alloc(21 * 1024 * 1024, 0x61));
    expect((await send("big.txt", big.downloadUrl)).text).toMatch(/big\.txt is more than 20\.0 MB; the import limit is 20\.0 MB/);
    expect((await send("minutes.txt", "https://intranet.example.org/minutes.txt")).text).toMatch(/I only download files that Teams stores/);
    expect((await send("minutes.txt", bot.connector.hostFile("m.txt", MARCH).downloadUrl, { where: "channel" })).text).toMatch(/Send minutes to me in a personal chat/);
    expect(await counts()).toEqual(before);
  });

  it("rejects an activity with a bad token with 401, and downloads nothing", async () => {
    const { downloadUrl } = bot.connector.hostFile("forged.txt", SEPTEMBER);
    const { res } = await send("forged.txt", downloadUrl, { token: "not.a.token" });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(downloads()).toBe(0);
    expect(bot.connector.activities()).toHaveLength(0);
  });
});
