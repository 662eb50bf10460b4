// Where Chromium is: the configured path, else Debian's, else other common installs.
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome-stable", "/usr/bin/google-chrome"];

export function findChromium(configured?: string): string | null {
  if (configured) return configured;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}
