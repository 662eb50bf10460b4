// Importing minutes into the database: one transaction, linked to the meeting, provenance and kind
// kept, audited, idempotent; .docx and .pdf read the same as text; a dry run writes nothing.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db.js";
import { importMinutes } from "../../core/import/minutes/import.js";
import type { Tenant } from "../../core/context.js";
import { CLI_ACTOR, fixture } from "./helpers/paths.js";
import { makeDocx, makePdf } from "./helpers/docs.js";

let t: TestDb;
let tenant: Tenant;
const dir = mkdtempSync(join(tmpdir(), "scrutineer-minutes-"));
const counts = async () => ({
  actions: await t.db.action.count(), meetings: await t.db.meeting.count(), audit: await t.db.auditEvent.count(), owners: await t.db.actionOwner.count(),
});

beforeAll(async () => { t = await freshDb(); tenant = await t.tenant(); });
afterAll(async () => { await t.close(); });

describe("import minutes", () => {
  it("writes nothing on a dry run", async () => {
    const before = await counts();
    const r = await importMinutes(t.deps(), tenant, CLI_ACTOR, { path: fixture("herefordshire-cyp-minutes-2020-09-15.txt"), committee: "herefordshire-cyp", dryRun: true });
    expect(r.written).toBeNull();
    expect(r.proposal.actions).toHaveLength(20);
    expect(await counts()).toEqual(before);
  });

  it("writes the actions linked to the existing meeting, with provenance, kind, due dates and audit events", async () => {
    const before = await counts();
    const r = await importMinutes(t.deps(), tenant, CLI_ACTOR, { path: fixture("herefordshire-cyp-minutes-2020-09-15.txt"), committee: "herefordshire-cyp" });
    const meeting = await t.db.meeting.findFirstOrThrow({ where: { key: "cyp-2020-09-15" } });
    expect(r.written).toMatchObject({ meetingId: meeting.id, created: 20, updated: 0, unchanged: 0 });
    const rows = await t.db.action.findMany({ where: { meetingId: meeting.id, sourceKey: { startsWith: "minutes:" } }, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(20);
    expect(rows.every((a) => a.provenance && a.kind && a.status === "open" && a.committeeId === meeting.committeeId)).toBe(true);
    const update = rows.find((a) => a.text.startsWith("It was noted that the deadlines"))!;
    expect(update).toMatchObject({ kind: "request", ownerText: "Director children and families", dueDate: "2020-12-01", duePrecision: "day", dueText: "the next meeting" });
    expect(update.provenance).toContain("The DCF explained that an update would be sought");
    const after = await counts();
    expect(after.actions - before.actions).toBe(20);
    expect(after.meetings).toBe(before.meetings); // both 15 September and 1 December were already known
    const audit = await t.db.auditEvent.findMany({ where: { verb: "import.minutes" } });
    expect(audit).toHaveLength(20);
    expect(audit[0]).toMatchObject({ actorText: "cli", channel: "cli", entityType: "action" });
  });

  it("re-importing the same minutes creates no duplicates and changes nothing", async () => {
    const before = await counts();
    const r = await importMinutes(t.deps(), tenant, CLI_ACTOR, { path: fixture("herefordshire-cyp-minutes-2020-09-15.txt"), committee: "herefordshire-cyp" });
    expect(r.written).toMatchObject({ created: 0, updated: 0, unchanged: 20 });
    expect(await counts()).toEqual(before);
  });

  it("creates the meeting when it is new, and the next meeting it names", async () => {
    const file = join(dir, "new-meeting.docx");
    writeFileSync(file, await makeDocx([
      "Minutes of the meeting of the Children and young people scrutiny committee held at Shire Hall on Tuesday 12 January 2021 at 2.00 pm",
      "12. SCHOOL PLACES", "Members requested a breakdown of surplus places by school. The Head of Learning and Achievement agreed to provide it for the March meeting.",
      "13. DATE OF NEXT MEETING", "The next meeting will be held on Tuesday 9 February 2021 at 2.00 pm.",
    ]));
    const before = await counts();
    const r = await importMinutes(t.deps(), tenant, CLI_ACTOR, { path: file });
    // "the March meeting" is the committee's known meeting of 23 March 2021.
    expect(r.proposal.actions).toEqual([expect.objectContaining({ item: "12", owner: "Head of Learning and Achievement", due: "2021-03-23", kind: "request" })]);
    const after = await counts();
    expect(after.meetings - before.meetings).toBe(1); // 12 January was known; 9 February is new
    const next = await t.db.meeting.findFirstOrThrow({ where: { date: "2021-02-09" } });
    expect(next).toMatchObject({ status: "scheduled", time: "14:00" });
    // The owner's role title is a person we know.
    const action = await t.db.action.findFirstOrThrow({ where: { id: r.written!.actionIds[0] }, include: { owners: { include: { person: true } } } });
    expect(action.owners.map((o) => o.person.name)).toEqual(["Alison Naylor"]);
  });

  it("reads the text layer of a PDF", async () => {
    const file = join(dir, "minutes.pdf");
    writeFileSync(file, makePdf([
      "Minutes of the meeting held on Monday 2 November 2020 at 6.00 pm",
      "5. HOUSING REPAIRS",
      "RESOLVED: That the Director of Housing circulate the repairs backlog by ward by 30 November 2020.",
    ]));
    const r = await importMinutes(t.deps(), tenant, CLI_ACTOR, { path: file, dryRun: true });
    expect(r.proposal.meeting).toMatchObject({ date: "2020-11-02", time: "18:00" });
    expect(r.proposal.actions).toEqual([expect.objectContaining({ item: "5", owner: "Director of Housing", due: "2020-11-30", kind: "request" })]);
  });

  it("rejects an unknown committee with one clear line and writes nothing", async () => {
    const before = await counts();
    await expect(importMinutes(t.deps(), tenant, CLI_ACTOR, { path: fixture("herefordshire-cyp-minutes-2020-03-16.txt"), committee: "nonesuch" }))
      .rejects.toThrow(/No committee called "nonesuch"/);
    expect(await counts()).toEqual(before);
  });
});
