// How a report prints: A4, running header (title, classification) and footer (page X of Y,
// generation date), a tagged PDF with an outline built from the headings.
import type { PDFOptions } from "puppeteer-core";

export interface PrintLabels {
  /** Running header, left. */
  title: string;
  /** Running header, right: "Open", "Exempt"… */
  classification: string;
  /** Footer: "Monday 23 November 2020". */
  generatedOn: string;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// The header and footer are drawn in their own context, so every style is inline.
const BAR = "width:100%;margin:0 15mm;display:flex;justify-content:space-between;gap:8mm;"
  + "font-family:'Liberation Sans',Arial,'DejaVu Sans',sans-serif;font-size:7.5pt;color:#3d4148;-webkit-print-color-adjust:exact;";

export function headerTemplate(l: PrintLabels): string {
  return `<div style="${BAR}align-items:flex-end;padding-top:7mm;">`
    + `<span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis;">${esc(l.title)}</span>`
    + `<span style="font-weight:700;white-space:nowrap;">Classification: ${esc(l.classification)}</span></div>`;
}

export function footerTemplate(l: PrintLabels): string {
  return `<div style="${BAR}padding-bottom:6mm;border-top:0.2mm solid #c3c8cf;padding-top:1.5mm;">`
    + `<span>Generated ${esc(l.generatedOn)} by Scrutineer</span>`
    + `<span style="white-space:nowrap;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

export function pdfOptions(labels: PrintLabels, timeoutMs: number): PDFOptions {
  return {
    format: "A4",
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(labels),
    footerTemplate: footerTemplate(labels),
    margin: { top: "19mm", bottom: "18mm", left: "15mm", right: "15mm" },
    tagged: true,
    outline: true,
    timeout: timeoutMs,
  };
}

/** Pages in a PDF that Chromium wrote (its page objects are not compressed). */
export function pdfPageCount(pdf: Uint8Array): number {
  return (Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1").match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}
