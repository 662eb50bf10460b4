// Exactly-once runs: a run is claimed by inserting (schedule, scheduledFor), which the database
// allows once. A worker that dies leaves a lease that runs out; another worker then takes the run over.
import type { Db } from "../../core/db.js";

export interface ClaimedRun { id: number; scheduleId: number; scheduledFor: Date }

const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === "P2002";

/** True if this worker won the run. */
export async function claimRun(db: Db, scheduleId: number, scheduledFor: Date, workerId: string, now: Date, leaseMs: number): Promise<ClaimedRun | null> {
  try {
    const run = await db.reportRun.create({
      data: { scheduleId, scheduledFor, claimedBy: workerId, status: "claimed", startedAt: now, leaseUntil: new Date(now.getTime() + leaseMs) },
    });
    return { id: run.id, scheduleId, scheduledFor };
  } catch (e) {
    if (isUniqueViolation(e)) return null;
    throw e;
  }
}

/** A run missed by more than the misfire window is recorded, not fired late. */
export async function recordSkipped(db: Db, scheduleId: number, scheduledFor: Date, now: Date, reason: string): Promise<boolean> {
  try {
    await db.reportRun.create({ data: { scheduleId, scheduledFor, status: "skipped", startedAt: now, finishedAt: now, error: reason } });
    return true;
  } catch (e) {
    if (isUniqueViolation(e)) return false;
    throw e;
  }
}

/** Runs left unfinished by a worker whose lease has run out; this worker takes each over atomically. */
export async function takeOverStaleRuns(db: Db, workerId: string, now: Date, leaseMs: number, limit = 100): Promise<ClaimedRun[]> {
  if (limit <= 0) return [];
  const stale = await db.reportRun.findMany({
    where: { status: { in: ["claimed", "rendering", "delivering"] }, leaseUntil: { lt: now } },
    select: { id: true, scheduleId: true, scheduledFor: true, leaseUntil: true },
    orderBy: { leaseUntil: "asc" },
    take: Math.min(100, limit),
  });
  const taken: ClaimedRun[] = [];
  for (const run of stale) {
    const { count } = await db.reportRun.updateMany({
      where: { id: run.id, leaseUntil: run.leaseUntil },
      data: { claimedBy: workerId, leaseUntil: new Date(now.getTime() + leaseMs) },
    });
    if (count === 1 && run.scheduleId !== null) taken.push({ id: run.id, scheduleId: run.scheduleId, scheduledFor: run.scheduledFor });
  }
  return taken;
}

export async function renewLease(db: Db, runId: number, workerId: string, now: Date, leaseMs: number): Promise<void> {
  await db.reportRun.updateMany({ where: { id: runId, claimedBy: workerId }, data: { leaseUntil: new Date(now.getTime() + leaseMs) } });
}
