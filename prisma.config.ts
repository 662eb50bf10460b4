// Prisma CLI configuration. The JS schema engine runs offline, which the Rust one cannot here.
// PRISMA_SCHEMA picks the provider copy: prisma/schema.prisma (SQLite) or prisma/postgresql/schema.prisma.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const schema = process.env.PRISMA_SCHEMA ?? "prisma/schema.prisma";
const wantsPostgres = schema.includes("postgresql");
const given = process.env.DATABASE_URL;
// The schema's datasource reads DATABASE_URL and Prisma cannot read the schema at all without a
// URL of the schema's own provider, even for commands (generate, diff) that never connect.
const url = given && given.startsWith("postgres") === wantsPostgres
  ? given
  : wantsPostgres ? "postgresql://postgres@127.0.0.1:5432/postgres" : "file:./data/scrutineer.db";
process.env.DATABASE_URL = url;

export default defineConfig({
  schema,
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    if (url.startsWith("postgres")) return new PrismaPg({ connectionString: url });
    return new PrismaBetterSQLite3({ url });
  },
});
