// Chromium that dies while starting, once: the launcher tries again and gets a working browser. The stand-in is a real
// script in front of the real Chromium, failing on its first run only (stop 18's CI met such a start in `report render`).
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chromiumPath, launchChromium, stopChromium } from "../../worker/render/browser.js";

const dir = mkdtempSync(join(tmpdir(), "scrutineer-launch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function flakyChromium(failures: number): string {
  const script = join(dir, `chromium-failing-${failures}`);
  const counter = join(dir, `count-${failures}`);
  writeFileSync(counter, "0");
  writeFileSync(script, `#!/bin/sh\nn=$(cat ${counter}); echo $((n + 1)) > ${counter}\nif [ "$n" -lt ${failures} ]; then exit 1; fi\nexec ${chromiumPath()} "$@"\n`);
  chmodSync(script, 0o755);
  return script;
}

describe("starting Chromium", () => {
  it("tries once more when the first start fails, and the browser it gets prints", async () => {
    const browser = await launchChromium(flakyChromium(1), 30_000);
    try {
      const page = await browser.newPage();
      await page.setContent("<p>started on the second try</p>");
      expect(Buffer.from(await page.pdf()).subarray(0, 5).toString()).toBe("%PDF-");
    } finally {
      await stopChromium(browser);
    }
  });

  it("gives up after the second failure with the launch error", async () => {
    await expect(launchChromium(flakyChromium(2), 30_000)).rejects.toThrow();
  });
});
