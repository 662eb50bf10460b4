// The self-evaluation report: one section per service area. A score the document did not state
// stays null and prints as "not stated": never inferred from the text around it.
import type { Deps, Tenant } from "../context.js";
import { selfEvaluation, type ServiceEvaluation } from "../queries/selfeval.js";
import { periodLabel, updatedTo } from "./periods.js";
import { paragraphs } from "./types.js";

export interface ServiceView extends Omit<ServiceEvaluation, "rationale"> {
  rationale: string[];
  hasTimescales: boolean;
}

export interface SelfEvaluationReport {
  title: string;
  period: { key: string; label: string; previousKey: string; previousLabel: string; updatedTo: string };
  introduction: string[];
  services: ServiceView[];
  scoredCount: number;
}

export async function selfEvaluationReport(
  deps: Pick<Deps, "db">, tenant: Tenant, opts: { committeeId?: number; period?: string } = {},
): Promise<{ report: SelfEvaluationReport; classification: string; committee: { id: number; name: string; slug: string } }> {
  const e = await selfEvaluation(deps, tenant, opts);
  const services = e.services.map((s) => ({
    ...s, rationale: paragraphs(s.rationale), hasTimescales: s.areasForDevelopment.some((a) => a.timescale),
  }));
  return {
    classification: e.classification,
    committee: e.committee,
    report: {
      title: e.title.replace(/\s+/g, " ").trim(),
      period: { key: e.period, label: periodLabel(e.period), previousKey: e.previousPeriod, previousLabel: periodLabel(e.previousPeriod), updatedTo: updatedTo(e.period) },
      introduction: paragraphs(e.introduction),
      services,
      scoredCount: services.filter((s) => s.score !== null).length,
    },
  };
}
