// Hostile data and hostile HTML: nothing is fetched, nothing runs, nothing leaks between jobs,
// a hung render is stopped, and a stopped process leaves no Chromium behind.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db.js";
import { PdfRenderer, RendererBusyError, RenderTimeoutError } from "../../worker/render/pdf-renderer.js";
import type { PrintTarget } from "../../worker/render/print-target.js";
import { renderReport } from "../../worker/render/report.js";
import { renderReportHtml } from "../../worker/render/templates.js";
import { buildReport } from "../../core/reports/build.js";
import { processTree } from "../../worker/render/processes.js";
import { REPORT_KINDS } from "../../core/reports/types.js";
import { pdfRaw, pdfText, savePdf } from "./poppler.js";

const requests: string[] = [];
let server: Server;
let P: string;
let t: TestDb;
let renderer: PdfRenderer;

beforeAll(async () => {
  server = createServer((req, res) => { requests.push(req.url ?? ""); res.end("root:x:0:0:leaked"); });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  P = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  [t, renderer] = await Promise.all([freshDb(), new PdfRenderer({ poolSize: 1, watchdogGraceMs: 500, maxQueue: 2 }).start()]);
}, 60_000);

afterAll(async () => {
  await renderer?.close();
  await t?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("hostile data", () => {
  it("prints as text: no request reaches the network, no script or link survives, no file is read", async () => {
    const h = {
      script: `<script>fetch("${P}/script")</script>`,
      img: `<img src="${P}/img" onerror="fetch('${P}/onerror')">`,
      iframe: `<iframe src="file:///etc/passwd"></iframe>`,
      css: `<style>@import url(${P}/import); body { background: url(${P}/css) }</style><div style="background:url(${P}/inline)">x</div>`,
      link: `<a href="javascript:fetch('${P}/js')">click me</a>`,
      template: `{{constructor.constructor 'return process'}} {{#with __proto__}}{{polluted}}{{/with}} {{> layout}}`,
      proto: `__proto__.polluted constructor.prototype.polluted`,
    };
    const db = t.db;
    const p1 = await db.priority.findFirstOrThrow({ where: { number: 1 } });
    await db.priority.update({ where: { id: p1.id }, data: { title: `Getting it right ${h.script}` } });
    const o1 = await db.objective.findFirstOrThrow({ where: { key: "p1-o1" } });
    await db.objective.update({ where: { id: o1.id }, data: { text: `Statutory visits ${h.template}` } });
    const m1 = await db.measure.findFirstOrThrow({ where: { key: "p1-o1-m1" } });
    await db.measure.update({ where: { id: m1.id }, data: { text: `LAC visits ${h.img}`, commentary: `${h.iframe} ${h.css}` } });
    // The plan's title is also the running header, written into the page's CSS as a string.
    const title = `Plan "}@page{@top-left{content:"owned"}}</style><b>x</b>\\`;
    await db.improvementPlan.updateMany({ data: { vision: `${h.link} ${h.proto}`, title } });
    await db.smartAction.updateMany({ where: { objectiveId: o1.id }, data: { lead: h.img } });
    await db.planSummaryItem.updateMany({ where: { section: "next-quarter" }, data: { text: `${h.template} ${h.script}` } });
    const service = await db.serviceAssessment.findFirstOrThrow({ where: { key: "early-help" } });
    await db.serviceAssessment.update({ where: { id: service.id }, data: { name: `Early Help ${h.script}`, rationale: h.css } });
    await db.servicePoint.updateMany({ where: { serviceId: service.id }, data: { text: `${h.iframe} ${h.link}`, timescale: h.template } });
    await db.person.updateMany({ where: { key: "andy-gill" }, data: { name: `Andy Gill ${h.script}` } });
    await db.action.update({ where: { id: 2 }, data: { text: `${h.link} ${h.template}`, ownerText: h.img } });
    await db.progressUpdate.updateMany({ where: { actionId: 2 }, data: { text: `${h.iframe} ${h.proto}` } });
    const meeting = await db.meeting.findFirstOrThrow({ where: { date: "2020-12-01" } });
    await db.meeting.update({ where: { id: meeting.id }, data: { webcastUrl: `javascript:fetch('${P}/webcast')`, place: `<meta http-equiv="refresh" content="0;url=${P}/refresh">` } });
    await db.workItem.updateMany({ where: { meetingId: meeting.id }, data: { title: `<object data="file:///etc/passwd"></object> ${h.css}`, reportAuthor: h.script } });

    const deps = t.deps("2020-11-23");
    const tenant = await t.tenant();
    const blockedBefore = renderer.stats.blockedRequests;
    for (const kind of REPORT_KINDS) {
      const r = await renderReport(deps, tenant, renderer, { kind });
      const text = pdfText(savePdf(r.pdf, `hostile-${kind}`));
      expect(r.html, kind).not.toMatch(/<script|<iframe|<img|<object|<style>@import|<a href="javascript|http-equiv="refresh"/i);
      expect(text, kind).not.toMatch(/root:x:0:0|leaked/);
      for (const uri of pdfRaw(r.pdf).match(/\/URI\s*\([^)]*\)/g) ?? []) expect(uri, kind).toMatch(/^\/URI\s*\(https?:/);
      if (kind === "improvement-plan") {
        expect(text.split(title).length - 1).toBeGreaterThanOrEqual(r.pages);
        // Every "owned" is inside the title as printed; none is a header of its own.
        expect(text.split("owned").length).toBe(text.split('@top-left{content:"owned"').length);
        expect(text).toContain(`Getting it right <script>fetch("${P}/script")</script>`);
        expect(text).toContain("{{constructor.constructor 'return process'}} {{#with __proto__}}{{polluted}}{{/with}} {{> layout}}");
        expect(text).toContain(`<iframe src="file:///etc/passwd"></iframe>`);
        expect(text).toContain(`<a href="javascript:fetch('${P}/js')">click me</a>`);
      }
      if (kind === "self-evaluation") expect(text).toContain(`Early Help <script>`);
      if (kind === "actions") expect(text).toContain(`Andy Gill <script>`);
      if (kind === "meetings") expect(text).toContain(`javascript:fetch('${P}/webcast')`);
    }
    await pause(300);
    expect(requests).toEqual([]);
    expect(renderer.stats.blockedRequests).toBe(blockedBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("hostile HTML given straight to the renderer", () => {
  it("loads nothing from the network or the disk and runs no script", async () => {
    const html = `<html><head>
      <link rel="stylesheet" href="${P}/link-css">
      <style>@import url("${P}/import-css"); @font-face { font-family: X; src: url("${P}/font.woff") } body { background: url("${P}/bg.png"); font-family: X, sans-serif }</style>
      <meta http-equiv="refresh" content="0;url=${P}/refresh">
      </head><body>
      <script>fetch("${P}/fetch"); document.write("SCRIPT RAN");</script>
      <img src="${P}/img.png"><iframe src="file:///etc/passwd"></iframe><iframe src="${P}/frame"></iframe>
      <object data="file:///etc/passwd"></object><embed src="${P}/embed"><video poster="${P}/poster.png"></video>
      <svg><image href="${P}/svg.png" width="10" height="10"/></svg>
      <p>visible text</p></body></html>`;
    const before = renderer.stats.blockedRequests;
    const { pdf } = await renderer.render({ html });
    const text = pdfText(savePdf(pdf, "raw-hostile"));
    expect(text).toContain("visible text");
    expect(text).not.toMatch(/SCRIPT RAN|root:|leaked/);
    await pause(300);
    expect(requests).toEqual([]);
    expect(renderer.stats.blockedRequests).toBeGreaterThan(before);
  });
});

describe("content security policy", () => {
  // The report's one style sheet is allowed by its sha256; anything else that looks like style does not apply.
  const look = (page: PrintTarget) => page.evaluate(() => {
    const h1 = document.querySelector("h1")!;
    return { h1: getComputedStyle(h1).color, font: getComputedStyle(document.documentElement).fontFamily };
  });
  const styled = { h1: "rgb(11, 61, 110)", font: expect.stringMatching(/^"Liberation Sans"/) };

  it("applies the report's hashed style sheet in Chromium, and no injected style", async () => {
    const html = renderReportHtml(await buildReport(t.deps("2020-11-23"), await t.tenant(), { kind: "meetings" }));
    const ours = await renderer.render({ html, probe: look });
    expect(ours.probe).toEqual(styled);

    const injected = html
      .replace("</head>", "<style>h1 { color: rgb(255, 0, 0) !important }</style></head>")
      .replace("<h1", `<h1 style="color: rgb(0, 128, 0) !important"`);
    expect((await renderer.render({ html: injected, probe: look })).probe).toEqual(styled);

    // One byte changed and the sheet's hash no longer matches: Chromium drops it, so the hash is what lets it in.
    const altered = html.replace("--brand: #0b3d6e;", "--brand: #0b3d6f;");
    expect(altered).not.toBe(html);
    const unstyled = (await renderer.render({ html: altered, probe: look })).probe as { h1: string; font: string };
    expect(unstyled.h1).not.toMatch(/^rgb\(11, 61, 11[01]\)$/);
    expect(unstyled.font).not.toMatch(/Liberation Sans/);
  });
});

describe("isolation", () => {
  it("runs no page script, and a global set in one job is gone when its page is used again", async () => {
    const used: unknown[] = [];
    const first = await renderer.render({
      html: `<html><head><title>one</title></head><body><p>one</p><script>document.title = "script ran"</script></body></html>`,
      probe: (page) => {
        used.push(page);
        return page.evaluate(() => {
          (window as unknown as { leak: string }).leak = "secret from job one";
          return document.title;
        });
      },
    });
    expect(first.probe).toBe("one");
    const later: unknown[] = [];
    for (const n of [2, 3, 4]) {
      const r = await renderer.render({
        html: `<p>job ${n}</p>`,
        probe: (page) => {
          used.push(page);
          return page.evaluate(() => [typeof (window as unknown as { leak?: string }).leak, document.body.innerText]);
        },
      });
      later.push(r.probe);
    }
    expect(later).toEqual([["undefined", "job 2"], ["undefined", "job 3"], ["undefined", "job 4"]]);
    // The pool reuses pages, so the first job's page did come round again.
    expect(used.slice(1)).toContain(used[0]);
  });
});

describe("footprint", () => {
  it("runs only the Chromium processes printing needs: no address-bar WebUI, no separate network service", async () => {
    await renderer.render({ html: "<p>warm</p>" });
    const commands = processTree(renderer.browserPid()!).map((pid) => readCommand(pid));
    expect(commands.filter((c) => /--top-chrome-webui|omnibox/.test(c))).toEqual([]);
    expect(commands.filter((c) => /network\.mojom\.NetworkService/.test(c))).toEqual([]);
    // Renderers and the print compositor run inside the browser process (browser.ts): none of their own.
    expect(commands.filter((c) => /--type=(renderer|utility)/.test(c))).toEqual([]);
  });
});

describe("memory", () => {
  it("keeps no earlier report in the renderer: replaced documents are collected once enough HTML has gone through", async () => {
    // Each job's HTML is about 10,000 characters: a collection every third job.
    const collecting = await new PdfRenderer({ poolSize: 1, collectAfterChars: 25_000 }).start();
    try {
      const counts: number[] = [];
      for (let n = 1; n <= 24; n++) {
        const r = await collecting.render({
          html: `<table>${`<tr><td>job ${n}</td><td>a row of the report</td></tr>`.repeat(200)}</table>`,
          probe: async (page) => (await page.send("Memory.getDOMCounters")).documents,
        });
        counts.push(r.probe as number);
      }
      // 10,000 characters a job against a budget of 25,000: a collection after every third job.
      expect(collecting.stats.collections).toBe(8);
      // Chromium runs as one process (browser.ts), so the count covers every tab of the pool, and
      // a document goes only after a collection or two: 4 to 30 here however many jobs have run.
      // Left to itself V8 collects too, but later: up to 44 and rising between its collections.
      expect(Math.max(...counts.slice(-8))).toBeLessThanOrEqual(30);
    } finally {
      await collecting.close();
    }
  }, 30_000);
});

describe("limits", () => {
  // 60,000 table rows: far more than the 1 s these jobs allow.
  const hang = { html: `<table>${"<tr><td>row</td><td>a long enough cell of text to lay out</td></tr>".repeat(60_000)}</table>`, timeoutMs: 1_000 };

  it("stops a render that hangs at the timeout with a clear error, and the next render works", async () => {
    const started = performance.now();
    const err = await renderer.render(hang).catch((e: unknown) => e);
    const took = performance.now() - started;
    expect(err).toBeInstanceOf(RenderTimeoutError);
    expect((err as Error).message).toBe("rendering the report took longer than 1 s and was stopped");
    expect(took).toBeLessThan(5_000);
    const next = await renderer.render({ html: "<p>after the hang</p>" });
    expect(pdfText(savePdf(next.pdf))).toContain("after the hang");
  }, 30_000);

  it("restarts the browser after repeated timeouts, and keeps working", async () => {
    const launches = renderer.stats.launches;
    await expect(renderer.render(hang)).rejects.toBeInstanceOf(RenderTimeoutError);
    await expect(renderer.render(hang)).rejects.toBeInstanceOf(RenderTimeoutError);
    const next = await renderer.render({ html: "<p>after the restart</p>" });
    expect(renderer.stats.launches).toBe(launches + 1);
    expect(pdfText(savePdf(next.pdf))).toContain("after the restart");
  }, 30_000);

  it("refuses work beyond its queue rather than piling it up", async () => {
    // One page, at most two waiting: of five submitted at once, two or three are taken.
    const jobs = Array.from({ length: 5 }, (_, i) => renderer.render({ html: `<p>job ${i}</p>` }).then(() => "done", (e: unknown) => e));
    const results = await Promise.all(jobs);
    const done = results.filter((r) => r === "done").length;
    expect(done).toBeGreaterThanOrEqual(2);
    expect(done).toBeLessThanOrEqual(3);
    expect(results.slice(done)).toEqual(Array(5 - done).fill(expect.any(RendererBusyError)));
    expect((results[4] as Error).message).toMatch(/^the report renderer is busy \(2 reports waiting\); try again shortly$/);
  });

  it("prints one large report at a time, with smaller ones beside it", async () => {
    const two = await new PdfRenderer({ poolSize: 2, largeHtmlChars: 2_000 }).start();
    try {
      const spans: Record<string, [number, number]> = {};
      const job = (name: string, large: boolean) => two.render({
        html: `<p>${name}</p>${large ? `<p>${"padding ".repeat(400)}</p>` : ""}`,
        probe: async () => {
          const start = performance.now();
          await pause(400);
          spans[name] = [start, performance.now()];
        },
      });
      await Promise.all([job("large 1", true), job("large 2", true), job("small", false)]);
      const overlap = (a: string, b: string) => spans[a]![0] < spans[b]![1] && spans[b]![0] < spans[a]![1];
      expect(overlap("large 1", "large 2")).toBe(false);
      // The small report queued behind the second large one waits its turn, then prints beside it.
      expect(overlap("small", "large 1")).toBe(false);
      expect(overlap("small", "large 2")).toBe(true);
    } finally {
      await two.close();
    }
  }, 30_000);

  it("recycles the browser every N jobs", async () => {
    const small = await new PdfRenderer({ poolSize: 1, recycleAfter: 2 }).start();
    try {
      const texts = [];
      for (let i = 1; i <= 3; i++) texts.push(pdfText(savePdf((await small.render({ html: `<p>job ${i}</p>` })).pdf)));
      texts.forEach((text, i) => expect(text).toContain(`job ${i + 1}`));
      expect(small.stats.launches).toBe(2);
    } finally {
      await small.close();
    }
  }, 30_000);

  it("starts a new browser when Chromium dies", async () => {
    const pid = renderer.browserPid()!;
    process.kill(pid, "SIGKILL");
    await pause(300);
    const next = await renderer.render({ html: "<p>after the crash</p>" });
    expect(pdfText(savePdf(next.pdf))).toContain("after the crash");
    expect(renderer.browserPid()).not.toBe(pid);
  });
});

describe("shutdown", () => {
  it("SIGTERM closes Chromium and every process it started, leaving no zombie", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "test/reports/fixtures/renderer-child.ts"], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (d: Buffer) => { err += d; });
    const line = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d: Buffer) => { out += d; if (out.includes("\n")) resolve(out.split("\n")[0]!); });
      child.once("exit", (code) => reject(new Error(`child exited early with ${code}; its stderr:\n${err}`)));
    });
    const { browserPid } = JSON.parse(line) as { browserPid: number };
    const family = processTree(browserPid);
    expect(family.length).toBeGreaterThan(1);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited, `the child's stderr:\n${err}`).toBe(143);
    for (const pid of family) expect(await gone(pid), `process ${pid}: ${readStat(pid)}`).toBe(true);
  }, 30_000);
});

/** Gone within a few seconds: exited and reaped, not left running or as a zombie. */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    if (!existsSync(`/proc/${pid}`) || !/chrom/i.test(readStat(pid))) return true;
    await pause(100);
  }
  return false;
}

function readCommand(pid: number): string {
  try { return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " "); } catch { return ""; }
}

function readStat(pid: number): string {
  try { return readFileSync(`/proc/${pid}/stat`, "utf8"); } catch { return ""; }
}
