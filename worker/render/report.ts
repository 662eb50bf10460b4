// A report from request to files: build the view (core), render HTML (templates), print (Chromium),
// and keep the HTML beside the PDF.
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Deps, Tenant } from "../../core/context.js";
import { buildReport, type ReportRequest } from "../../core/reports/build.js";
import type { ReportView } from "../../core/reports/types.js";
import type { PdfRenderer } from "./pdf-renderer.js";
import { renderReportHtml } from "./templates.js";

export interface RenderedReport { view: ReportView; html: string; pdf: Uint8Array; pages: number; ms: number }

export async function renderView(renderer: PdfRenderer, view: ReportView): Promise<RenderedReport> {
  const html = renderReportHtml(view);
  const { pdf, pages, ms } = await renderer.render({ html });
  return { view, html, pdf, pages, ms };
}

export async function renderReport(deps: Deps, tenant: Tenant, renderer: PdfRenderer, req: ReportRequest): Promise<RenderedReport> {
  return renderView(renderer, await buildReport(deps, tenant, req));
}

export function htmlPathFor(pdfPath: string): string {
  return pdfPath.replace(/\.pdf$/i, "") + ".html";
}

/** Writes file.pdf and file.html; each appears whole or not at all. */
export async function writeReportFiles(pdfPath: string, r: Pick<RenderedReport, "pdf" | "html">): Promise<{ pdfPath: string; htmlPath: string }> {
  const htmlPath = htmlPathFor(pdfPath);
  await mkdir(dirname(pdfPath), { recursive: true });
  const tmp = `.${process.pid}.tmp`;
  await Promise.all([writeFile(pdfPath + tmp, r.pdf), writeFile(htmlPath + tmp, r.html, "utf8")]);
  await Promise.all([rename(pdfPath + tmp, pdfPath), rename(htmlPath + tmp, htmlPath)]);
  return { pdfPath, htmlPath };
}
