// The improvement-plan template: exported, filled in as a council would, imported into the plan model;
// bad cells reported by row and column with nothing written.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db.js";
import { exportPlanTemplate, importPlan } from "../../core/import/plan/import.js";
import type { Tenant } from "../../core/context.js";
import { CLI_ACTOR } from "./helpers/paths.js";

let t: TestDb;
let tenant: Tenant;
const dir = mkdtempSync(join(tmpdir(), "scrutineer-plan-"));
const template = join(dir, "template.xlsx");
const counts = async () => ({ plans: await t.db.improvementPlan.count(), measures: await t.db.measure.count(), values: await t.db.measureValue.count(), audit: await t.db.auditEvent.count() });

/** Fills the template's Plan facts and Measures rows, as someone would in Excel. */
async function filled(name: string, rows: unknown[][], facts: Record<string, string> = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const plan = wb.getWorksheet("Plan")!;
  plan.eachRow((row) => {
    const label = String(row.getCell(1).value);
    const value = { Title: "Children's Services Improvement Plan", Vision: "Children in Midshire are safe and thrive", "As at": "2021-22-Q2", ...facts }[label];
    if (value !== undefined) row.getCell(2).value = value;
  });
  const measures = wb.getWorksheet("Measures")!;
  rows.forEach((r, i) => { measures.getRow(i + 2).values = r as ExcelJS.CellValue[]; });
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

beforeAll(async () => {
  t = await freshDb();
  tenant = await t.tenant();
  expect(await exportPlanTemplate(t.deps("2021-06-01"), "Europe/London", template)).toBe("2021-22");
});
afterAll(async () => { await t.close(); });

describe("plan template", () => {
  it("has the documented columns, one per quarter of the year", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const header = (wb.getWorksheet("Measures")!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(["Priority no", "Priority", "Objective", "Impact on children", "Measure", "Target", "Unit", "Better when", "Baseline label", "Baseline",
      "2021-22-Q1", "2021-22-Q2", "2021-22-Q3", "2021-22-Q4", "Status (RAGB)", "Direction", "Commentary", "Actions", "Leads"]);
    expect(wb.getWorksheet("Measures")!.rowCount).toBe(1);
  });

  it("imports a filled template into the plan model, and re-importing replaces it", async () => {
    const path = await filled("plan.xlsx", [
      [1, "Children are safe", "Visits happen on time", "Children are seen", "Looked after children visits completed to timescale", 95, "percent", "higher", "Outturn 2020/21", 86, 94, 92, null, null, "green", "declining", "Dip in August", "Weekly visit tracking\nAudit of late visits", "Head of Service\nPrincipal Social Worker"],
      [null, null, null, null, "Child in need visits completed to timescale", "95%", "%", "higher", "Outturn 2020/21", "70%", 81, 85, null, null, "amber", "improving", null, null, null],
      [2, "Children leave care well", "Care leavers in suitable accommodation", null, "Care leavers in suitable accommodation", 90, "percent", "higher", null, null, 87, 88, null, null, "A", "↑", null, "Expand supported lodgings", "Head of Looked After Children"],
    ]);
    const before = await counts();
    const r = await importPlan(t.deps("2021-11-01"), tenant, CLI_ACTOR, { path });
    expect(r.written).toMatchObject({ replaced: false, priorities: 2, objectives: 2, measures: 3, actions: 3 });
    const plan = await t.db.improvementPlan.findUniqueOrThrow({
      where: { councilId_key: { councilId: tenant.councilId, key: "children-s-services-improvement-plan-2021-22" } },
      include: { priorities: { include: { objectives: { include: { measures: { include: { values: true, statuses: true } }, actions: true } } } } },
    });
    expect(plan).toMatchObject({ year: "2021-22", asAt: "2021-22-Q2", vision: "Children in Midshire are safe and thrive" });
    const m = plan.priorities[0]!.objectives[0]!.measures;
    expect(m.map((x) => [x.text, x.target, x.unit, x.betterWhen])).toEqual([
      ["Looked after children visits completed to timescale", 95, "percent", "higher"],
      ["Child in need visits completed to timescale", 95, "percent", "higher"],
    ]);
    expect(m[0]!.values.map((v) => [v.kind, v.label, v.period, v.value, v.display])).toEqual([
      ["baseline", "Outturn 2020/21", null, 86, "86%"], ["value", "2021-22-Q1", "2021-22-Q1", 94, "94%"], ["value", "2021-22-Q2", "2021-22-Q2", 92, "92%"],
    ]);
    expect(m[0]!.statuses).toEqual([expect.objectContaining({ period: "2021-22-Q2", rag: "green", direction: "declining" })]);
    expect(plan.priorities[0]!.objectives[0]!.actions.map((a) => [a.text, a.lead])).toEqual([["Weekly visit tracking", "Head of Service"], ["Audit of late visits", "Principal Social Worker"]]);
    expect(plan.priorities[1]!.objectives[0]!.measures[0]!.statuses[0]).toMatchObject({ rag: "amber", direction: "improving", directionText: "↑" });
    const after = await counts();
    expect(after.plans - before.plans).toBe(1);
    const again = await importPlan(t.deps("2021-11-01"), tenant, CLI_ACTOR, { path });
    expect(again.written).toMatchObject({ replaced: true, measures: 3 });
    expect((await counts()).plans).toBe(after.plans);
    expect((await counts()).measures).toBe(after.measures);
  });

  it("rejects bad cells with sheet, row and column, and writes nothing", async () => {
    const path = await filled("bad-plan.xlsx", [
      [1, "Children are safe", "Visits happen on time", null, "LAC visits on time", 95, "percentage points", "higher", null, null, 94, null, null, null, "purple", null, null, null, null],
      [null, null, null, null, "", 95, "percent", "sideways", null, null, null, null, null, null, null, "up-ish", null, null, null],
      ["two", "Children leave care well", "Care leavers housed", null, "Suitable accommodation", 90, "percent", null, null, null, null, null, null, null, null, null, null, null, null],
    ], { "As at": "2021-22-Q5" });
    const before = await counts();
    await expect(importPlan(t.deps("2021-11-01"), tenant, CLI_ACTOR, { path })).rejects.toThrow(`sheet "Plan", row 4, column "Value": "2021-22-Q5" is not a period like 2021-22-Q2`);
    const fixedFacts = await filled("bad-plan-2.xlsx", [
      [1, "Children are safe", "Visits happen on time", null, "LAC visits on time", 95, "percentage points", "higher", null, null, 94, null, null, null, "purple", null, null, null, null],
      [null, null, null, null, "", 95, "percent", "sideways", null, null, null, null, null, null, null, "up-ish", null, null, null],
      ["two", "Children leave care well", "Care leavers housed", null, "Suitable accommodation", 90, "percent", null, null, null, null, null, null, null, null, null, null, null, null],
    ]);
    const error = await importPlan(t.deps("2021-11-01"), tenant, CLI_ACTOR, { path: fixedFacts }).catch((e: Error) => e.message);
    expect(error).toContain(`row 2, column "Unit": "percentage points" is not one of percent, count, days, weeks, other`);
    expect(error).toContain(`row 2, column "Status (RAGB)": "purple" is not red, amber, green or blue`);
    expect(error).toContain(`row 3, column "Measure": is empty`);
    expect(error).toContain(`row 3, column "Better when": "sideways" should be higher or lower`);
    expect(error).toContain(`row 3, column "Direction": "up-ish" should be improving, same or declining`);
    expect(error).toContain(`row 4, column "Priority no": "two" is not a priority number`);
    expect(await counts()).toEqual(before);
  });
});
