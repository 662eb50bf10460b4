// Daily reminders to action owners, and the weekly "due this week" digest to linked channels.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runNow } from "../../worker/run-now.js";
import { handleText } from "../../core/commands/handle.js";
import { consoleContext } from "../../core/commands/context.js";
import { CYP_CHANNEL, TEAMS_CONVERSATION, startWorkerHarness, type WorkerHarness } from "./harness.js";
import { cardOf, cardText } from "../teams/helpers.js";

let h: WorkerHarness;
beforeAll(async () => {
  h = await startWorkerHarness();
  const council = await h.db.council.findUniqueOrThrow({ where: { slug: "herefordshire" } });
  const andy = await h.db.person.update({ where: { councilId_key: { councilId: council.id, key: "andy-gill" } }, data: { email: "andy.gill@herefordshire.gov.uk" } });
  await h.db.chatIdentity.create({ data: { platform: "slack", workspaceId: "T0001", userId: "U0ANDY", email: andy.email, personId: andy.id } });
  const ceri = await h.db.person.findUniqueOrThrow({ where: { councilId_key: { councilId: council.id, key: "ceri-morgan" } } });
  await h.db.chatIdentity.create({ data: { platform: "slack", workspaceId: "T0001", userId: "U0CERI", email: "ceri@example.org", personId: ceri.id } });
  h.slack.addUser({ id: "U0ANDY", email: "andy.gill@herefordshire.gov.uk" });
  h.slack.addUser({ id: "U0CERI", email: "ceri@example.org" });
  const committee = await h.db.committee.findUniqueOrThrow({ where: { slug: "herefordshire-cyp" } });
  await h.db.channelLink.create({ data: { councilId: council.id, platform: "slack", workspaceId: "T0001", channelId: CYP_CHANNEL, committeeId: committee.id } });
}, 120_000);
afterAll(async () => { await h?.close(); });
beforeEach(() => { h.slack.reset(); h.connector.reset(); });

const dmsTo = (user: string) => h.slack.callsTo("chat.postMessage").filter((c) => c.params.channel === user);

describe("daily reminders", () => {
  it("DM each known owner their overdue and soon-due actions, and stop for someone who opts out", async () => {
    const id = await h.schedule("reminders", [], "0 8 * * 1-5");
    const first = await runNow(h.app(), id);
    expect(first.status).toBe("delivered");
    expect(first.deliveries.map((d) => d.target).sort()).toEqual(["slack-dm:U0ANDY", "slack-dm:U0CERI"]);
    const andy = JSON.stringify(dmsTo("U0ANDY")[0]!.params);
    expect(andy).toContain("public health led publicity campaign");
    expect(andy).not.toContain("Children and families to request all interventions"); // Ceri's, not Andy's
    expect(JSON.stringify(dmsTo("U0CERI")[0]!.params)).toContain("Children and families to request all interventions");

    const deps = h.t.deps("2020-11-23");
    const tenant = await h.t.tenant();
    const off = await handleText({ ...deps, db: h.db }, await consoleContext({ db: h.db }, tenant, "andy-gill", []), "reminders off");
    expect(off.title).toBe("Daily reminders are off");
    h.slack.reset();
    const second = await runNow(h.app(), id);
    expect(second.deliveries.map((d) => d.target)).toEqual(["slack-dm:U0CERI"]);
    expect(dmsTo("U0ANDY")).toHaveLength(0);
  }, 60_000);
});

// Teams users as Teams sends them; the harness's Teams tenant is "tenant-1".
const TENANT = "tenant-1";
interface TeamsUser { id: string; aadObjectId: string; name: string; key: string; email: string }
const SALWA: TeamsUser = { id: "29:salwa-farid", aadObjectId: "aad-salwa", name: "Salwa Farid", key: "salwa-farid", email: "salwa.farid@herefordshire.gov.uk" };
const NICOLA: TeamsUser = { id: "29:nicola-turvey", aadObjectId: "aad-nicola", name: "Nicola Turvey", key: "nicola-turvey", email: "nicola.turvey@herefordshire.gov.uk" };
const CHRIS: TeamsUser = { id: "29:chris-jones", aadObjectId: "aad-chris", name: "Chris Jones", key: "chris-jones", email: "chris.jones@herefordshire.gov.uk" };
const BOT = { id: "28:scrutineer", name: "Scrutineer" };
let said = 0;

/** A message to the bot over real HTTP, in the user's personal chat with it or @mentioning it in the linked channel. */
async function say(user: TeamsUser, where: "personal" | "channel", text: string) {
  const council = await h.db.council.findUniqueOrThrow({ where: { slug: "herefordshire" } });
  await h.db.person.update({ where: { councilId_key: { councilId: council.id, key: user.key } }, data: { email: user.email } });
  h.connector.addMember({ id: user.id, aadObjectId: user.aadObjectId, name: user.name, email: user.email, userPrincipalName: user.email, tenantId: TENANT });
  const personal = where === "personal";
  const activity = {
    type: "message", id: `msg-${++said}`, timestamp: new Date().toISOString(), channelId: "msteams", serviceUrl: `${h.connector.url}/`,
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId }, recipient: BOT, locale: "en-GB",
    conversation: personal
      ? { id: `a:personal-${user.aadObjectId}`, conversationType: "personal", tenantId: TENANT }
      : { id: `${TEAMS_CONVERSATION};messageid=16061256${said}`, conversationType: "channel", tenantId: TENANT, isGroup: true },
    text: personal ? text : `<at>Scrutineer</at> ${text}`, textFormat: "plain",
    entities: personal ? [] : [{ type: "mention", mentioned: BOT, text: "<at>Scrutineer</at>" }],
    channelData: personal ? { tenant: { id: TENANT } } : { tenant: { id: TENANT }, team: { id: "19:scrutiny-team@thread.tacv2" }, channel: { id: TEAMS_CONVERSATION } },
  };
  const res = await fetch(`${h.botUrl}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });
  expect(res.status).toBe(200);
}

const teamsPosts = (conversation: RegExp) => h.connector.requests.filter((r) => r.method === "POST" && r.status === 200 && conversation.test(r.path));
const opened = () => h.connector.requests.filter((r) => r.method === "POST" && r.path === "/v3/conversations");
const teamsTargets = (r: { deliveries: { target: string }[] }) => r.deliveries.map((d) => d.target).filter((t) => t.startsWith("teams-dm:")).sort();

describe("daily reminders in Teams", () => {
  it("DM each Teams owner in their personal chat: the one stored when they wrote to the bot, or one opened for them", async () => {
    await say(SALWA, "personal", "actions mine"); // her personal chat with the bot is stored
    await say(NICOLA, "channel", "due this week"); // she has only spoken in the channel
    h.connector.reset();
    h.slack.reset();
    const id = await h.schedule("reminders", [], "0 8 * * 1-5");
    const first = await runNow(h.app(), id);
    expect(first.status).toBe("delivered");
    expect(teamsTargets(first)).toEqual(["teams-dm:aad-nicola", "teams-dm:aad-salwa"]);
    expect(first.deliveries.every((d) => d.status === "delivered" && d.attempts === 1)).toBe(true);
    expect(await h.db.delivery.count({ where: { runId: first.runId } })).toBe(first.deliveries.length);
    expect(new Set(first.deliveries.map((d) => d.target)).size).toBe(first.deliveries.length);

    // Salwa: into the chat she wrote in, without asking Teams to open one.
    const toSalwa = teamsPosts(/^\/v3\/conversations\/a:personal-aad-salwa\/activities$/);
    expect(toSalwa).toHaveLength(1);
    expect(cardText(cardOf(toSalwa[0]!))).toContain("Pathway to be developed by Child Exploitation team");
    expect(cardText(cardOf(toSalwa[0]!))).not.toContain("The Early help strategic group");
    expect(opened().filter((r) => JSON.stringify(r.body.members).includes("aad-salwa"))).toHaveLength(0);

    // Nicola: Teams is asked for the 1:1 chat with her (her id, the tenant, the channel's serviceUrl), then the card goes there.
    expect(opened()).toHaveLength(1);
    expect(opened()[0]!.body).toMatchObject({ isGroup: false, tenantId: TENANT, bot: BOT, members: [{ id: "aad-nicola" }], channelData: { tenant: { id: TENANT } } });
    const toNicola = teamsPosts(/^\/v3\/conversations\/a:fake-conversation-\d+\/activities$/);
    expect(toNicola).toHaveLength(1);
    expect(toNicola[0]!.body.replyToId).toBeUndefined();
    expect(cardText(cardOf(toNicola[0]!))).toContain("The Early help strategic group");
    expect(cardText(cardOf(toNicola[0]!))).toContain("reminders off");
    const chat = toNicola[0]!.path.split("/")[3]!;
    const stored = await h.db.channelLink.findFirstOrThrow({ where: { platform: "teams", workspaceId: TENANT, channelId: chat } });
    expect(JSON.parse(stored.conversationRef!)).toMatchObject({ conversation: { id: chat, conversationType: "personal" }, user: { aadObjectId: "aad-nicola" } });
    expect(stored.committeeId).toBeNull(); // a personal chat gets no weekly digest

    // The next run reuses the chat Teams opened: one message each, nothing opened again.
    h.connector.reset();
    const second = await runNow(h.app(), id);
    expect(second.status).toBe("delivered");
    expect(teamsTargets(second)).toEqual(["teams-dm:aad-nicola", "teams-dm:aad-salwa"]);
    expect(opened()).toHaveLength(0);
    expect(teamsPosts(new RegExp(`^/v3/conversations/${chat}/activities$`))).toHaveLength(1);
    expect(teamsPosts(/^\/v3\/conversations\/a:personal-aad-salwa\/activities$/)).toHaveLength(1);
  }, 60_000);

  it("fails one person's Teams DM at once when Teams refuses to open the chat, sends the rest, and honours 'reminders off' said in Teams", async () => {
    await say(CHRIS, "channel", "help");
    await say(SALWA, "personal", "reminders off");
    h.connector.reset();
    h.connector.failNext({ status: 403, match: (r) => r.method === "POST" && r.path === "/v3/conversations" });
    const id = await h.schedule("reminders", [], "0 8 * * 1-5");
    const result = await runNow(h.app(), id);
    expect(result.status).toBe("partial");
    expect(teamsTargets(result)).toEqual(["teams-dm:aad-chris", "teams-dm:aad-nicola"]);
    const chris = result.deliveries.find((d) => d.target === "teams-dm:aad-chris")!;
    expect(chris).toMatchObject({ status: "failed", attempts: 1 });
    expect(chris.lastError).toMatch(/Teams refused the direct message \(HTTP 403\)/);
    expect(result.deliveries.filter((d) => d.target !== chris.target).every((d) => d.status === "delivered")).toBe(true);
    expect(opened()).toHaveLength(1); // permanent: not retried
    expect(teamsPosts(/a:personal-aad-salwa/)).toHaveLength(0);
  }, 60_000);
});

describe("weekly digest", () => {
  it("posts 'due this week' to every channel linked to the committee, Slack and Teams, once each", async () => {
    const id = await h.schedule("weekly-digest", [], "0 8 * * 1");
    const result = await runNow(h.app(), id);
    expect(result.status).toBe("delivered");
    expect(result.deliveries.map((d) => d.target).sort()).toEqual([`slack:${CYP_CHANNEL}`, `teams:${h.teamsLinkId}`].sort());
    const slack = h.slack.callsTo("chat.postMessage").filter((c) => c.params.channel === CYP_CHANNEL);
    expect(slack).toHaveLength(1);
    expect(JSON.stringify(slack[0]!.params)).toContain("Agenda despatch for the Tuesday 1 December 2020 meeting");
    const teams = h.connector.requests.filter((r) => r.method === "POST" && r.path === `/v3/conversations/${TEAMS_CONVERSATION}/activities`);
    expect(teams).toHaveLength(1);
    expect(JSON.stringify(teams[0]!.body)).toContain("5.00pm Wednesday 25 November 2020");
  }, 60_000);
});
