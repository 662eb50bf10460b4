// Hostile and broken input fails cleanly: a UserError with one line, in bounded time and memory,
// and nothing written. Random bytes, huge lines, deep and entity-laden XML, zip bombs, a 50 MB file.
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db.js";
import { UserError } from "../../core/errors.js";
import { importMinutes } from "../../core/import/minutes/import.js";
import { importTracker } from "../../core/import/tracker/import.js";
import { importMeetings } from "../../core/import/meetings/import.js";
import { importPlan } from "../../core/import/plan/import.js";
import { extractMinutes } from "../../core/import/minutes/extract.js";
import type { Tenant } from "../../core/context.js";
import { CLI_ACTOR, fixture } from "./helpers/paths.js";

let t: TestDb;
let tenant: Tenant;
const dir = mkdtempSync(join(tmpdir(), "scrutineer-fuzz-"));
const counts = async () => [await t.db.action.count(), await t.db.meeting.count(), await t.db.committee.count(), await t.db.improvementPlan.count(), await t.db.auditEvent.count()];

/** A deterministic stream of bytes, so a failure can be reproduced. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}
function randomBytes(n: number, seed: number): Buffer {
  const r = prng(seed);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(r() * 256);
  return b;
}

const importers = {
  minutes: (path: string) => importMinutes(t.deps(), tenant, CLI_ACTOR, { path, committee: "herefordshire-cyp" }),
  tracker: (path: string) => importTracker(t.deps(), tenant, CLI_ACTOR, { path, committee: "herefordshire-cyp" }),
  meetings: (path: string) => importMeetings(t.deps(), tenant, CLI_ACTOR, { path, committee: "herefordshire-cyp" }),
  plan: (path: string) => importPlan(t.deps(), tenant, CLI_ACTOR, { path, committee: "herefordshire-cyp" }),
};

async function expectCleanFailure(run: () => Promise<unknown>, pattern?: RegExp) {
  const started = performance.now();
  const error = await run().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message.split("\n")).toHaveLength(1);
  if (pattern) expect((error as Error).message).toMatch(pattern);
  expect(performance.now() - started).toBeLessThan(30_000);
}

beforeAll(async () => { t = await freshDb(); tenant = await t.tenant(); });
afterAll(async () => { await t.close(); });

describe("random bytes", () => {
  const cases: [keyof typeof importers, string][] = [
    ["minutes", "txt"], ["minutes", "docx"], ["minutes", "pdf"], ["minutes", "html"],
    ["tracker", "csv"], ["tracker", "xlsx"], ["meetings", "xml"], ["meetings", "ics"], ["plan", "xlsx"],
  ];
  it.each(cases)("%s from a .%s of random bytes fails with one clear line and writes nothing", async (kind, ext) => {
    const before = await counts();
    for (const seed of [1]) {
      const path = join(dir, `random-${seed}.${ext}`);
      writeFileSync(path, randomBytes(32 * 1024, seed));
      await expectCleanFailure(() => importers[kind](path));
    }
    expect(await counts()).toEqual(before);
  }, 120_000);

  it("a PDF header on garbage is refused cleanly", async () => {
    const path = join(dir, "broken.pdf");
    writeFileSync(path, Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(4096, 9)]));
    await expectCleanFailure(() => importers.minutes(path), /PDF/);
  });
});

describe("size and shape limits", () => {
  it("refuses a 50 MB file before reading it", async () => {
    const path = join(dir, "huge.txt");
    const fd = openSync(path, "w");
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const rss = process.memoryUsage().rss;
    await expectCleanFailure(() => importers.minutes(path), /is 50\.0 MB; the import limit is 20\.0 MB/);
    expect(process.memoryUsage().rss - rss).toBeLessThan(50 * 1024 * 1024);
  });

  it("copes with huge lines in bounded time and memory", () => {
    const head = "Minutes of the meeting held on Monday 2 November 2020 at 6.00 pm\n\n1. BUDGET\n\n";
    const heap = process.memoryUsage().heapUsed;
    for (const body of ["It was requested that the report be circulated to members by 30 November 2020 and ".repeat(25_000), "• the Director to circulate the figures\n".repeat(50_000), "RESOLVED: That\n".repeat(120_000)]) {
      const started = performance.now();
      const p = extractMinutes(head + body, { committee: "c" });
      expect(p.meeting.date).toBe("2020-11-02");
      // About a second each on an idle machine; the bound is generous for a busy one.
      expect(performance.now() - started).toBeLessThan(30_000);
    }
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(400 * 1024 * 1024);
    expect(() => extractMinutes(head + "x".repeat(6_000_000), { committee: "c" })).toThrow(UserError);
  }, 120_000);

  it("refuses deeply nested XML without recursing into it", async () => {
    const path = join(dir, "deep.xml");
    writeFileSync(path, `<?xml version="1.0"?>${"<a>".repeat(200_000)}x${"</a>".repeat(200_000)}`);
    await expectCleanFailure(() => importers.meetings(path), /nests elements \d+ deep; the limit is 64/);
  });

  it("refuses XML entity expansion", async () => {
    const path = join(dir, "laughs.xml");
    writeFileSync(path, `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><committees><committee><committeeid>&lol2;</committeeid></committee></committees>`);
    await expectCleanFailure(() => importers.meetings(path), /DOCTYPE/);
  });

  it("refuses malformed XML and XML that is not ModernGov", async () => {
    writeFileSync(join(dir, "broken.xml"), "<committees><committee><committeeid>1</committee>");
    await expectCleanFailure(() => importers.meetings(join(dir, "broken.xml")), /not well-formed XML/);
    writeFileSync(join(dir, "other.xml"), "<rss><channel/></rss>");
    await expectCleanFailure(() => importers.meetings(join(dir, "other.xml")), /not a ModernGov/);
    writeFileSync(join(dir, "baddate.xml"), readFileSync(fixture("moderngov-meetings.xml"), "utf8").replace("13/01/2026", "31/02/2026"));
    await expectCleanFailure(() => importers.meetings(join(dir, "baddate.xml")), /"31\/02\/2026", which is not a real dd\/mm\/yyyy date/);
  });

  it("refuses a calendar series that repeats every minute, and bounds an open-ended one", async () => {
    const series = readFileSync(fixture("committee-series.ics"), "utf8");
    writeFileSync(join(dir, "minutely.ics"), series.replace("RRULE:FREQ=WEEKLY;INTERVAL=6;BYDAY=TU;COUNT=6", "RRULE:FREQ=MINUTELY"));
    await expectCleanFailure(() => importers.meetings(join(dir, "minutely.ics")), /repeats more often than daily \(FREQ=MINUTELY\)/);
    writeFileSync(join(dir, "forever.ics"), series.replace("RRULE:FREQ=WEEKLY;INTERVAL=6;BYDAY=TU;COUNT=6", "RRULE:FREQ=DAILY"));
    const { parseIcal } = await import("../../core/import/meetings/ical.js");
    const daily = parseIcal(readFileSync(join(dir, "forever.ics"), "utf8"), "forever.ics", "Europe/London").meetings;
    // Two years ahead of the first meeting, less the excluded day.
    expect(daily.length).toBeGreaterThan(700);
    expect(daily.length).toBeLessThan(740);
    expect(daily.at(-1)!.date < "2023-09-10").toBe(true);
  });

  it("refuses a zip that would inflate far beyond any real document", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const buffer = await zip.generateAsync({ type: "nodebuffer" });
    // Claim 3 GB uncompressed in the central directory, as a zip bomb's entries would.
    const cd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buffer.writeUInt32LE(0xc0000000, cd + 24);
    for (const [kind, ext] of [["minutes", "docx"], ["tracker", "xlsx"]] as const) {
      const path = join(dir, `bomb.${ext}`);
      writeFileSync(path, buffer);
      await expectCleanFailure(() => importers[kind](path), /would expand to more than/);
    }
  });
});

describe("mutated minutes", () => {
  it("never throws anything but a UserError, whatever is done to real minutes", () => {
    const original = readFileSync(fixture("herefordshire-cyp-minutes-2020-09-15.txt"), "utf8").split("\n");
    const r = prng(42);
    const junk = ["RESOLVED:", "•", "(a)", "ACTION:", "\t\t", "1.", "That the committee:", "by 31/02/2021", "((((", "&amp;lt;", "\u0000", "Item 7"];
    for (let round = 0; round < 60; round++) {
      const lines = [...original];
      for (let k = 0; k < 20; k++) {
        const i = Math.floor(r() * lines.length);
        const op = r();
        if (op < 0.3) lines.splice(i, 1);
        else if (op < 0.6) lines.splice(i, 0, junk[Math.floor(r() * junk.length)]!);
        else if (op < 0.8) lines[i] = (lines[i] ?? "").slice(0, Math.floor(r() * 80));
        else lines.splice(i, 0, lines[Math.floor(r() * lines.length)] ?? "");
      }
      try {
        extractMinutes(lines.join("\n"), { committee: "c" });
      } catch (e) {
        expect(e).toBeInstanceOf(UserError);
      }
    }
  }, 120_000);
});
