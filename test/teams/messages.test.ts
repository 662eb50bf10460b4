// Teams end to end over HTTP: activities signed as Teams signs them go to the real bot server, and
// its replies arrive at a fake Bot Framework connector as Adaptive Cards.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ADMIN, ANDY, CAROLE, CHANNEL_ID, STRANGER, TENANT, cardAction, cardOf, cardText, installed, message, startTeamsBot, type TeamsBot } from "./helpers.js";

let bot: TeamsBot;

beforeAll(async () => {
  bot = await startTeamsBot();
  const { db } = bot.t;
  await db.person.update({ where: { id: 11 }, data: { email: ANDY.email } }); // andy-gill owns actions 1, 2, 3, 6, 11
  await db.person.update({ where: { id: 1 }, data: { email: CAROLE.email } }); // a member of the committee
  await db.action.update({ where: { id: 6 }, data: { classification: "exempt" } });
});
afterAll(async () => { await bot?.close(); });
beforeEach(() => { bot.connector.reset(); });

async function ask(text: string, o: Parameters<typeof message>[2] = {}) {
  const activity = message(bot, text, o);
  const res = await bot.post(activity);
  expect(res.status).toBe(200);
  const reply = await bot.connector.waitFor((r) => r.method === "POST" && r.path.endsWith(`/activities/${activity.id}`));
  return { activity, reply, card: cardOf(reply), text: cardText(cardOf(reply)) };
}

describe("messages", () => {
  it('"@Scrutineer due this week" is answered in the thread with an Adaptive Card naming the despatch and question deadline', async () => {
    const { activity, reply, card, text } = await ask("due this week");
    expect(reply.path).toBe(`/v3/conversations/${activity.conversation.id}/activities/${activity.id}`);
    expect(reply.headers.authorization).toMatch(/^Bearer /);
    expect(reply.body.type).toBe("message");
    expect(card.type).toBe("AdaptiveCard");
    expect(card.version).toBe("1.5");
    expect(text).toContain("Agenda despatch for the Tuesday 1 December 2020 meeting");
    expect(text).toContain("5.00pm Wednesday 25 November 2020");
    expect(Buffer.byteLength(JSON.stringify(reply.body))).toBeLessThan(28 * 1024);
  });

  it("strips the mention however Teams wraps it, and answers a direct message without one", async () => {
    const dm = await ask("meetings", { where: "personal", mention: false });
    expect(dm.text).toMatch(/1 December 2020/);
    const html = await ask("<p>help</p>&nbsp;");
    expect(html.card.body[0].color).not.toBe("Attention");
    // Someone else's mention keeps their name: it is what the question is about.
    const other = message(bot, "actions <at>Andy Gill</at>");
    const res = await bot.post(other);
    expect(res.status).toBe(200);
    const reply = await bot.connector.waitFor((r) => r.path.endsWith(`/activities/${other.id}`));
    expect(cardText(cardOf(reply))).toMatch(/Open actions owned by Andy Gill/);
    // A mention entity that does not carry the bot's id still leaves the bot's name to strip.
    const odd = { ...message(bot, "meetings"), entities: [] };
    expect((await bot.post(odd)).status).toBe(200);
    const oddReply = await bot.connector.waitFor((r) => r.path.endsWith(`/activities/${odd.id}`));
    expect(cardText(cardOf(oddReply))).toMatch(/1 December 2020/);
  });

  it("gives owners Add progress / Mark complete buttons as Action.Execute, and readers none", async () => {
    const owner = await ask("action 1");
    const json = JSON.stringify(owner.card);
    expect(json).toContain('"type":"Action.Execute"');
    expect(json).toContain('"verb":"complete"');
    expect(json).toContain('"type":"Input.Text"');
    expect(owner.text).toContain("Add progress");
    expect(owner.text).toContain("Mark complete");
    const reader = await ask("action 1", { from: STRANGER });
    expect(JSON.stringify(reader.card)).not.toContain("Action.Execute");
  });

  it("looks the user up once with TeamsInfo.getMember, then uses the cached identity", async () => {
    await ask("actions mine", { from: CAROLE, where: "personal", mention: false });
    await ask("actions mine", { from: CAROLE, where: "personal", mention: false });
    const lookups = bot.connector.requests.filter((r) => r.method === "GET" && r.path.endsWith(`/members/${CAROLE.id}`));
    expect(lookups).toHaveLength(1);
  });

  it("keeps exempt items out of channels, but shows them to a committee member in a direct message", async () => {
    const channel = await ask("action 6");
    expect(channel.text).toMatch(/confidential/i);
    expect(channel.text).not.toContain("The CE Strategic Group will have blocks");
    const list = await ask("actions Andy Gill");
    expect(list.text).not.toContain("#6 ");
    expect(list.text).toMatch(/1 confidential action is not shown/);
    const dm = await ask("action 6", { from: CAROLE, where: "personal", mention: false });
    expect(dm.text).toContain("The CE Strategic Group will have blocks");
  });

  it("pages long lists with a More button that fetches the next page in place", async () => {
    const first = await ask("actions");
    const more = first.card.actions?.find((a: any) => a.verb === "page");
    expect(more?.type).toBe("Action.Execute");
    const res = await bot.post(cardAction(bot, "page", more.data));
    expect(res.status).toBe(200);
    expect(res.body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(cardText(res.body.value)).toMatch(/Page 2 of/);
  });

  it("answers an unknown command with a clear message, not an error status", async () => {
    const { text } = await ask("frobnicate the minutes");
    expect(text).toMatch(/frobnicate/);
  });
});

describe("conversation references", () => {
  it("stores the reference on install, on conversationUpdate and on messages", async () => {
    const res = await bot.post(installed(bot, { type: "installationUpdate" }));
    expect(res.status).toBe(200);
    const link = await bot.t.db.channelLink.findUnique({ where: { platform_workspaceId_channelId: { platform: "teams", workspaceId: TENANT, channelId: CHANNEL_ID } } });
    expect(link?.serviceUrl).toBe(bot.serviceUrl);
    expect(link?.teamId).toBe("19:team-general@thread.tacv2");
    const ref = JSON.parse(link!.conversationRef!);
    expect(ref.conversation.id).toBe(CHANNEL_ID);
    expect(ref.serviceUrl).toBe(bot.serviceUrl);
    expect(ref.activityId).toBeUndefined();

    expect((await bot.post(installed(bot, { type: "conversationUpdate", where: "personal" }))).status).toBe(200);
    expect(await bot.t.db.channelLink.count({ where: { platform: "teams", channelId: `a:personal-${ADMIN.aadObjectId}` } })).toBe(1);

    await ask("help", { from: CAROLE, where: "personal", mention: false });
    expect(await bot.t.db.channelLink.count({ where: { platform: "teams", channelId: `a:personal-${CAROLE.aadObjectId}` } })).toBe(1);
  });
});

describe("link", () => {
  it("refuses a non-admin and changes nothing", async () => {
    const { text } = await ask("link herefordshire-cyp", { from: ANDY });
    expect(text).toMatch(/Only an admin can link/);
    const link = await bot.t.db.channelLink.findFirst({ where: { platform: "teams", channelId: CHANNEL_ID } });
    expect(link?.committeeId ?? null).toBeNull();
    expect(await bot.t.db.auditEvent.count({ where: { verb: "channel.link" } })).toBe(0);
  });

  it("lets an admin tie the channel to a committee, with an audit event", async () => {
    const { text } = await ask("link herefordshire-cyp", { from: ADMIN });
    expect(text).toMatch(/now follows Children and young people/);
    const link = await bot.t.db.channelLink.findFirst({ where: { platform: "teams", channelId: CHANNEL_ID } });
    expect(link?.committeeId).toBe(1);
    expect(JSON.parse(link!.conversationRef!).conversation.id).toBe(CHANNEL_ID);
    expect(await bot.t.db.auditEvent.count({ where: { verb: "channel.link" } })).toBe(1);
  });
});

describe("card actions (adaptiveCard/action)", () => {
  const progressRows = (actionId: number) => bot.t.db.progressUpdate.count({ where: { actionId } });

  it('"Add progress" writes one progress row and an audit event, and returns the refreshed card; the same activity again writes nothing', async () => {
    const before = await progressRows(1);
    const invoke = cardAction(bot, "progress", { actionId: 1, source: "due this week", progress_1: "Campaign materials signed off by public health" });
    const first = await bot.post(invoke);
    expect(first.status).toBe(200);
    expect(first.body.statusCode).toBe(200);
    expect(first.body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(first.body.value.type).toBe("AdaptiveCard");
    expect(cardText(first.body.value)).toContain("Progress recorded on action 1.");
    expect(cardText(first.body.value)).toContain("Agenda despatch for the Tuesday 1 December 2020 meeting");
    expect(await progressRows(1)).toBe(before + 1);
    expect(await bot.t.db.auditEvent.count({ where: { verb: "action.progress", entityId: "1" } })).toBe(1);

    const again = await bot.post(invoke);
    expect(again.status).toBe(200);
    expect(cardText(again.body.value)).toContain("Already recorded");
    expect(await progressRows(1)).toBe(before + 1);
    expect(await bot.t.db.auditEvent.count({ where: { verb: "action.progress", entityId: "1" } })).toBe(1);
  });

  it("refuses a reader's forged button press, writes nothing, and says why on the card", async () => {
    const before = await progressRows(2);
    const res = await bot.post(cardAction(bot, "progress", { actionId: 2, progress_2: "I am not the owner" }, { from: STRANGER }));
    expect(res.status).toBe(200);
    expect(cardText(res.body.value)).toMatch(/Only Andy Gill or an admin can update action 2/);
    expect(await progressRows(2)).toBe(before);
  });

  it('"Mark complete" completes the action and the card shows it', async () => {
    const res = await bot.post(cardAction(bot, "complete", { actionId: 3 }));
    expect(res.status).toBe(200);
    expect(cardText(res.body.value)).toContain("Action 3 marked complete.");
    expect((await bot.t.db.action.findUnique({ where: { id: 3 } }))?.status).toBe("complete");
  });

  it("answers an empty note, a missing action id and an unknown verb with clear errors", async () => {
    const empty = await bot.post(cardAction(bot, "progress", { actionId: 11, progress_11: "   " }));
    expect(cardText(empty.body.value)).toMatch(/Say what progress was made/);
    const noId = await bot.post(cardAction(bot, "progress", { progress_1: "x" }));
    expect(noId.status).toBe(400);
    expect(noId.body.value.message).toMatch(/which action/);
    const unknown = await bot.post(cardAction(bot, "delete", { actionId: 1 }));
    expect(unknown.status).toBe(400);
    expect(await progressRows(11)).toBe(await bot.t.db.progressUpdate.count({ where: { actionId: 11 } }));
  });

  it("will not re-run a write command smuggled in as a card's source", async () => {
    const res = await bot.post(cardAction(bot, "page", { command: "link herefordshire-cyp" }, { from: ADMIN }));
    expect(res.status).toBe(400);
  });
});
