// Counts transcribed from the public documents, checked against what the documents contain.
// Each expected number was counted in the source document (see the comments), not read back from our files.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./helpers/db.js";

let t: TestDb;
beforeAll(async () => { t = await freshDb(); });
afterAll(async () => { await t.close(); });

describe("the 2020/21 Safeguarding and Family Support improvement plan (agenda item 8, appendix A)", () => {
  it("has the 8 priorities, with the objectives and measures each table holds", async () => {
    const priorities = await t.db.priority.findMany({
      orderBy: { number: "asc" },
      include: { objectives: { include: { _count: { select: { measures: true } } } } },
    });
    expect(priorities.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Objectives per priority: one per objective row; priority 5 prints 14 objectives in 11 tables.
    expect(priorities.map((p) => p.objectives.length)).toEqual([9, 5, 7, 7, 14, 1, 5, 7]);
    // Measures: one per "How will we know" statement with its own figures.
    expect(priorities.map((p) => p.objectives.reduce((n, o) => n + o._count.measures, 0))).toEqual([16, 13, 9, 9, 34, 1, 7, 7]);
    expect(priorities[0]!.title).toBe("Getting it right for children and families first time");
  });

  it("keeps the executive summary: 6 going well, 5 worries, 5 Q2 actions with status, 5 Q3 actions with leads", async () => {
    const rows = await t.db.planSummaryItem.groupBy({ by: ["section"], _count: true });
    expect(Object.fromEntries(rows.map((r) => [r.section, r._count]))).toEqual({ "going-well": 6, "worried-about": 5, delivered: 5, "next-quarter": 5 });
    const q3 = await t.db.planSummaryItem.findMany({ where: { section: "next-quarter" }, orderBy: { position: "asc" } });
    expect(q3[0]!.lead).toMatch(/^Louise Bath/);
  });

  it("holds the visit measures and MASH figures as published", async () => {
    const values = async (text: string) => {
      const m = await t.db.measure.findFirstOrThrow({ where: { text: { contains: text } }, include: { values: { where: { kind: "value", period: { not: null } }, orderBy: { position: "asc" } } } });
      return [m.target, ...m.values.map((v) => v.value)];
    };
    expect(await values("Looked after child (LAC) visits")).toEqual([95, 94, 92]);
    expect(await values("Child in need (CIN) visits")).toEqual([95, 88, 90]);
    expect(await values("Child protection (CP) visits")).toEqual([95, 94, 91]);
    expect(await values("contacts dealt within 24 hours")).toEqual([95, 68.1, 79.5]);
  });
});

describe("recommendations and actions", () => {
  it("has every child-exploitation task-and-finish recommendation with its actions (appendix b)", async () => {
    // The issue spoke of 8; the appendix prints 10, and we record what it prints.
    const recs = await t.db.recommendation.findMany({
      where: { group: { key: "child-exploitation-tfg" } }, include: { _count: { select: { actions: true } } }, orderBy: { id: "asc" },
    });
    expect(recs.map((r) => r.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(recs.map((r) => r._count.actions)).toEqual([3, 2, 1, 1, 3, 1, 1, 1, 1, 2]);
    expect(recs.map((r) => r.response)).toEqual(["agreed", "agreed", "agreed", "agreed", "part-agreed", "part-agreed", null, "agreed", "agreed", "part-agreed"]);
  });

  it("has the 17 recommendations of the 2013 task-and-finish report", async () => {
    expect(await t.db.recommendation.count({ where: { group: { key: "safeguarding-tfg-2013" } } })).toBe(17);
  });

  it("has the 11 peer-on-peer abuse recommendations and the resolutions of the March and September 2020 minutes", async () => {
    expect(await t.db.recommendation.count({ where: { group: { key: "peer-on-peer-abuse-review" } } })).toBe(11);
    expect(await t.db.recommendation.count({ where: { key: { startsWith: "min-2020-03-16-" } } })).toBe(8);
    expect(await t.db.recommendation.count({ where: { key: { startsWith: "min-2020-09-15-" } } })).toBe(20); // minutes 3: 1, 5: 2, 6: 2, 7: 4, 8: 11
  });

  it("has the recommendation tracker appendix: 18 rows from 15 July 2019 to 15 September 2020", async () => {
    const rows = await t.db.recommendation.findMany({ where: { key: { startsWith: "trk-" } }, select: { meetingDate: true, itemTitle: true } });
    expect(new Set(rows.map((r) => `${r.meetingDate} ${r.itemTitle}`)).size).toBe(18);
    expect(rows.length).toBe(59);
  });
});

describe("committee, work programme and self-assessment", () => {
  it("has the December 2020 membership: chair, vice-chair, 5 members, 2 co-optees", async () => {
    const m = await t.db.membership.groupBy({ by: ["role"], _count: true });
    expect(Object.fromEntries(m.map((r) => [r.role, r._count]))).toEqual({ chairperson: 1, "vice-chairperson": 1, member: 5, "co-optee": 2 });
  });

  it("has every 2020/21 meeting with its items, despatch dates and the 1 December question deadline", async () => {
    const meetings = await t.db.meeting.findMany({ orderBy: { date: "asc" }, include: { _count: { select: { items: true } } } });
    expect(meetings.map((m) => [m.date, m.despatchDate, m._count.items])).toEqual([
      ["2020-03-16", null, 0],
      ["2020-06-02", "2020-05-22", 2],
      ["2020-07-28", "2020-07-20", 3],
      ["2020-09-15", "2020-09-07", 3],
      ["2020-12-01", "2020-11-23", 3],
      ["2021-01-12", "2021-01-04", 3],
      ["2021-03-23", "2021-03-15", 4],
    ]);
    const dec = meetings.find((m) => m.date === "2020-12-01")!;
    expect(dec.questionDeadline?.toISOString()).toBe("2020-11-25T17:00:00.000Z"); // 5.00pm GMT
    expect(await t.db.workItem.count({ where: { meetingId: null } })).toBe(14); // business to allocate
  });

  it("has the 8 service sections of the Q2 self-assessment, with scores only where printed as text", async () => {
    const s = await t.db.serviceAssessment.findMany({ orderBy: { position: "asc" } });
    expect(s.length).toBe(8);
    expect(s.filter((x) => x.score !== null).map((x) => [x.name, x.score])).toEqual([["Looked After Children Service", 7], ["Care Leavers Service", 6]]);
  });
});
