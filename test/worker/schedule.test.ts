// Schedules fire at the right local time on both sides of each summer-time change, catch up a run
// missed within the misfire window once, and record older misses as skipped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db.js";
import { fixedClock } from "../../core/clock.js";
import { silentLogger } from "../../core/logger.js";
import { claimDueRuns } from "../../worker/runs/find-due.js";
import { CronTimes, describeCron, nextRuns, runsBetween, validateCron } from "../../worker/schedule/cron.js";

let t: TestDb;
beforeAll(async () => { t = await freshDb({ seed: false }); });
afterAll(async () => { await t.close(); });

const HOUR = 3_600_000;
const at = (iso: string) => ({ db: t.db, clock: fixedClock(new Date(iso)), log: silentLogger });
const opts = { workerId: "test-worker", misfireWindowMs: 6 * HOUR, leaseMs: 10 * 60_000 };

async function schedule(cron: string, createdAt: string): Promise<number> {
  const council = await t.db.council.upsert({ where: { slug: "tz" }, create: { slug: "tz", name: "TZ Council" }, update: {} });
  const s = await t.db.reportSchedule.create({
    data: { councilId: council.id, cron, timezone: "Europe/London", kind: "actions", params: "{}", targets: "[]", createdBy: "test", createdAt: new Date(createdAt) },
  });
  return s.id;
}

async function runsOf(id: number) {
  return (await t.db.reportRun.findMany({ where: { scheduleId: id }, orderBy: { scheduledFor: "asc" } })).map((r) => [r.scheduledFor.toISOString(), r.status]);
}

describe("cron expressions", () => {
  it("are validated with a clear message and described in plain English", () => {
    expect(() => validateCron("61 9 * * *", "Europe/London")).toThrow(/not a valid cron expression/);
    expect(() => validateCron("every monday", "Europe/London")).toThrow(/needs 5 fields/);
    expect(() => validateCron("0 9 * * 1", "Mars/Olympus")).toThrow(/not a time zone/);
    expect(describeCron("0 9 * 1,4,7,10 1#1")).toBe("At 09:00, on the first Monday of the month, only in January, April, July, and October");
  });

  it("gives the first Monday of each quarter at 09:00 London time", () => {
    const next = nextRuns("0 9 * 1,4,7,10 1#1", "Europe/London", new Date("2020-11-23T12:00:00Z"), 3);
    expect(next.map((d) => d.toISOString())).toEqual(["2021-01-04T09:00:00.000Z", "2021-04-05T08:00:00.000Z", "2021-07-05T08:00:00.000Z"]);
  });
});

describe("firing across summer time", () => {
  it("fires at 09:00 London on both sides of the last Sunday of March", async () => {
    const id = await schedule("0 9 * * *", "2021-03-26T12:00:00Z");
    await claimDueRuns(at("2021-03-27T09:00:30Z"), opts); // Saturday, GMT
    await claimDueRuns(at("2021-03-28T08:00:30Z"), opts); // Sunday, BST from 01:00
    await claimDueRuns(at("2021-03-29T08:00:30Z"), opts);
    expect(await runsOf(id)).toEqual([
      ["2021-03-27T09:00:00.000Z", "claimed"], ["2021-03-28T08:00:00.000Z", "claimed"], ["2021-03-29T08:00:00.000Z", "claimed"],
    ]);
  });

  it("fires at 09:00 London on both sides of the last Sunday of October", async () => {
    const id = await schedule("0 9 * * *", "2021-10-29T12:00:00Z");
    await claimDueRuns(at("2021-10-30T08:00:30Z"), opts); // Saturday, BST
    await claimDueRuns(at("2021-10-31T08:59:00Z"), opts); // Sunday 08:59 GMT: not yet
    expect(await runsOf(id)).toEqual([["2021-10-30T08:00:00.000Z", "claimed"]]);
    await claimDueRuns(at("2021-10-31T09:00:30Z"), opts);
    expect(await runsOf(id)).toEqual([["2021-10-30T08:00:00.000Z", "claimed"], ["2021-10-31T09:00:00.000Z", "claimed"]]);
  });

  it("fires 01:30 once on the night it happens twice, and once (just after the jump) on the night it does not exist", async () => {
    const id = await schedule("30 1 * * *", "2021-03-27T12:00:00Z");
    await claimDueRuns(at("2021-03-28T03:00:00Z"), opts); // 01:30 never happened in London that night
    await claimDueRuns(at("2021-10-31T03:00:00Z"), opts);
    const runs = (await runsOf(id)).filter(([, s]) => s === "claimed").map(([d]) => d);
    expect(runs.filter((d) => d!.startsWith("2021-03-28"))).toEqual(["2021-03-28T01:30:00.000Z"]); // 02:30 BST, as cron does
    expect(runs.filter((d) => d!.startsWith("2021-10-31"))).toHaveLength(1);
  });
});

describe("catching up after the worker was down", () => {
  it("catches up a run missed within the window once, and skips one missed for longer", async () => {
    const id = await schedule("0 9 * * *", "2021-04-01T12:00:00Z");
    // Down from before 09:00 on 2 April until 12:00 on 3 April: 2 April is 27 hours late, 3 April 4 hours late.
    const first = await claimDueRuns(at("2021-04-03T12:00:00Z"), opts);
    expect(first.claimed.map((r) => r.scheduledFor.toISOString())).toEqual(["2021-04-03T08:00:00.000Z"]);
    expect(first.skipped).toBe(1);
    const again = await claimDueRuns(at("2021-04-03T12:01:00Z"), opts);
    expect(again.claimed).toEqual([]);
    expect(again.skipped).toBe(0);
    const runs = await t.db.reportRun.findMany({ where: { scheduleId: id }, orderBy: { scheduledFor: "asc" } });
    expect(runs.map((r) => [r.scheduledFor.toISOString(), r.status])).toEqual([
      ["2021-04-02T08:00:00.000Z", "skipped"], ["2021-04-03T08:00:00.000Z", "claimed"],
    ]);
    expect(runs[0]!.error).toMatch(/missed by more than 6 hours/);
  });

  it("lets only one of two workers claim the same run", async () => {
    const id = await schedule("15 10 * * *", "2021-05-01T00:00:00Z");
    const [a, b] = await Promise.all([
      claimDueRuns(at("2021-05-01T09:15:10Z"), { ...opts, workerId: "a" }),
      claimDueRuns(at("2021-05-01T09:15:10Z"), { ...opts, workerId: "b" }),
    ]);
    const mine = (r: { claimed: { scheduleId: number }[] }) => r.claimed.filter((c) => c.scheduleId === id).length;
    expect(mine(a) + mine(b)).toBe(1);
    expect(await runsOf(id)).toEqual([["2021-05-01T09:15:00.000Z", "claimed"]]);
  });

  it("hands a dead worker's run to another once its lease runs out", async () => {
    const id = await schedule("0 11 * * *", "2021-06-01T00:00:00Z");
    const first = await claimDueRuns(at("2021-06-01T10:00:05Z"), { ...opts, workerId: "dies" });
    expect(first.claimed.filter((r) => r.scheduleId === id)).toHaveLength(1);
    const early = await claimDueRuns(at("2021-06-01T10:05:00Z"), { ...opts, workerId: "survivor" });
    expect(early.takenOver.filter((r) => r.scheduleId === id)).toEqual([]);
    const late = await claimDueRuns(at("2021-06-01T10:11:00Z"), { ...opts, workerId: "survivor" });
    expect(late.takenOver.map((r) => r.scheduleId)).toContain(id);
    expect((await t.db.reportRun.findFirstOrThrow({ where: { scheduleId: id } })).claimedBy).toBe("survivor");
  });
});

describe("the memoised due check", () => {
  const MINUTE = 60_000;
  const iso = (ds: Date[]) => ds.map((d) => d.toISOString());

  // A worker ticking through both summer-time changes, each schedule's `after` moving to its last run
  // as the real one does: the memo must give runsBetween's answer at every tick.
  it("answers exactly as runsBetween across the last Sundays of March and October", () => {
    const crons = ["0 9 * * *", "30 1 * * *", "*/30 1 * * *", "0 1-2 * * 0", "15 0-3 * * *", "0 9 * 1,4,7,10 1#1"];
    const windows: [string, string, number][] = [
      ["2021-03-26T23:00:00Z", "2021-03-29T12:00:00Z", 15 * MINUTE], ["2021-03-27T23:00:00Z", "2021-03-28T04:00:00Z", MINUTE],
      ["2021-10-29T23:00:00Z", "2021-11-01T12:00:00Z", 15 * MINUTE], ["2021-10-30T23:00:00Z", "2021-10-31T04:00:00Z", MINUTE],
    ];
    const memo = new CronTimes();
    let fired = 0;
    for (const cron of crons) {
      for (const [from, to, step] of windows) {
        let after = new Date(from);
        for (let now = after.getTime() + step; now <= Date.parse(to); now += step) {
          const upTo = new Date(now);
          const expected = runsBetween(cron, "Europe/London", after, upTo);
          expect(iso(memo.runsBetween(cron, "Europe/London", after, upTo)), `${cron} after ${after.toISOString()} up to ${upTo.toISOString()}`).toEqual(iso(expected));
          if (expected.length) { after = expected[expected.length - 1]!; fired += expected.length; }
        }
      }
    }
    expect(fired).toBeGreaterThan(50);
    // The 09:00 schedule on either side of each change, through the memo.
    const nine = (a: string, b: string) => iso(memo.runsBetween("0 9 * * *", "Europe/London", new Date(a), new Date(b)));
    expect(nine("2021-03-27T12:00:00Z", "2021-03-28T12:00:00Z")).toEqual(["2021-03-28T08:00:00.000Z"]);
    expect(nine("2021-10-30T12:00:00Z", "2021-10-31T12:00:00Z")).toEqual(["2021-10-31T09:00:00.000Z"]);
    expect(nine("2021-10-31T09:00:00Z", "2021-11-01T08:59:00Z")).toEqual([]);
  });

  it("checks 1,000 schedules minute after minute with one expansion per (cron, time zone, last run)", () => {
    const memo = new CronTimes();
    const crons = ["0 9 * * *", "0 9 * * 1", "30 8 * * 1-5", "0 9 * 1,4,7,10 1#1"];
    const schedules = Array.from({ length: 1000 }, (_, i) => ({
      cron: crons[i % crons.length]!,
      timezone: i % 10 === 0 ? "Europe/Dublin" : "Europe/London",
      // Twenty distinct last runs among them (09:31 to 09:50 London on Tuesday 4 May), as after a morning's runs.
      after: new Date(Date.parse("2021-05-04T08:31:00Z") + (i % 20) * MINUTE),
    }));
    const distinct = new Set(schedules.map((s) => `${s.cron}|${s.timezone}|${s.after.getTime()}`)).size;
    let due = 0;
    const minute = (now: number) => { for (const s of schedules) due += memo.runsBetween(s.cron, s.timezone, s.after, new Date(now)).length; };
    const ten = Date.parse("2021-05-04T09:00:00Z");
    minute(ten);
    expect(memo.stats).toEqual({ hits: 1000 - distinct, misses: distinct });
    for (let m = 1; m < 60; m++) minute(ten + m * MINUTE);
    expect(memo.stats.misses).toBe(distinct); // nothing was due, and nothing was expanded again
    expect(memo.stats.hits).toBe(60 * 1000 - distinct);
    expect(due).toBe(0);
    // At 08:30 London (07:30 UTC) the next morning, the weekday 08:30 schedules fall due, and only they.
    minute(Date.parse("2021-05-05T07:30:00Z"));
    expect(due).toBe(schedules.filter((s) => s.cron === "30 8 * * 1-5").length);
  });

  it("still refuses an unusable expression every time, remembering nothing for it", () => {
    const memo = new CronTimes();
    for (let i = 0; i < 2; i++) expect(() => memo.runsBetween("61 9 * * *", "Europe/London", new Date("2021-01-01T00:00:00Z"), new Date("2021-01-02T00:00:00Z"))).toThrow();
    expect(memo.stats).toEqual({ hits: 0, misses: 2 });
  });
});
