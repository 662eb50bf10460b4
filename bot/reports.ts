// GET /reports/<run>.pdf|html?exp=…&sig=…: a stored report behind an expiring signed link.
import { createReadStream, existsSync, statSync } from "node:fs";
import { linkSecret, verifyReportPath } from "../core/links.js";
import { sendJson, type HttpHandler } from "./http.js";
import type { BotContext } from "./context.js";

export function reportsHandler({ config, deps }: BotContext): HttpHandler {
  const secret = linkSecret(config.REPORT_LINK_SECRET, config.SCRUTINEER_DATA_DIR);
  return async (req, res) => {
    // Real time, not the (possibly pinned) business clock: expiry is a security check.
    const check = verifyReportPath(req.url ?? "", new Date(), secret);
    if (!check.ok) {
      const why = { malformed: "This link is not a report link.", expired: "This report link has expired: ask for the report again.", "bad-signature": "This report link is not valid." }[check.reason];
      return sendJson(res, check.reason === "expired" ? 410 : 403, { error: why });
    }
    const run = await deps.db.reportRun.findUnique({ where: { id: check.runId }, select: { pdfPath: true, htmlPath: true } });
    const path = check.format === "pdf" ? run?.pdfPath : run?.htmlPath;
    if (!path || !existsSync(path)) return sendJson(res, 404, { error: "That report is no longer stored." });
    res.writeHead(200, {
      "content-type": check.format === "pdf" ? "application/pdf" : "text/html; charset=utf-8",
      "content-length": statSync(path).size,
      "content-disposition": `inline; filename="report-${check.runId}.${check.format}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      // The HTML copy is static: no scripts, nothing fetched.
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    });
    createReadStream(path).pipe(res);
  };
}
