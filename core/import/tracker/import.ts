// "import tracker": a .csv or .xlsx action tracker, validated whole before anything is written.
import { basename } from "node:path";
import type { Actor, Deps, Tenant } from "../../context.js";
import { resolveCommittee } from "../committee.js";
import { readInputFile } from "../input.js";
import { readSheet } from "../sheets/read.js";
import { parseTracker, type TrackerEntry } from "./parse.js";
import { saveTracker, type TrackerSummary } from "./save.js";

export interface TrackerImport { committee: string; entries: TrackerEntry[]; written: TrackerSummary | null }

export async function importTracker(deps: Deps, tenant: Tenant, actor: Actor, opts: { path: string; committee?: string; dryRun?: boolean }): Promise<TrackerImport> {
  const committee = await resolveCommittee(deps, tenant, opts.committee);
  const file = readInputFile(opts.path, ["csv", "xlsx"]);
  const entries = parseTracker(await readSheet(file, /tracker|action/i), file.name);
  if (opts.dryRun) return { committee: committee.slug, entries, written: null };
  const written = await saveTracker(deps, tenant, actor, committee, entries, `import:tracker:${basename(opts.path)}`);
  deps.log.info({ committee: committee.slug, rows: entries.length, ...written }, "tracker imported");
  return { committee: committee.slug, entries, written };
}
