import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./helpers/db.js";
import { setupDatabase } from "../core/setup.js";
import { silentLogger } from "../core/logger.js";

let t: TestDb;
beforeAll(async () => { t = await freshDb(); });
afterAll(async () => { await t.close(); });

describe("db setup", () => {
  it("loads the demo council", async () => {
    expect(await t.db.council.count()).toBe(1);
    expect(await t.db.meeting.count()).toBe(7);
  });

  it("is idempotent: a second run changes no counts and keeps action ids", async () => {
    const before = await Promise.all([t.db.action.findMany({ select: { id: true, sourceKey: true }, orderBy: { id: "asc" } }), t.db.progressUpdate.count(), t.db.workItem.count(), t.db.measure.count()]);
    await setupDatabase(t.db, "sqlite", silentLogger);
    const after = await Promise.all([t.db.action.findMany({ select: { id: true, sourceKey: true }, orderBy: { id: "asc" } }), t.db.progressUpdate.count(), t.db.workItem.count(), t.db.measure.count()]);
    expect(after).toEqual(before);
  });
});
