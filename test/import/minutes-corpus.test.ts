// Precision and recall on minutes written in other councils' styles, against hand-made expectations
// (test/fixtures/import/minutes/*.expected.json). Every date the minutes state must come out exact.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreAll } from "./helpers/score.js";
import { fixtures } from "./helpers/paths.js";

describe("minutes from councils the extractor was not written for", () => {
  const r = scoreAll(join(fixtures, "minutes"));

  it("has at least six councils' styles", () => {
    expect(r.fixtures.length).toBeGreaterThanOrEqual(6);
  });

  it("reaches 0.9 precision and recall, with every stated date exact", () => {
    const rows = r.fixtures.map((f) => ({
      minutes: f.name, expected: f.expected.actions.length, found: f.matched.length + f.extra.length,
      missed: f.missed.map((m) => `${m.item}: ${m.match}`).join("; ") || "-",
      extra: f.extra.map((x) => `${x.item}: ${x.text.slice(0, 50)}`).join("; ") || "-",
    }));
    console.table(rows);
    const held = r.fixtures.filter((f) => (f.expected as { heldOut?: boolean }).heldOut);
    const tp = held.reduce((n, f) => n + f.matched.length, 0), fp = held.reduce((n, f) => n + f.extra.length, 0), fn = held.reduce((n, f) => n + f.missed.length, 0);
    console.log(`minutes first run unseen, then kept as a check (${held.length}): precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}  recall ${(tp / Math.max(1, tp + fn)).toFixed(3)}`);
    // What those that recorded it scored on first sight, before any rule was changed for them: the honest figure for unseen minutes.
    const first = r.fixtures.map((f) => (f.expected as { firstRun?: { matched: number; missed: number; extra: number } }).firstRun).filter((x) => x !== undefined);
    const [ftp, ffn, ffp] = ["matched", "missed", "extra"].map((k) => first.reduce((n, x) => n + x[k as "matched"], 0));
    console.log(`recorded first runs (${first.length}): precision ${(ftp! / Math.max(1, ftp! + ffp!)).toFixed(3)}  recall ${(ftp! / Math.max(1, ftp! + ffn!)).toFixed(3)}  (tp ${ftp}, fp ${ffp}, fn ${ffn})`);
    console.log(`all ${r.fixtures.length}: precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  owners exact ${r.ownerExact.toFixed(3)}  due exact ${r.dueExact.toFixed(3)}  kind agreement ${r.kindAgreement.toFixed(3)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.statedDatesExact).toBe(true);
    expect(r.ownerExact).toBeGreaterThanOrEqual(0.9);
  });

  it("reads each meeting's date, time and next meeting", () => {
    for (const f of r.fixtures) {
      expect({ name: f.name, date: f.proposal.meeting.date, time: f.proposal.meeting.time })
        .toEqual({ name: f.name, date: f.expected.meeting.date, time: f.expected.meeting.time });
      expect({ name: f.name, next: f.proposal.nextMeeting }).toEqual({ name: f.name, next: f.expected.nextMeeting });
    }
  });
});
