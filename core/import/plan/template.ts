// The improvement-plan spreadsheet that councils fill in: a "Plan" sheet of plan-wide facts and a
// "Measures" sheet with one row per measure. The export writes it; the importer reads the same columns.
import ExcelJS from "exceljs";
import type { ColumnSpec } from "../sheets/columns.js";

export type PlanField = "priorityNo" | "priority" | "objective" | "impact" | "measure" | "target" | "unit" | "betterWhen" | "baselineLabel" | "baseline" | "status" | "direction" | "commentary" | "actions" | "leads";

export const PLAN_COLUMNS: ColumnSpec<PlanField>[] = [
  { field: "priorityNo", label: "Priority no", required: true, synonyms: /^(?:priority\s+(?:no|number|ref)|no|priority\s+#)$/ },
  { field: "priority", label: "Priority", required: true, synonyms: /^(?:priority|priority\s+(?:title|name))$/ },
  { field: "objective", label: "Objective", required: true, synonyms: /^(?:objective|objectives|what\s+we\s+want\s+to\s+achieve)$/ },
  { field: "impact", label: "Impact on children", synonyms: /^(?:impact(?:\s+on\s+children)?|why\s+it\s+matters)$/ },
  { field: "measure", label: "Measure", required: true, synonyms: /^(?:measure|measures|how\s+will\s+we\s+know|indicator|performance\s+indicator|kpi)$/ },
  { field: "target", label: "Target", synonyms: /^(?:target|target\s+value)$/ },
  { field: "unit", label: "Unit", synonyms: /^(?:unit|units)$/ },
  { field: "betterWhen", label: "Better when", synonyms: /^(?:better\s+when|good\s+is|polarity|higher\s+or\s+lower(?:\s+is\s+better)?)$/ },
  { field: "baselineLabel", label: "Baseline label", synonyms: /^(?:baseline\s+(?:label|period|date))$/ },
  { field: "baseline", label: "Baseline", synonyms: /^(?:baseline|baseline\s+value)$/ },
  { field: "status", label: "Status (RAGB)", synonyms: /^(?:status(?:\s+ragb)?|ragb|rag|rag\s+status|ragb\s+status)$/ },
  { field: "direction", label: "Direction", synonyms: /^(?:direction(?:\s+of\s+travel)?|dot|trend)$/ },
  { field: "commentary", label: "Commentary", synonyms: /^(?:commentary|comments?|narrative|notes?)$/ },
  { field: "actions", label: "Actions", synonyms: /^(?:actions?|smart\s+actions?|next\s+steps)$/ },
  { field: "leads", label: "Leads", synonyms: /^(?:leads?|lead\s+officers?|action\s+leads?|owners?)$/ },
];

export const UNITS = ["percent", "count", "days", "weeks", "other"] as const;
export const PERIOD_HEADING = /^(\d{4})-(\d{2})-Q([1-4])$/i;
export const PLAN_FACTS = ["Title", "Year", "As at", "Vision", "Aim", "Key", "Updated"] as const;

/** The blank template for a plan year ("2021-22"): headings, one example row to overwrite, and drop-down lists. */
export async function planTemplate(year: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Scrutineer";
  const plan = wb.addWorksheet("Plan");
  plan.columns = [{ width: 14 }, { width: 90 }];
  const facts: [string, string, string][] = [
    ["Title", `Improvement Plan ${year}`, "The plan's name as published"],
    ["Year", year, "The financial year, e.g. 2021-22"],
    ["As at", `${year}-Q1`, "The latest quarter the figures cover, e.g. 2021-22-Q2"],
    ["Vision", "", "The plan's vision statement"],
    ["Aim", "", "Optional"],
    ["Key", "", "Optional short name; left blank it is made from the title and year"],
    ["Updated", "", "Optional, e.g. \"updated to end of quarter two, September 2021\""],
  ];
  plan.addRow(["Field", "Value", "Notes"]).font = { bold: true };
  for (const f of facts) plan.addRow(f);

  const sheet = wb.addWorksheet("Measures", { views: [{ state: "frozen", ySplit: 1 }] });
  const periods = [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  const headings = [...PLAN_COLUMNS.slice(0, 10).map((c) => c.label), ...periods, ...PLAN_COLUMNS.slice(10).map((c) => c.label)];
  const header = sheet.addRow(headings);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  sheet.columns.forEach((c, i) => { c.width = [2, 4, 17, 18].includes(i) ? 40 : 16; });
  // A filled-in row to copy from, on its own sheet so it is never imported by mistake.
  const example = wb.addWorksheet("Example");
  example.addRow(headings).font = { bold: true };
  example.addRow([1, "Children are safe", "Visits are done on time", "", "Looked after children visits completed to timescale", 95, "percent", "higher", "Outturn 2020/21", 86, 94, "", "", "", "green", "improving", "", "Weekly tracking of visits with team managers", "Head of Service"]);
  const col = (label: string) => String.fromCharCode(65 + headings.indexOf(label));
  // exceljs supports ranged validations at run time but leaves them out of its types.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  const list = (label: string, values: string[]) => validations.add(`${col(label)}2:${col(label)}1000`, {
    type: "list", allowBlank: true, formulae: [`"${values.join(",")}"`], showErrorMessage: true, errorTitle: label, error: `Choose one of: ${values.join(", ")}`,
  });
  list("Unit", [...UNITS]);
  list("Better when", ["higher", "lower"]);
  list("Status (RAGB)", ["red", "amber", "green", "blue"]);
  list("Direction", ["improving", "same", "declining"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
