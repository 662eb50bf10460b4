// The worker's run slots: a finished run frees its slot and the next due run is claimed at once,
// without waiting for the other runs in progress; claims ask for no more than the free slots; and
// each run is still claimed once, by the database.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db.js";
import { fixedClock } from "../../core/clock.js";
import { silentLogger } from "../../core/logger.js";
import { claimDueRuns } from "../../worker/runs/find-due.js";
import { createRunPool } from "../../worker/runs/pool.js";
import type { ClaimedRun } from "../../worker/runs/claim.js";

let t: TestDb;
beforeAll(async () => { t = await freshDb({ seed: false }); });
afterAll(async () => { await t.close(); });
// Each test starts with nothing due and nothing left to take over.
afterEach(async () => {
  await t.db.reportSchedule.updateMany({ data: { enabled: false } });
  await t.db.reportRun.updateMany({ data: { status: "delivered", leaseUntil: null } });
});

const HOUR = 3_600_000;

async function schedules(n: number, cron: string, createdAt: string): Promise<number[]> {
  const council = await t.db.council.upsert({ where: { slug: "pool" }, create: { slug: "pool", name: "Pool Council" }, update: {} });
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = await t.db.reportSchedule.create({
      data: { councilId: council.id, cron, timezone: "Europe/London", kind: "actions", params: "{}", targets: "[]", createdBy: "test", createdAt: new Date(createdAt) },
    });
    ids.push(s.id);
  }
  return ids;
}

async function until(what: string, ok: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A pool over the real claim, whose runs finish only when the test says so. */
function harness(at: string, workerId: string, concurrency = 2) {
  const deps = { db: t.db, clock: fixedClock(new Date(at)), log: silentLogger };
  const asked: { limit: number; got: number }[] = [];
  const started: ClaimedRun[] = [];
  const finishers = new Map<number, () => void>();
  let inProgress = 0;
  let mostInProgress = 0;
  const pool = createRunPool({
    concurrency,
    claim: async (limit) => {
      const due = await claimDueRuns(deps, { workerId, misfireWindowMs: 6 * HOUR, leaseMs: 10 * 60_000, limit });
      const runs = [...due.claimed, ...due.takenOver];
      asked.push({ limit, got: runs.length });
      return runs;
    },
    execute: (run) => new Promise<void>((resolve) => {
      started.push(run);
      mostInProgress = Math.max(mostInProgress, ++inProgress);
      finishers.set(run.id, () => { inProgress--; resolve(); });
    }),
    log: silentLogger,
  });
  const finish = (run: ClaimedRun) => { finishers.get(run.id)!(); finishers.delete(run.id); };
  return { pool, asked, started, finish, mostInProgress: () => mostInProgress, unfinished: () => [...finishers.keys()] };
}

describe("the run pool", () => {
  it("claims the next run as soon as one finishes, keeping at most `concurrency` in progress", async () => {
    const ids = await schedules(5, "0 9 * * *", "2021-02-01T08:00:00Z");
    const w = harness("2021-02-01T09:00:30Z", "pool-a");
    await w.pool.poke();
    expect(w.started).toHaveLength(2);
    expect(w.asked).toEqual([{ limit: 2, got: 2 }]);

    // A tick while both slots are busy claims nothing.
    await w.pool.poke();
    expect(w.asked).toHaveLength(1);

    // The first run finishes while the second is still going: its slot is filled at once.
    const [first, second] = w.started;
    w.finish(first!);
    await until("a third run to start", () => w.started.length === 3);
    expect(w.unfinished()).toContain(second!.id);
    expect(w.asked[1]).toEqual({ limit: 1, got: 1 });

    // Finishing the rest one at a time: each freed slot asks for one run, never more.
    while (w.unfinished().length) {
      const before = w.started.length;
      w.finish(w.started.find((r) => w.unfinished().includes(r.id))!);
      if (before < 5) await until("the next run", () => w.started.length === before + 1);
    }
    // The claim after the last run found less than it asked for: nothing more is due, so no more asking.
    await until("a claim that finds nothing more due", () => w.asked.at(-1)!.got < w.asked.at(-1)!.limit);
    const claims = w.asked.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(w.asked).toHaveLength(claims);
    await w.pool.drain();
    expect(w.mostInProgress()).toBe(2);
    expect(w.asked.every((a) => a.limit >= 1 && a.limit <= 2 && a.got <= a.limit)).toBe(true);
    expect(new Set(w.started.map((r) => r.scheduleId))).toEqual(new Set(ids));
    expect(w.started).toHaveLength(5);
    expect(await t.db.reportRun.count({ where: { scheduleId: { in: ids } } })).toBe(5);
  });

  it("shares a minute's runs between two pools on one database, each run claimed once", async () => {
    const ids = await schedules(12, "30 9 * * *", "2021-02-02T08:00:00Z");
    const a = harness("2021-02-02T09:30:10Z", "pool-b1");
    const b = harness("2021-02-02T09:30:10Z", "pool-b2");
    await Promise.all([a.pool.poke(), b.pool.poke()]);
    // Each finishes its runs as they come, until every run of the minute has been carried through.
    const mine = () => [...a.started, ...b.started].filter((r) => ids.includes(r.scheduleId));
    await until("all 12 runs", () => {
      for (const w of [a, b]) for (const id of w.unfinished()) w.finish(w.started.find((r) => r.id === id)!);
      return mine().length === 12 && !a.unfinished().length && !b.unfinished().length;
    });
    await Promise.all([a.pool.drain(), b.pool.drain()]);
    expect(mine()).toHaveLength(12);
    expect(new Set(mine().map((r) => r.scheduleId)).size).toBe(12);
    expect(a.started.length).toBeGreaterThan(0);
    expect(b.started.length).toBeGreaterThan(0);
    expect(await t.db.reportRun.count({ where: { scheduleId: { in: ids } } })).toBe(12);
  });

  it("once draining, finishes the runs in progress and claims nothing new", async () => {
    const ids = await schedules(3, "0 10 * * *", "2021-02-03T08:00:00Z");
    const w = harness("2021-02-03T10:00:05Z", "pool-c");
    await w.pool.poke();
    expect(w.started).toHaveLength(2);
    const drained = w.pool.drain();
    let done = false;
    void drained.then(() => { done = true; });
    w.finish(w.started[0]!);
    await new Promise((r) => setTimeout(r, 50));
    expect(done).toBe(false); // the second run is still going
    w.finish(w.started[1]!);
    await drained;
    await w.pool.poke();
    expect(w.started).toHaveLength(2);
    expect(w.asked).toHaveLength(1);
    expect(await t.db.reportRun.count({ where: { scheduleId: { in: ids } } })).toBe(2); // the third is left for the next worker
  });

  it("takes over a dead worker's runs only into free slots", async () => {
    const ids = await schedules(3, "0 11 * * *", "2021-02-04T08:00:00Z");
    // A worker that claimed all three and died: their leases ran out by 10:11 UTC + 10 minutes.
    await claimDueRuns({ db: t.db, clock: fixedClock(new Date("2021-02-04T11:00:05Z")), log: silentLogger }, { workerId: "dead", misfireWindowMs: 6 * HOUR, leaseMs: 10 * 60_000 });
    const w = harness("2021-02-04T11:20:00Z", "pool-d", 2);
    await w.pool.poke();
    expect(w.started.map((r) => r.scheduleId).filter((id) => ids.includes(id))).toHaveLength(2);
    expect(w.asked[0]).toEqual({ limit: 2, got: 2 });
    w.finish(w.started[0]!);
    await until("the third run to be taken over", () => w.started.length === 3);
    w.finish(w.started[1]!);
    w.finish(w.started[2]!);
    await w.pool.drain();
    const runs = await t.db.reportRun.findMany({ where: { scheduleId: { in: ids } } });
    expect(runs).toHaveLength(3);
    expect(runs.every((r) => r.claimedBy === "pool-d")).toBe(true);
  });
});
