// db setup: migrations plus the demo data, idempotent.
import { createApp } from "../app.js";
import { parse } from "../args.js";
import { UserError } from "../../core/errors.js";
import { setupDatabase } from "../../core/setup.js";

const USAGE = "db setup";

export async function run(args: string[]): Promise<number> {
  const { positionals } = parse(args, {}, USAGE);
  if (positionals[0] !== "setup") throw new UserError(`unknown db command "${positionals[0] ?? ""}"\nusage: ${USAGE}`);
  const app = createApp();
  try {
    const started = Date.now();
    const { migrations, councils } = await setupDatabase(app.db(), app.config.provider, app.log);
    console.log(`Database ready (${app.config.provider}${migrations.length ? `, applied ${migrations.join(", ")}` : ", schema up to date"}).`);
    for (const c of councils) {
      console.log(`  ${c.council}: ${c.committees} committee(s), ${c.people} people, ${c.meetings} meetings, ${c.workItems} work-programme items, ` +
        `${c.recommendations} recommendations and resolutions, ${c.actions} actions, ${c.plans} improvement plan(s), ${c.selfAssessments} self-assessment(s)`);
    }
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } finally {
    await app.close();
  }
}
