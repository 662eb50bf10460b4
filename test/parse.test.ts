import { describe, expect, it } from "vitest";
import { parseCommand } from "../core/commands/parse.js";

const today = "2020-11-23"; // a Monday
const p = (t: string) => parseCommand(t, today);

describe("the command language", () => {
  it("is tolerant of case, spacing and punctuation", () => {
    expect(p("  DUE   This Week ")).toEqual(p("due this week"));
    expect(p("Actions  OVERDUE")).toMatchObject({ kind: "actions", filter: "overdue" });
    expect(p("due this week?")).toMatchObject({ kind: "due", window: { from: "2020-11-23", to: "2020-11-29" } });
    expect(p("")).toEqual({ kind: "help" });
  });

  it("reads windows of days", () => {
    expect(p("due").kind === "due" && p("due")).toMatchObject({ window: { from: "2020-11-23", to: "2020-11-29" } });
    expect(p("due today")).toMatchObject({ window: { from: today, to: today } });
    expect(p("due next week")).toMatchObject({ window: { from: "2020-11-30", to: "2020-12-06" } });
    expect(p("due this month")).toMatchObject({ window: { from: "2020-11-01", to: "2020-11-30" } });
    expect(p("due by end of November")).toMatchObject({ window: { from: today, to: "2020-11-30" } });
    expect(p("due 1 dec to 14 dec")).toMatchObject({ window: { from: "2020-12-01", to: "2020-12-14" } });
    expect(p("due 01/12/2020")).toMatchObject({ window: { from: "2020-12-01", to: "2020-12-01" } });
  });

  it("reads natural single days the British way", () => {
    expect(p("agenda 1 December")).toEqual({ kind: "agenda", date: "2020-12-01" });
    expect(p("agenda 12/01/2021")).toEqual({ kind: "agenda", date: "2021-01-12" });
    expect(p("agenda 2021-03-23")).toEqual({ kind: "agenda", date: "2021-03-23" });
    expect(p("meetings next")).toEqual({ kind: "meetings", nextOnly: true });
  });

  it("refuses impossible dates with a specific message", () => {
    expect(() => p("due 31/02/2021")).toThrow(/"31\/02\/2021" is not a real date/);
    expect(() => p("agenda 30 February 2021")).toThrow(/not a real date/);
    expect(() => p("due whenever")).toThrow(/couldn't read "whenever"/);
    expect(() => p("due by 1 January 2020")).toThrow(/has passed/);
  });

  it("parses actions, progress and done", () => {
    expect(p("actions mine")).toMatchObject({ filter: "mine" });
    expect(p("my actions")).toMatchObject({ kind: "actions", filter: "mine" });
    expect(p("actions Andy Gill page 2")).toEqual({ kind: "actions", filter: { target: "Andy Gill" }, page: 2 });
    expect(p("action #12")).toEqual({ kind: "action", id: 12 });
    expect(p("progress 12 - Training booked for January")).toEqual({ kind: "progress", id: 12, text: "Training booked for January" });
    expect(p("done 12")).toEqual({ kind: "done", id: 12, text: "" });
    expect(p("complete 12 all delivered")).toEqual({ kind: "done", id: 12, text: "all delivered" });
    expect(() => p("progress 12")).toThrow(/Say what progress was made/);
    expect(() => p("done twelve")).toThrow(/needs an action number/);
  });

  it("parses plan and self-evaluation periods", () => {
    expect(p("plan status")).toEqual({ kind: "plan", period: undefined });
    expect(p("plan 2020-21-q1")).toEqual({ kind: "plan", period: "2020-21-Q1" });
    expect(p("self evaluation")).toEqual({ kind: "selfeval", period: undefined });
    expect(() => p("plan 2020-Q1")).toThrow(/not a period/);
  });

  it("answers unknown words with a suggestion, never a stack trace", () => {
    expect(() => p("metings")).toThrow(/Did you mean "meetings"\?/);
    expect(() => p("acitons overdue")).toThrow(/Did you mean "actions"\?/);
    expect(() => p("xyzzy")).toThrow(/I don't know "xyzzy". Try "help"/);
  });
});
