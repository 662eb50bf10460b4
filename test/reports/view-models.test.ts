// The report view models, built from the demo data as of 23 November 2020. No browser here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db.js";
import { buildReport } from "../../core/reports/build.js";
import { trendPoints } from "../../core/reports/trend.js";
import { renderReportHtml } from "../../worker/render/templates.js";
import type { Deps, Tenant } from "../../core/context.js";
import type { ReportView } from "../../core/reports/types.js";

let t: TestDb;
let deps: Deps;
let tenant: Tenant;
beforeAll(async () => {
  t = await freshDb();
  deps = t.deps("2020-11-23");
  tenant = await t.tenant();
});
afterAll(async () => { await t?.close(); });

const build = <K extends ReportView["kind"]>(kind: K, extra: Record<string, unknown> = {}) =>
  buildReport(deps, tenant, { kind, ...extra }) as Promise<Extract<ReportView, { kind: K }>>;

describe("improvement-plan view", () => {
  it("covers every priority, with the period and the plan's own wording", async () => {
    const v = await build("improvement-plan", { period: "2020-21-Q2" });
    expect(v.meta.subtitle).toBe("Updated to end of quarter two 2020/21 (July to September 2020)");
    expect(v.report.priorities.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(v.report.summary.nextQuarter.map((a) => a.lead)).toContain("Louise Bath (interim Head of Service)");
    expect(v.report.period.nextLabel).toBe("Q3 2020/21");
    const lac = v.report.priorities[0]!.objectives[0]!.measures[0]!;
    expect(lac.values.map((x) => x.display)).toEqual(["94%", "92%"]);
    expect(lac.direction).toBe("declining");
    expect(lac.trend?.map((p) => p.value)).toEqual([79, 86, 94, 92]);
  });

  it("lists as exceptions only measures off target for two or more periods in a row", async () => {
    const v = await build("improvement-plan", { period: "2020-21-Q2" });
    expect(v.report.exceptions.length).toBeGreaterThan(0);
    for (const m of v.report.exceptions) expect(m.periodsOffTarget).toBeGreaterThanOrEqual(2);
    expect(v.report.exceptions.map((m) => m.key)).toContain("p1-o2-m1"); // MASH 24 hours: 68.1% then 79.5%
  });

  it("computes RAG from the thresholds it is given, and says which it used", async () => {
    const strict = await build("improvement-plan", { rule: { greenWithin: 0, amberWithin: 3 } });
    const lac = strict.report.priorities[0]!.objectives[0]!.measures[0]!; // 92% against 95%: 3.2% short
    expect(lac.rag).toBe("red");
    expect(lac.ragSource).toBe("computed");
    expect(strict.report.rule.text).toMatch(/within 0% of target is Green, within 3% is Amber/);
    const usual = await build("improvement-plan");
    expect(usual.report.priorities[0]!.objectives[0]!.measures[0]!.rag).toBe("green");
  });

  it("draws no trend line through a breakdown by team", () => {
    const teams = { baselines: [], values: ["16+ team", "Assessment Team 1"].map((label, i) => ({ label, period: null, value: i * 10, display: `${i * 10}%` })) };
    expect(trendPoints(teams)).toBeNull();
  });

  it("refuses a period the plan has no figures for, clearly", async () => {
    await expect(build("improvement-plan", { period: "2020-21-Q3" })).rejects.toThrow(/updated to the end of Q2 2020\/21; there are no figures for 2020-21-Q3/);
    await expect(build("improvement-plan", { period: "2019-20-Q4" })).rejects.toThrow(/no improvement plan for 2019-20/);
    await expect(build("improvement-plan", { period: "2020-Q2" })).rejects.toThrow(/not a period: write e.g. 2020-21-Q2/);
  });
});

describe("self-evaluation view", () => {
  it("keeps missing scores missing", async () => {
    const v = await build("self-evaluation");
    const scores = Object.fromEntries(v.report.services.map((s) => [s.key, s.score]));
    expect(scores).toEqual({
      "early-help": null, "mash-and-assessment": null, "safeguarding-and-review": null, "child-protection-and-court": null,
      "looked-after-children": 7, "care-leavers": 6, "children-with-disabilities": null, "performance-team": null,
    });
    expect(v.report.scoredCount).toBe(2);
    for (const s of v.report.services) expect(s.strengths.length + s.areasForDevelopment.length).toBeGreaterThan(0);
  });
});

describe("actions digest view", () => {
  it("puts the eight overdue child-exploitation actions first, grouped by owner", async () => {
    const v = await build("actions");
    const overdue = v.report.sections[0]!;
    expect(overdue.key).toBe("overdue");
    expect(overdue.count).toBe(8);
    const owners = overdue.groups.map((g) => g.owner);
    expect(owners).toEqual([...owners].sort((a, b) => a.localeCompare(b, "en-GB")));
    expect(owners.join(" | ")).toMatch(/Andy Gill/);
    const all = overdue.groups.flatMap((g) => g.actions);
    for (const a of all) {
      expect(a.from).toMatch(/Child exploitation task and finish group/);
      expect(a.dueDate! < "2020-11-23").toBe(true);
      expect(a.daysOverdue).toBeGreaterThan(0);
    }
    expect(v.report.sections.map((s) => s.key)).toEqual(["overdue", "due-soon", "completed"]);
    expect(v.report.sinceSource).toBe("default");
  });

  it("lists completions since the last digest by the day they were recorded", async () => {
    const action = await t.db.action.findFirstOrThrow({ where: { status: { not: "complete" }, dueDate: { gte: "2020-12-01" } } });
    const later = t.deps("2020-12-10");
    await t.db.action.update({ where: { id: action.id }, data: { status: "complete", completedAt: new Date("2020-12-04T10:00:00Z") } });
    try {
      const v = await buildReport(later, tenant, { kind: "actions", since: "2020-12-01" });
      if (v.kind !== "actions") throw new Error("wrong kind");
      const done = v.report.sections[2]!.groups.flatMap((g) => g.actions);
      expect(done.map((a) => [a.id, a.completedOn])).toContainEqual([action.id, "2020-12-04"]);
      // The tracker's own completions are dated 1 December 2020 in the published tracker.
      expect(done.length).toBeGreaterThanOrEqual(2);
    } finally {
      await t.db.action.update({ where: { id: action.id }, data: { status: action.status, completedAt: null } });
    }
  });
});

describe("meetings view", () => {
  it("gives the next meeting's despatch date, question deadline and report authors", async () => {
    const v = await build("meetings");
    const next = v.report.meetings[0]!;
    expect(next.date).toBe("2020-12-01");
    expect(next.despatchDate).toBe("2020-11-23");
    expect(next.despatchWorkingDays).toBe(0);
    expect(next.questionDeadline).toEqual({ date: "2020-11-25", time: "17:00" });
    expect(next.items.map((i) => i.reportAuthor)).toContain("Andy Gill");
  });
});

describe("requests", () => {
  it("say clearly what is wrong with a kind or a committee", async () => {
    await expect(buildReport(deps, tenant, { kind: "budget" })).rejects.toThrow(/unknown report kind "budget": use improvement-plan, self-evaluation, actions, meetings/);
    await expect(buildReport(deps, tenant, { kind: "actions", committee: "planning" })).rejects.toThrow(/no committee "planning" in .*committees: herefordshire-cyp/);
  });
});

describe("HTML", () => {
  it("is one self-contained en-GB document with a CSP, a title and no script or external reference", async () => {
    for (const kind of ["improvement-plan", "self-evaluation", "actions", "meetings"] as const) {
      const html = renderReportHtml(await build(kind));
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+\/=]{44}'; img-src data:;/);
      expect(html).not.toContain("unsafe-inline");
      expect(html).toMatch(/<title>[^<]{10,}<\/title>/);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|url\(/i);
      expect(html).not.toMatch(/\b(src|href)="(?!https:\/\/)/);
    }
  });

  it("formats dates, percentages, statuses and arrows in words", async () => {
    const html = renderReportHtml(await build("improvement-plan"));
    expect(html).toContain("Monday 23 November 2020");
    expect(html).toMatch(/<span class="rag rag-red"><span class="swatch" aria-hidden="true"><\/span>Red<\/span>/);
    expect(html).toMatch(/<span class="arrow" aria-hidden="true">↓<\/span> Declining/);
    const meetings = renderReportHtml(await build("meetings"));
    expect(meetings).toContain("Tuesday 1 December 2020, 1.00pm");
    expect(meetings).toContain("5.00pm Wednesday 25 November 2020");
  });
});
