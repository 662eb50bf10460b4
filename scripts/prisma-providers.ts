// Derives the PostgreSQL schema from prisma/schema.prisma and writes the SQL that creates each
// provider's tables. Run after editing the schema; a test fails if the committed files are stale.
//   node --import tsx scripts/prisma-providers.ts [--check]
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

mkdirSync("data", { recursive: true }); // the SQLite adapter opens a file even for a diff
const check = process.argv.includes("--check");
const sqliteSchema = readFileSync("prisma/schema.prisma", "utf8");
const pgSchema = sqliteSchema
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('output     = "../core/generated/sqlite"', 'output     = "../../core/generated/postgresql"');

const outputs: Record<string, string> = { "prisma/postgresql/schema.prisma": pgSchema };
for (const [provider, schema] of [["sqlite", "prisma/schema.prisma"], ["postgresql", "prisma/postgresql/schema.prisma"]] as const) {
  if (provider === "postgresql" && !check) writeFileSync(schema, pgSchema);
  const path = provider === "postgresql" && check ? writeTemp(pgSchema) : schema;
  const sql = execFileSync("node_modules/.bin/prisma", ["migrate", "diff", "--from-empty", "--to-schema-datamodel", path, "--script"], {
    encoding: "utf8", env: { ...process.env, PRISMA_SCHEMA: path, DATABASE_URL: "", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  outputs[`prisma/migrations/${provider}/0001_init.sql`] = sql;
}

let stale = false;
for (const [file, content] of Object.entries(outputs)) {
  if (check) {
    let current = "";
    try { current = readFileSync(file, "utf8"); } catch { /* missing counts as stale */ }
    if (current !== content) { console.error(`stale: ${file} (run node --import tsx scripts/prisma-providers.ts)`); stale = true; }
  } else {
    mkdirSync(file.slice(0, file.lastIndexOf("/")), { recursive: true });
    writeFileSync(file, content);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale ? 1 : 0);

function writeTemp(content: string): string {
  const dir = `/tmp/scrutineer-postgresql-${process.pid}`; // prisma.config.ts picks the provider by path
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/schema.prisma`, content.replace('"../../core/generated/postgresql"', '"../core/generated/postgresql"'));
  return `${dir}/schema.prisma`;
}
