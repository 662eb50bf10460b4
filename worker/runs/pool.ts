// A fixed number of run slots. Each free slot is filled by claiming one more due run, as soon as it
// frees up, rather than waiting for a whole batch to finish: one slow report no longer holds up the
// next. Claiming stays in the database (claimDueRuns), so exactly-once is the claim's business, not
// the pool's; the pool only decides when to ask and for how many.
import type { Logger } from "../../core/logger.js";
import type { ClaimedRun } from "./claim.js";

export interface RunPoolDeps {
  /** Runs in progress at once. */
  concurrency: number;
  /** Claims up to `limit` due runs (fewer, or none, when less is due). */
  claim(limit: number): Promise<ClaimedRun[]>;
  /** Carries one claimed run through; a throw is logged and frees the slot. */
  execute(run: ClaimedRun): Promise<unknown>;
  log: Pick<Logger, "error">;
}

export interface RunPool {
  /** Something may have become due (the minute ticked): fill the free slots. Resolves when claiming has caught up. */
  poke(): Promise<void>;
  /** Runs in progress now. */
  inFlight(): number;
  /** Claims nothing more and resolves when the runs in progress have finished. */
  drain(): Promise<void>;
}

export function createRunPool(deps: RunPoolDeps): RunPool {
  const running = new Map<number, Promise<void>>();
  // Set by a tick, and whenever a claim filled every slot it asked for: there may be more due.
  let maybeDue = false;
  let claiming: Promise<void> | null = null;
  let stopping = false;

  const start = (run: ClaimedRun) => {
    const done = (async () => {
      try { await deps.execute(run); } catch (e) { deps.log.error({ err: e, runId: run.id }, "run crashed"); }
    })().finally(() => {
      running.delete(run.id);
      void fill();
    });
    running.set(run.id, done);
  };

  // One claimer at a time, so two finishing runs never claim the same free slot twice.
  const claimLoop = async () => {
    while (maybeDue && !stopping && running.size < deps.concurrency) {
      maybeDue = false;
      const free = deps.concurrency - running.size;
      let runs: ClaimedRun[];
      try {
        runs = await deps.claim(free);
      } catch (e) {
        deps.log.error({ err: e }, "claiming due runs failed");
        return; // the next tick tries again
      }
      for (const run of runs) if (!running.has(run.id)) start(run);
      if (runs.length >= free) maybeDue = true;
    }
  };

  function fill(): Promise<void> {
    if (claiming) return claiming;
    claiming = claimLoop().finally(() => {
      claiming = null;
      // A tick (or a finished run) that came while the last claim was being answered.
      if (maybeDue && !stopping && running.size < deps.concurrency) void fill();
    });
    return claiming;
  }

  return {
    poke() {
      if (stopping) return Promise.resolve();
      maybeDue = true;
      return fill();
    },
    inFlight: () => running.size,
    async drain() {
      stopping = true;
      while (claiming || running.size) await Promise.all([claiming, ...running.values()]);
    },
  };
}
