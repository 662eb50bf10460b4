// The scheduled-report worker at scale: N schedules due in the same minute, carried through by W real
// worker processes (`node --import tsx bin/scrutineer.ts worker`) sharing a throwaway PostgreSQL
// database, each report delivered as a PDF upload to its own channel on the local fake Slack Web API.
// Baseline beside it: a smaller load on one worker, measured in the same run on the same machine.
//
// What is measured, and how:
// - The report kind is "meetings", the quickest to render (a short digest), so the figures are about
//   scheduling, claiming and delivery rather than PDF layout. Every run still renders a real PDF in
//   the worker's warm Chromium and uploads it over real HTTP.
// - Every schedule is "0 9 * * *" (Europe/London); the fire time is 09:00 on 23 November 2020. The
//   workers' clock is pinned with SCRUTINEER_NOW to one second after it, so what is due is
//   deterministic. "Fire" is therefore the wall-clock moment the worker processes are spawned (both
//   in the same tick): fire-to-delivery includes Node + tsx start-up, the migration check and
//   Chromium's cold launch, as a worker started at the fire time would pay.
// - A delivery's time is when the fake Slack received files.completeUploadExternal for it (the
//   upload is in the channel once Slack answers that call).
// - Claim times: with a pinned clock ReportRun.startedAt is the pinned "now" for every run, so
//   startedAt - scheduledFor is a constant (reported, but meaningless). The real wall-clock claim
//   time is recorded by a trigger on ReportRun in the throwaway database (clock_timestamp() at each
//   insert and status change); claim delay = that time - fire.
// - Memory: every 250 ms each worker's process tree is read from /proc: the Node process's VmRSS,
//   the sum of VmRSS over its Chromium processes, and the total (other children, e.g. tsx's
//   esbuild service, included). Node's own peak is also read from VmHWM before it is stopped. PSS
//   (shared pages counted once) is sampled every 2 s. RSS summed over Chromium's processes counts
//   their shared pages once per process, so the RSS total overstates; PSS is the fairer total.
// - Duplicates: runs per (schedule, scheduledFor) > 1 (from the database), and completed uploads
//   per channel > 1 (from the fake Slack). Both must be 0; channels with no upload must be 0 too.
//
// - The due check alone: the once-a-minute "what is due?" over 1,000 schedules, in process and without
//   the database, by plain cron expansion and through the worker's memo (CronTimes), per minute.
//
//   node --import tsx bench/worker.ts        prints a table
//   BENCH_ONLY=worker npm run bench          as part of the suite
//   BENCH_WORKER_SCHEDULES=1000 BENCH_WORKER_PROCESSES=2 BENCH_WORKER_BASELINE=100 BENCH_WORKER_TIMEOUT_S=1500
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, hostname, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";
import { createDb } from "../core/db.js";
import { silentLogger } from "../core/logger.js";
import { setupDatabase } from "../core/setup.js";
import { freshPostgres } from "../test/helpers/postgres.js";
import { startFakeSlackApi } from "../test/fakes/slack-api.js";
import { percentile } from "./stats.js";
import { CronTimes, runsBetween } from "../worker/schedule/cron.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TOKEN = "xoxb-bench-worker";
const KIND = "meetings";
const CRON = "0 9 * * *";
const FIRE = new Date("2020-11-23T09:00:00Z"); // 09:00 in London (GMT in November)
const NOW = "2020-11-23T09:00:01Z";
const MiB = 1024 * 1024;
const FINAL = ["delivered", "partial", "failed", "skipped"];

const round = (n: number, dp = 1) => (Number.isFinite(n) ? Number(n.toFixed(dp)) : null);
const channelFor = (i: number) => `CBENCH${String(i).padStart(5, "0")}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function spread(samples: number[], dp = 1) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: round(percentile(s, 50), dp), p99: round(percentile(s, 99), dp), max: round(s[s.length - 1] ?? NaN, dp), n: s.length };
}

export interface BenchWorkerOptions {
  /** Schedules due in the same minute (BENCH_WORKER_SCHEDULES, default 1000). */
  schedules?: number;
  /** Worker processes sharing the database (BENCH_WORKER_PROCESSES, default 2). */
  workers?: number;
  /** Schedules in the one-worker baseline (BENCH_WORKER_BASELINE, default 100; 0 leaves it out). */
  baselineSchedules?: number;
  /** Give up on a scenario after this long and report what was done (BENCH_WORKER_TIMEOUT_S, default 1500). */
  timeoutSeconds?: number;
}

// ---- memory: each worker's process tree from /proc ----

interface ProcInfo { ppid: number; name: string }

function readProcs(): Map<number, ProcInfo> {
  const out = new Map<number, ProcInfo>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const s = readFileSync(`/proc/${d}/stat`, "utf8");
      const close = s.lastIndexOf(")");
      out.set(Number(d), { ppid: Number(s.slice(close + 2).split(" ")[1]), name: s.slice(s.indexOf("(") + 1, close) });
    } catch { /* exited meanwhile */ }
  }
  return out;
}

function treeOf(root: number, procs: Map<number, ProcInfo>): number[] {
  const found = [root];
  for (let i = 0; i < found.length; i++) for (const [pid, p] of procs) if (p.ppid === found[i]) found.push(pid);
  return found.filter((p) => procs.has(p));
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function pssKb(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

interface WorkerMemory { nodeRssKb: number; nodeHwmKb: number; chromiumRssKb: number; totalRssKb: number; totalPssKb: number; chromiumProcesses: number }

class MemoryWatch {
  readonly peaks = new Map<number, WorkerMemory>();
  private timer: NodeJS.Timeout | undefined;
  private ticks = 0;
  constructor(private readonly pids: number[]) {
    for (const pid of pids) this.peaks.set(pid, { nodeRssKb: 0, nodeHwmKb: 0, chromiumRssKb: 0, totalRssKb: 0, totalPssKb: 0, chromiumProcesses: 0 });
  }
  start(): void { this.timer = setInterval(() => this.sample(), 250); }
  stop(): void { clearInterval(this.timer); }
  sample(): void {
    const withPss = this.ticks++ % 8 === 0;
    const procs = readProcs();
    for (const root of this.pids) {
      if (!procs.has(root)) continue;
      const peak = this.peaks.get(root)!;
      const tree = treeOf(root, procs);
      const chromium = tree.filter((p) => p !== root && /chrom/i.test(procs.get(p)!.name));
      const node = statusKb(root, "VmRSS");
      const chromiumRss = chromium.reduce((sum, p) => sum + statusKb(p, "VmRSS"), 0);
      const total = tree.reduce((sum, p) => sum + (p === root ? node : statusKb(p, "VmRSS")), 0);
      peak.nodeRssKb = Math.max(peak.nodeRssKb, node);
      peak.nodeHwmKb = Math.max(peak.nodeHwmKb, statusKb(root, "VmHWM"));
      peak.chromiumRssKb = Math.max(peak.chromiumRssKb, chromiumRss);
      peak.totalRssKb = Math.max(peak.totalRssKb, total);
      peak.chromiumProcesses = Math.max(peak.chromiumProcesses, chromium.length);
      if (withPss) peak.totalPssKb = Math.max(peak.totalPssKb, tree.reduce((sum, p) => sum + pssKb(p), 0));
    }
  }
}

// ---- one scenario: N schedules, W worker processes ----

/** Wall-clock instants recorded inside PostgreSQL as each run is inserted and changes status. */
const TRIGGER_SQL = [
  `CREATE TABLE bench_run_event (run_id int NOT NULL, status text NOT NULL, claimed_by text, at timestamptz NOT NULL DEFAULT clock_timestamp())`,
  `CREATE FUNCTION bench_note_run() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
       INSERT INTO bench_run_event (run_id, status, claimed_by) VALUES (NEW.id, NEW.status, NEW."claimedBy");
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER bench_note_run AFTER INSERT OR UPDATE ON "ReportRun" FOR EACH ROW EXECUTE FUNCTION bench_note_run()`,
];

/** exit: the exit code, or the signal that ended the process. */
interface Worker { child: ChildProcess; pid: number; log: string[]; exit: Promise<number | string | null> }

function spawnWorker(env: Record<string, string>): Worker {
  const child = spawn(process.execPath, ["--import", "tsx", "bin/scrutineer.ts", "worker"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  const log: string[] = [];
  const keep = (b: Buffer) => { for (const line of b.toString("utf8").split("\n")) if (line.trim()) { log.push(line); if (log.length > 40) log.shift(); } };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exit = new Promise<number | string | null>((r) => child.once("exit", (code, signal) => r(code ?? signal)));
  return { child, pid: child.pid!, log, exit };
}

async function stopWorker(w: Worker): Promise<number | string | null> {
  if (w.child.exitCode !== null || w.child.signalCode) return w.child.exitCode ?? w.child.signalCode;
  w.child.kill("SIGTERM");
  const code = await Promise.race([w.exit, sleep(30_000).then(() => "late" as const)]);
  if (code !== "late") return code;
  w.child.kill("SIGKILL");
  return w.exit;
}

export async function runScenario(schedules: number, workers: number, timeoutSeconds: number) {
  const label = `${schedules} schedules, ${workers} worker${workers > 1 ? "s" : ""}`;
  const note = (s: string) => process.stderr.write(`[bench worker] ${label}: ${s}\n`);
  const pgdb = await freshPostgres();
  const dbName = pgdb.url.slice(pgdb.url.lastIndexOf("/") + 1);
  const dir = mkdtempSync(join(tmpdir(), "scrutineer-bench-worker-"));
  const db = createDb(pgdb.url);
  const sql = new pg.Client({ connectionString: pgdb.url });
  let sqlOpen = false;
  const channels = Array.from({ length: schedules }, (_, i) => channelFor(i));
  const slack = await startFakeSlackApi({ token: TOKEN, channels });
  const running: Worker[] = [];
  try {
    // The database: migrated and loaded with the demo data, then N schedules due at the same 09:00.
    await setupDatabase(db, "postgresql", silentLogger);
    await sql.connect();
    sqlOpen = true;
    for (const statement of TRIGGER_SQL) await sql.query(statement);
    const council = await db.council.findUniqueOrThrow({ where: { slug: "herefordshire" } });
    const committee = await db.committee.findUniqueOrThrow({ where: { slug: "herefordshire-cyp" } });
    await db.reportSchedule.createMany({
      data: channels.map((c) => ({
        councilId: council.id, committeeId: committee.id, cron: CRON, timezone: "Europe/London", kind: KIND,
        params: JSON.stringify({ period: "latest", planKey: null }), targets: JSON.stringify([`slack:${c}`]),
        createdBy: "bench", createdAt: new Date("2020-11-23T08:00:00Z"),
      })),
    });
    const scheduleByChannel = new Map((await db.reportSchedule.findMany({ select: { id: true, targets: true } }))
      .map((s) => [(JSON.parse(s.targets) as string[])[0]!.slice("slack:".length), s.id]));
    await db.$disconnect();

    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? dir,
      DATABASE_URL: pgdb.url, SCRUTINEER_NOW: NOW, LOG_LEVEL: "warn",
      SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: "bench-worker-signing-secret", SLACK_API_URL: slack.url,
      SCRUTINEER_DATA_DIR: dir, SCRUTINEER_REPORTS_DIR: join(dir, "reports"), PUBLIC_BASE_URL: "http://127.0.0.1:3000",
      REPORT_LINK_SECRET: "bench-worker-link-secret-0123456789",
      ...(process.env.PUPPETEER_EXECUTABLE_PATH ? { PUPPETEER_EXECUTABLE_PATH: process.env.PUPPETEER_EXECUTABLE_PATH } : {}),
    };

    // Fire: both workers spawned in the same tick.
    const fire = Date.now();
    for (let i = 0; i < workers; i++) running.push(spawnWorker(env));
    const memory = new MemoryWatch(running.map((w) => w.pid));
    memory.start();
    const deadline = fire + timeoutSeconds * 1000;
    let done = 0;
    let lastNote = fire;
    let crashed: string | null = null;
    for (;;) {
      const r = await sql.query<{ done: string }>(`SELECT count(*) AS done FROM "ReportRun" WHERE status = ANY($1)`, [FINAL]);
      done = Number(r.rows[0]!.done);
      if (done >= schedules) break;
      const dead = running.find((w) => w.child.exitCode !== null || w.child.signalCode);
      if (dead) { crashed = `worker ${dead.pid} exited (${dead.child.exitCode ?? dead.child.signalCode}) early`; break; }
      if (Date.now() > deadline) break;
      if (Date.now() - lastNote > 15_000) { lastNote = Date.now(); note(`${done} runs finished after ${((lastNote - fire) / 1000).toFixed(0)} s`); }
      await sleep(250);
    }
    const finishedAt = Date.now();
    memory.sample();
    memory.stop();
    for (const w of running) memory.peaks.get(w.pid)!.nodeHwmKb = Math.max(memory.peaks.get(w.pid)!.nodeHwmKb, statusKb(w.pid, "VmHWM"));
    const exitCodes = await Promise.all(running.map(stopWorker));
    note(`${done} of ${schedules} runs finished in ${((finishedAt - fire) / 1000).toFixed(1)} s`);

    // ---- what happened ----
    const events = (await sql.query<{ run_id: number; status: string; claimed_by: string | null; ms: string }>(
      `SELECT run_id, status, claimed_by, (extract(epoch FROM at) * 1000)::float8 AS ms FROM bench_run_event ORDER BY at`,
    )).rows.map((e) => ({ ...e, ms: Number(e.ms) }));
    const runs = (await sql.query<{ id: number; scheduleId: number; status: string; claimedBy: string | null; renderMs: number | null; lagMs: string }>(
      `SELECT id, "scheduleId", status, "claimedBy", "renderMs", (extract(epoch FROM ("startedAt" - "scheduledFor")) * 1000)::float8 AS "lagMs" FROM "ReportRun"`,
    )).rows;
    const slots = await sql.query<{ n: string }>(`SELECT count(*) AS n FROM (SELECT 1 FROM "ReportRun" GROUP BY "scheduleId", "scheduledFor" HAVING count(*) > 1) d`);
    const deliveryRows = await sql.query<{ n: string }>(`SELECT count(*) AS n FROM (SELECT 1 FROM "Delivery" WHERE status = 'delivered' GROUP BY target HAVING count(*) > 1) d`);
    await sql.end();
    sqlOpen = false;
    // Every connection is closed now, so each backend has flushed its statistics.
    const admin = new pg.Client({ connectionString: pgdb.url.replace(/\/[^/]*$/, "/postgres") });
    await admin.connect();
    await sleep(1200);
    const stats = (await admin.query<{ xact_commit: string; xact_rollback: string }>(`SELECT xact_commit, xact_rollback FROM pg_stat_database WHERE datname = $1`, [dbName])).rows[0];
    await admin.end();

    const claims = new Map(events.filter((e) => e.status === "claimed").map((e) => [e.run_id, e]));
    const runBySchedule = new Map(runs.map((r) => [r.scheduleId, r]));
    const completes = slack.callsTo("files.completeUploadExternal").filter((c) => (c.response as { ok?: boolean } | null)?.ok);
    const perChannel = new Map<string, number>();
    for (const c of completes) perChannel.set(String(c.params.channel_id), (perChannel.get(String(c.params.channel_id)) ?? 0) + 1);
    const deliveredAt = completes.map((c) => c.at).sort((a, b) => a - b);
    const claimToDelivered: number[] = [];
    const lastDeliveryBy = new Map<string, number>();
    for (const c of completes) {
      const run = runBySchedule.get(scheduleByChannel.get(String(c.params.channel_id)) ?? -1);
      const claim = run && claims.get(run.id);
      if (!run || !claim) continue;
      claimToDelivered.push(c.at - claim.ms);
      const by = run.claimedBy ?? "?";
      lastDeliveryBy.set(by, Math.max(lastDeliveryBy.get(by) ?? 0, c.at));
    }
    const firstDelivery = deliveredAt[0];
    const lastDelivery = deliveredAt[deliveredAt.length - 1];
    const spanS = lastDelivery !== undefined ? (lastDelivery - fire) / 1000 : NaN;
    const delivered = runs.filter((r) => r.status === "delivered").length;

    // When each run started rendering and finished: the worker's time between runs is claim overhead.
    const renderStart = new Map(events.filter((e) => e.status === "rendering").map((e) => [e.run_id, e.ms]));
    const finish = new Map(events.filter((e) => FINAL.includes(e.status)).map((e) => [e.run_id, e.ms]));
    const claimToRender = [...claims.values()].filter((c) => renderStart.has(c.run_id)).map((c) => renderStart.get(c.run_id)! - c.ms);

    const perWorker = running.map((w, i) => {
      const id = `${hostname()}:${w.pid}`;
      const mine = runs.filter((r) => r.claimedBy === id);
      const idle = idleSeconds(mine.map((r) => [claims.get(r.id)?.ms, renderStart.get(r.id), finish.get(r.id)]));
      const firstClaim = Math.min(...events.filter((e) => e.claimed_by === id && e.status === "claimed").map((e) => e.ms));
      const last = lastDeliveryBy.get(id);
      const peak = memory.peaks.get(w.pid)!;
      return {
        worker: i + 1, pid: w.pid, runs: mine.length, exitCode: exitCodes[i],
        startupToFirstClaimS: round((firstClaim - fire) / 1000, 2),
        lastDeliveryS: last ? round((last - fire) / 1000, 2) : null,
        runsPerSecond: last ? round(mine.length / ((last - fire) / 1000), 2) : null,
        // From its first claim to its last finished run: seconds with no run rendering or delivering.
        secondsWithNoRunInProgress: round(idle.idle, 1), activeSeconds: round(idle.span, 1),
        // Runs rendering or delivering at once, on average (the worker keeps up to 2 in progress).
        meanRunsInProgress: round(idle.meanInProgress, 2),
        nodePeakRssMiB: round(peak.nodeHwmKb / 1024), nodePeakSampledRssMiB: round(peak.nodeRssKb / 1024),
        chromiumPeakRssMiB: round(peak.chromiumRssKb / 1024), chromiumProcessesPeak: peak.chromiumProcesses,
        totalPeakRssMiB: round(peak.totalRssKb / 1024), totalPeakPssMiB: round(peak.totalPssKb / 1024),
      };
    });

    const failures = runs.filter((r) => r.status !== "delivered").slice(0, 5);
    return {
      label, schedules, workers, kind: KIND,
      finished: done, delivered, timedOut: done < schedules && !crashed, crashed,
      wallSeconds: round((finishedAt - fire) / 1000, 2),
      fireToFirstClaimS: round((Math.min(...[...claims.values()].map((e) => e.ms)) - fire) / 1000, 2),
      fireToFirstDeliveryS: firstDelivery !== undefined ? round((firstDelivery - fire) / 1000, 2) : null,
      fireToLastDeliveryS: round(spanS, 2),
      throughput: {
        runsPerSecond: round(delivered / spanS, 2),
        runsPerSecondPerWorker: round(delivered / spanS / workers, 2),
        // Between the first and last delivery: start-up (Node, tsx, Chromium launch) left out.
        steadyRunsPerSecondPerWorker: firstDelivery !== undefined && lastDelivery! > firstDelivery
          ? round((delivered - 1) / ((lastDelivery! - firstDelivery) / 1000) / workers, 2) : null,
      },
      claimDelayS: spread([...claims.values()].map((e) => (e.ms - fire) / 1000), 2),
      startedAtMinusScheduledForS: spread(runs.map((r) => Number(r.lagMs) / 1000), 2),
      claimToRenderStartMs: spread(claimToRender, 0),
      renderMs: spread(runs.map((r) => r.renderMs ?? NaN).filter(Number.isFinite), 0),
      claimToDeliveredMs: spread(claimToDelivered, 0),
      duplicates: {
        runSlotsClaimedMoreThanOnce: Number(slots.rows[0]!.n),
        channelsWithMoreThanOneUpload: [...perChannel.values()].filter((n) => n > 1).length,
        targetsWithMoreThanOneDeliveredRow: Number(deliveryRows.rows[0]!.n),
        channelsWithNoUpload: channels.filter((c) => !perChannel.has(c)).length,
        uploadsCompleted: completes.length,
        uploadUrlsRequested: slack.callsTo("files.getUploadURLExternal").length,
      },
      postgres: { transactionsCommitted: Number(stats?.xact_commit ?? NaN), transactionsRolledBack: Number(stats?.xact_rollback ?? NaN) },
      perWorker,
      ...(failures.length || crashed ? { sample: { failures, logTail: running.map((w) => w.log.slice(-10)) } } : {}),
    };
  } finally {
    for (const w of running) await stopWorker(w);
    if (sqlOpen) await sql.end().catch(() => undefined);
    await db.$disconnect().catch(() => undefined);
    await slack.close();
    await pgdb.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Per run [claimed, render started, finished]: the time from the first claim to the last finish not covered by any run's render-to-finish. */
function idleSeconds(runs: (number | undefined)[][]): { idle: number; span: number; meanInProgress: number } {
  const spans = runs.filter((r) => r.every((x) => x !== undefined)) as number[][];
  if (!spans.length) return { idle: NaN, span: NaN, meanInProgress: NaN };
  const start = Math.min(...spans.map((r) => r[0]!));
  const end = Math.max(...spans.map((r) => r[2]!));
  const busy = spans.map((r) => [r[1]!, r[2]!] as const).sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let [from, to] = busy[0]!;
  for (const [a, b] of busy.slice(1)) {
    if (a > to) { covered += to - from; from = a; to = b; } else to = Math.max(to, b);
  }
  covered += to - from;
  const inProgress = busy.reduce((sum, [a, b]) => sum + (b - a), 0);
  return { idle: (end - start - covered) / 1000, span: (end - start) / 1000, meanInProgress: inProgress / (end - start) };
}

/**
 * The minute tick's due check for `n` schedules (four cron shapes, twenty distinct last runs, none
 * due), `minutes` times over: milliseconds per minute by plain expansion and through the memo.
 */
export function benchDueCheck(n = 1000, minutes = 30) {
  const crons = ["0 9 * * *", "0 9 * * 1", "30 8 * * 1-5", "0 9 * 1,4,7,10 1#1"];
  const lastRun = FIRE.getTime() - 86_400_000;
  const schedules = Array.from({ length: n }, (_, i) => ({ cron: crons[i % crons.length]!, after: new Date(lastRun + (i % 20) * 60_000) }));
  const perMinute = (check: (cron: string, after: Date, now: Date) => Date[]) => {
    const ms: number[] = [];
    let due = 0;
    for (let m = 0; m < minutes; m++) {
      const now = new Date(lastRun + (30 + m) * 60_000);
      const started = performance.now();
      for (const s of schedules) due += check(s.cron, s.after, now).length;
      ms.push(performance.now() - started);
    }
    return { ...spread(ms, 2), due };
  };
  const memo = new CronTimes();
  return {
    schedules: n, minutes,
    plainMsPerMinute: perMinute((cron, after, now) => runsBetween(cron, "Europe/London", after, now)),
    memoMsPerMinute: perMinute((cron, after, now) => memo.runsBetween(cron, "Europe/London", after, now)),
    memo: { ...memo.stats },
  };
}

export async function benchWorker(opts: BenchWorkerOptions = {}): Promise<object> {
  const schedules = opts.schedules ?? Number(process.env.BENCH_WORKER_SCHEDULES ?? 1000);
  const workers = opts.workers ?? Number(process.env.BENCH_WORKER_PROCESSES ?? 2);
  const baselineSchedules = opts.baselineSchedules ?? Number(process.env.BENCH_WORKER_BASELINE ?? 100);
  const timeoutSeconds = opts.timeoutSeconds ?? Number(process.env.BENCH_WORKER_TIMEOUT_S ?? 1500);
  const started = Date.now();
  const dueCheck = benchDueCheck(schedules);
  const baseline = baselineSchedules > 0 ? await runScenario(baselineSchedules, 1, timeoutSeconds) : null;
  const main = await runScenario(schedules, workers, timeoutSeconds);
  const per = (r: typeof main | null) => r?.throughput.runsPerSecondPerWorker ?? NaN;
  return {
    machine: { cores: availableParallelism(), loadAverageAtEnd: loadavg().map((n) => round(n, 2)) },
    measured: `"${KIND}" reports (the quickest kind to render), schedule "${CRON}", clock pinned at ${NOW} (fire ${FIRE.toISOString()}); fire = wall-clock spawn of the worker processes; delivery = fake Slack's files.completeUploadExternal`,
    dueCheck,
    baseline,
    main,
    ratios: baseline ? {
      fireToLastDelivery: round((main.fireToLastDeliveryS ?? NaN) / (baseline.fireToLastDeliveryS ?? NaN), 2),
      scheduleRatio: round(schedules / baselineSchedules, 2),
      perWorkerThroughputVsBaseline: round(per(main) / per(baseline), 2),
      steadyPerWorkerThroughputVsBaseline: round((main.throughput.steadyRunsPerSecondPerWorker ?? NaN) / (baseline.throughput.steadyRunsPerSecondPerWorker ?? NaN), 2),
    } : null,
    checks: {
      noDuplicateRuns: main.duplicates.runSlotsClaimedMoreThanOnce === 0,
      noDuplicateDeliveries: main.duplicates.channelsWithMoreThanOneUpload === 0 && main.duplicates.targetsWithMoreThanOneDeliveredRow === 0,
      everyTargetDelivered: main.duplicates.channelsWithNoUpload === 0 && main.delivered === schedules,
      loadShared: main.perWorker.every((w) => w.runs > 0),
    },
    benchSeconds: round((Date.now() - started) / 1000, 1),
  };
}

function printTable(r: Record<string, any>): void {
  const rows = [r.baseline, r.main].filter(Boolean);
  console.log(`\nWorker benchmark on ${r.machine.cores} cores (load average at the end ${r.machine.loadAverageAtEnd.join(", ")}); ${r.measured}`);
  console.table(Object.fromEntries(rows.map((s) => [s.label, {
    "delivered": `${s.delivered}/${s.schedules}`,
    "fire→first claim s": s.fireToFirstClaimS, "fire→first delivery s": s.fireToFirstDeliveryS, "fire→last delivery s": s.fireToLastDeliveryS,
    "claim delay p50 s": s.claimDelayS.p50, "claim delay p99 s": s.claimDelayS.p99,
    "runs/s/worker": s.throughput.runsPerSecondPerWorker, "steady runs/s/worker": s.throughput.steadyRunsPerSecondPerWorker,
    "claim→render p50 ms": s.claimToRenderStartMs.p50, "render p50 ms": s.renderMs.p50, "claim→delivered p50 ms": s.claimToDeliveredMs.p50,
    "dup runs": s.duplicates.runSlotsClaimedMoreThanOnce, "dup deliveries": s.duplicates.channelsWithMoreThanOneUpload, "undelivered channels": s.duplicates.channelsWithNoUpload,
  }])));
  console.table(rows.flatMap((s) => s.perWorker.map((w: Record<string, unknown>) => ({
    scenario: s.label, worker: w.worker, runs: w.runs, "first claim s": w.startupToFirstClaimS, "last delivery s": w.lastDeliveryS, "runs/s": w.runsPerSecond,
    "s with no run in progress": `${w.secondsWithNoRunInProgress} of ${w.activeSeconds}`, "mean runs in progress": w.meanRunsInProgress,
    "Node peak RSS MiB": w.nodePeakRssMiB, "Chromium peak RSS MiB": w.chromiumPeakRssMiB, "total peak RSS MiB": w.totalPeakRssMiB, "total peak PSS MiB": w.totalPeakPssMiB,
  }))));
  if (r.ratios) console.log(`ratios (main / baseline): ${JSON.stringify(r.ratios)}`);
  const d = r.dueCheck;
  if (d) console.log(`due check, ${d.schedules} schedules, none due: ${d.plainMsPerMinute.p50} ms per minute (p99 ${d.plainMsPerMinute.p99}) by plain expansion, ${d.memoMsPerMinute.p50} ms (p99 ${d.memoMsPerMinute.p99}) through the memo`);
  console.log(`checks: ${Object.entries(r.checks).map(([k, v]) => `${k} ${v ? "ok" : "FAILED"}`).join("; ")}; ${r.benchSeconds} s in all`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchWorker();
  console.dir(result, { depth: 6 });
  printTable(result as Record<string, any>);
}
