// The report renderer's public face, for the scheduler, the CLI and the demo.
//   const renderer = await new PdfRenderer().start();      one warm Chromium per process
//   const r = await renderReport(deps, tenant, renderer, { kind: "actions", committee: "herefordshire-cyp" });
//   await writeReportFiles("out/actions.pdf", r);          writes actions.pdf and actions.html
//   closeOnSignals(renderer);                              SIGTERM/SIGINT close it cleanly
export { PdfRenderer, RenderTimeoutError, RendererBusyError, RendererClosedError, type RendererOptions, type RenderJob, type RenderResult } from "./pdf-renderer.js";
export { renderReport, renderView, writeReportFiles, htmlPathFor, type RenderedReport } from "./report.js";
export { renderReportHtml } from "./templates.js";
export { renderDemoReports, DEMO_NOW, type DemoReport } from "./demo.js";
export { closeOnSignals } from "./shutdown.js";
export { findChromium } from "./chromium-path.js";
