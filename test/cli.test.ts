// The command line per ../shared/CONTRACT.md, run as a real process against a real database.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freshDb, type TestDb } from "./helpers/db.js";

const run = promisify(execFile);
// Each case starts a real process; several per test add up on a busy 2-core machine.
vi.setConfig({ testTimeout: 180_000 });
let t: TestDb;
beforeAll(async () => { t = await freshDb(); });
afterAll(async () => { await t.close(); });

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "bin/scrutineer.ts", ...args], {
      env: { ...process.env, DATABASE_URL: t.url, SCRUTINEER_NOW: "" }, timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("scrutineer ask", () => {
  it('answers "due this week" as of a given day', async () => {
    const r = await cli("ask", "due this week", "--now", "2020-11-23");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Agenda despatch for the Tuesday 1 December 2020 meeting");
    expect(r.stdout).toContain("5.00pm Wednesday 25 November 2020");
    expect(r.stdout).toContain("To establish through the CE Strategic Group a public health led publicity campaign");
    expect(r.stderr).toBe("");
  });

  it("prints the neutral reply with --json", async () => {
    const r = await cli("ask", "actions overdue", "--now", "2020-11-23", "--json");
    const reply = JSON.parse(r.stdout);
    expect(reply.title).toBe("Overdue actions (8)");
    expect(reply.sections[0].items[0].action).toMatchObject({ id: expect.any(Number), canUpdate: true });
  });

  it("records progress as a named person and shows it in the action", async () => {
    const p = await cli("ask", "progress 2 Dates set for January to June", "--as", "Andy Gill", "--now", "2020-11-23");
    expect(p.code).toBe(0);
    const a = await cli("ask", "action 2", "--now", "2020-11-23");
    expect(a.stdout).toContain("Dates set for January to June");
  });

  it("fails bad input with one clear line and a non-zero exit, and no stack trace", async () => {
    const cases: [string[], RegExp][] = [
      [["ask", "due 31/02/2021", "--now", "2020-11-23"], /"31\/02\/2021" is not a real date/],
      [["ask", "frobnicate"], /I don't know "frobnicate"/],
      [["ask", "due", "--now", "2020-02-30"], /"2020-02-30" is not a date/],
      [["ask", "due", "--as", "Nobody Here"], /nobody called "Nobody Here"/],
      [["ask", "due", "--bogus"], /Unknown option '--bogus'/],
      [["nonsense"], /unknown command "nonsense"/],
      [["db", "explode"], /unknown db command "explode"/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(...args);
      expect(r.code, args.join(" ")).not.toBe(0);
      expect(r.stdout + r.stderr, args.join(" ")).toMatch(message);
      expect(r.stderr, args.join(" ")).not.toMatch(/\n\s+at /);
    }
  });

  it("refuses a bad configuration at start with a specific message", async () => {
    const r = await run(process.execPath, ["--import", "tsx", "bin/scrutineer.ts", "ask", "due"], {
      env: { ...process.env, DATABASE_URL: "mysql://nope" },
    }).catch((e) => e as { code: number; stderr: string });
    expect((r as { code: number }).code).toBe(1);
    expect((r as { stderr: string }).stderr).toMatch(/DATABASE_URL must be file:/);
  });
});

describe("scrutineer db setup", () => {
  it("is safe to run twice", async () => {
    const first = await cli("db", "setup");
    const second = await cli("db", "setup");
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("schema up to date");
    expect(second.stdout).toMatch(/herefordshire: 1 committee\(s\), \d+ people, 7 meetings/);
  });
});
