// The data version: a counter that triggers move on every committed change to the data answers are
// built from (prisma/migrations/<provider>/0003_data_version.sql). Reading it must cost far less than
// answering, or caching answers under it gains nothing: on SQLite it is one indexed read through the
// driver (microseconds, where a Prisma round trip costs about a millisecond); on PostgreSQL a query.
import Database from "better-sqlite3";
import { sqliteFileOf, type Db } from "./db.js";

export interface DataVersion {
  /** The current version, or null when it cannot be read (an unmigrated database): then nothing is cached. */
  read(): Promise<number | null>;
  close(): void;
}

const SQL = `SELECT "value" FROM "_scrutineer_data_version" WHERE "id" = 1`;

export function dataVersionOf(db: Db): DataVersion {
  const file = sqliteFileOf(db);
  return file ? sqliteVersion(file) : queriedVersion(db);
}

function sqliteVersion(file: string): DataVersion {
  let handle: Database.Database | null = null;
  let statement: Database.Statement | null = null;
  return {
    async read() {
      try {
        if (!statement) {
          // Read-only and separate from Prisma's connection: it sees every commit, from any process, at once.
          handle = new Database(file, { readonly: true, fileMustExist: true });
          statement = handle.prepare(SQL).pluck();
        }
        const value = statement.get();
        return typeof value === "number" || typeof value === "bigint" ? Number(value) : null;
      } catch {
        this.close();
        return null;
      }
    },
    close() {
      handle?.close();
      handle = null;
      statement = null;
    },
  };
}

function queriedVersion(db: Db): DataVersion {
  return {
    async read() {
      try {
        const rows = await db.$queryRawUnsafe<{ value: bigint | number }[]>(SQL);
        return rows.length ? Number(rows[0]!.value) : null;
      } catch {
        return null;
      }
    },
    close() {},
  };
}

/** Never current, so nothing is kept: benchmarks measure answers built every time against it. */
export const noDataVersion: DataVersion = { read: async () => null, close() {} };
