// One entry point for every report kind: checks the request, finds the committee, builds the view.
import type { Deps, Tenant } from "../context.js";
import { UserError } from "../errors.js";
import { formatLongDate, parseIsoDate, parsePeriod, toLocalDate, type IsoDate } from "../dates.js";
import type { RagRule } from "../plan/status.js";
import { defaultCommittee, findCommittee, listCommittees, type CommitteeRef } from "../queries/tenant.js";
import { actionsDigest } from "./actions.js";
import { improvementPlanReport } from "./improvement-plan.js";
import { meetingsReport } from "./meetings.js";
import { capitalise } from "./periods.js";
import { selfEvaluationReport } from "./self-evaluation.js";
import { classificationLabel, isReportKind, REPORT_KINDS, type ReportMeta, type ReportView } from "./types.js";

export interface ReportRequest {
  kind: string;
  /** Slug or name; default: the council's only committee. */
  committee?: string;
  /** "2020-21-Q2"; "latest" or absent means the latest the data holds. Plan and self-evaluation only. */
  period?: string;
  rule?: RagRule;
  /** Actions digest: completions on or after this day. */
  since?: IsoDate;
  dueSoonDays?: number;
}

export const PERIOD_KINDS = new Set(["improvement-plan", "self-evaluation"]);

export async function buildReport(deps: Deps, tenant: Tenant, req: ReportRequest): Promise<ReportView> {
  const kind = req.kind;
  if (!isReportKind(kind)) throw new UserError(`unknown report kind "${kind}": use ${REPORT_KINDS.join(", ")}`);
  const period = req.period && req.period !== "latest" ? req.period : undefined;
  if (period) parsePeriod(period);
  if (req.since) parseIsoDate(req.since);
  if (req.rule) checkRule(req.rule);
  const committee = await resolveCommittee(deps, tenant, req.committee);
  const generatedOn = toLocalDate(deps.clock.now(), tenant.zone);
  const base = { council: tenant.name, committee, generatedOn };

  if (kind === "improvement-plan") {
    const { report, plan } = await improvementPlanReport(deps, tenant, { committeeId: committee.id, period, rule: req.rule });
    const meta: ReportMeta = {
      ...base, kind, committee: plan.committee, title: plan.title, subtitle: capitalise(report.period.updatedTo),
      documentTitle: `${plan.title}: ${report.period.updatedTo}`, classification: classificationLabel(plan.classification),
      fileStem: `improvement-plan-${report.period.key}`,
    };
    return { kind, meta, report };
  }
  if (kind === "self-evaluation") {
    const { report, classification, committee: c } = await selfEvaluationReport(deps, tenant, { committeeId: committee.id, period });
    const meta: ReportMeta = {
      ...base, kind, committee: c, title: report.title, subtitle: `Self-evaluation by service area, ${report.period.updatedTo}`,
      documentTitle: `${report.title} (${report.period.label})`, classification: classificationLabel(classification),
      fileStem: `self-evaluation-${report.period.key}`,
    };
    return { kind, meta, report };
  }
  if (kind === "actions") {
    const report = await actionsDigest(deps, tenant, { committeeId: committee.id, since: req.since, dueSoonDays: req.dueSoonDays });
    const meta: ReportMeta = {
      ...base, kind, title: "Recommendation and action tracker digest", subtitle: `${committee.name}, as of ${formatLongDate(report.asOf)}`,
      documentTitle: `Action tracker digest: ${committee.name}, ${formatLongDate(report.asOf)}`, classification: "Open",
      fileStem: `actions-${committee.slug}-${report.asOf}`,
    };
    return { kind, meta, report };
  }
  const report = await meetingsReport(deps, tenant, { committeeId: committee.id });
  const meta: ReportMeta = {
    ...base, kind, title: "Forthcoming meetings", subtitle: `${committee.name}, as of ${formatLongDate(report.asOf)}`,
    documentTitle: `Forthcoming meetings: ${committee.name}, ${formatLongDate(report.asOf)}`, classification: "Open",
    fileStem: `meetings-${committee.slug}-${report.asOf}`,
  };
  return { kind, meta, report };
}

export async function resolveCommittee(deps: Pick<Deps, "db">, tenant: Tenant, query?: string): Promise<CommitteeRef> {
  if (query) {
    const found = await findCommittee(deps, tenant, query);
    if (found) return found;
    const all = await listCommittees(deps, tenant);
    throw new UserError(`no committee "${query}" in ${tenant.name}; committees: ${all.map((c) => c.slug).join(", ") || "none loaded"}`, "not_found");
  }
  const only = await defaultCommittee(deps, tenant);
  if (only) return only;
  const all = await listCommittees(deps, tenant);
  if (!all.length) throw new UserError(`${tenant.name} has no committees yet: run "db setup" or import some`, "not_found");
  throw new UserError(`${tenant.name} has several committees: say which with --committee <slug> (${all.map((c) => c.slug).join(", ")})`);
}

function checkRule(rule: RagRule): void {
  const ok = (n: number) => Number.isFinite(n) && n >= 0 && n <= 100;
  if (!ok(rule.greenWithin) || !ok(rule.amberWithin) || rule.amberWithin < rule.greenWithin) {
    throw new UserError(`RAG thresholds must be percentages with green (${rule.greenWithin}) no larger than amber (${rule.amberWithin})`);
  }
}
