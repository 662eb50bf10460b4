// Expiring signed links to stored reports: HMAC-SHA256 over the run id and expiry time.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function signReportPath(runId: number, expiresAt: Date, secret: string): string {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  return `/reports/${runId}.pdf?exp=${exp}&sig=${signature(runId, exp, secret)}`;
}

export type LinkCheck = { ok: true; runId: number; format: "pdf" | "html" } | { ok: false; reason: "malformed" | "expired" | "bad-signature" };

export function verifyReportPath(pathAndQuery: string, now: Date, secret: string): LinkCheck {
  // One signature covers both copies of a report: the PDF and its accessible HTML.
  const m = /^\/reports\/(\d{1,12})\.(pdf|html)\?exp=(\d{1,12})&sig=([0-9a-f]{64})$/.exec(pathAndQuery);
  if (!m) return { ok: false, reason: "malformed" };
  const runId = Number(m[1]);
  const exp = Number(m[3]);
  const expected = Buffer.from(signature(runId, exp, secret), "hex");
  if (!timingSafeEqual(expected, Buffer.from(m[4]!, "hex"))) return { ok: false, reason: "bad-signature" };
  if (now.getTime() / 1000 > exp) return { ok: false, reason: "expired" };
  return { ok: true, runId, format: m[2] as "pdf" | "html" };
}

function signature(runId: number, exp: number, secret: string): string {
  return createHmac("sha256", secret).update(`report:${runId}:${exp}`).digest("hex");
}

/** The configured secret, or one generated once and kept beside the data so bot and worker agree. */
export function linkSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = join(dataDir, "report-link-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    // Written whole under a temporary name, then linked into place: a process starting at the same
    // moment either sees no file or the finished one, and the first link wins.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, randomBytes(32).toString("hex"), { mode: 0o600 });
    try {
      linkSync(tmp, file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    } finally {
      unlinkSync(tmp);
    }
  }
  return readFileSync(file, "utf8").trim();
}
