// The same schema, seed and answers on PostgreSQL as on SQLite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../core/db.js";
import { silentLogger } from "../core/logger.js";
import { setupDatabase } from "../core/setup.js";
import { fixedClock, parseNow } from "../core/clock.js";
import { resolveTenant } from "../core/queries/tenant.js";
import { consoleContext } from "../core/commands/context.js";
import { handleText } from "../core/commands/handle.js";
import { freshDb, type TestDb } from "./helpers/db.js";
import { freshPostgres } from "./helpers/postgres.js";

let pgdb: Db;
let drop: () => Promise<void>;
let lite: TestDb;

beforeAll(async () => {
  const fresh = await freshPostgres();
  drop = fresh.drop;
  pgdb = createDb(fresh.url);
  await setupDatabase(pgdb, "postgresql", silentLogger);
  lite = await freshDb();
});
afterAll(async () => { await pgdb?.$disconnect(); await drop?.(); await lite?.close(); });

async function ask(db: Db, text: string) {
  const deps = { db, clock: fixedClock(parseNow("2020-11-23", "Europe/London")), log: silentLogger };
  const tenant = await resolveTenant({ db }, "herefordshire");
  return handleText(deps, await consoleContext(deps, tenant, undefined, []), text);
}

describe("PostgreSQL", () => {
  it("sets up idempotently", async () => {
    const counts = async () => [await pgdb.action.count(), await pgdb.progressUpdate.count(), await pgdb.measure.count()];
    const before = await counts();
    await setupDatabase(pgdb, "postgresql", silentLogger);
    expect(await counts()).toEqual(before);
  });

  it("answers every read command exactly as SQLite does", async () => {
    for (const q of ["due this week", "meetings", "actions overdue", "actions Andy Gill", "plan status", "selfeval", "action 3", "agenda 1 December"]) {
      expect(await ask(pgdb, q), q).toEqual(await ask(lite.db, q));
    }
  });

  it("records progress, and a retried request with the same key writes nothing more", async () => {
    const deps = { db: pgdb, clock: fixedClock(parseNow("2020-11-23", "Europe/London")), log: silentLogger };
    const tenant = await resolveTenant({ db: pgdb }, "herefordshire");
    const { recordProgress } = await import("../core/queries/actions.js");
    const actor = { personId: null, name: "cli", isAdmin: true, channel: "cli" as const };
    const first = await recordProgress(deps, tenant, actor, { actionId: 2, text: "Booked", requestKey: "pg-retry-1" });
    const again = await recordProgress(deps, tenant, actor, { actionId: 2, text: "Booked", requestKey: "pg-retry-1" });
    expect([first.written, again.written]).toEqual([true, false]);
    expect(await pgdb.progressUpdate.count({ where: { requestKey: "pg-retry-1" } })).toBe(1);
  });

  it("moves the data version once a change commits, and not for the worker's bookkeeping", async () => {
    const { dataVersionOf } = await import("../core/data-version.js");
    const version = dataVersionOf(pgdb);
    const before = await version.read();
    expect(before).toEqual(expect.any(Number));
    await pgdb.reportSchedule.updateMany({ data: { enabled: true } });
    expect(await version.read()).toBe(before);
    await pgdb.$transaction(async (tx) => {
      await tx.action.update({ where: { id: 2 }, data: { dueText: "end of term" } });
      // Not yet committed: other connections still see the old version, so nothing new is kept under it.
      expect(await version.read()).toBe(before);
    });
    expect(await version.read()).toBeGreaterThan(before!);
  });
});
