// Tracker spreadsheets: real-world headings mapped to fields, every row validated, owners matched to
// people, and a malformed file rejected whole with row and column messages and the database unchanged.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db.js";
import { importTracker } from "../../core/import/tracker/import.js";
import type { Tenant } from "../../core/context.js";
import { CLI_ACTOR, fixture } from "./helpers/paths.js";

let t: TestDb;
let tenant: Tenant;
const dir = mkdtempSync(join(tmpdir(), "scrutineer-tracker-"));
const snapshot = async () => ({
  actions: await t.db.action.count(), owners: await t.db.actionOwner.count(), progress: await t.db.progressUpdate.count(), audit: await t.db.auditEvent.count(),
});
const run = (path: string, dryRun = false) => importTracker(t.deps(), tenant, CLI_ACTOR, { path, committee: "herefordshire-cyp", dryRun });

async function writeXlsx(name: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tracker");
  for (const r of rows) ws.addRow(r);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

beforeAll(async () => { t = await freshDb(); tenant = await t.tenant(); });
afterAll(async () => { await t.close(); });

describe("import tracker", () => {
  it("maps the headings under a title row and reads every row", async () => {
    const r = await run(fixture("tracker-good.csv"), true);
    expect(r.entries.map((e) => [e.row, e.due, e.status])).toEqual([
      [4, "2020-09-30", "in-progress"], [5, "2021-03", "not-started"], [6, "2020-10-31", "complete"], [7, null, "in-progress"],
    ]);
    expect(r.entries[0]).toMatchObject({ ownerText: "Nicola Turvey – Early Help Manager", successCriteria: expect.stringContaining("CE risk assessment"), key: "ref:ce1" });
    expect(r.entries[3]).toMatchObject({ dueText: "Ongoing", due: null });
  });

  it("writes the actions with owners matched to people, progress kept, and is idempotent", async () => {
    const before = await snapshot();
    const r = await run(fixture("tracker-good.csv"));
    expect(r.written).toMatchObject({ created: 4, updated: 0, unchanged: 0, progressAdded: 3 });
    const rows = await t.db.action.findMany({ where: { sourceKey: { startsWith: "tracker:herefordshire-cyp:" } }, include: { owners: { include: { person: true } } }, orderBy: { id: "asc" } });
    expect(rows.map((a) => a.owners.map((o) => o.person.name))).toEqual([["Nicola Turvey"], ["Andy Gill"], ["Salwa Farid"], []]);
    expect(rows[1]).toMatchObject({ dueDate: "2021-03-31", duePrecision: "month", dueText: "March 2021", status: "not-started" });
    expect(rows[3]).toMatchObject({ ownerText: "Commissioning team", dueDate: null });
    const after = await snapshot();
    expect(after.actions - before.actions).toBe(4);
    const again = await run(fixture("tracker-good.csv"));
    expect(again.written).toMatchObject({ created: 0, updated: 0, unchanged: 4, progressAdded: 0 });
    expect(await snapshot()).toEqual({ ...after, owners: after.owners });
  });

  it("rejects a malformed file with row and column messages and writes nothing", async () => {
    const before = await snapshot();
    const error = await run(fixture("tracker-malformed.csv")).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain(`row 3, column "By When": "31/02/2021" is not a real date`);
    expect(message).toContain(`row 4, column "Owner": is empty`);
    expect(message).toContain(`row 5, column "Action": is empty`);
    expect(message).toContain(`row 6, column "By When": "sometime in 2021" is not a date I can read`);
    expect(message).toContain(`row 6, column "Status": "Done-ish" is not a status I know`);
    expect(message.split("\n")).toHaveLength(1);
    expect(await snapshot()).toEqual(before);
  });

  it("rejects a file with a missing column, naming it", async () => {
    const before = await snapshot();
    await expect(run(fixture("tracker-missing-column.csv"))).rejects.toThrow(`row 1 (the header row) has no "By When" column`);
    expect(await snapshot()).toEqual(before);
  });

  it("reads .xlsx, with real date cells, and rejects bad rows there too", async () => {
    const good = await writeXlsx("tracker.xlsx", [
      ["Action", "Lead officer", "Target date", "Success criteria", "Update", "RAG"],
      ["Refresh the placement sufficiency strategy", "Andy Gill", new Date(Date.UTC(2021, 1, 26)), "Strategy agreed by Cabinet", "Draft in consultation", "Green"],
      ["Publish the education safeguarding model policy", "Ceri Morgan", "December 2020", null, null, "Complete"],
    ]);
    const before = await snapshot();
    const r = await run(good);
    expect(r.entries.map((e) => [e.row, e.due, e.status])).toEqual([[2, "2021-02-26", "in-progress"], [3, "2020-12", "complete"]]);
    expect((await snapshot()).actions - before.actions).toBe(2);

    const bad = await writeXlsx("bad.xlsx", [
      ["Action", "Owner", "By When"],
      ["Arrange the member briefing", "Andy Gill", "30/02/2021"],
      ["Circulate the audit results", "", new Date(Date.UTC(2021, 2, 1))],
    ]);
    const mid = await snapshot();
    await expect(run(bad)).rejects.toThrow(/row 2, column "By When": "30\/02\/2021" is not a real date; row 3, column "Owner": is empty/);
    expect(await snapshot()).toEqual(mid);
  });
});
