// The running header (title, classification) and footer (generation date, "Page X of Y") as CSS
// page-margin boxes, laid out by Chromium with the report itself. Puppeteer's header and footer
// templates did the same job by laying out a separate document for every page: about a tenth of a
// short digest's print time. The boxes' look is in templates/styles.css; only the words are here.

import { formatLongDate } from "../../core/dates.js";
import type { ReportMeta } from "../../core/reports/types.js";

export interface PrintLabels {
  /** Running header, left. */
  title: string;
  /** Running header, right: "Open", "Exempt"… */
  classification: string;
  /** Footer: "Monday 23 November 2020". */
  generatedOn: string;
}

/**
 * A CSS string that cannot end early: anything but letters, digits and plain punctuation becomes a
 * six-digit escape, so quotes, backslashes, "</style>" and line breaks in a title print as text.
 */
export function cssString(s: string): string {
  return `"${s.replace(/[^\p{L}\p{N} ,.:;()'’–-]/gu, (c) => `\\${c.codePointAt(0)!.toString(16).padStart(6, "0")}`)}"`;
}

export function pageFurnitureCss(l: PrintLabels): string {
  return `@page {
  @top-left { content: ${cssString(l.title)}; }
  @top-right { content: "Classification: " ${cssString(l.classification)}; }
  @bottom-left { content: "Generated " ${cssString(l.generatedOn)} " by Scrutineer"; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); }
}
`;
}

export function labelsFor(meta: ReportMeta): PrintLabels {
  return { title: meta.title, classification: meta.classification, generatedOn: formatLongDate(meta.generatedOn) };
}
