// Daily reminders to action owners, and the weekly "due this week" digest to linked channels.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runNow } from "../../worker/run-now.js";
import { handleText } from "../../core/commands/handle.js";
import { consoleContext } from "../../core/commands/context.js";
import { CYP_CHANNEL, TEAMS_CONVERSATION, startWorkerHarness, type WorkerHarness } from "./harness.js";

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
