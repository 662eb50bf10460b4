// report render through the command line, as outside checks drive it (CONTRACT.md).
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db.js";
import { pdfInfo } from "./poppler.js";

const run = promisify(execFile);
let t: TestDb;
let out: string;

beforeAll(async () => {
  t = await freshDb();
  out = mkdtempSync(join(tmpdir(), "scrutineer-cli-"));
});
afterAll(async () => { await t?.close(); });

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "bin/scrutineer.ts", "report", ...args], {
      env: { ...process.env, DATABASE_URL: t.url, SCRUTINEER_NOW: "2020-11-23", LOG_LEVEL: "silent" },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("report render", () => {
  it("writes the PDF and its HTML copy, and says what it made", async () => {
    const pdf = join(out, "actions.pdf");
    const r = await cli("render", "--kind", "actions", "--committee", "herefordshire-cyp", "--out", pdf);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Wrote ${pdf} \\(\\d+ pages, \\d+ KB, [\\d.]+ s\\) and ${join(out, "actions.html")}: Action tracker digest: Children and young people scrutiny committee, Monday 23 November 2020\\n$`));
    expect(pdfInfo(pdf).Tagged).toBe("yes");
    expect(readFileSync(join(out, "actions.html"), "utf8")).toMatch(/^<!DOCTYPE html>/);
  }, 60_000);

  it("refuses bad input with one clear line on stderr, and writes nothing", async () => {
    const cases: [string[], RegExp][] = [
      [["render", "--kind", "budget", "--out", "x.pdf"], /^scrutineer: unknown report kind "budget": use improvement-plan, self-evaluation, actions, meetings\n$/],
      [["render", "--kind", "improvement-plan", "--period", "2020-Q2", "--out", "x.pdf"], /^scrutineer: "2020-Q2" is not a period: write e\.g\. 2020-21-Q2 \(quarter 2 of 2020\/21\)\n$/],
      [["render", "--kind", "improvement-plan", "--period", "2021-22-Q1", "--out", "x.pdf"], /^scrutineer: There is no improvement plan for 2021-22 \(period 2021-22-Q1\)\. Plans loaded: 2020-21\.\n$/],
      [["render", "--kind", "actions", "--committee", "planning", "--out", "x.pdf"], /^scrutineer: no committee "planning" in Herefordshire Council; committees: herefordshire-cyp\n$/],
      [["render", "--kind", "actions", "--out", "x.html"], /^scrutineer: --out must name a \.pdf file/],
      [["render", "--kind", "actions"], /^scrutineer: missing --out\n/],
    ];
    const results = await Promise.all(cases.map(([args]) => cli(...args)));
    results.forEach((r, i) => {
      const [args, message] = cases[i]!;
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr, args.join(" ")).toMatch(message);
      expect(r.stdout, args.join(" ")).toBe("");
    });
    expect(existsSync("x.pdf")).toBe(false);
  }, 60_000);
});
