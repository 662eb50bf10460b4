// A fresh database per test file: real SQLite in a temp folder, migrated and loaded with the demo data.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db } from "../../core/db.js";
import { silentLogger } from "../../core/logger.js";
import { setupDatabase } from "../../core/setup.js";
import { seedRoot } from "../../core/paths.js";
import { fixedClock, parseNow } from "../../core/clock.js";
import { resolveTenant } from "../../core/queries/tenant.js";
import type { Deps, Tenant } from "../../core/context.js";

export interface TestDb {
  db: Db;
  url: string;
  dir: string;
  deps(now?: string): Deps;
  tenant(slug?: string): Promise<Tenant>;
  close(): Promise<void>;
}

export async function freshDb(opts: { seed?: boolean; extraSeedDirs?: string[] } = {}): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), "scrutineer-test-"));
  const url = `file:${join(dir, "test.db")}`;
  const db = createDb(url);
  const seedDirs = opts.seed === false ? [] : [join(seedRoot, "herefordshire"), ...(opts.extraSeedDirs ?? [])];
  await setupDatabase(db, "sqlite", silentLogger, seedDirs);
  return {
    db, url, dir,
    deps: (now = "2020-11-23") => ({ db, clock: fixedClock(parseNow(now, "Europe/London")), log: silentLogger }),
    tenant: (slug = "herefordshire") => resolveTenant({ db }, slug),
    close: async () => { await db.$disconnect(); rmSync(dir, { recursive: true, force: true }); },
  };
}
