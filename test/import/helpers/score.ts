// Precision and recall of the minutes extractor against hand-made expectations.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extractMinutes } from "../../../core/import/minutes/extract.js";
import type { MinutesProposal, ProposedAction } from "../../../core/import/minutes/types.js";

export interface ExpectedAction { item: string; match: string; owner: string | null; due: string | null; kind: string }
export interface Expected {
  style: string;
  knownMeetings: string[];
  meeting: { date: string; time: string | null };
  nextMeeting: { date: string; time: string | null } | null;
  actions: ExpectedAction[];
}

export interface FixtureScore {
  name: string;
  proposal: MinutesProposal;
  expected: Expected;
  matched: { expected: ExpectedAction; actual: ProposedAction }[];
  missed: ExpectedAction[];
  extra: ProposedAction[];
}

// Curly and straight quotes alike: the extractor prints the straight ones whatever the minutes used.
const norm = (s: string) => s.toLowerCase().replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"').replace(/\s+/g, " ");

// The extractor keeps a decision without its leading "That" or "AGREED that" ("That Cabinet be recommended …" is
// the entry "Cabinet be recommended …"), nor the committee deciding ("The Committee AGREED that the Chairman would
// write …" is "The Chairman would write …", "Members AGREED that future reports should include …" is "Future reports
// should include …", "the Panel receive a further update …" is "Receive a further update …", "RECOMMENDED that Cabinet
// consider …" is "Cabinet consider …", "It was AGREED that the Chair would write …" is "The Chair would write …", "The
// Scrutiny Committee AGREED that an item …" is "An item …", "It was further RESOLVED that three quotations …" is "Three
// quotations …"), so a key quoting them still names the same entry.
const matchWords = (match: string) =>
  norm(match).replace(/^(?:that )?(?:it was )?(?:(?:the )?(?:scrutiny |select )?(?:committee|panel|board|sub-committee|commission) |members (?=agreed|resolved|decided))?(?:(?:further )?(?:agreed|resolved|decided|recommended) )?(?:that )?/, "");

export function scoreFixture(dir: string, name: string): FixtureScore {
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as Expected;
  const proposal = extractMinutes(readFileSync(join(dir, `${name}.txt`), "utf8"), {
    committee: "test-committee",
    knownMeetings: expected.knownMeetings.map((date) => ({ date, time: null })),
  });
  const remaining = [...proposal.actions];
  const matched: FixtureScore["matched"] = [];
  const missed: ExpectedAction[] = [];
  for (const e of expected.actions) {
    const i = remaining.findIndex((a) => a.item === e.item && norm(a.text).includes(matchWords(e.match)));
    if (i < 0) missed.push(e);
    else matched.push({ expected: e, actual: remaining.splice(i, 1)[0]! });
  }
  return { name, proposal, expected, matched, missed, extra: remaining };
}

export function scoreAll(dir: string) {
  const names = readdirSync(dir).filter((f) => f.endsWith(".expected.json")).map((f) => f.replace(/\.expected\.json$/, "")).sort();
  const fixtures = names.map((n) => scoreFixture(dir, n));
  const tp = fixtures.reduce((n, f) => n + f.matched.length, 0);
  const fp = fixtures.reduce((n, f) => n + f.extra.length, 0);
  const fn = fixtures.reduce((n, f) => n + f.missed.length, 0);
  const pairs = fixtures.flatMap((f) => f.matched);
  return {
    fixtures,
    precision: tp / Math.max(1, tp + fp),
    recall: tp / Math.max(1, tp + fn),
    ownerExact: pairs.filter((p) => p.actual.owner === p.expected.owner).length / Math.max(1, pairs.length),
    dueExact: pairs.filter((p) => p.actual.due === p.expected.due).length / Math.max(1, pairs.length),
    statedDatesExact: pairs.filter((p) => p.expected.due !== null).every((p) => p.actual.due === p.expected.due),
    kindAgreement: pairs.filter((p) => p.actual.kind === p.expected.kind).length / Math.max(1, pairs.length),
    tp, fp, fn,
  };
}
