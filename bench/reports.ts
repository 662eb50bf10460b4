// Report rendering: warm latency per report kind (pool of 1 and of 2) against the floor of bare
// Puppeteer printing the same HTML; 100 committee digests with the pool against launching Chromium
// per report; peak memory (PSS of Chromium's processes plus Node); and memory over a long soak.
// Targets: warm median <= 1.5x the floor; a 2-page digest p50 <= 150 ms; pool >= 5x faster than
// launch-per-report; 100 digests < 20 s on 2 cores; peak PSS <= 800 MiB; flat memory over the soak.
//
//   node --import tsx bench/reports.ts            prints a table (BENCH_SOAK=300 for a shorter soak)
//   BENCH_ONLY=reports npm run bench              as part of the suite
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import puppeteer, { type Browser } from "puppeteer-core";
import { createDb, type Db } from "../core/db.js";
import { silentLogger } from "../core/logger.js";
import { fixedClock, parseNow } from "../core/clock.js";
import { resolveTenant } from "../core/queries/tenant.js";
import type { Deps } from "../core/context.js";
import { buildReport } from "../core/reports/build.js";
import { REPORT_KINDS, type ReportKind } from "../core/reports/types.js";
import { PdfRenderer } from "../worker/render/pdf-renderer.js";
import { chromiumPath, CHROMIUM_ARGS, stopChromium } from "../worker/render/browser.js";
import { pdfOptions, pdfPageCount } from "../worker/render/pdf-options.js";
import { processTree, pssBytes } from "../worker/render/processes.js";
import { renderReportHtml } from "../worker/render/templates.js";
import { percentile } from "./stats.js";

const MiB = 1024 * 1024;
const began = performance.now();
/** Progress on stderr, so a long run shows where it is. */
const progress = (what: string) => process.stderr.write(`[reports bench ${((performance.now() - began) / 1000).toFixed(0)} s, load ${loadavg()[0]!.toFixed(2)}] ${what}\n`);
const round = (n: number, dp = 1) => Number(n.toFixed(dp));

interface Doc { kind: string; html: string }

export interface BenchReportsOptions {
  /** Timed renders per report kind and pool size (after warm-up). */
  iterations?: number;
  /** Committee digests in the pool-versus-launch comparison. */
  digests?: number;
  /** Renders in the memory soak. */
  soak?: number;
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), n: s.length };
}

/** Samples PSS (Chromium's processes plus this Node process) every second while it runs: a sample costs tens of ms. */
class MemoryWatch {
  /** Each watch's peaks, by phase, for the report. */
  static readonly phases: { phase: string; chromiumMiB: number; nodeMiB: number; totalMiB: number; nodeAtPeak: { heapTotalMiB: number; externalMiB: number } }[] = [];
  peak = 0;
  private peakChromium = 0;
  private peakNode = 0;
  /** Node's V8 heap and external memory when its PSS peaked: what the rest of its PSS is not. */
  private nodeAtPeak = { heapTotalMiB: 0, externalMiB: 0 };
  private timer: NodeJS.Timeout | undefined;
  constructor(private readonly phase: string, private readonly browserPid: () => number | null) {}
  now(): number {
    const pid = this.browserPid();
    const chromium = pid ? processTree(pid).reduce((sum, p) => sum + pssBytes(p), 0) : 0;
    const node = pssBytes(process.pid);
    this.peakChromium = Math.max(this.peakChromium, chromium);
    if (node > this.peakNode) {
      this.peakNode = node;
      const m = process.memoryUsage();
      this.nodeAtPeak = { heapTotalMiB: round(m.heapTotal / MiB), externalMiB: round(m.external / MiB) };
    }
    const total = chromium + node;
    this.peak = Math.max(this.peak, total);
    return total;
  }
  start(): this { this.timer = setInterval(() => this.now(), 1000); return this; }
  stop(): number {
    clearInterval(this.timer);
    this.now();
    MemoryWatch.phases.push({ phase: this.phase, chromiumMiB: round(this.peakChromium / MiB), nodeMiB: round(this.peakNode / MiB), totalMiB: round(this.peak / MiB), nodeAtPeak: this.nodeAtPeak });
    return this.peak;
  }
}

/** A SQLite file set up by a child process (see reports-generate.ts), open here until fn is done. */
async function withSetUpDb<T>(args: string[], fn: (db: Db, council: { slug: string; committeeIds: number[] }) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "scrutineer-bench-reports-"));
  const file = join(dir, "bench.db");
  try {
    const script = join(dirname(fileURLToPath(import.meta.url)), "reports-generate.ts");
    const out = execFileSync(process.execPath, ["--import", "tsx", script, file, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    const council = JSON.parse(out.trim().split("\n").pop()!) as { slug: string; committeeIds: number[] };
    const db = createDb(`file:${file}`);
    try { return await fn(db, council); } finally { await db.$disconnect(); }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const depsFor = (db: Db): Deps => ({ db, clock: fixedClock(parseNow("2020-11-23", "Europe/London")), log: silentLogger });

/** Latency of each document, rendered with `concurrency` in flight, `iterations` times after a warm-up. */
async function measurePool(renderer: PdfRenderer, docs: Doc[], iterations: number, concurrency: number) {
  const out: Record<string, { p50: number; p95: number; n: number; pages: number }> = {};
  for (const doc of docs) {
    for (let i = 0; i < 2 * concurrency; i++) await renderer.render(doc);
    const samples: number[] = [];
    let pages = 0;
    const worker = async () => {
      while (samples.length < iterations) {
        const started = performance.now();
        const r = await renderer.render(doc);
        samples.push(performance.now() - started);
        pages = r.pages;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    out[doc.kind] = { ...stats(samples), pages };
  }
  return out;
}

async function launchBare(): Promise<Browser> {
  return puppeteer.launch({ executablePath: chromiumPath(process.env.PUPPETEER_EXECUTABLE_PATH), headless: true, args: CHROMIUM_ARGS, pipe: true, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
}

/**
 * The floor: bare Puppeteer, one reused page, setContent and pdf with the same print options, nothing else.
 * Its memory is listed by phase but is not ours, so it does not count towards the peak.
 */
async function measureFloor(docs: Doc[], iterations: number) {
  const browser = await launchBare();
  const memory = new MemoryWatch("floor (bare Puppeteer)", () => browser.process()?.pid ?? null).start();
  try {
    const page = await browser.newPage();
    const out: Record<string, { p50: number; p95: number; n: number }> = {};
    for (const doc of docs) {
      const once = async () => { await page.setContent(doc.html, { waitUntil: "load" }); return page.pdf(pdfOptions(60_000)); };
      for (let i = 0; i < 2; i++) await once();
      const samples: number[] = [];
      for (let i = 0; i < iterations; i++) {
        const started = performance.now();
        await once();
        samples.push(performance.now() - started);
      }
      out[doc.kind] = stats(samples);
    }
    return out;
  } finally {
    memory.stop();
    await stopChromium(browser);
  }
}

/** The baseline for the batch: a fresh Chromium for every report, `concurrency` at a time. */
async function launchPerReport(docs: Doc[], concurrency: number): Promise<number> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < docs.length) {
      const doc = docs[next++]!;
      const browser = await launchBare();
      try {
        const page = await browser.newPage();
        await page.setJavaScriptEnabled(false);
        await page.setContent(doc.html, { waitUntil: "load" });
        await page.pdf(pdfOptions(60_000));
      } finally {
        await stopChromium(browser);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return performance.now() - started;
}

async function demoDocs(): Promise<{ docs: Doc[]; buildMs: Record<string, number> }> {
  return withSetUpDb(["demo"], async (db, council) => {
    const deps = depsFor(db);
    const tenant = await resolveTenant({ db }, council.slug);
    const docs: Doc[] = [];
    const buildMs: Record<string, number> = {};
    for (const kind of REPORT_KINDS) {
      const started = performance.now();
      const view = await buildReport(deps, tenant, { kind });
      const html = renderReportHtml(view);
      buildMs[kind] = round(performance.now() - started);
      docs.push({ kind, html });
    }
    return { docs, buildMs };
  });
}

/** One action digest per committee of a generated council (100 committees, 150 actions each). */
async function digestDocs(count: number): Promise<{ docs: Doc[]; buildMs: number }> {
  return withSetUpDb(["generated", String(count), String(count * 150)], async (db, council) => {
    const deps = depsFor(db);
    const tenant = await resolveTenant({ db }, council.slug);
    const started = performance.now();
    const docs: Doc[] = [];
    for (const id of council.committeeIds) {
      const committee = await db.committee.findUniqueOrThrow({ where: { id }, select: { slug: true } });
      const view = await buildReport(deps, tenant, { kind: "actions", committee: committee.slug });
      docs.push({ kind: `digest ${committee.slug}`, html: renderReportHtml(view) });
    }
    return { docs, buildMs: performance.now() - started };
  });
}

export async function benchReports(opts: BenchReportsOptions = {}) {
  const iterations = opts.iterations ?? Number(process.env.BENCH_ITERATIONS ?? 15);
  const digestCount = opts.digests ?? Number(process.env.BENCH_DIGESTS ?? 100);
  const soakCount = opts.soak ?? Number(process.env.BENCH_SOAK ?? 1000);
  const peak = { peak: 0 };

  progress("building the demo reports");
  const { docs, buildMs } = await demoDocs();

  // Warm latency per kind, pool of 1 and of 2 (keeping the pool busy: as many in flight as pages).
  const pool: Record<string, Awaited<ReturnType<typeof measurePool>>> = {};
  for (const size of [1, 2]) {
    progress(`warm latency, pool of ${size}`);
    const renderer = await new PdfRenderer({ poolSize: size, recycleAfter: 100_000 }).start();
    const memory = new MemoryWatch(`demo reports, pool of ${size}`, () => renderer.browserPid()).start();
    try {
      pool[`pool ${size}`] = await measurePool(renderer, docs, iterations, size);
    } finally {
      peak.peak = Math.max(peak.peak, memory.stop());
      await renderer.close();
    }
  }
  progress("floor: bare Puppeteer");
  const floor = await measureFloor(docs, iterations);

  // The digests are built only now, so the phases above measure a Node process holding what they use.
  progress(`generating a council and building its ${digestCount} digests`);
  const { docs: digests, buildMs: digestBuildMs } = await digestDocs(digestCount);

  // A two-page digest, warm, one at a time.
  progress("two-page digest");
  const twoPage = await (async () => {
    const renderer = await new PdfRenderer({ poolSize: 1 }).start();
    try {
      const candidates = await Promise.all(digests.slice(0, 20).map(async (d) => ({ d, pages: (await renderer.render(d)).pages })));
      const pick = candidates.find((c) => c.pages === 2) ?? candidates[0]!;
      const r = await measurePool(renderer, [{ ...pick.d, kind: "digest" }], Math.max(30, iterations), 1);
      return { committee: pick.d.kind.replace("digest ", ""), ...r.digest! };
    } finally {
      await renderer.close();
    }
  })();

  // 100 digests: the warm pool (2 pages, all queued at once) against a browser launched per report.
  progress(`${digests.length} digests with the pool`);
  const batch = await (async () => {
    const renderer = await new PdfRenderer({ poolSize: 2, maxQueue: digests.length }).start();
    const memory = new MemoryWatch(`${digests.length} digests, pool of 2`, () => renderer.browserPid()).start();
    try {
      const started = performance.now();
      const results = await Promise.all(digests.map((d) => renderer.render(d)));
      const poolMs = performance.now() - started;
      const pages = results.map((r) => r.pages);
      return { poolMs, pages: { min: Math.min(...pages), max: Math.max(...pages), total: pages.reduce((a, b) => a + b, 0) } };
    } finally {
      peak.peak = Math.max(peak.peak, memory.stop());
      await renderer.close();
    }
  })();
  progress(`${digests.length} digests launching Chromium for each`);
  const launchMs = await launchPerReport(digests, 2);

  // Soak: many digests through one renderer (recycling every 500 jobs, its default), PSS every 25 jobs.
  progress(`soak: ${soakCount} renders`);
  const soak = await (async () => {
    const renderer = await new PdfRenderer({ poolSize: 2, maxQueue: 10 }).start();
    const memory = new MemoryWatch("soak", () => renderer.browserPid()).start();
    const samples: { jobs: number; mib: number }[] = [];
    try {
      let done = 0;
      const worker = async () => {
        while (done < soakCount) {
          const doc = digests[done % digests.length]!;
          done++;
          await renderer.render(doc);
          if (done % 25 === 0) samples.push({ jobs: done, mib: round(memory.now() / MiB) });
        }
      };
      const started = performance.now();
      await Promise.all([worker(), worker()]);
      const ms = performance.now() - started;
      const settled = samples.filter((s) => s.jobs >= Math.min(100, soakCount / 4));
      const firstQuarter = settled.slice(0, Math.max(1, Math.floor(settled.length / 4)));
      const lastQuarter = settled.slice(-Math.max(1, Math.floor(settled.length / 4)));
      const mean = (xs: { mib: number }[]) => xs.reduce((a, b) => a + b.mib, 0) / xs.length;
      const growth = mean(lastQuarter) - mean(firstQuarter);
      return {
        renders: soakCount, seconds: round(ms / 1000), launches: renderer.stats.launches, failures: renderer.stats.failures,
        mib: { min: Math.min(...samples.map((s) => s.mib)), max: Math.max(...samples.map((s) => s.mib)), firstQuarterMean: round(mean(firstQuarter)), lastQuarterMean: round(mean(lastQuarter)) },
        growthMiB: round(growth),
        flat: growth <= Math.max(25, mean(firstQuarter) * 0.1),
        samples,
      };
    } finally {
      peak.peak = Math.max(peak.peak, memory.stop());
      await renderer.close();
    }
  })();

  const kinds = docs.map((d) => d.kind as ReportKind);
  const perKind = kinds.map((kind) => {
    const p1 = pool["pool 1"]![kind]!;
    const p2 = pool["pool 2"]![kind]!;
    const f = floor[kind]!;
    return {
      kind, pages: p1.pages, buildMs: buildMs[kind],
      pool1: { p50: p1.p50, p95: p1.p95 }, pool2: { p50: p2.p50, p95: p2.p95 }, floor: { p50: f.p50, p95: f.p95 },
      ratioToFloor: round(p1.p50 / f.p50, 2),
    };
  });
  return {
    machine: { cores: availableParallelism(), loadAverageAtEnd: round(loadavg()[0]!, 2), chromium: chromiumPath(process.env.PUPPETEER_EXECUTABLE_PATH) },
    iterations,
    perKind,
    twoPageDigest: twoPage,
    batch: {
      digests: digests.length, pagesPerDigest: batch.pages, buildSeconds: round(digestBuildMs / 1000, 2),
      poolSeconds: round(batch.poolMs / 1000, 2), launchPerReportSeconds: round(launchMs / 1000, 2), speedup: round(launchMs / batch.poolMs, 1),
    },
    peakPssMiB: round(peak.peak / MiB),
    peakPssByPhase: MemoryWatch.phases,
    soak: { ...soak, samples: soak.samples.filter((_, i) => i % Math.max(1, Math.floor(soak.samples.length / 12)) === 0) },
    targets: {
      warmMedianWithin1_5xFloor: perKind.every((k) => k.ratioToFloor <= 1.5),
      twoPageDigestP50Under150ms: twoPage.p50 <= 150,
      poolAtLeast5xLaunch: launchMs / batch.poolMs >= 5,
      hundredDigestsUnder20s: batch.poolMs < 20_000,
      peakPssUnder800MiB: peak.peak <= 800 * MiB,
      flatMemory: soak.flat,
    },
  };
}

function printTable(r: Awaited<ReturnType<typeof benchReports>>): void {
  const pad = (s: unknown, n: number) => String(s).padEnd(n);
  console.log(`\nReport rendering on ${r.machine.cores} cores, load average ${r.machine.loadAverageAtEnd} at the end (${r.iterations} warm renders per cell; ms)`);
  console.log(`${pad("kind", 18)}${pad("pages", 7)}${pad("pool1 p50", 11)}${pad("pool1 p95", 11)}${pad("pool2 p50", 11)}${pad("pool2 p95", 11)}${pad("floor p50", 11)}${pad("floor p95", 11)}x floor`);
  for (const k of r.perKind) {
    console.log(`${pad(k.kind, 18)}${pad(k.pages, 7)}${pad(k.pool1.p50, 11)}${pad(k.pool1.p95, 11)}${pad(k.pool2.p50, 11)}${pad(k.pool2.p95, 11)}${pad(k.floor.p50, 11)}${pad(k.floor.p95, 11)}${k.ratioToFloor}`);
  }
  console.log(`\n2-page action digest (${r.twoPageDigest.committee}, ${r.twoPageDigest.pages} pages): p50 ${r.twoPageDigest.p50} ms, p95 ${r.twoPageDigest.p95} ms`);
  const b = r.batch;
  console.log(`${b.digests} committee digests (${b.pagesPerDigest.min}-${b.pagesPerDigest.max} pages each): pool ${b.poolSeconds} s, launch per report ${b.launchPerReportSeconds} s: ${b.speedup}x faster (views built in ${b.buildSeconds} s)`);
  console.log(`peak PSS (Chromium + Node): ${r.peakPssMiB} MiB; by phase (Chromium + Node = total, MiB): ${r.peakPssByPhase.map((p) => `${p.phase} ${p.chromiumMiB} + ${p.nodeMiB} = ${p.totalMiB}`).join("; ")}`);
  const s = r.soak;
  console.log(`soak: ${s.renders} renders in ${s.seconds} s, ${s.launches} browser launch(es), ${s.failures} failures; PSS ${s.mib.min}-${s.mib.max} MiB, first quarter ${s.mib.firstQuarterMean}, last quarter ${s.mib.lastQuarterMean} (growth ${s.growthMiB} MiB): ${s.flat ? "flat" : "GROWING"}`);
  console.log(`targets: ${Object.entries(r.targets).map(([k, v]) => `${k} ${v ? "met" : "MISSED"}`).join("; ")}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await benchReports();
  printTable(result);
}
