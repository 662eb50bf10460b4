// The two sets of Herefordshire minutes: the full list of trackable actions, with owners and exact dates.
// The expected lists were checked by hand against the minutes (see the notes on judgement calls below).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractMinutes } from "../../core/import/minutes/extract.js";
import { toContractJson } from "../../core/import/minutes/types.js";
import { fixture } from "./helpers/paths.js";

const extract = (name: string) => toContractJson(extractMinutes(readFileSync(fixture(name), "utf8"), { committee: "herefordshire-cyp", knownMeetings: [] }));
const expected = (name: string) => JSON.parse(readFileSync(fixture(name), "utf8"));

describe("Herefordshire CYP scrutiny minutes, 16 March 2020", () => {
  const got = extract("herefordshire-cyp-minutes-2020-03-16.txt");

  it("finds the meeting, its items and no next meeting", () => {
    expect(got.meeting).toEqual({ committee: "herefordshire-cyp", date: "2020-03-16", time: "10:15", place: "The Council Chamber - The Shire Hall, St. Peter's Square, Hereford, HR1 2HX" });
    expect(got.items.map((i) => i.number)).toEqual(["40", "41", "42", "43", "44", "45", "46", "47"]);
    expect(got.items[5]).toEqual({ number: "45", title: "SCHOOL EXAMINATION PERFORMANCE 2019" });
    expect(got.nextMeeting).toBeNull();
  });

  it("proposes exactly the trackable actions", () => {
    // Judgement calls: the resolution that only "notes the report" is not an action; debate requests that the
    // resolution repeats are merged into it; the NEET briefing the ADED&S promised is its own action; the
    // Q&A appendices after "The meeting ended" are not minutes.
    expect(got.actions).toEqual(expected("herefordshire-cyp-minutes-2020-03-16.expected.json").actions);
    expect(got.actions.map((a) => [a.item, a.kind, a.owner])).toEqual([
      ["45", "request", null],
      ["46", "request", "Assistant director education development and skills"],
      ["46", "request", null],
      ["46", "request", null],
      ["46", "action", null],
      ["46", "action", null],
      ["47", "action", null],
      ["47", "request", null],
      ["47", "work-programme", null],
    ]);
  });
});

describe("Herefordshire CYP scrutiny minutes, 15 September 2020 (from the 1 December agenda pack)", () => {
  const got = extract("herefordshire-cyp-minutes-2020-09-15.txt");

  it("finds the meeting, its items and the next meeting", () => {
    expect(got.meeting).toEqual({ committee: "herefordshire-cyp", date: "2020-09-15", time: "13:00", place: "online meeting" });
    expect(got.items.map((i) => i.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(got.nextMeeting).toEqual({ date: "2020-12-01", time: "13:00" });
  });

  it("proposes exactly the trackable actions, with owners and exact due dates", () => {
    // Judgement calls: "retains a watching brief" and "notes the recommendation tracker" are not actions; the
    // update on the child exploitation recommendations is due at the next meeting (1 December 2020), which the
    // DCF undertook to bring; "a report would be forthcoming" is too vague to track.
    expect(got.actions).toEqual(expected("herefordshire-cyp-minutes-2020-09-15.expected.json").actions);
    expect(got.actions).toHaveLength(20);
    const byOwner = got.actions.filter((a) => a.owner).map((a) => [a.item, a.owner, a.due]);
    expect(byOwner).toEqual([
      ["6", "Director children and families", null],
      ["6", "Executive", null],
      ["7", "Statutory scrutiny officer", null],
      ["7", "Director children and families", "2020-12-01"],
      ["8", "Head of legal services", null],
      ["8", "Head of legal services", null],
      ["8", "Executive", null],
      ["8", "Council", null],
    ]);
    expect(got.actions.filter((a) => a.due).map((a) => a.due)).toEqual(["2020-12-01", "2020-12-01"]);
    expect(got.actions.filter((a) => a.item === "8" && a.kind === "recommendation")).toHaveLength(10);
  });
});
