// How a report prints: A4 with the margins, header and footer its own CSS gives (page-furniture.ts,
// templates/styles.css), as a tagged PDF with an outline built from the headings.
import type { PDFOptions, Protocol } from "puppeteer-core";

/** The DevTools request the renderer sends (print-target.ts); A4 in inches, as Puppeteer sends it. */
export const PRINT_TO_PDF: Protocol.Page.PrintToPDFRequest = {
  paperWidth: 8.2677, paperHeight: 11.6929, marginTop: 0, marginBottom: 0, marginLeft: 0, marginRight: 0,
  preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true,
  transferMode: "ReturnAsBase64",
};

/** The same print in Puppeteer's terms: the benchmark's bare-Puppeteer floor prints with it. */
export function pdfOptions(timeoutMs: number): PDFOptions {
  return {
    format: "A4",
    preferCSSPageSize: true,
    printBackground: true,
    tagged: true,
    outline: true,
    // Reports use the machine's fonts only (the CSP allows no other): nothing to wait for.
    waitForFonts: false,
    timeout: timeoutMs,
  };
}

/** Pages in a PDF that Chromium wrote (its page objects are not compressed). */
export function pdfPageCount(pdf: Uint8Array): number {
  return (Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1").match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}
