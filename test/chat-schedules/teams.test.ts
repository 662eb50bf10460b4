// Report schedules from Teams over real HTTP: "schedule …" typed to the bot, and the "schedule new"
// Adaptive Card form submitted with Action.Execute, against the fake Bot Framework connector.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ADMIN, ANDY, CHANNEL_ID, TENANT, cardAction, cardOf, cardText, message, nextId, startTeamsBot, type TeamsBot } from "../teams/helpers.js";

let bot: TeamsBot;
beforeAll(async () => { bot = await startTeamsBot(); });
afterAll(async () => { await bot?.close(); });
beforeEach(() => { bot.connector.reset(); });

const stored = async () => ({ schedules: await bot.t.db.reportSchedule.count(), audits: await bot.t.db.auditEvent.count({ where: { entityType: "schedule" } }) });
const channelLink = () => bot.t.db.channelLink.findUniqueOrThrow({ where: { platform_workspaceId_channelId: { platform: "teams", workspaceId: TENANT, channelId: CHANNEL_ID } } });

async function ask(text: string, o: Parameters<typeof message>[2] = {}) {
  const activity = message(bot, text, { from: ADMIN, ...o });
  const res = await bot.post(activity);
  expect(res.status).toBe(200);
  const reply = await bot.connector.waitFor((r) => r.method === "POST" && r.path.endsWith(`/activities/${activity.id}`));
  return { card: cardOf(reply), text: cardText(cardOf(reply)) };
}

/** Every element of a card, however deeply nested. */
function elements(card: any): any[] {
  const out: any[] = [];
  const walk = (x: any) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") { if (typeof x.type === "string") out.push(x); Object.values(x).forEach(walk); }
  };
  walk(card);
  return out;
}

describe("schedule … typed in a channel", () => {
  it("lets an admin add a schedule delivered to this channel's link, with the description and next runs", async () => {
    const { card, text } = await ask('schedule add meetings "0 8 1 * *" herefordshire-cyp to this channel');
    expect(card.body[0].text).toMatch(/^Schedule \d+ added$/);
    expect(text).toContain("At 08:00, on day 1 of the month");
    expect(text).toContain("8.00am Tuesday 1 December 2020\n8.00am Friday 1 January 2021\n8.00am Monday 1 February 2021");
    const link = await channelLink();
    const row = await bot.t.db.reportSchedule.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(JSON.parse(row.targets)).toEqual([`teams:${link.id}`]);
    expect(text).toContain(`this channel (teams:${link.id})`);
    expect(link.conversationRef).toContain(CHANNEL_ID); // what the worker needs to post there
    expect((await ask("schedule list")).text).toContain(`#${row.id} Meetings for herefordshire-cyp`);
  });

  it("adds the schedule once when Teams delivers the same message twice, answering both alike", async () => {
    const before = await stored();
    const activity = message(bot, 'schedule add actions "0 9 * * 1" herefordshire-cyp to this channel', { from: ADMIN });
    const [first, second] = await Promise.all([bot.post(activity), bot.post(activity)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const again = await bot.post(activity);
    expect(again.status).toBe(200);
    // A message's turn ends (and its reply is posted) before its HTTP response.
    const replies = bot.connector.requests.filter((r) => r.method === "POST" && r.path.endsWith(`/activities/${activity.id}`));
    expect(replies).toHaveLength(3);
    expect(new Set(replies.map((r) => cardText(cardOf(r)))).size).toBe(1);
    expect(cardText(cardOf(replies[0]!))).toMatch(/Schedule \d+ added/);
    expect(await stored()).toEqual({ schedules: before.schedules + 1, audits: before.audits + 1 });
  });

  it("refuses a non-admin and stores nothing", async () => {
    const before = await stored();
    const { text } = await ask('schedule add actions "0 9 * * 1"', { from: ANDY });
    expect(text).toContain("Only an admin can manage report schedules.");
    expect(await stored()).toEqual(before);
  });

  it("has no channel to deliver to in a personal chat unless one is named", async () => {
    const before = await stored();
    const { text } = await ask('schedule add actions "0 9 * * 1"', { where: "personal", mention: false });
    expect(text).toContain("There is no channel here to deliver to");
    expect(await stored()).toEqual(before);
  });
});

describe("schedule new: the Adaptive Card form", () => {
  it("gives an admin a form with a report choice, a cron input and Action.Execute", async () => {
    const { card, text } = await ask("schedule new");
    const all = elements(card);
    const kind = all.find((e) => e.id === "kind");
    expect(kind.type).toBe("Input.ChoiceSet");
    expect(kind.choices.map((c: { value: string }) => c.value)).toEqual(["improvement-plan", "self-evaluation", "actions", "meetings", "reminders", "weekly-digest"]);
    expect(all.find((e) => e.id === "cron").type).toBe("Input.Text");
    expect(all.find((e) => e.id === "committee")).toMatchObject({ type: "Input.ChoiceSet", value: "herefordshire-cyp" });
    expect(all.find((e) => e.id === "period").type).toBe("Input.Text");
    expect(card.actions).toEqual([expect.objectContaining({ type: "Action.Execute", verb: "schedule.create" })]);
    expect(text).toContain('"0 9 * * 1" is 09:00 every Monday');
  });

  it("refuses the form to a non-admin", async () => {
    const { card, text } = await ask("schedule new", { from: ANDY });
    expect(text).toContain("Only an admin can manage report schedules.");
    expect(elements(card).some((e) => e.type === "Action.Execute")).toBe(false);
  });

  it("shows bad input on the refreshed form, keeping what was typed, and stores nothing", async () => {
    const before = await stored();
    const submit = async (data: Record<string, unknown>, from = ADMIN) => {
      const res = await bot.post(cardAction(bot, "schedule.create", { form: "schedule", ...data }, { from }));
      expect(res.status).toBe(200);
      expect(res.body.statusCode).toBe(200);
      expect(res.body.type).toBe("application/vnd.microsoft.card.adaptive");
      return res.body.value;
    };
    const badCron = await submit({ kind: "actions", cron: "0 9 * * 1 2020", committee: "herefordshire-cyp", period: "" });
    expect(cardText(badCron)).toMatch(/"0 9 \* \* 1 2020" is not a cron expression: it needs 5 fields/);
    expect(elements(badCron).find((e) => e.id === "cron").value).toBe("0 9 * * 1 2020");
    expect(elements(badCron).find((e) => e.id === "kind").value).toBe("actions");
    expect(badCron.actions[0].verb).toBe("schedule.create");

    const badCommittee = await submit({ kind: "actions", cron: "0 9 * * 1", committee: "finance" });
    expect(cardText(badCommittee)).toContain('I couldn\'t find a committee called "finance"');
    const badPeriod = await submit({ kind: "actions", cron: "0 9 * * 1", committee: "none", period: "last year" });
    expect(cardText(badPeriod)).toContain('"last year" is not a period');
    const notAdmin = await submit({ kind: "actions", cron: "0 9 * * 1", committee: "none" }, ANDY);
    expect(cardText(notAdmin)).toContain("Only an admin can manage report schedules.");
    expect(await stored()).toEqual(before);
  });

  it("creates the schedule for this channel from a good submission, once even if the invoke is delivered twice", async () => {
    const before = await stored();
    const invoke = cardAction(bot, "schedule.create", { form: "schedule", kind: "self-evaluation", cron: "0 7 * * 1-5", committee: "none", period: "2020-21-Q2" }, { from: ADMIN, id: nextId("submit") });
    const first = await bot.post(invoke);
    expect(first.status).toBe(200);
    const text = cardText(first.body.value);
    expect(text).toMatch(/Schedule \d+ added/);
    expect(text).toContain("At 07:00, Monday through Friday");
    expect(text).toContain("7.00am Tuesday 24 November 2020\n7.00am Wednesday 25 November 2020\n7.00am Thursday 26 November 2020");
    const row = await bot.t.db.reportSchedule.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(row).toMatchObject({ kind: "self-evaluation", cron: "0 7 * * 1-5", committeeId: null, createdBy: ADMIN.name });
    expect(JSON.parse(row.targets)).toEqual([`teams:${(await channelLink()).id}`]);

    const again = await bot.post(invoke);
    expect(cardText(again.body.value)).toBe(text);
    expect(await stored()).toEqual({ schedules: before.schedules + 1, audits: before.audits + 1 });
  });
});
