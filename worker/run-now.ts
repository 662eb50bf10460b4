// "schedule run-now": claim a run for this moment and carry it through, as the worker would.
import { hostname } from "node:os";
import type { App } from "../bin/app.js";
import { claimRun } from "./runs/claim.js";
import { executeRun } from "./runs/execute.js";
import { createWorkerServices } from "./services.js";

export async function runNow(app: App, scheduleId: number) {
  const deps = app.deps();
  const workerId = `run-now@${hostname()}:${process.pid}`;
  const services = createWorkerServices(app, { workerId });
  try {
    const run = await claimRun(deps.db, scheduleId, new Date(Date.now()), workerId, app.clock.now(), services.leaseMs);
    if (!run) throw new Error("could not claim a run (another was started at the same instant)");
    const status = await executeRun(deps, run.id, services);
    const deliveries = await deps.db.delivery.findMany({ where: { runId: run.id }, orderBy: { id: "asc" } });
    return { runId: run.id, status, deliveries: deliveries.map((d) => ({ target: d.target, status: d.status, attempts: d.attempts, lastError: d.lastError })) };
  } finally {
    await services.close();
  }
}
