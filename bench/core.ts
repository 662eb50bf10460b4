// In-process command latency (p50, p99) for the three busiest questions, on the demo data and on a
// generated council of 50 committees at 1,000 and at 100,000 actions.
// Target: p99 at 100k is at most 3x p99 at 1k, and under 20 ms.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createDb, type Db } from "../core/db.js";
import { silentLogger } from "../core/logger.js";
import { setupDatabase } from "../core/setup.js";
import { fixedClock, parseNow } from "../core/clock.js";
import { resolveTenant } from "../core/queries/tenant.js";
import { consoleContext } from "../core/commands/context.js";
import { handleText } from "../core/commands/handle.js";
import { generateCouncil } from "./generate-data.js";
import { generatePlans } from "./generate-plan.js";
import { time } from "./stats.js";

const COMMANDS = ["due this week", "actions overdue", "plan status"];

interface Row { data: string; command: string; p50: number; p99: number }

async function measure(db: Db, slug: string, label: string, iterations: number): Promise<Row[]> {
  const deps = { db, clock: fixedClock(parseNow("2020-11-23", "Europe/London")), log: silentLogger };
  const tenant = await resolveTenant({ db }, slug);
  const ctx = await consoleContext(deps, tenant, undefined, []);
  const rows: Row[] = [];
  for (const command of COMMANDS) {
    const reply = await handleText(deps, ctx, command);
    if (reply.tone === "error") throw new Error(`${label} "${command}" failed: ${reply.title}`);
    const t = await time(() => handleText(deps, ctx, command), iterations);
    rows.push({ data: label, command, p50: t.p50, p99: t.p99 });
  }
  return rows;
}

async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "scrutineer-bench-"));
  const db = createDb(`file:${join(dir, "bench.db")}`);
  try { return await fn(db); } finally { await db.$disconnect(); rmSync(dir, { recursive: true, force: true }); }
}

export async function benchCore(opts: { iterations?: number } = {}) {
  const iterations = opts.iterations ?? 400;
  const rows: Row[] = [];
  await withDb(async (db) => {
    await setupDatabase(db, "sqlite", silentLogger);
    rows.push(...await measure(db, "herefordshire", "demo (27 actions)", iterations));
  });
  for (const actions of [1_000, 100_000]) {
    await withDb(async (db) => {
      await setupDatabase(db, "sqlite", silentLogger, []);
      const g = await generateCouncil(db, { committees: 50, actions });
      await generatePlans(db, g.councilId, g.committeeIds);
      rows.push(...await measure(db, g.slug, `50 committees, ${actions.toLocaleString("en-GB")} actions`, iterations));
    });
  }
  const p99 = (data: string, command: string) => rows.find((r) => r.data.includes(data) && r.command === command)!.p99;
  const ratios = COMMANDS.map((command) => {
    const ratio = p99("100,000", command) / p99(" 1,000", command);
    return { command, p99_1k: p99(" 1,000", command), p99_100k: p99("100,000", command), ratio, meetsTarget: ratio <= 3 && p99("100,000", command) < 20 };
  });
  return { rows, ratios };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await benchCore({ iterations: Number(process.env.BENCH_ITERATIONS ?? 400) });
  console.table(result.rows.map((r) => ({ data: r.data, command: r.command, "p50 ms": r.p50.toFixed(2), "p99 ms": r.p99.toFixed(2) })));
  console.table(result.ratios.map((r) => ({ command: r.command, "p99 1k": r.p99_1k.toFixed(2), "p99 100k": r.p99_100k.toFixed(2), "100k/1k": r.ratio.toFixed(2), target: r.meetsTarget ? "met" : "MISSED" })));
}
