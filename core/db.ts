// Opens the database: SQLite through better-sqlite3 by default, PostgreSQL through pg when several
// workers share the load. Both clients are generated from one schema and have the same API.
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.js";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client.js";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

export type Db = SqliteClient;
// Prisma.sql and friends build raw SQL that both providers accept (placeholders are filled per provider).
export { Prisma } from "./generated/sqlite/client.js";

/** The file behind each SQLite client, for the few reads that go straight to the driver (see data-version.ts). */
const sqliteFiles = new WeakMap<object, string>();
export function sqliteFileOf(db: Db): string | null {
  return sqliteFiles.get(db) ?? null;
}

export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "");
}

export function createDb(url: string): Db {
  if (url.startsWith("postgres")) {
    // Same models, same queries; only the generated provider differs.
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  const path = sqlitePath(url);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const client = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: path }) });
  if (path !== ":memory:") sqliteFiles.set(client, path);
  return client;
}

export const isPostgresUrl = (url: string) => url.startsWith("postgres");
