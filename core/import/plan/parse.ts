// The filled-in plan template to a validated plan. Blank Priority and Objective cells repeat the row
// above (as merged cells read); every problem is reported with its sheet, row and column.
import { UserError } from "../../errors.js";
import { parsePeriod } from "../../dates.js";
import { findHeader, normaliseHeading, rejectIfErrors } from "../sheets/columns.js";
import { cellAt, isBlankRow, type Cell, type SheetRow } from "../sheets/read.js";
import { PERIOD_HEADING, PLAN_COLUMNS, UNITS } from "./template.js";

export interface PlanValue { kind: "baseline" | "value"; label: string; period: string | null; value: number | null; display: string }
export interface PlanMeasure {
  row: number; text: string; target: number | null; targetText: string | null; unit: string; betterWhen: string | null;
  values: PlanValue[]; commentary: string | null; rag: string | null; direction: string | null; directionText: string | null;
}
export interface PlanObjective { text: string; impact: string | null; measures: PlanMeasure[]; actions: { text: string; lead: string | null }[] }
export interface PlanPriority { number: number; title: string; objectives: PlanObjective[] }
export interface PlanFacts { title: string; year: string; asAt: string; vision: string; aim: string | null; key: string; updatedText: string | null }
export interface ParsedPlan { facts: PlanFacts; priorities: PlanPriority[] }

export function parsePlanFacts(rows: SheetRow[], fileName: string): PlanFacts {
  const facts = new Map<string, { text: string; row: number }>();
  for (const r of rows) {
    const label = normaliseHeading(cellAt(r, 0).text);
    if (label) facts.set(label, { text: cellAt(r, 1).text, row: r.row });
  }
  const errors: string[] = [];
  const need = (label: string) => {
    const f = facts.get(label);
    if (!f?.text) errors.push(`sheet "Plan": the "${label[0]!.toUpperCase()}${label.slice(1)}" row is missing or empty`);
    return f?.text ?? "";
  };
  const title = need("title");
  const year = need("year");
  const asAt = need("as at");
  if (year && !/^\d{4}-\d{2}$/.test(year)) errors.push(`sheet "Plan", row ${facts.get("year")!.row}, column "Value": "${year}" is not a plan year like 2021-22`);
  if (asAt) {
    try { parsePeriod(asAt); } catch { errors.push(`sheet "Plan", row ${facts.get("as at")!.row}, column "Value": "${asAt}" is not a period like ${year || "2021-22"}-Q2`); }
  }
  rejectIfErrors(fileName, errors);
  const key = facts.get("key")?.text || `${slug(title)}-${year}`;
  return {
    title, year, asAt, key: slug(key).slice(0, 80),
    vision: facts.get("vision")?.text ?? "", aim: facts.get("aim")?.text || null, updatedText: facts.get("updated")?.text || null,
  };
}

export function parsePlanMeasures(rows: SheetRow[], facts: PlanFacts, fileName: string): PlanPriority[] {
  const { columns, dataRows, headerRow } = findHeader(rows, PLAN_COLUMNS, fileName);
  const header = rows.find((r) => r.row === headerRow)!;
  const periods = header.cells.map((c, index) => ({ index, heading: c.text, m: PERIOD_HEADING.exec(c.text.trim()) ?? /^Q([1-4])$/i.exec(c.text.trim()) }))
    .filter((p) => p.m)
    .map((p) => ({ index: p.index, heading: p.heading, period: p.m!.length === 4 ? `${p.m![1]}-${p.m![2]}-Q${p.m![3]}` : `${facts.year}-Q${p.m![1]}` }));
  const errors: string[] = [];
  const priorities: PlanPriority[] = [];
  const problem = (row: number, heading: string, message: string) => errors.push(`row ${row}, column "${heading}": ${message}`);
  let priority: PlanPriority | null = null;
  let objective: PlanObjective | null = null;

  for (const r of dataRows) {
    if (isBlankRow(r)) continue;
    const get = (f: keyof typeof columns) => cellAt(r, columns[f].index);
    const heading = (f: keyof typeof columns) => columns[f].heading;
    const noText = get("priorityNo").text;
    if (noText) {
      const n = Number(noText);
      if (!Number.isInteger(n) || n < 1 || n > 99) { problem(r.row, heading("priorityNo"), `"${noText}" is not a priority number`); continue; }
      if (!priority || priority.number !== n) {
        priority = priorities.find((p) => p.number === n) ?? null;
        if (!priority) {
          if (!get("priority").text) problem(r.row, heading("priority"), "is empty on the first row of this priority");
          priority = { number: n, title: get("priority").text, objectives: [] };
          priorities.push(priority);
        }
        objective = null;
      }
    } else if (!priority) { problem(r.row, heading("priorityNo"), "is empty (the first measure needs its priority number)"); continue; }
    const objectiveText = get("objective").text;
    if (objectiveText && objectiveText !== (objective as PlanObjective | null)?.text) {
      objective = priority.objectives.find((o) => o.text === objectiveText) ?? null;
      if (!objective) { objective = { text: objectiveText, impact: get("impact").text || null, measures: [], actions: [] }; priority.objectives.push(objective); }
    } else if (!objective) { problem(r.row, heading("objective"), "is empty (the first measure of a priority needs its objective)"); continue; }

    const measureText = get("measure").text;
    if (!measureText) problem(r.row, heading("measure"), "is empty");
    const unit = unitOf(get("unit").text);
    if (unit === null) problem(r.row, heading("unit"), `"${get("unit").text}" is not one of ${UNITS.join(", ")}`);
    const betterWhen = betterWhenOf(get("betterWhen").text);
    if (betterWhen === undefined) problem(r.row, heading("betterWhen"), `"${get("betterWhen").text}" should be higher or lower`);
    const rag = ragOf(get("status").text);
    if (rag === undefined) problem(r.row, heading("status"), `"${get("status").text}" is not red, amber, green or blue`);
    const direction = directionOf(get("direction").text);
    if (direction === undefined) problem(r.row, heading("direction"), `"${get("direction").text}" should be improving, same or declining`);
    const target = numberOf(get("target"));
    const values: PlanValue[] = [];
    if (get("baseline").text) values.push({ kind: "baseline", label: get("baselineLabel").text || "Baseline", period: null, value: numberOf(get("baseline")), display: displayOf(get("baseline"), unit) });
    for (const p of periods) {
      const c = cellAt(r, p.index);
      if (c.text) values.push({ kind: "value", label: p.heading, period: p.period, value: numberOf(c), display: displayOf(c, unit) });
    }
    objective.measures.push({
      row: r.row, text: measureText, target, targetText: get("target").text || null, unit: unit ?? "other", betterWhen: betterWhen ?? null,
      values, commentary: get("commentary").text || null, rag: rag ?? null, direction: direction ?? null, directionText: get("direction").text || null,
    });
    addActions(objective, get("actions").text, get("leads").text);
  }
  rejectIfErrors(fileName, errors);
  if (!priorities.length) throw new UserError(`${fileName}: the "Measures" sheet has no rows under its header`);
  return priorities;
}

/** One action per line of the Actions cell; the Leads cell gives one lead per line, or one lead for all. */
function addActions(o: PlanObjective, actions: string, leads: string) {
  const texts = actions.split(/\r?\n|;\s*/).map((t) => t.replace(/^[•\-\d.)\s]+/, "").trim()).filter(Boolean);
  const leadList = leads.split(/\r?\n/).map((t) => t.trim()).filter(Boolean);
  texts.forEach((text, i) => {
    if (o.actions.some((a) => a.text === text)) return;
    o.actions.push({ text, lead: leadList.length === texts.length ? leadList[i]! : leads.trim() || null });
  });
}

function unitOf(t: string): string | null {
  const u = t.trim().toLowerCase();
  if (!u) return "other";
  if (/^(?:%|percent|percentage|per\s*cent)$/.test(u)) return "percent";
  if (/^(?:count|number|no\.?|#|total)$/.test(u)) return "count";
  if (/^days?$/.test(u)) return "days";
  if (/^weeks?$/.test(u)) return "weeks";
  return u === "other" ? "other" : null;
}
function betterWhenOf(t: string): string | null | undefined {
  const b = t.trim().toLowerCase();
  if (!b) return null;
  if (/^(?:higher|high|up|increase|more|bigger\s+is\s+better|higher\s+is\s+better)$/.test(b)) return "higher";
  if (/^(?:lower|low|down|decrease|less|smaller\s+is\s+better|lower\s+is\s+better)$/.test(b)) return "lower";
  return undefined;
}
function ragOf(t: string): string | null | undefined {
  const r = t.trim().toLowerCase();
  if (!r) return null;
  const map: Record<string, string> = { r: "red", red: "red", a: "amber", amber: "amber", g: "green", green: "green", b: "blue", blue: "blue" };
  return map[r];
}
function directionOf(t: string): string | null | undefined {
  const d = t.trim().toLowerCase();
  if (!d) return null;
  if (/^(?:improving|improved|better|↑|⬆|up)$/.test(d)) return "improving";
  if (/^(?:declining|declined|worse|worsening|↓|⬇|down)$/.test(d)) return "declining";
  if (/^(?:same|no\s+change|unchanged|stable|→|↔|=|-)$/.test(d)) return "same";
  return undefined;
}
function numberOf(c: Cell): number | null {
  if (c.number !== null) return c.number;
  const m = /^[^\d-]*(-?\d+(?:\.\d+)?)/.exec(c.text.replace(/,/g, ""));
  return m ? Number(m[1]) : null;
}
function displayOf(c: Cell, unit: string | null): string {
  return unit === "percent" && c.number !== null && !c.text.includes("%") ? `${c.text}%` : c.text;
}
const slug = (s: string) => s.toLowerCase().replace(/&/g, " and ").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
