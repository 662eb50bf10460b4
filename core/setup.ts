// "db setup": create the schema and load every council's demo data. Safe to run twice.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "./db.js";
import type { Logger } from "./logger.js";
import { migrate } from "./migrate.js";
import { readCouncilSeed } from "./seed/read-seed.js";
import { loadCouncilSeed, type SeedSummary } from "./seed/load-seed.js";
import { seedRoot } from "./paths.js";

export async function setupDatabase(db: Db, provider: "sqlite" | "postgresql", log: Logger, seedDirs?: string[]): Promise<{ migrations: string[]; councils: SeedSummary[] }> {
  const migrations = await migrate(db, provider, log);
  const dirs = seedDirs ?? readdirSync(seedRoot).map((d) => join(seedRoot, d)).filter((d) => statSync(d).isDirectory());
  // Read and validate everything before writing anything.
  const seeds = dirs.map((d) => readCouncilSeed(d));
  const councils: SeedSummary[] = [];
  for (const seed of seeds) councils.push(await loadCouncilSeed(db, seed, log));
  // Fresh statistics let the query planner pick the open-action indexes from the start.
  await db.$executeRawUnsafe("ANALYZE");
  return { migrations, councils };
}
