// What is due now: every cron time since each schedule last ran, claimed or (if too old) skipped.
// Driven by the database, not by timers, so a restart or a second worker changes nothing.
import type { Deps } from "../../core/context.js";
import { CronTimes } from "../schedule/cron.js";
import { claimRun, recordSkipped, takeOverStaleRuns, type ClaimedRun } from "./claim.js";

export interface DueOptions {
  workerId: string;
  /** Runs missed by less than this are caught up; older ones are recorded as skipped. */
  misfireWindowMs: number;
  leaseMs: number;
  /** Claim (or take over) at most this many, so workers sharing a database share the work too. */
  limit?: number;
  /** Memoised cron expansion; one per process by default, so each minute's due check is mostly lookups. */
  cron?: CronTimes;
}

const sharedCronTimes = new CronTimes();

export interface DueResult { claimed: ClaimedRun[]; skipped: number; takenOver: ClaimedRun[] }

export async function claimDueRuns({ db, clock, log }: Deps, opts: DueOptions): Promise<DueResult> {
  const now = clock.now();
  const cronTimes = opts.cron ?? sharedCronTimes;
  const schedules = await db.reportSchedule.findMany({ where: { enabled: true }, select: { id: true, cron: true, timezone: true, createdAt: true } });
  const limit = opts.limit ?? Infinity;
  if (!schedules.length) return { claimed: [], skipped: 0, takenOver: await takeOverStaleRuns(db, opts.workerId, now, opts.leaseMs, limit) };
  const latest = await db.reportRun.groupBy({ by: ["scheduleId"], where: { scheduleId: { in: schedules.map((s) => s.id) } }, _max: { scheduledFor: true } });
  const lastRun = new Map(latest.map((l) => [l.scheduleId, l._max.scheduledFor]));
  const claimed: ClaimedRun[] = [];
  let skipped = 0;
  // Workers starting together walk the schedules in different orders, so their claims rarely collide.
  schedules: for (const s of rotate(schedules, opts.workerId)) {
    // A schedule never fires for times before it existed.
    const last = lastRun.get(s.id);
    const after = last && last > s.createdAt ? last : s.createdAt;
    let times: Date[];
    try {
      times = cronTimes.runsBetween(s.cron, s.timezone, after, now);
    } catch (e) {
      log.error({ scheduleId: s.id, err: e }, "schedule has an unusable cron expression");
      continue;
    }
    for (const t of times) {
      const late = now.getTime() - t.getTime();
      if (late > opts.misfireWindowMs) {
        const hours = (opts.misfireWindowMs / 3_600_000).toFixed(opts.misfireWindowMs % 3_600_000 ? 1 : 0);
        if (await recordSkipped(db, s.id, t, now, `missed by more than ${hours} hours (the worker was not running); not sent late`)) skipped++;
        continue;
      }
      if (claimed.length >= limit) break schedules;
      const run = await claimRun(db, s.id, t, opts.workerId, now, opts.leaseMs);
      if (run) claimed.push(run);
    }
  }
  // Runs a dead worker left are taken over into whatever slots the new claims left free.
  const takenOver = claimed.length < limit ? await takeOverStaleRuns(db, opts.workerId, now, opts.leaseMs, limit - claimed.length) : [];
  if (claimed.length || skipped || takenOver.length) log.info({ claimed: claimed.length, skipped, takenOver: takenOver.length }, "runs claimed");
  return { claimed, skipped, takenOver };
}

function rotate<T>(xs: T[], seed: string): T[] {
  if (xs.length < 2) return xs;
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const k = h % xs.length;
  return [...xs.slice(k), ...xs.slice(0, k)];
}
