// "schedule add|list|pause|resume|remove|runs" from the command line, and what it refuses.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db.js";

let t: TestDb;
beforeAll(async () => { t = await freshDb(); });
afterAll(async () => { await t.close(); });

async function cli(...args: string[]) {
  return promisify(execFile)(process.execPath, ["--import", "tsx", "bin/scrutineer.ts", "schedule", ...args], {
    env: { ...process.env, DATABASE_URL: t.url, SCRUTINEER_NOW: "2020-11-23" }, timeout: 60_000,
  }).then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));
}

describe("schedule add", () => {
  it("refuses an invalid cron expression or an unknown committee, storing nothing", async () => {
    const bad: [string[], RegExp][] = [
      [["--cron", "61 9 * * 1", "--kind", "actions", "--to", "slack:C1"], /not a valid cron expression/],
      [["--cron", "every monday", "--kind", "actions", "--to", "slack:C1"], /needs 5 fields/],
      [["--cron", "0 9 * * 1", "--kind", "actions", "--committee", "nope", "--to", "slack:C1"], /no committee "nope"/],
      [["--cron", "0 9 * * 1", "--kind", "flyers", "--to", "slack:C1"], /"flyers" is not a report kind/],
      [["--cron", "0 9 * * 1", "--kind", "actions", "--to", "email:x"], /not a delivery target/],
      [["--cron", "0 9 * * 1", "--kind", "actions", "--to", "teams:42"], /teams:42 is not a Teams channel Scrutineer knows/],
      [["--cron", "0 9 * * 1", "--kind", "actions", "--to", "teams-dm:29:1abc"], /teams-dm:29:1abc: Teams direct messages are only for reminders/],
      [["--cron", "0 9 * * 1", "--kind", "actions", "--tz", "Mars/Olympus", "--to", "slack:C1"], /not a time zone/],
      [["--cron", "0 9 * * 1", "--kind", "improvement-plan", "--period", "2020-Q2", "--to", "slack:C1"], /not a period/],
    ];
    for (const [args, message] of bad) {
      const r = await cli("add", ...args);
      expect(r.code, args.join(" ")).not.toBe(0);
      expect(r.stderr, args.join(" ")).toMatch(message);
      expect(r.stderr.trim().split("\n").length, args.join(" ")).toBeLessThanOrEqual(2);
    }
    expect(await t.db.reportSchedule.count()).toBe(0);
    expect(await t.db.auditEvent.count({ where: { verb: { startsWith: "schedule" } } })).toBe(0);
  }, 180_000);

  it("adds, describes, lists, pauses, resumes and removes a schedule", async () => {
    const add = await cli("add", "--cron", "0 9 * 1,4,7,10 1#1", "--kind", "improvement-plan", "--committee", "herefordshire-cyp", "--to", "slack:C0CYP");
    expect(add.code).toBe(0);
    expect(add.stdout).toContain("At 09:00, on the first Monday of the month, only in January, April, July, and October (Europe/London)");
    expect(add.stdout).toContain("Next runs: 9.00am Monday 4 January 2021; 9.00am Monday 5 April 2021; 9.00am Monday 5 July 2021.");
    const id = add.stdout.trim().split("\n").pop()!;
    expect(id).toMatch(/^\d+$/);
    const list = await cli("list", "--json");
    expect(JSON.parse(list.stdout)[0]).toMatchObject({ id: Number(id), kind: "improvement-plan", committee: "herefordshire-cyp", period: "latest", enabled: true });
    expect((await cli("pause", id)).stdout).toContain("paused");
    expect((await cli("resume", id)).stdout).toContain("next 9.00am Monday 4 January 2021");
    expect((await cli("runs", id)).stdout).toContain("No runs yet.");
    expect((await cli("remove", id)).code).toBe(0);
    expect(await t.db.reportSchedule.count()).toBe(0);
    expect(await t.db.auditEvent.count({ where: { verb: { startsWith: "schedule." } } })).toBe(4);
  }, 180_000);
});
