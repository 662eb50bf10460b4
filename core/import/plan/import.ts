// "import plan" and "export plan-template".
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import type { Actor, Deps, Tenant } from "../../context.js";
import { UserError } from "../../errors.js";
import { periodOf } from "../../dates.js";
import { resolveCommittee } from "../committee.js";
import { readInputFile } from "../input.js";
import { readSheet } from "../sheets/read.js";
import { parsePlanFacts, parsePlanMeasures, type ParsedPlan } from "./parse.js";
import { savePlan, type PlanSummary } from "./save.js";
import { planTemplate } from "./template.js";

export interface PlanImport { committee: string; plan: ParsedPlan; written: PlanSummary | null }

export async function importPlan(deps: Deps, tenant: Tenant, actor: Actor, opts: { path: string; committee?: string; dryRun?: boolean }): Promise<PlanImport> {
  const committee = await resolveCommittee(deps, tenant, opts.committee);
  const file = readInputFile(opts.path, ["xlsx"]);
  const facts = parsePlanFacts(await readSheet(file, /^plan$/i), file.name);
  const measures = await readSheet(file, /^measures$/i);
  const plan = { facts, priorities: parsePlanMeasures(measures, facts, file.name) };
  if (opts.dryRun) return { committee: committee.slug, plan, written: null };
  const written = await savePlan(deps, tenant, actor, committee, plan, `import:plan:${basename(opts.path)}`);
  deps.log.info({ committee: committee.slug, key: facts.key, ...written }, "plan imported");
  return { committee: committee.slug, plan, written };
}

/** Writes the blank template for the plan year (default: the financial year of today). */
export async function exportPlanTemplate(deps: Pick<Deps, "clock">, zone: string, out: string, year?: string): Promise<string> {
  const y = year ?? periodOf(new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(deps.clock.now())).slice(0, 7);
  if (!/^\d{4}-\d{2}$/.test(y) || (Number(y.slice(0, 4)) + 1) % 100 !== Number(y.slice(5))) throw new UserError(`"${y}" is not a plan year: write e.g. 2021-22`);
  if (!/\.xlsx$/i.test(out)) throw new UserError(`the template is an Excel workbook: give --out a name ending .xlsx`);
  try {
    writeFileSync(out, await planTemplate(y));
  } catch (e) {
    throw new UserError(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return y;
}
