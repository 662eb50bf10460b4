// The worker process: node-cron ticks once a minute and pokes the run pool. The tick holds no logic
// of its own: claimDueRuns decides from the database what is due, the pool keeps up to
// `concurrency` runs in progress (claiming the next as soon as one finishes), and executeRun
// carries each run through.
import { hostname } from "node:os";
import cron from "node-cron";
import type { App } from "../bin/app.js";
import { claimDueRuns } from "./runs/find-due.js";
import { executeRun } from "./runs/execute.js";
import { createRunPool } from "./runs/pool.js";
import { createWorkerServices } from "./services.js";

export interface WorkerHandle { stop(): Promise<void>; tick(): Promise<void> }

export async function startWorker(app: App, opts: { concurrency?: number } = {}): Promise<WorkerHandle> {
  const deps = app.deps();
  const workerId = `${hostname()}:${process.pid}`;
  const services = createWorkerServices(app, { workerId });
  const misfireWindowMs = app.config.WORKER_MISFIRE_HOURS * 3_600_000;
  const pool = createRunPool({
    concurrency: opts.concurrency ?? 2,
    // Only as many as there are free slots: workers sharing a database share the work too.
    claim: async (limit) => {
      const due = await claimDueRuns(deps, { workerId, misfireWindowMs, leaseMs: services.leaseMs, limit });
      return [...due.claimed, ...due.takenOver];
    },
    execute: (run) => executeRun(deps, run.id, services),
    log: app.log,
  });

  const task = cron.schedule("* * * * *", () => { void pool.poke(); }, { name: "scrutineer-tick" });
  app.log.info({ workerId, misfireHours: app.config.WORKER_MISFIRE_HOURS }, "worker started");
  void pool.poke(); // catch up at once, without holding up the caller (and its signal handlers) until done
  return {
    tick: () => pool.poke(),
    stop: async () => {
      await task.stop();
      await pool.drain(); // finish what was claimed, claim nothing new
      await services.close();
      app.log.info("worker stopped");
    },
  };
}
