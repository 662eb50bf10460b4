// Launching and stopping Chromium. One place for the flags that make it work offline and as root.
import puppeteer, { type Browser } from "puppeteer-core";
import { UserError } from "../../core/errors.js";
import { findChromium } from "./chromium-path.js";
import { processTree, reapStragglers } from "./processes.js";

/**
 * Flags that work here as root; without the networking ones Chromium keeps calling outside hosts.
 *
 * One process: renderers and the print compositor run as threads of the browser. Otherwise every
 * print starts a compositor process (even from the zygote, about 40 ms of the browser's time), and
 * a 2-page digest printed in 110-130 ms against 60-75 ms here. Chromium's sandbox is already off
 * (it needs namespaces containers seldom grant), scripts are off and the network shut, so a separate
 * renderer process guards little more; a crash takes the browser down, which the renderer already
 * survives (a fresh launch).
 * RenderDocument off: a new blank document reuses its frame instead of building another, which
 * took the reset between jobs from about 30 to 10 ms of CPU.
 * No zygote-less mode: without the zygote each helper starts from scratch (195 against 82 ms a
 * page when tried). Closing walks the whole process tree (processes.ts) and the image runs under
 * tini, so nothing lingers. GPU work and the network service stay in the browser process, and the
 * address-bar popups that headless Chromium still builds (two WebUI pages, 70-100 MiB) are off.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--in-process-gpu",
  "--enable-features=NetworkServiceInProcess2",
  "--disable-features=SpareRendererForSitePerProcess,WebUIOmniboxPopup,WebUIOmniboxAimPopup,RenderDocument",
  "--single-process",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-extensions",
  "--disable-default-apps",
  "--mute-audio",
];

export function chromiumPath(configured?: string): string {
  const path = findChromium(configured);
  if (!path) throw new UserError("Chromium was not found: install it (apt-get install -y chromium) or set PUPPETEER_EXECUTABLE_PATH");
  return path;
}

/**
 * Starts Chromium, trying once more if the first start fails: on a loaded machine it now and then dies while starting
 * ("Protocol error (Target.setDiscoverTargets): Target closed"), which stop 18's CI met in a `report render`.
 */
export async function launchChromium(executablePath: string, protocolTimeout: number): Promise<Browser> {
  try {
    return await launchOnce(executablePath, protocolTimeout);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 250));
    return launchOnce(executablePath, protocolTimeout);
  }
}

async function launchOnce(executablePath: string, protocolTimeout: number): Promise<Browser> {
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    // A pipe, not a debugging port: nothing else on the machine can attach to this browser.
    pipe: true,
    // Signals are ours to handle: the renderer closes pages and the browser in order.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    protocolTimeout,
  });
  // The tab Chromium opens at start is never used: closing it frees a renderer process.
  try {
    for (const page of await browser.pages()) await page.close().catch(() => undefined);
  } catch (error) {
    await stopChromium(browser, 1000);
    throw error;
  }
  return browser;
}

/**
 * Closes the browser; if it does not go within the grace period, kills it. Then waits until every
 * process it started has stopped too (killing any that linger), so nothing is left behind.
 */
export async function stopChromium(browser: Browser | null, graceMs = 5000): Promise<void> {
  if (!browser) return;
  const proc = browser.process();
  const family = proc?.pid ? processTree(proc.pid).filter((p) => p !== proc.pid) : [];
  const exited = proc && proc.exitCode === null && proc.signalCode === null
    ? new Promise<void>((resolve) => proc.once("exit", () => resolve()))
    : Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const closedInTime = await Promise.race([
    browser.close().then(() => true, () => false),
    new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), graceMs); }),
  ]);
  clearTimeout(timer);
  if (!closedInTime && proc && proc.exitCode === null) proc.kill("SIGKILL");
  await exited;
  await reapStragglers(family, 2000);
}
