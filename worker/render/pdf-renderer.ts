// HTML -> PDF with one warm Chromium and a pool of pages behind a bounded queue; large reports print
// one at a time (beside smaller ones), which bounds the memory.
// Hardened: JavaScript off, nothing loads but data: and about:blank, content arrives as a string
// (print-target.ts: each pooled tab is driven over its own DevTools session).
// Isolated: a tab goes back to about:blank between jobs, and any failed tab is thrown away.
// Collected: replaced documents are garbage-collected once enough HTML has gone through.
// Guarded: a per-render timeout on each DevTools step, and a watchdog outside it that abandons the tab;
// repeated timeouts, every N jobs, or a lost connection get a fresh browser.
import { availableParallelism } from "node:os";
import type { Browser, HTTPRequest, Page } from "puppeteer-core";
import { UserError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import { chromiumPath, launchChromium, stopChromium } from "./browser.js";
import { pdfPageCount } from "./pdf-options.js";
import { ALLOWED, PrintTarget } from "./print-target.js";

export interface RendererOptions {
  executablePath?: string;
  /** Pages rendering at once; default: the machine's cores. */
  poolSize?: number;
  /**
   * Reports with at least this much HTML (in characters) print one at a time, beside smaller ones:
   * a renderer's memory grows with the document, and two 40-page reports at once cost Chromium
   * about 200 MiB more than one. Default 100,000 (a plan of about 20 pages; digests are far smaller).
   */
  largeHtmlChars?: number;
  /** Jobs waiting beyond the pool before new ones are refused. */
  maxQueue?: number;
  /** Per-render limit, for loading the HTML and for printing. */
  timeoutMs?: number;
  /** The watchdog fires this long after the timeout, in case Puppeteer's own timeout never comes. */
  watchdogGraceMs?: number;
  /** A fresh browser after this many jobs, so memory cannot creep. */
  recycleAfter?: number;
  /**
   * A garbage collection once this much HTML (in characters) has been printed since the last one.
   * Chromium runs as one process, so a collection stalls every tab; after each job it cost a 2-page
   * digest 95 → 144 ms once bigger reports had grown the heap. Default 200,000: every few digests,
   * after every large report.
   */
  collectAfterChars?: number;
  /** A fresh browser after this many timeouts in a row. */
  restartAfterTimeouts?: number;
  log?: Logger;
}

export interface RenderJob {
  /** The whole document, with its own page furniture (page-furniture.ts). */
  html: string;
  /** This job's limit, when it should differ from the renderer's. */
  timeoutMs?: number;
  /** Tests only: runs on the loaded tab before printing (the renderer's own isolation is under test). */
  probe?: (tab: PrintTarget) => Promise<unknown>;
}

export interface RenderResult { pdf: Uint8Array; pages: number; ms: number; probe?: unknown }

export class RenderTimeoutError extends UserError {
  constructor(ms: number) {
    super(`rendering the report took longer than ${(ms / 1000).toLocaleString("en-GB")} s and was stopped`, "render_timeout");
  }
}
export class RendererBusyError extends UserError {
  constructor(queued: number) {
    super(`the report renderer is busy (${queued} reports waiting); try again shortly`, "busy");
  }
}
export class RendererClosedError extends UserError {
  constructor() { super("the report renderer has shut down", "closed"); }
}

interface Queued extends RenderJob { resolve(r: RenderResult): void; reject(e: unknown): void }

export class PdfRenderer {
  readonly poolSize: number;
  readonly timeoutMs: number;
  readonly stats = { jobs: 0, failures: 0, timeouts: 0, launches: 0, blockedRequests: 0, collections: 0 };
  private readonly maxQueue: number;
  private readonly graceMs: number;
  private readonly recycleAfter: number;
  private readonly restartAfterTimeouts: number;
  private readonly executablePath: string;
  private browser: Browser | null = null;
  private launching: Promise<Browser> | null = null;
  /** The current browser's tabs: idle, printing, or going back to about:blank. */
  private owned = new Set<PrintTarget>();
  private idle: PrintTarget[] = [];
  private pageWaiters: (() => void)[] = [];
  private opening = 0;
  private readonly maxPages: number;
  private readonly largeHtmlChars: number;
  private activeLarge = 0;
  private readonly collectAfterChars: number;
  private uncollectedChars = 0;
  private queue: Queued[] = [];
  private active = 0;
  private jobsOnBrowser = 0;
  private timeoutsInARow = 0;
  private restartWanted = false;
  private restarting = false;
  private closed = false;
  private drained: (() => void) | null = null;

  constructor(private readonly opts: RendererOptions = {}) {
    this.poolSize = Math.max(1, opts.poolSize ?? availableParallelism());
    this.maxQueue = opts.maxQueue ?? 200;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.graceMs = opts.watchdogGraceMs ?? 1_000;
    this.recycleAfter = opts.recycleAfter ?? 500;
    this.restartAfterTimeouts = opts.restartAfterTimeouts ?? 2;
    // One page more than the pool: a page going back to about:blank never delays the next job.
    this.maxPages = this.poolSize + 1;
    this.largeHtmlChars = opts.largeHtmlChars ?? 100_000;
    this.collectAfterChars = opts.collectAfterChars ?? 200_000;
    this.executablePath = chromiumPath(opts.executablePath);
  }

  /** Launches the browser and opens the pool's pages, so the first reports are as fast as the rest. */
  async start(): Promise<this> {
    await this.ensureBrowser();
    const pages = await Promise.all(Array.from({ length: Math.max(0, this.maxPages - this.owned.size - this.opening) }, () => this.openPage()));
    this.idle.push(...pages);
    return this;
  }

  render(job: RenderJob): Promise<RenderResult> {
    if (this.closed) return Promise.reject(new RendererClosedError());
    if (this.queue.length >= this.maxQueue) return Promise.reject(new RendererBusyError(this.queue.length));
    return new Promise<RenderResult>((resolve, reject) => {
      this.queue.push({ ...job, resolve, reject });
      this.pump();
    });
  }

  /** The browser's process id (for memory measurement), or null before launch. */
  browserPid(): number | null {
    return this.browser?.process()?.pid ?? null;
  }

  /** Tests only: a Puppeteer page in the same browser, with JavaScript on and the network still blocked. */
  async diagnosticPage(): Promise<Page> {
    const browser = await this.ensureBrowser();
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on("request", (r) => this.filter(r));
    return page;
  }

  /**
   * Stops taking jobs, fails the queued ones, lets those in flight finish (for up to graceMs),
   * then closes the browser and waits until all of its processes have exited.
   */
  async close(graceMs = 10_000): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const q of this.queue.splice(0)) q.reject(new RendererClosedError());
    if (this.active > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => { this.drained = resolve; }),
        new Promise<void>((resolve) => { timer = setTimeout(resolve, graceMs); }),
      ]);
      clearTimeout(timer);
    }
    await this.launching?.catch(() => undefined);
    const browser = this.browser;
    this.browser = null;
    this.dropPages();
    await stopChromium(browser);
  }

  private pump(): void {
    if (this.restartWanted) {
      if (this.active === 0 && !this.restarting && !this.closed) void this.restart();
      return;
    }
    while (!this.closed && this.queue.length && this.active < this.poolSize) {
      const large = this.queue[0]!.html.length >= this.largeHtmlChars;
      // In order: a large report waits for the one before it, and what is queued behind it waits too.
      if (large && this.activeLarge > 0) break;
      const job = this.queue.shift()!;
      this.active++;
      if (large) this.activeLarge++;
      void this.run(job).finally(() => {
        this.active--;
        if (large) this.activeLarge--;
        if (this.active === 0 && this.drained) this.drained();
        this.pump();
      });
    }
  }

  private async run(job: Queued): Promise<void> {
    const started = performance.now();
    const limit = job.timeoutMs ?? this.timeoutMs;
    const state: { page: PrintTarget | null; abandoned: boolean } = { page: null, abandoned: false };
    let timer: NodeJS.Timeout | undefined;
    const watchdog = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RenderTimeoutError(limit)), limit + this.graceMs);
    });
    const work = (async () => {
      const page = await this.acquirePage();
      if (state.abandoned) {
        void this.release(page);
        throw new RenderTimeoutError(limit);
      }
      state.page = page;
      await page.load(job.html, limit);
      const probe = job.probe ? await job.probe(page) : undefined;
      const pdf = await page.print(limit);
      return { pdf, probe };
    })();
    try {
      const { pdf, probe } = await Promise.race([work, watchdog]);
      clearTimeout(timer);
      this.stats.jobs++;
      this.uncollectedChars += job.html.length;
      this.timeoutsInARow = 0;
      if (++this.jobsOnBrowser >= this.recycleAfter) this.restartWanted = true;
      job.resolve({ pdf, pages: pdfPageCount(pdf), ms: performance.now() - started, probe });
      // The slot is free now; the page rejoins the pool once it is blank again.
      void this.release(state.page!);
    } catch (e) {
      clearTimeout(timer);
      state.abandoned = true;
      work.catch(() => undefined);
      this.stats.failures++;
      // Whatever state the page is in, it is not used again.
      if (state.page) this.discard(state.page);
      const timedOut = e instanceof RenderTimeoutError || (e as Error)?.name === "TimeoutError";
      if (timedOut) {
        this.stats.timeouts++;
        if (++this.timeoutsInARow >= this.restartAfterTimeouts) this.restartWanted = true;
        this.opts.log?.warn({ ms: Math.round(performance.now() - started), timeoutsInARow: this.timeoutsInARow }, "report render timed out");
        job.reject(new RenderTimeoutError(limit));
      } else {
        this.opts.log?.warn({ err: e }, "report render failed");
        job.reject(e);
      }
    }
  }

  private async acquirePage(): Promise<PrintTarget> {
    for (;;) {
      const page = this.idle.pop();
      if (page && !page.isClosed && this.owned.has(page)) return page;
      if (page) continue;
      if (this.owned.size + this.opening < this.maxPages) return this.openPage();
      await new Promise<void>((resolve) => this.pageWaiters.push(resolve));
    }
  }

  private async openPage(): Promise<PrintTarget> {
    this.opening++;
    try {
      return await this.newPage();
    } finally {
      this.opening--;
    }
  }

  /** Back to a blank document (PrintTarget.reset) before anyone else gets the tab. */
  private async release(page: PrintTarget): Promise<void> {
    const collect = this.uncollectedChars >= this.collectAfterChars;
    if (collect) {
      this.uncollectedChars = 0;
      this.stats.collections++;
    }
    try {
      await page.reset(this.timeoutMs, collect);
      if (this.owned.has(page) && !this.restartWanted && !this.closed) {
        this.idle.push(page);
        this.pageWaiters.shift()?.();
      } else this.discard(page);
    } catch {
      this.discard(page);
    }
  }

  private discard(page: PrintTarget): void {
    this.owned.delete(page);
    this.pageWaiters.shift()?.();
    void Promise.race([page.close().catch(() => undefined), new Promise((r) => setTimeout(r, 5_000).unref())]);
  }

  /** Forgets the current browser's pages (they go with it). */
  private dropPages(): void {
    this.owned.clear();
    this.idle = [];
    for (const wake of this.pageWaiters.splice(0)) wake();
  }

  private async newPage(): Promise<PrintTarget> {
    const browser = await this.ensureBrowser();
    const page = await PrintTarget.open(browser, () => { this.stats.blockedRequests++; });
    if (browser !== this.browser) {
      void page.close();
      throw new Error("Chromium restarted while a tab was opening");
    }
    this.owned.add(page);
    return page;
  }

  private filter(request: HTTPRequest): void {
    if (request.isInterceptResolutionHandled()) return;
    if (ALLOWED(request.url())) {
      void request.continue().catch(() => undefined);
      return;
    }
    this.stats.blockedRequests++;
    // An aborted top-level navigation (a meta refresh, say) would swap the report for an error
    // page; "204 No Content" cancels the navigation and leaves the document as it was.
    const topLevel = request.isNavigationRequest() && request.frame() === request.frame()?.page().mainFrame();
    void (topLevel ? request.respond({ status: 204, body: "" }) : request.abort("blockedbyclient")).catch(() => undefined);
  }

  private async ensureBrowser(): Promise<Browser> {
    if (this.browser?.connected) return this.browser;
    if (this.closed) throw new RendererClosedError();
    this.launching ??= (async () => {
      try {
        const browser = await launchChromium(this.executablePath, this.timeoutMs * 2 + 10_000);
        this.stats.launches++;
        this.jobsOnBrowser = 0;
        browser.once("disconnected", () => {
          if (this.browser !== browser) return;
          this.opts.log?.warn("Chromium disconnected; the next report starts a new one");
          this.browser = null;
          this.dropPages();
        });
        this.browser = browser;
        return browser;
      } finally {
        this.launching = null;
      }
    })();
    return this.launching;
  }

  private async restart(): Promise<void> {
    this.restarting = true;
    try {
      const old = this.browser;
      this.browser = null;
      this.dropPages();
      this.timeoutsInARow = 0;
      // A browser being replaced may be wedged: a short grace, then it is killed.
      await stopChromium(old, 1_000);
      if (!this.closed) await this.ensureBrowser();
    } catch (e) {
      this.opts.log?.error({ err: e }, "Chromium restart failed; the next report tries again");
    } finally {
      this.restartWanted = false;
      this.restarting = false;
      this.pump();
    }
  }
}
