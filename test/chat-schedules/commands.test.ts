// "schedule …" in the shared command language, on a real database: what admins can do, what
// everyone else is told, and that bad input stores nothing. The cron tools are the worker's own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db.js";
import { handleText } from "../../core/commands/handle.js";
import { consoleContext, type CommandContext } from "../../core/commands/context.js";
import { isScheduleFormRequest, parseScheduleAdd } from "../../core/commands/handlers/schedule.js";
import { replyToText } from "../../core/reply-text.js";
import { scheduleTools } from "../../worker/schedule/tools.js";

let t: TestDb;
beforeAll(async () => { t = await freshDb(); });
afterAll(async () => { await t.close(); });

const SLACK_CHANNEL = { platform: "slack" as const, workspaceId: "T0001", channelId: "C0CYP" };

/** An admin (or not) asking in a Slack channel, with the worker's cron tools unless told otherwise. */
async function context(o: { admin?: boolean; tools?: boolean; channel?: boolean } = {}): Promise<CommandContext> {
  const deps = t.deps();
  const base = await consoleContext(deps, await t.tenant(), undefined, []);
  return {
    ...base,
    actor: { personId: null, name: o.admin === false ? "U0ANDY" : "U0ADMIN", isAdmin: o.admin !== false, channel: "slack" },
    ...(o.channel === false ? {} : { channel: SLACK_CHANNEL }),
    ...(o.tools === false ? {} : { schedules: scheduleTools }),
  };
}

async function ask(text: string, o: Parameters<typeof context>[0] & { now?: string } = {}) {
  const reply = await handleText(t.deps(o.now), await context(o), text);
  return { reply, text: replyToText(reply) };
}

const stored = async () => ({ schedules: await t.db.reportSchedule.count(), audits: await t.db.auditEvent.count({ where: { entityType: "schedule" } }) });

describe("schedule add", () => {
  it("creates a schedule for this channel and answers with the plain-English time and the next three runs in London time", async () => {
    const { reply, text } = await ask('schedule add actions "0 9 * * 1" to this channel');
    expect(reply.tone).toBe("success");
    expect(reply.title).toMatch(/^Schedule \d+ added$/);
    expect(text).toContain("At 09:00, only on Monday");
    expect(text).toContain("9.00am Monday 30 November 2020\n9.00am Monday 7 December 2020\n9.00am Monday 14 December 2020");
    expect(text).toContain("this channel (slack:C0CYP)");
    const id = Number(/Schedule (\d+)/.exec(reply.title)![1]);
    const row = await t.db.reportSchedule.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ cron: "0 9 * * 1", kind: "actions", timezone: "Europe/London", enabled: true, createdBy: "U0ADMIN" });
    expect(JSON.parse(row.targets)).toEqual(["slack:C0CYP"]);
    // The only committee is the default one, as for any command here.
    expect(row.committeeId).toBe((await t.db.committee.findFirstOrThrow({ where: { slug: "herefordshire-cyp" } })).id);
    expect(JSON.parse(row.params)).toMatchObject({ period: "latest" });
    expect(await t.db.auditEvent.count({ where: { verb: "schedule.add", entityId: String(id), channel: "slack" } })).toBe(1);
  });

  it("keeps London wall time across the change to summer time", async () => {
    const { text } = await ask('schedule add plan "0 9 * * 1"', { now: "2021-03-22" });
    expect(text).toContain("9.00am Monday 29 March 2021\n9.00am Monday 5 April 2021\n9.00am Monday 12 April 2021");
  });

  it("reads curly quotes, bare cron fields, a committee by name, a period and an explicit target", async () => {
    const { reply, text } = await ask("schedule add self evaluation report “0 8 1 * *” for children and young people period 2020-21-q2 to slack:C0OTHER");
    expect(reply.tone).toBe("success");
    expect(text).toContain("Self-evaluation for herefordshire-cyp");
    const row = await t.db.reportSchedule.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(row).toMatchObject({ cron: "0 8 1 * *", kind: "self-evaluation" });
    expect(JSON.parse(row.params)).toMatchObject({ period: "2020-21-Q2" });
    expect(JSON.parse(row.targets)).toEqual(["slack:C0OTHER"]);
    const bare = await ask("schedule add meetings 30 8 * * 1-5 no committee here");
    expect(bare.reply.tone).toBe("success");
    const last = await t.db.reportSchedule.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(last).toMatchObject({ cron: "30 8 * * 1-5", kind: "meetings", committeeId: null });
  });

  it("parses the tolerant syntax into one request", () => {
    expect(parseScheduleAdd('actions "0 9 * * 1" to this channel')).toEqual({ kind: "actions", cron: "0 9 * * 1", targets: ["here"] });
    expect(parseScheduleAdd('"0 9 * * 1" improvement plan herefordshire-cyp latest')).toEqual({ kind: "improvement-plan", cron: "0 9 * * 1", committee: "herefordshire-cyp", period: "latest" });
    expect(parseScheduleAdd("digest 0 7 * * MON to <#C0ABC|general> and teams:4")).toEqual({ kind: "weekly-digest", cron: "0 7 * * MON", targets: ["slack:C0ABC", "teams:4"] });
    expect(parseScheduleAdd('actions "0 9 * * 1" cyp tz Europe/Dublin')).toEqual({ kind: "actions", cron: "0 9 * * 1", committee: "cyp", timezone: "Europe/Dublin" });
    expect(() => parseScheduleAdd('"0 9 * * 1" accounts')).toThrow(/"accounts" is not a report I can schedule/);
    expect(() => parseScheduleAdd("actions every monday")).toThrow(/cron expression in quotes/);
    expect(isScheduleFormRequest("schedule new")).toBe(true);
    expect(isScheduleFormRequest("Schedules  add")).toBe(true);
    expect(isScheduleFormRequest('schedule add actions "0 9 * * 1"')).toBe(false);
  });

  it.each([
    ['schedule add actions "0 25 * * 1"', /"0 25 \* \* 1" is not a valid cron expression/],
    ['schedule add actions "every monday"', /needs 5 fields/],
    ['schedule add actions "0 9 * * 1" for finance', /I couldn't find a committee called "finance" in Herefordshire Council\. Use its short name, e\.g\. herefordshire-cyp/],
    ['schedule add actions "0 9 * * 1" period 2020-22-Q5', /"2020-22-Q5" is not a period/],
    ['schedule add accounts "0 9 * * 1"', /"accounts" is not a report I can schedule/],
    ['schedule add actions "0 9 * * 1" to teams:999', /teams:999 is not a Teams channel Scrutineer knows/],
    ['schedule add actions "0 9 * * 1" tz Mars/Olympus', /"Mars\/Olympus" is not a time zone/],
  ])("refuses %s clearly and stores nothing", async (command, message) => {
    const before = await stored();
    const { reply } = await ask(command);
    expect(reply.tone).toBe("error");
    expect(reply.title).toMatch(message);
    expect(await stored()).toEqual(before);
  });

  it("needs a channel to deliver to when none is named", async () => {
    const before = await stored();
    const { reply } = await ask('schedule add actions "0 9 * * 1"', { channel: false });
    expect(reply.title).toMatch(/There is no channel here to deliver to/);
    expect(await stored()).toEqual(before);
  });
});

describe("who may schedule, and where", () => {
  it("refuses everyone but admins, for every schedule command, and stores nothing", async () => {
    const { reply: added } = await ask('schedule add actions "0 9 * * 1"');
    const id = Number(/Schedule (\d+)/.exec(added.title)![1]);
    const before = await stored();
    for (const command of ["schedule list", 'schedule add actions "0 9 * * 1"', `schedule pause ${id}`, `schedule remove ${id}`, `schedule runs ${id}`, "schedule"]) {
      const { reply } = await ask(command, { admin: false });
      expect(reply.tone, command).toBe("error");
      expect(reply.title, command).toBe("Only an admin can manage report schedules. Ask one of your Scrutineer admins.");
    }
    expect(await stored()).toEqual(before);
    expect((await t.db.reportSchedule.findUniqueOrThrow({ where: { id } })).enabled).toBe(true);
  });

  it("says scheduling is not available where no cron tools were passed in", async () => {
    const before = await stored();
    const { reply } = await ask('schedule add actions "0 9 * * 1"', { tools: false });
    expect(reply.tone).toBe("error");
    expect(reply.title).toMatch(/^Scheduling reports is not available here/);
    expect(await stored()).toEqual(before);
    // The console's "ask" passes none either.
    const deps = t.deps();
    const cli = await handleText(deps, await consoleContext(deps, await t.tenant(), undefined, []), "schedule list");
    expect(cli.title).toMatch(/not available here/);
  });

  it('explains that the form is a Slack and Teams thing when "schedule new" reaches the shared handler', async () => {
    const { reply } = await ask("schedule new");
    expect(reply.title).toMatch(/The schedule form is only in Slack and Teams\. Here, type: schedule add/);
  });
});

describe("list, pause, resume, remove and runs", () => {
  it("manages one schedule from start to end", async () => {
    const { reply: added } = await ask('schedule add meetings "0 8 * * 5" to this channel');
    const id = Number(/Schedule (\d+)/.exec(added.title)![1]);

    const list = await ask("schedule list");
    expect(list.reply.title).toMatch(/^Report schedules \(\d+\)$/);
    const item = list.reply.sections[0]!.items!.find((i) => i.title.startsWith(`#${id} `))!;
    expect(item.title).toBe(`#${id} Meetings for herefordshire-cyp`);
    expect(Object.fromEntries(item.fields!.map((f) => [f.label, f.value]))).toMatchObject({
      When: 'At 08:00, only on Friday ("0 8 * * 5", Europe/London)', "Next run": "8.00am Friday 27 November 2020", "Delivered to": "this channel (slack:C0CYP)",
    });

    const paused = await ask(`schedule pause #${id}`);
    expect(paused.reply.title).toBe(`Schedule ${id} paused`);
    expect((await t.db.reportSchedule.findUniqueOrThrow({ where: { id } })).enabled).toBe(false);
    expect((await ask("schedules")).text).toContain(`#${id} Meetings for herefordshire-cyp (paused)`);

    const resumed = await ask(`schedule resume ${id}`);
    expect(resumed.text).toContain("8.00am Friday 27 November 2020\n8.00am Friday 4 December 2020\n8.00am Friday 11 December 2020");
    expect((await t.db.reportSchedule.findUniqueOrThrow({ where: { id } })).enabled).toBe(true);

    expect((await ask(`schedule runs ${id}`)).text).toContain("The next is due at 8.00am Friday 27 November 2020.");
    const run = await t.db.reportRun.create({
      data: { scheduleId: id, scheduledFor: new Date("2020-11-20T08:00:00Z"), status: "partial", finishedAt: new Date("2020-11-20T08:01:00Z") },
    });
    await t.db.delivery.create({ data: { runId: run.id, target: "slack:C0CYP", status: "delivered", attempts: 1 } });
    await t.db.delivery.create({ data: { runId: run.id, target: "teams:1", status: "failed", attempts: 3, lastError: "conversation not found" } });
    const runs = await ask(`schedule runs ${id}`);
    expect(runs.text).toContain(`Run ${run.id}: Partly delivered`);
    expect(runs.text).toContain("Due at: 8.00am Friday 20 November 2020");
    expect(runs.text).toContain("slack:C0CYP: Delivered");
    expect(runs.text).toContain("teams:1: Failed after 3 attempts: conversation not found");

    const removed = await ask(`schedule remove ${id}`);
    expect(removed.reply.title).toBe(`Schedule ${id} removed`);
    expect(await t.db.reportSchedule.findUnique({ where: { id } })).toBeNull();
    expect(await t.db.auditEvent.count({ where: { entityType: "schedule", entityId: String(id) } })).toBe(4); // add, pause, resume, remove
  });

  it("answers an unknown number, a missing number and an unknown subcommand clearly", async () => {
    expect((await ask("schedule pause 9999")).reply.title).toBe('There is no schedule 9999. "schedule list" shows them.');
    expect((await ask("schedule runs")).reply.title).toMatch(/"schedule runs" needs a schedule number, e\.g\. "schedule runs 3"/);
    expect((await ask("schedule pase 1")).reply.title).toMatch(/I don't know "schedule pase"\. Did you mean "schedule pause"\?/);
    expect((await ask("schedule help")).text).toContain('schedule add <report> "<cron>"');
  });
});
