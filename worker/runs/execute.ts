// Carries a claimed run through: render once, then one delivery per target, each retried on
// transient failure and failed at once on a permanent one. The run's status is derived from its
// deliveries, so it is never "delivered" unless every target was.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import type { Deps, Tenant } from "../../core/context.js";
import { MESSAGE_KINDS, parseTarget } from "../../core/queries/schedules.js";
import type { Reply } from "../../core/reply.js";
import { DeliveryError } from "../delivery/errors.js";
import { renewLease } from "./claim.js";

export interface Artifact {
  pdfPath: string;
  htmlPath: string;
  title: string;
  /** Two or three figures for the message that carries the report. */
  headline: string[];
}

export interface ScheduleRow {
  id: number; councilId: number; committeeId: number | null; kind: string; params: string; targets: string; cron: string; timezone: string;
}

export interface DeliveryJob {
  runId: number;
  deliveryId: number;
  target: string;
  platform: "slack" | "teams";
  id: string;
  /** A Slack direct message to a person rather than a channel post. */
  direct: boolean;
  /** The rendered report, for report runs. */
  artifact: Artifact & { sha256: string; bytes: number };
  /** The message, for reminder and digest runs (which have no artifact). */
  message?: Reply;
  schedule: ScheduleRow;
  /** What a previous attempt recorded (e.g. Slack's file id), so a resumed delivery can check before sending again. */
  externalRef: string | null;
  /** Records progress that must survive a crash (e.g. the file id before completing an upload). */
  remember(externalRef: string): Promise<void>;
}

export type Deliverer = (job: DeliveryJob) => Promise<{ externalRef?: string }>;

export interface RunServices {
  workerId: string;
  leaseMs: number;
  render(schedule: ScheduleRow, tenant: Tenant, runId: number, scheduledFor: Date): Promise<Artifact>;
  deliverers: Partial<Record<"slack" | "teams", Deliverer>>;
  /** Who gets what, for message kinds (reminders, weekly digest): worked out when the run starts. */
  planMessages?(schedule: ScheduleRow, tenant: Tenant): Promise<{ target: string; message: Reply }[]>;
  /** Told once when a schedule starts failing, and once when it recovers. */
  alert?(message: string, schedule: ScheduleRow): Promise<void>;
  sleep?(ms: number): Promise<void>;
  maxAttempts?: number;
}

export type RunOutcome = "delivered" | "partial" | "failed" | "skipped";

const FINAL = new Set(["delivered", "partial", "failed", "skipped"]);
const sleeper = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function executeRun(deps: Deps, runId: number, services: RunServices): Promise<RunOutcome> {
  const { db, clock } = deps;
  const log = deps.log.child({ runId });
  const run = await db.reportRun.findUniqueOrThrow({ where: { id: runId }, include: { schedule: true } });
  if (FINAL.has(run.status)) return run.status as RunOutcome;
  const schedule = run.schedule;
  if (!schedule) return finish(deps, runId, "failed", "its schedule was removed");
  const council = await db.council.findUniqueOrThrow({ where: { id: schedule.councilId } });
  const tenant: Tenant = { councilId: council.id, slug: council.slug, name: council.name, zone: council.timezone };

  if (MESSAGE_KINDS.has(schedule.kind)) return executeMessageRun(deps, runId, services, schedule, tenant);

  // Render once: a resumed run reuses the stored PDF if it is intact.
  let artifact: DeliveryJob["artifact"] | null = null;
  if (run.pdfPath && run.htmlPath && run.sha256 && run.summary && existsSync(run.pdfPath)) {
    const bytes = readFileSync(run.pdfPath);
    if (sha256(bytes) === run.sha256) {
      const summary = JSON.parse(run.summary) as { title: string; headline: string[] };
      artifact = { pdfPath: run.pdfPath, htmlPath: run.htmlPath, sha256: run.sha256, bytes: bytes.length, ...summary };
    }
  }
  if (!artifact) {
    await db.reportRun.update({ where: { id: runId }, data: { status: "rendering" } });
    const started = performance.now();
    try {
      const made = await services.render(schedule, tenant, runId, run.scheduledFor);
      const bytes = readFileSync(made.pdfPath);
      artifact = { ...made, sha256: sha256(bytes), bytes: bytes.length };
      await db.reportRun.update({
        where: { id: runId },
        data: {
          pdfPath: made.pdfPath, htmlPath: made.htmlPath, sha256: artifact.sha256, renderMs: Math.round(performance.now() - started),
          summary: JSON.stringify({ title: made.title, headline: made.headline }), status: "delivering",
        },
      });
    } catch (e) {
      log.error({ err: e }, "render failed");
      return finish(deps, runId, "failed", `the report could not be made: ${(e as Error).message}`, services, schedule);
    }
  }
  const full = artifact;

  const targets = JSON.parse(schedule.targets) as string[];
  for (const target of targets) {
    await db.delivery.upsert({ where: { runId_target: { runId, target } }, create: { runId, target, status: "pending" }, update: {} });
  }
  const deliveries = await db.delivery.findMany({ where: { runId }, orderBy: { id: "asc" } });
  for (const d of deliveries) {
    if (d.status === "delivered" || d.status === "failed") continue;
    await deliverOne(deps, services, { runId, delivery: d, artifact: full, schedule });
    await renewLease(db, runId, services.workerId, clock.now(), services.leaseMs);
  }
  const final = await db.delivery.findMany({ where: { runId } });
  const ok = final.filter((d) => d.status === "delivered").length;
  const outcome: RunOutcome = ok === final.length ? "delivered" : ok > 0 ? "partial" : "failed";
  const reasons = final.filter((d) => d.status === "failed").map((d) => `${d.target}: ${d.lastError}`).join("; ");
  return finish(deps, runId, outcome, reasons || null, services, schedule);
}

/**
 * Reminders and digests: the recipients are worked out once, when the run starts, and recorded as
 * deliveries; a resumed run sends only to those not yet delivered.
 */
async function executeMessageRun(deps: Deps, runId: number, services: RunServices, schedule: ScheduleRow, tenant: Tenant): Promise<RunOutcome> {
  const { db } = deps;
  if (!services.planMessages) return finish(deps, runId, "failed", "this worker cannot send reminders or digests", services, schedule);
  await db.reportRun.update({ where: { id: runId }, data: { status: "delivering", summary: JSON.stringify({ title: reportTitle(schedule), headline: [] }) } });
  const plan = await services.planMessages(schedule, tenant);
  const existing = await db.delivery.count({ where: { runId } });
  if (existing === 0) {
    for (const p of plan) await db.delivery.upsert({ where: { runId_target: { runId, target: p.target } }, create: { runId, target: p.target, status: "pending" }, update: {} });
  }
  const messages = new Map(plan.map((p) => [p.target, p.message]));
  const deliveries = await db.delivery.findMany({ where: { runId }, orderBy: { id: "asc" } });
  const none = { pdfPath: "", htmlPath: "", title: reportTitle(schedule), headline: [], sha256: "", bytes: 0 };
  for (const d of deliveries) {
    if (d.status === "delivered" || d.status === "failed") continue;
    const message = messages.get(d.target);
    if (!message) {
      // Nothing is due for this recipient any more (e.g. they finished their actions meanwhile).
      await db.delivery.update({ where: { id: d.id }, data: { status: "delivered", lastError: "nothing left to send" } });
      continue;
    }
    await deliverOne(deps, services, { runId, delivery: d, artifact: none, schedule, message });
    await renewLease(db, runId, services.workerId, deps.clock.now(), services.leaseMs);
  }
  const final = await db.delivery.findMany({ where: { runId } });
  const ok = final.filter((d) => d.status === "delivered").length;
  const outcome: RunOutcome = ok === final.length ? "delivered" : ok > 0 ? "partial" : "failed";
  const reasons = final.filter((d) => d.status === "failed").map((d) => `${d.target}: ${d.lastError}`).join("; ");
  return finish(deps, runId, outcome, reasons || null, services, schedule);
}

async function deliverOne(
  deps: Deps, services: RunServices,
  job: { runId: number; delivery: { id: number; target: string; attempts: number; externalRef: string | null }; artifact: DeliveryJob["artifact"]; schedule: ScheduleRow; message?: Reply },
): Promise<void> {
  const { db } = deps;
  const log = deps.log.child({ runId: job.runId, deliveryId: job.delivery.id, target: job.delivery.target });
  const maxAttempts = services.maxAttempts ?? 4;
  const sleep = services.sleep ?? sleeper;
  let externalRef = job.delivery.externalRef;
  let target: { platform: "slack" | "teams"; id: string; direct: boolean };
  try {
    target = parseTarget(job.delivery.target);
  } catch (e) {
    await db.delivery.update({ where: { id: job.delivery.id }, data: { status: "failed", lastError: (e as Error).message } });
    return;
  }
  const deliverer = services.deliverers[target.platform];
  if (!deliverer) {
    await db.delivery.update({ where: { id: job.delivery.id }, data: { status: "failed", lastError: `${target.platform} is not configured on this worker` } });
    return;
  }
  for (let attempt = job.delivery.attempts + 1; ; attempt++) {
    await db.delivery.update({ where: { id: job.delivery.id }, data: { status: "sending", attempts: attempt } });
    try {
      const result = await deliverer({
        runId: job.runId, deliveryId: job.delivery.id, target: job.delivery.target, platform: target.platform, id: target.id,
        direct: target.direct, artifact: job.artifact, message: job.message, schedule: job.schedule, externalRef,
        remember: async (ref) => { externalRef = ref; await db.delivery.update({ where: { id: job.delivery.id }, data: { externalRef: ref } }); },
      });
      await db.delivery.update({
        where: { id: job.delivery.id },
        data: { status: "delivered", deliveredAt: deps.clock.now(), lastError: null, externalRef: result.externalRef ?? externalRef },
      });
      log.info({ attempt }, "delivered");
      return;
    } catch (e) {
      const err = e instanceof DeliveryError ? e : new DeliveryError((e as Error).message, true);
      const last = !err.transient || attempt >= maxAttempts + job.delivery.attempts;
      log.warn({ attempt, transient: err.transient, reason: err.message }, last ? "delivery failed" : "delivery will be retried");
      if (last) {
        const reason = err.transient ? `gave up after ${attempt} attempts: ${err.message}` : err.message;
        await db.delivery.update({ where: { id: job.delivery.id }, data: { status: "failed", lastError: reason } });
        return;
      }
      await db.delivery.update({ where: { id: job.delivery.id }, data: { status: "pending", lastError: err.message } });
      await sleep(err.retryAfterMs ?? Math.min(30_000, 500 * 2 ** (attempt - 1)));
    }
  }
}

async function finish(deps: Deps, runId: number, outcome: RunOutcome, error: string | null, services?: RunServices, schedule?: ScheduleRow): Promise<RunOutcome> {
  const { db, clock } = deps;
  await db.reportRun.update({ where: { id: runId }, data: { status: outcome, error, finishedAt: clock.now(), leaseUntil: null } });
  if (schedule && services) await noteStreak(deps, services, schedule, runId, outcome, error);
  deps.log.info({ runId, outcome, error }, "run finished");
  return outcome;
}

/** One alert when a schedule starts failing, none while it keeps failing, one note when it recovers. */
async function noteStreak(deps: Deps, services: RunServices, schedule: ScheduleRow, runId: number, outcome: RunOutcome, error: string | null) {
  const { db } = deps;
  const failed = outcome !== "delivered";
  if (failed) {
    // Only the update that moves the streak from 0 to 1 sends the alert, even with several workers.
    const started = await db.reportSchedule.updateMany({ where: { id: schedule.id, failureStreak: 0 }, data: { failureStreak: 1 } });
    if (started.count === 0) await db.reportSchedule.update({ where: { id: schedule.id }, data: { failureStreak: { increment: 1 } } });
    else await services.alert?.(`Scrutineer could not deliver "${reportTitle(schedule)}" (schedule ${schedule.id}, run ${runId}): ${error}. Fix it and the next run will say so.`, schedule);
  } else {
    const recovered = await db.reportSchedule.updateMany({ where: { id: schedule.id, failureStreak: { gt: 0 } }, data: { failureStreak: 0 } });
    if (recovered.count) await services.alert?.(`Recovered: "${reportTitle(schedule)}" (schedule ${schedule.id}) was delivered to every target again by run ${runId}.`, schedule);
  }
}

export function reportTitle(schedule: Pick<ScheduleRow, "kind">): string {
  const names: Record<string, string> = {
    "improvement-plan": "Improvement plan report", "self-evaluation": "Self-evaluation report", actions: "Actions digest",
    meetings: "Meetings digest", reminders: "Action reminders", "weekly-digest": "Due this week",
  };
  return names[schedule.kind] ?? schedule.kind;
}

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
