// The worker process: node-cron ticks once a minute and asks what is due. The tick holds no logic
// of its own: claimDueRuns decides from the database, executeRun carries each run through.
import { hostname } from "node:os";
import cron from "node-cron";
import type { App } from "../bin/app.js";
import { claimDueRuns } from "./runs/find-due.js";
import { executeRun } from "./runs/execute.js";
import { createWorkerServices } from "./services.js";

export interface WorkerHandle { stop(): Promise<void>; tick(): Promise<void> }

export async function startWorker(app: App, opts: { concurrency?: number } = {}): Promise<WorkerHandle> {
  const deps = app.deps();
  const workerId = `${hostname()}:${process.pid}`;
  const services = createWorkerServices(app, { workerId });
  const misfireWindowMs = app.config.WORKER_MISFIRE_HOURS * 3_600_000;
  const concurrency = opts.concurrency ?? 2;
  let running: Promise<void> | null = null;
  let stopping = false;

  const tick = async () => {
    if (running || stopping) return running ?? undefined; // a slow tick is not overlapped by the next
    running = (async () => {
      try {
        // Claim a worker's fill, carry it through, and come back for more until nothing is due:
        // several workers on one database so take turns rather than one taking everything.
        for (;;) {
          const due = await claimDueRuns(deps, { workerId, misfireWindowMs, leaseMs: services.leaseMs, limit: concurrency });
          const queue = [...due.claimed, ...due.takenOver];
          if (!queue.length) break;
          await Promise.all(queue.map(async (run) => {
            try { await executeRun(deps, run.id, services); } catch (e) { app.log.error({ err: e, runId: run.id }, "run crashed"); }
          }));
          if (stopping) break; // finish what was claimed, claim nothing new
        }
      } catch (e) {
        app.log.error({ err: e }, "tick failed");
      } finally {
        running = null;
      }
    })();
    return running;
  };

  const task = cron.schedule("* * * * *", () => { void tick(); }, { name: "scrutineer-tick" });
  app.log.info({ workerId, misfireHours: app.config.WORKER_MISFIRE_HOURS }, "worker started");
  void tick(); // catch up at once, without holding up the caller (and its signal handlers) until done
  return {
    tick,
    stop: async () => {
      stopping = true;
      await task.stop();
      await running;
      await services.close();
      app.log.info("worker stopped");
    },
  };
}
