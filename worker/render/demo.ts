// One report of each kind from the demo data, into a folder: what "npm run demo" shows.
import { join } from "node:path";
import { createApp } from "../../bin/app.js";
import { REPORT_KINDS, type ReportKind } from "../../core/reports/types.js";
import { PdfRenderer } from "./pdf-renderer.js";
import { renderReport, writeReportFiles } from "./report.js";
import { closeOnSignals } from "./shutdown.js";

export interface DemoReport { kind: ReportKind; title: string; pdfPath: string; htmlPath: string; pages: number; bytes: number; ms: number }

/** The demo data describes the committee as of 23 November 2020, so that is "today" unless SCRUTINEER_NOW says otherwise. */
export const DEMO_NOW = "2020-11-23";

export async function renderDemoReports(outDir = "./out", opts: { env?: Record<string, string | undefined>; now?: string; council?: string } = {}): Promise<DemoReport[]> {
  const env = opts.env ?? process.env;
  const app = createApp(env, { now: opts.now ?? env.SCRUTINEER_NOW ?? DEMO_NOW });
  const renderer = new PdfRenderer({ executablePath: app.config.PUPPETEER_EXECUTABLE_PATH, log: app.log });
  const release = closeOnSignals(renderer);
  try {
    const deps = app.deps();
    const tenant = await app.tenant(opts.council);
    await renderer.start();
    const made: DemoReport[] = [];
    for (const kind of REPORT_KINDS) {
      const r = await renderReport(deps, tenant, renderer, { kind });
      const files = await writeReportFiles(join(outDir, `${r.view.meta.fileStem}.pdf`), r);
      made.push({ kind, title: r.view.meta.documentTitle, ...files, pages: r.pages, bytes: r.pdf.byteLength, ms: r.ms });
    }
    return made;
  } finally {
    release();
    await renderer.close();
    await app.close();
  }
}
