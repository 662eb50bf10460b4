// The four reports as PDFs from the demo data (clock pinned to 23 November 2020), read back with
// poppler as a reader's tools would, and checked with axe-core in the same Chromium.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db.js";
import { PdfRenderer } from "../../worker/render/pdf-renderer.js";
import { renderReport, type RenderedReport } from "../../worker/render/report.js";
import { REPORT_KINDS, type ReportKind } from "../../core/reports/types.js";
import { pdfFonts, pdfInfo, pdfOutline, pdfRaw, pdfText, savePdf } from "./poppler.js";

let t: TestDb;
let renderer: PdfRenderer;
const reports = {} as Record<ReportKind, RenderedReport & { path: string; text: string }>;

beforeAll(async () => {
  t = await freshDb();
  renderer = await new PdfRenderer({ poolSize: 2 }).start();
  const deps = t.deps("2020-11-23");
  const tenant = await t.tenant();
  await Promise.all(REPORT_KINDS.map(async (kind) => {
    const r = await renderReport(deps, tenant, renderer, { kind, committee: "herefordshire-cyp", period: kind === "improvement-plan" ? "2020-21-Q2" : undefined });
    const path = savePdf(r.pdf, kind);
    reports[kind] = { ...r, path, text: pdfText(path) };
  }));
}, 120_000);

afterAll(async () => {
  await renderer?.close();
  await t?.close();
});

const PRIORITIES = [
  "Getting it right for children and families first time",
  "Keeping Children and families together where possible; including a reduction in our looked after children numbers",
  "Record appropriate and full information to ensure that we meet the identified needs for children and families to support and achieve outcomes",
  "Ensuring consistency of decision making for children and families",
  "Policy and practice that enables good quality social work for children and families",
  "A single practice approach that deliver and improves quality and outcome for children and families (Signs of Safety)",
  "The leadership of change to prioritise better quality and outcomes for children and families",
  "Sustainable workforce to provide continuity for children and families",
];

describe("improvement-plan PDF for 2020-21-Q2", () => {
  it("has every priority, the cover and the summary", () => {
    const text = reports["improvement-plan"].text;
    for (const title of PRIORITIES) expect(text).toContain(title);
    expect(text).toContain("Safeguarding and Family Support Improvement Plan 2020-2021");
    expect(text).toContain("Updated to end of quarter two 2020/21");
    expect(text).toContain("Classification: Open");
    expect(text).toMatch(/The children and young people of Herefordshire have a great start in life/);
    expect(text).toMatch(/At a glance.*Measures furthest off target.*Biggest movers since Q1 2020\/21/);
    expect(text).toMatch(/Executive summary.*What is going well.*What we are worried about/);
  });

  it("gives the statutory visit measures with target and the Q1 and Q2 values", () => {
    const text = reports["improvement-plan"].text;
    const rows: [string, string, string][] = [
      ["Looked after child (LAC) visits will be completed to timescale", "94%", "92%"],
      ["Child in need (CIN) visits will be completed to timescale", "88%", "90%"],
      ["Child protection (CP) visits will be completed to timescale", "94%", "91%"],
    ];
    for (const [measure, q1, q2] of rows) {
      const at = text.indexOf(measure);
      expect(at, measure).toBeGreaterThan(0);
      const row = text.slice(at, at + 400);
      expect(row).toContain("95%");
      expect(row).toMatch(new RegExp(`Q1: ?2020/21 ${q1}.*Q2: 2020/21 ${q2}`));
    }
  });

  it("gives the MASH 24-hour measure and next quarter's action leads", () => {
    const text = reports["improvement-plan"].text;
    const at = text.indexOf("Target of 95% of contacts dealt within 24 hours of receipt into MASH");
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at, at + 400)).toMatch(/68\.1% YTD .*79\.5% YTD/);
    const next = text.slice(text.indexOf("What we will do next quarter (Q3 2020/21)"));
    expect(next).toContain("Louise Bath (interim Head of Service of Safeguarding and Review)");
    expect(next).toContain("Sue Rogers (Head of Service)");
  });

  it("labels every status and arrow in words and states the rule", () => {
    const text = reports["improvement-plan"].text;
    expect(text).toMatch(/Red \(computed\)/);
    expect(text).toMatch(/↓ Declining/);
    expect(text).toMatch(/↑ Improving/);
    expect(text).toContain("Where the plan gives no RAGB status, Scrutineer computes it: on or within 5% of target is Green, within 10% is Amber");
    expect(text).toMatch(/Exceptions: off target for two or more periods/);
  });

  it("is a tagged A4 PDF with title, language, page numbers and an outline entry per priority", () => {
    const r = reports["improvement-plan"];
    const info = pdfInfo(r.path);
    expect(info.Tagged).toBe("yes");
    expect(info["Page size"]).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)$/);
    expect(Number(info.Pages)).toBe(r.pages);
    expect(r.pages).toBeGreaterThan(20);
    expect(info.Title).toBe("Safeguarding and Family Support Improvement Plan 2020-2021: updated to end of quarter two 2020/21 (July to September 2020)");
    expect(pdfRaw(r.pdf)).toMatch(/\/Lang \(en-GB\)/);
    expect(r.text).toContain(`Page 1 of ${r.pages}`);
    expect(r.text).toContain(`Page ${r.pages} of ${r.pages}`);
    expect(r.text).toContain("Generated Monday 23 November 2020 by Scrutineer");

    const outline = pdfOutline(r.path);
    const priorities = outline.filter((i) => i.title.startsWith("Priority "));
    expect(priorities.map((i) => i.title)).toEqual(PRIORITIES.map((title, n) => `Priority ${n + 1}: ${title}`));
    expect(outline.map((i) => i.title)).toEqual(expect.arrayContaining(["At a glance", "Executive summary", "Exceptions: off target for two or more periods", "How to read this report"]));
    // Objectives are bookmarked under their priority.
    expect(priorities[0]!.children[0]!.title).toBe("1.1 Statutory Visits to children will be completed within timescales");
    const pages = priorities.map((p) => p.page);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });
});

describe("self-evaluation PDF", () => {
  it("has every service area with its strengths and areas for development, and no invented scores", () => {
    const text = reports["self-evaluation"].text;
    for (const area of ["Early Help", "MASH and Assessment", "Safeguarding and Review", "Child Protection & Court", "Looked After Children", "Care Leavers", "CWD Service", "Performance team"]) {
      expect(text).toContain(area);
    }
    expect(text.match(/Strengths/g)!.length).toBeGreaterThanOrEqual(8);
    expect(text.match(/Areas for development/g)!.length).toBeGreaterThanOrEqual(8);
    expect(text).toMatch(/Looked After Children Service 7 out of 10/);
    expect(text).toMatch(/Care Leavers Service 6 out of 10/);
    expect(text).toMatch(/Early Help not stated/);
    expect(text.match(/\d+ out of 10/g)!.filter((s) => !/^(7|6) /.test(s))).toEqual([]);
  });
});

describe("actions digest PDF", () => {
  it("lists the overdue child-exploitation actions as of 23 November 2020 with their owners", () => {
    const text = reports.actions.text;
    expect(text).toMatch(/As of Monday 23 November 2020/);
    const overdue = text.slice(text.indexOf("Overdue (8)"), text.indexOf("Due soon ("));
    expect(overdue.length).toBeGreaterThan(100);
    for (const owner of ["Andy Gill", "Ceri Morgan", "Nicola Turvey", "Salwa Farid", "Alison Naylor", "Chris Jones"]) expect(overdue).toContain(owner);
    expect(overdue.match(/Child exploitation task and finish group/g)!.length).toBe(8);
    expect(overdue).toContain("Wednesday 30 September 2020");
    expect(overdue.match(/\d+ days overdue/g)).toHaveLength(8);
  });
});

describe("meetings PDF", () => {
  it("gives the next meeting's agenda, authors, despatch date and question deadline", () => {
    const text = reports.meetings.text;
    expect(text).toMatch(/Tuesday 1 December 2020, 1\.00pm/);
    expect(text).toMatch(/Agenda despatch Monday 23 November 2020 \(today\)/);
    expect(text).toMatch(/Public questions by 5\.00pm Wednesday 25 November 2020/);
    expect(text).toContain("Liz Elgar");
  });
});

describe("every report", () => {
  it("is tagged, embeds every font and has a title and a header on each page", () => {
    for (const kind of REPORT_KINDS) {
      const r = reports[kind];
      const info = pdfInfo(r.path);
      expect(info.Tagged, kind).toBe("yes");
      expect(info.Title, kind).toBe(r.view.meta.documentTitle);
      const fonts = pdfFonts(r.path);
      expect(fonts.length, kind).toBeGreaterThan(0);
      expect(fonts.filter((f) => !f.embedded), kind).toEqual([]);
      expect(r.text.match(/Classification: Open/g)!.length, kind).toBeGreaterThanOrEqual(r.pages);
      // The footer on every page, whichever pooled page (fresh or reused) printed the report.
      for (let n = 1; n <= r.pages; n++) expect(r.text, `${kind} page ${n}`).toContain(`Page ${n} of ${r.pages}`);
      expect(r.text.match(/Generated Monday 23 November 2020 by Scrutineer/g)?.length, kind).toBe(r.pages);
    }
  });

  it("uses text arrows, not emoji", () => {
    for (const kind of REPORT_KINDS) expect(reports[kind].html, kind).not.toMatch(/\p{Extended_Pictographic}\uFE0F|[\u{1F300}-\u{1FAFF}]/u);
  });

  it("has no WCAG 2 A or AA violations (axe-core, in the same Chromium)", async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    const page = await renderer.diagnosticPage();
    try {
      for (const kind of REPORT_KINDS) {
        await page.setBypassCSP(true);
        await page.setContent(reports[kind].html, { waitUntil: "load" });
        await page.evaluate(axe);
        const violations = await page.evaluate(async () => {
          const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ passes: unknown[]; violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } };
          const result = await w.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
          if (result.passes.length < 10) return [`axe checked only ${result.passes.length} rules`];
          return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")})`);
        });
        expect(violations, kind).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });
});
