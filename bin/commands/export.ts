// scrutineer export plan-template --out <file.xlsx> [--year 2021-22]
import { createApp } from "../app.js";
import { parse } from "../args.js";
import { UserError } from "../../core/errors.js";
import { exportPlanTemplate } from "../../core/import/plan/import.js";

const USAGE = "scrutineer export plan-template --out <file.xlsx> [--year 2021-22]";

export async function run(args: string[], _debug: boolean): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: "string" }, year: { type: "string" } }, USAGE);
  const what = positionals[0];
  if (what !== "plan-template") throw new UserError(`${what ? `cannot export "${what}"` : "say what to export"}: the only export is plan-template (usage: ${USAGE})`);
  const out = values.out;
  if (!out) throw new UserError(`say where to write the template with --out <file.xlsx> (usage: ${USAGE})`);
  const app = createApp();
  const year = await exportPlanTemplate({ clock: app.clock }, app.config.TZ, out, values.year);
  console.log(`Wrote the ${year} improvement-plan template to ${out}: fill the "Plan" and "Measures" sheets, then run "import plan ${out}".`);
  return 0;
}
