// Applies the committed SQL for the database's provider, each file once, in name order.
// We keep one SQL folder per provider (see scripts/prisma-providers.ts) rather than Prisma's
// migrate engine, which cannot run offline for both providers from one schema.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "./db.js";
import { migrationsDir } from "./paths.js";
import type { Logger } from "./logger.js";

export async function migrate(db: Db, provider: "sqlite" | "postgresql", log: Logger): Promise<string[]> {
  const dir = migrationsDir(provider);
  const files = readdirSync(dir).filter((f) => f.endsWith(".sql")).sort();
  await db.$executeRawUnsafe(
    `CREATE TABLE IF NOT EXISTS "_scrutineer_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)`,
  );
  const applied: string[] = [];
  await db.$transaction(async (tx) => {
    // Several workers may start together on PostgreSQL: one applies, the others wait and see it done.
    if (provider === "postgresql") await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(482301)`);
    const done = new Set((await tx.$queryRawUnsafe<{ name: string }[]>(`SELECT "name" FROM "_scrutineer_migrations"`)).map((r) => r.name));
    for (const file of files) {
      if (done.has(file)) continue;
      for (const statement of splitStatements(readFileSync(join(dir, file), "utf8"))) {
        await tx.$executeRawUnsafe(statement);
      }
      const placeholders = provider === "postgresql" ? "$1, $2" : "?, ?";
      await tx.$executeRawUnsafe(`INSERT INTO "_scrutineer_migrations" ("name", "appliedAt") VALUES (${placeholders})`, file, new Date().toISOString());
      applied.push(file);
      log.info({ migration: file }, "migration applied");
    }
  }, { timeout: 60_000 });
  if (provider === "sqlite") {
    // WAL lets the bot read while the worker writes.
    await db.$queryRawUnsafe(`PRAGMA journal_mode = WAL`);
  }
  return applied;
}

/** Prisma's generated SQL ends every statement with ";" at the end of a line. */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
    .filter(Boolean);
}
