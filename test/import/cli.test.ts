// The command line, as outside checks drive it: the exact JSON shape of CONTRACT.md, exit codes, and
// one clear line on stderr for bad input.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db.js";
import { fixture } from "./helpers/paths.js";

const exec = promisify(execFile);
let t: TestDb;
const dir = mkdtempSync(join(tmpdir(), "scrutineer-cli-"));

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: t.url, SCRUTINEER_NOW: "2020-11-23", LOG_LEVEL: "silent" };
  try {
    const { stdout, stderr } = await exec(process.execPath, ["--import", "tsx", "bin/scrutineer.ts", ...args], { env, timeout: 240_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

// The runs start together: each start-up of the command line costs seconds, and they do not depend on each other.
let runs: Record<"json" | "malformed" | "template", Promise<{ code: number; stdout: string; stderr: string }>>;
beforeAll(async () => {
  t = await freshDb();
  runs = {
    json: cli(["import", "minutes", fixture("herefordshire-cyp-minutes-2020-09-15.txt"), "--committee", "herefordshire-cyp", "--dry-run", "--json"]),
    malformed: cli(["import", "tracker", fixture("tracker-malformed.csv")]),
    template: cli(["export", "plan-template", "--out", join(dir, "template.xlsx")]),
  };
  await Promise.all(Object.values(runs));
}, 600_000);
afterAll(async () => { await t.close(); });

describe("scrutineer import / export", () => {
  it("prints exactly the contract's JSON for import minutes --dry-run --json", async () => {
    const r = await runs.json;
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["meeting", "items", "actions", "nextMeeting"]);
    expect(Object.keys(out.meeting)).toEqual(["committee", "date", "time", "place"]);
    expect(out.meeting).toMatchObject({ committee: "herefordshire-cyp", date: "2020-09-15", time: "13:00" });
    expect(Object.keys(out.items[0])).toEqual(["number", "title"]);
    for (const a of out.actions) expect(Object.keys(a)).toEqual(["item", "text", "owner", "due", "kind"]);
    expect(out.actions).toHaveLength(20);
    expect(out.nextMeeting).toEqual({ date: "2020-12-01", time: "13:00" });
    expect(await t.db.action.count({ where: { sourceKey: { startsWith: "minutes:" } } })).toBe(0);
  });

  it("exits non-zero with one line on stderr for bad input", async () => {
    const bad = await Promise.all([runs.malformed]);
    expect(bad[0]!.stderr).toContain(`row 3, column "By When": "31/02/2021" is not a real date`);
    for (const r of bad) {
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/^scrutineer: /);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });

  it("writes the plan template", async () => {
    const out = join(dir, "template.xlsx");
    const r = await runs.template;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2020-21 improvement-plan template");
    expect(existsSync(out)).toBe(true);
  });
});
