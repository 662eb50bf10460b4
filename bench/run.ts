// npm run bench: every benchmark, each beside the baseline it is judged against.
// BENCH_ONLY=core,reports runs a subset. Results are also written to bench/results/<time>.json.
import { mkdirSync, writeFileSync } from "node:fs";

const suites: Record<string, () => Promise<unknown>> = {
  core: async () => (await import("./core.js")).benchCore(),
  reports: async () => (await import("./reports.js")).benchReports(),
  slack: async () => (await import("./slack.js")).benchSlack(),
  teams: async () => (await import("./teams.js")).benchTeams(),
  import: async () => (await import("./import.js")).benchImport(),
  worker: async () => (await import("./worker.js")).benchWorker(),
};

const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim()).filter(Boolean);
const results: Record<string, unknown> = {};
for (const [name, run] of Object.entries(suites)) {
  if (only && !only.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  try {
    results[name] = await run();
    console.dir(results[name], { depth: 6 });
  } catch (e) {
    results[name] = { error: (e as Error).message };
    console.error(`${name} failed: ${(e as Error).stack}`);
    process.exitCode = 1;
  }
  console.log(`(${name}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
mkdirSync("bench/results", { recursive: true });
const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
writeFileSync(file, JSON.stringify(results, null, 2));
console.log(`\nwritten ${file}`);
