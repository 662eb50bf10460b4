// The command language on the demo data, through the same handler Slack, Teams and the CLI use.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./helpers/db.js";
import { handleText } from "../core/commands/handle.js";
import { consoleContext } from "../core/commands/context.js";
import { replyToText } from "../core/reply-text.js";
import type { Reply } from "../core/reply.js";

let t: TestDb;
beforeAll(async () => { t = await freshDb(); });
afterAll(async () => { await t.close(); });

async function ask(text: string, opts: { as?: string; now?: string; admins?: string[] } = {}): Promise<Reply> {
  const deps = t.deps(opts.now ?? "2020-11-23");
  const tenant = await t.tenant();
  return handleText(deps, await consoleContext(deps, tenant, opts.as, opts.admins ?? []), text);
}

const section = (r: Reply, heading: RegExp) => r.sections.find((s) => s.heading && heading.test(s.heading));

describe('"due this week" on Monday 23 November 2020', () => {
  it("names the agenda despatch and the public-question deadline for the 1 December meeting", async () => {
    const r = await ask("due this week");
    const deadlines = section(r, /^Deadlines$/)!;
    const text = replyToText({ title: "", sections: [deadlines] });
    expect(text).toContain("Agenda despatch for the Tuesday 1 December 2020 meeting");
    expect(text).toContain("Despatch: Monday 23 November 2020 (today)");
    expect(text).toContain("Public questions deadline for the Tuesday 1 December 2020 meeting");
    expect(text).toContain("5.00pm Wednesday 25 November 2020");
  });

  it("lists the overdue child-exploitation actions, each with owner and original due date", async () => {
    const r = await ask("due this week");
    const overdue = section(r, /^Overdue actions/)!;
    const byText = (start: string) => overdue.items!.find((i) => i.title.includes(start));
    const expected: [string, RegExp, string][] = [
      ["public health led publicity campaign", /^Andy Gill/, "Saturday 31 October 2020"],
      ["contextual safeguarding training", /^Andy Gill/, "September 2020"],
      ["Children and families to request all interventions", /^Ceri Morgan/, "Wednesday 30 September 2020"],
      ["The Early help strategic group", /^Nicola Turvey/, "Wednesday 30 September 2020"],
      ["arrange presentation at DSL event", /^Salwa Farid/, "Wednesday 30 September 2020"],
      ["arrange date and time for briefing", /^Salwa Farid/, "Friday 30 October 2020"],
      ["See actions under Recommendation 1 and 4", /^Andy Gill/, "Friday 30 October 2020"],
      ["Pathway to be developed by Child Exploitation team", /^Salwa Farid/, "October 2020"],
    ];
    expect(overdue.heading).toBe("Overdue actions (8)");
    for (const [start, ownerRe, due] of expected) {
      const item = byText(start);
      expect(item, start).toBeDefined();
      const f = Object.fromEntries(item!.fields!.map((x) => [x.label, x.value]));
      expect(f.Owner).toMatch(ownerRe);
      expect(f["Was due"]).toBe(`${due} (overdue)`);
    }
  });

  it("does not count actions due later, or complete ones, as overdue", async () => {
    const text = replyToText(await ask("due this week"));
    expect(text).not.toMatch(/#\d+ .*Parish councillors/);
    expect(text).not.toContain("contextualised safeguarding event"); // December 2020, not yet due
  });
});

describe('"meetings" from 23 November 2020', () => {
  it("lists 1 December with its three items and authors, then 12 January and 23 March with theirs", async () => {
    const r = await ask("meetings");
    const items = r.sections.flatMap((s) => s.items ?? []);
    expect(items.map((i) => i.title)).toEqual([
      "Tuesday 1 December 2020, 1.00pm: Children and young people scrutiny committee",
      "Tuesday 12 January 2021, 1.00pm: Children and young people scrutiny committee",
      "Tuesday 23 March 2021, 1.00pm: Children and young people scrutiny committee",
    ]);
    expect(items[0]!.text).toBe([
      "Agenda items:",
      "1. Update on reducing the number of looked after children (LAC) (report author: Liz Elgar)",
      "2. Review of performance and progress against the Safeguarding and Family Support improvement plan (report author: Andy Gill)",
      "3. Child Exploitation Task and Finish Group (report author: Action owners)",
    ].join("\n"));
    expect(items[1]!.text).toContain("Budget and Medium Term Financial Strategy (MTFS) (report author: Andrew Lovegrove, Josie Rushgrove)");
    expect(items[1]!.text).toContain("Paediatric therapies – task and finish group (report author: Matthew Evans)");
    expect(items[2]!.text).toContain("School Examination Performance (report author: Alison Naylor)");
    expect(items[0]!.link?.url).toBe("https://youtu.be/PyppH1kB8yg");
  });

  it("shows a past day's meetings as of that day", async () => {
    const r = await ask("meetings next", { now: "2020-09-01" });
    expect(r.sections[0]!.items![0]!.title).toMatch(/^Tuesday 15 September 2020/);
  });
});

describe('"actions overdue"', () => {
  it("includes the public-health-led publicity campaign, owned by Andy Gill, due 31 October 2020", async () => {
    const r = await ask("actions overdue");
    const campaign = r.sections[0]!.items!.find((i) => i.title.includes("public health led publicity campaign"))!;
    const f = Object.fromEntries(campaign.fields!.map((x) => [x.label, x.value]));
    expect(f.Owner).toBe("Andy Gill - Assistant Director Children's Safeguarding Quality and Improvement");
    expect(f["Was due"]).toBe("Saturday 31 October 2020 (overdue)");
    expect(campaign.action).toMatchObject({ canUpdate: true }); // the console operator is an admin
  });

  it("grows as the clock moves on, and shrinks to nothing before any due date", async () => {
    const later = await ask("actions overdue", { now: "2021-02-01" });
    expect(later.title).toMatch(/^Overdue actions \((\d+)\)$/);
    expect(Number(/\((\d+)\)/.exec(later.title)![1])).toBeGreaterThan(8);
    const early = await ask("actions overdue", { now: "2020-06-01" });
    expect(early.title).toBe("Overdue actions (0)");
  });
});

describe('"plan status"', () => {
  it("summarises the 2020/21 plan at Q2 with measures below target and direction of travel", async () => {
    const r = await ask("plan status");
    expect(r.title).toBe("Safeguarding and Family Support Improvement Plan 2020-2021: status at the end of quarter two of 2020/21");
    const below = section(r, /^Below target/)!;
    const lac = below.items!.find((i) => i.title.startsWith("P1: Looked after child (LAC) visits"))!;
    expect(lac.fields).toEqual([
      { label: "Value", value: "92% against target 95%; Q1 2020/21: 94%" },
      { label: "Status", value: "Green (computed); Declining" },
    ]);
    const mash = below.items!.find((i) => i.title.includes("24 hours of receipt into MASH"))!;
    expect(mash.fields![0]!.value).toBe("79.5% YTD against target 95%; Q1 2020/21: 68.1% YTD");
    expect(mash.fields![1]!.value).toBe("Red (computed); Improving");
    expect(r.footer).toMatch(/within 5% of target is Green, within 10% is Amber/);
  });

  it("can be asked for the previous quarter", async () => {
    const r = await ask("plan 2020-21-Q1");
    expect(r.title).toMatch(/quarter one of 2020\/21$/);
    const lac = section(r, /^Below target/)!.items!.find((i) => i.title.startsWith("P1: Looked after child (LAC) visits"))!;
    expect(lac.fields![0]!.value).toBe("94% against target 95%"); // no Q4 2019/20 value was published
  });
});

describe('"selfeval"', () => {
  it("lists every service area, and says 'not stated' where the published score was an image", async () => {
    const r = await ask("selfeval");
    expect(r.sections.map((s) => s.heading)).toEqual([
      "Early Help", "MASH and Assessment Service", "Safeguarding and Review", "Child Protection & Court Service",
      "Looked After Children Service", "Care Leavers Service", "CWD Service", "Children and Families Performance team",
    ]);
    const score = (name: string) => r.sections.find((s) => s.heading === name)!.fields!.find((f) => f.label === "Score")!.value;
    expect(score("Early Help")).toBe("not stated");
    expect(score("Looked After Children Service")).toBe("7 out of 10");
    expect(score("Care Leavers Service")).toBe("6 out of 10");
  });
});

describe("progress and done from the console", () => {
  it("write a progress row and an audit event, both visible in 'action <id>'", async () => {
    const beforeRows = await t.db.progressUpdate.count({ where: { actionId: 1 } });
    const beforeAudit = await t.db.auditEvent.count();
    const r = await ask("progress 1 Campaign materials agreed with public health", { as: "andy-gill" });
    expect(r.summary).toBe("Progress recorded on action 1.");
    expect(await t.db.progressUpdate.count({ where: { actionId: 1 } })).toBe(beforeRows + 1);
    expect(await t.db.auditEvent.count()).toBe(beforeAudit + 1);
    const shown = replyToText(await ask("action 1"));
    expect(shown).toContain("Campaign materials agreed with public health");
    expect(shown).toMatch(/Monday 23 November 2020: Andy Gill \(In progress\)/);
    // the published tracker's progress is kept beneath it, as history
    expect(shown).toContain("This is being progressed by public health");

    const done = await ask("done 1 Campaign launched", { as: "andy-gill" });
    expect(done.summary).toBe("Action 1 marked complete.");
    const audit = await t.db.auditEvent.findMany({ where: { entityType: "action", entityId: "1" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.verb)).toEqual(["action.progress", "action.complete"]);
    expect(audit[1]!.actorText).toBe("Andy Gill");
    expect(replyToText(await ask("action 1"))).toMatch(/Status: Complete/);
    expect(replyToText(await ask("actions overdue"))).not.toContain("public health led publicity campaign");
  });

  it("refuses someone who neither owns the action nor is an admin, and writes nothing", async () => {
    const before = await t.db.progressUpdate.count();
    const r = await ask("progress 4 I did it", { as: "andy-gill" });
    expect(r.tone).toBe("error");
    expect(r.title).toBe("Only Ceri Morgan or an admin can update action 4. You can still read it with \"action 4\".");
    expect(await t.db.progressUpdate.count()).toBe(before);
    const admin = await ask("progress 4 Chased by the admin", { as: "matthew-evans", admins: ["matthew.evans@herefordshire.gov.uk"] });
    expect(admin.tone).toBe("success");
  });

  it("gives clear errors for unknown actions and bad input", async () => {
    expect((await ask("action 9999")).title).toBe('There is no action 9999. Try "actions" to list them.');
    expect((await ask("actions mine")).title).toMatch(/I don't know who you are here/);
    expect((await ask("actions nobody-at-all")).title).toMatch(/couldn't find a person or committee called "nobody-at-all"/);
    expect((await ask("link herefordshire-cyp")).title).toMatch(/use it in that channel/);
  });
});
