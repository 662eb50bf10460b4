// report render: one report to file.pdf (+ file.html), or one of each kind with --all.
import { createApp } from "../app.js";
import { parse, required } from "../args.js";
import { UserError } from "../../core/errors.js";
import { buildReport, PERIOD_KINDS } from "../../core/reports/build.js";
import { isReportKind, REPORT_KINDS } from "../../core/reports/types.js";
import { DEFAULT_RAG_RULE, type RagRule } from "../../core/plan/status.js";
import { PdfRenderer } from "../../worker/render/pdf-renderer.js";
import { renderView, writeReportFiles } from "../../worker/render/report.js";
import { renderDemoReports } from "../../worker/render/demo.js";
import { closeOnSignals } from "../../worker/render/shutdown.js";

const USAGE = `report render --kind <${REPORT_KINDS.join("|")}> [--committee <slug>] [--period <e.g. 2020-21-Q2>] --out <file.pdf>
       [--council <slug>] [--now YYYY-MM-DD] [--since YYYY-MM-DD] [--green-within <pct>] [--amber-within <pct>] [--timeout <seconds>]
  report render --all [--out-dir ./out]     one report of each kind, from the demo data as of 2020-11-23 unless SCRUTINEER_NOW or --now says otherwise`;

const OPTIONS = {
  kind: { type: "string" }, committee: { type: "string" }, period: { type: "string" }, out: { type: "string" },
  council: { type: "string" }, now: { type: "string" }, since: { type: "string" },
  "green-within": { type: "string" }, "amber-within": { type: "string" }, timeout: { type: "string" },
  all: { type: "boolean" }, "out-dir": { type: "string" },
} as const;

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "render") throw new UserError(sub ? `unknown report command "${sub}"\nusage: ${USAGE}` : `usage: ${USAGE}`);
  const { values: v, positionals } = parse(rest, OPTIONS, USAGE);
  if (positionals.length) throw new UserError(`unexpected argument "${positionals[0]}"\nusage: ${USAGE}`);

  if (v.all) {
    const made = await renderDemoReports(v["out-dir"] ?? "./out", { now: v.now, council: v.council });
    for (const m of made) console.log(describe(m.pdfPath, m.htmlPath, m.pages, m.bytes, m.ms, m.title));
    return 0;
  }

  const kind = required(v.kind, "--kind", USAGE);
  if (!isReportKind(kind)) throw new UserError(`unknown report kind "${kind}": use ${REPORT_KINDS.join(", ")}`);
  const out = required(v.out, "--out", USAGE);
  if (!/\.pdf$/i.test(out)) throw new UserError(`--out must name a .pdf file (the HTML copy goes beside it), not "${out}"`);
  const rule = ruleFrom(v["green-within"], v["amber-within"]);
  const timeoutMs = v.timeout !== undefined ? seconds(v.timeout) * 1000 : undefined;
  if (v.period && !PERIOD_KINDS.has(kind)) console.error(`scrutineer: note: --period does not apply to the ${kind} report, which is as of today`);

  const app = createApp(process.env, { now: v.now });
  let renderer: PdfRenderer | null = null;
  let release = () => {};
  try {
    const deps = app.deps();
    const tenant = await app.tenant(v.council);
    // Build the view before starting Chromium, so bad input fails fast and launches nothing.
    const view = await buildReport(deps, tenant, { kind, committee: v.committee, period: v.period, rule, since: v.since });
    renderer = new PdfRenderer({ executablePath: app.config.PUPPETEER_EXECUTABLE_PATH, poolSize: 1, timeoutMs, log: app.log });
    release = closeOnSignals(renderer);
    const r = await renderView(renderer, view);
    const files = await writeReportFiles(out, r);
    console.log(describe(files.pdfPath, files.htmlPath, r.pages, r.pdf.byteLength, r.ms, view.meta.documentTitle));
    return 0;
  } finally {
    release();
    await renderer?.close();
    await app.close();
  }
}

function describe(pdf: string, html: string, pages: number, bytes: number, ms: number, title: string): string {
  return `Wrote ${pdf} (${pages} page${pages === 1 ? "" : "s"}, ${Math.max(1, Math.round(bytes / 1024))} KB, ${(ms / 1000).toFixed(1)} s) and ${html}: ${title}`;
}

function ruleFrom(green?: string, amber?: string): RagRule | undefined {
  if (green === undefined && amber === undefined) return undefined;
  const pct = (s: string | undefined, name: string, fallback: number) => {
    if (s === undefined) return fallback;
    const n = Number(s);
    if (!Number.isFinite(n) || n < 0 || n > 100) throw new UserError(`--${name} must be a percentage from 0 to 100, not "${s}"`);
    return n;
  };
  return { greenWithin: pct(green, "green-within", DEFAULT_RAG_RULE.greenWithin), amberWithin: pct(amber, "amber-within", DEFAULT_RAG_RULE.amberWithin) };
}

function seconds(s: string): number {
  const n = Number(s);
  if (!Number.isFinite(n) || n <= 0 || n > 600) throw new UserError(`--timeout must be a number of seconds from 1 to 600, not "${s}"`);
  return n;
}
