// The view models the report templates render. Pure data: ISO dates, numbers and enums;
// the templates' helpers turn them into en-GB words, so wording lives in one place.
import type { IsoDate } from "../dates.js";
import type { ActionsDigest } from "./actions.js";
import type { ImprovementPlanReport } from "./improvement-plan.js";
import type { MeetingsReport } from "./meetings.js";
import type { SelfEvaluationReport } from "./self-evaluation.js";

export const REPORT_KINDS = ["improvement-plan", "self-evaluation", "actions", "meetings"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export function isReportKind(value: string): value is ReportKind {
  return (REPORT_KINDS as readonly string[]).includes(value);
}

export interface ReportMeta {
  kind: ReportKind;
  /** The report's own title, as on the cover and in the running header. */
  title: string;
  /** One line under the title, e.g. "Updated to end of quarter two 2020/21 (July to September 2020)". */
  subtitle: string;
  /** The PDF's document title (HTML <title>): what a screen reader announces first. */
  documentTitle: string;
  council: string;
  committee: { id: number; name: string; slug: string };
  /** "Open", "Official", "Exempt": printed on the cover and in every page header. */
  classification: string;
  generatedOn: IsoDate;
  /** A short file-name stem, e.g. "improvement-plan-2020-21-Q2". */
  fileStem: string;
}

export type ReportView =
  | { kind: "improvement-plan"; meta: ReportMeta; report: ImprovementPlanReport }
  | { kind: "self-evaluation"; meta: ReportMeta; report: SelfEvaluationReport }
  | { kind: "actions"; meta: ReportMeta; report: ActionsDigest }
  | { kind: "meetings"; meta: ReportMeta; report: MeetingsReport };

/** Documents print their classification in capitals of the first letter only: "open" -> "Open". */
export function classificationLabel(value: string): string {
  const v = value.trim();
  return v ? v[0]!.toUpperCase() + v.slice(1) : "Open";
}

/** Text as a list of paragraphs: the seed's folded YAML keeps one line break between paragraphs. */
export function paragraphs(text: string | null | undefined): string[] {
  if (!text) return [];
  return text.split(/\n+/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
}
