// Child process of bench/reports.ts: sets up a SQLite file with the demo councils ("demo") or with one
// generated council ("generated"), and prints the council's slug and committee ids as JSON. Setting up
// and generating data grow a Node heap by a hundred MiB or more that V8 is slow to hand back; in
// production that is the separate "db setup" command, never the worker. Done here, it stays out of
// the memory the benchmark measures (the renderer's Node process, which still builds every view).
//
//   node --import tsx bench/reports-generate.ts <file.db> demo
//   node --import tsx bench/reports-generate.ts <file.db> generated <committees> <actions>
import { createDb } from "../core/db.js";
import { silentLogger } from "../core/logger.js";
import { setupDatabase } from "../core/setup.js";
import { generateCouncil } from "./generate-data.js";

const [file, what, committees, actions] = process.argv.slice(2);
if (!file || (what !== "demo" && (what !== "generated" || !committees || !actions))) {
  throw new Error("usage: reports-generate.ts <file.db> demo | generated <committees> <actions>");
}
const db = createDb(`file:${file}`);
try {
  if (what === "demo") {
    await setupDatabase(db, "sqlite", silentLogger);
    process.stdout.write(JSON.stringify({ slug: "herefordshire", committeeIds: [] }) + "\n");
  } else {
    await setupDatabase(db, "sqlite", silentLogger, []);
    const g = await generateCouncil(db, { committees: Number(committees), actions: Number(actions) });
    process.stdout.write(JSON.stringify({ slug: g.slug, committeeIds: g.committeeIds }) + "\n");
  }
} finally {
  await db.$disconnect();
}
