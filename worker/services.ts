// Builds what the worker runs with: the renderer, the Slack and Teams deliverers, and alerts.
// Each part is created only when configured, and closed with the worker.
import { join, resolve } from "node:path";
import { WebClient, LogLevel } from "@slack/web-api";
import type { App } from "../bin/app.js";
import type { Tenant } from "../core/context.js";
import { latestCompletedPeriod, toLocalDate } from "../core/dates.js";
import { linkSecret, signReportPath } from "../core/links.js";
import { buildReport, PERIOD_KINDS } from "../core/reports/build.js";
import type { ReportView } from "../core/reports/types.js";
import { PdfRenderer } from "./render/pdf-renderer.js";
import { renderView, writeReportFiles } from "./render/report.js";
import { findChromium } from "./render/chromium-path.js";
import { slackFileDeliverer } from "./delivery/slack.js";
import { teamsCardDeliverer } from "./delivery/teams.js";
import type { Artifact, RunServices, ScheduleRow } from "./runs/execute.js";
import { planReminders, planWeeklyDigest } from "./messages.js";

export interface WorkerServices extends RunServices {
  renderer: PdfRenderer;
  links: { urlFor(runId: number): string };
  close(): Promise<void>;
}

export function createWorkerServices(app: App, opts: { workerId: string; leaseMs?: number }): WorkerServices {
  const { config, log } = app;
  const renderer = new PdfRenderer({ executablePath: findChromium(config.PUPPETEER_EXECUTABLE_PATH) ?? undefined, log });
  const secret = linkSecret(config.REPORT_LINK_SECRET, config.SCRUTINEER_DATA_DIR);
  const links = {
    urlFor: (runId: number) => {
      // Link expiry is security, not business time: it runs on the real clock even when "today" is pinned.
      const expires = new Date(Date.now() + config.REPORT_LINK_TTL_DAYS * 86_400_000);
      return `${config.publicBaseUrl}${signReportPath(runId, expires, secret)}`;
    },
  };
  const slack = config.SLACK_BOT_TOKEN
    ? new WebClient(config.SLACK_BOT_TOKEN, { slackApiUrl: config.SLACK_API_URL, logLevel: LogLevel.ERROR, retryConfig: { retries: 3, factor: 2, minTimeout: 200, maxTimeout: 2000 } })
    : null;
  const deliverers: RunServices["deliverers"] = {};
  if (slack) deliverers.slack = slackFileDeliverer(slack, links);
  if (config.teamsEnabled) deliverers.teams = teamsCardDeliverer({ config, deps: app.deps() }, links);
  const reportsDir = resolve(config.SCRUTINEER_REPORTS_DIR);

  return {
    workerId: opts.workerId,
    leaseMs: opts.leaseMs ?? config.WORKER_LEASE_SECONDS * 1000,
    renderer, links, deliverers,
    async render(schedule: ScheduleRow, tenant: Tenant, runId: number): Promise<Artifact> {
      const deps = app.deps();
      const params = JSON.parse(schedule.params) as { period?: string };
      const committee = schedule.committeeId ? (await deps.db.committee.findUnique({ where: { id: schedule.committeeId } }))?.slug : undefined;
      // "latest" means the last quarter that has ended, as the plan and self-evaluation report on it.
      const period = PERIOD_KINDS.has(schedule.kind) && (!params.period || params.period === "latest")
        ? latestCompletedPeriod(toLocalDate(app.clock.now(), tenant.zone))
        : params.period;
      const view = await buildReport(deps, tenant, { kind: schedule.kind, committee, period });
      const rendered = await renderView(renderer, view);
      const files = await writeReportFiles(join(reportsDir, `run-${runId}-${view.meta.fileStem}.pdf`), rendered);
      return { ...files, title: `${view.meta.title}: ${view.meta.subtitle}`, headline: headline(view) };
    },
    planMessages: (schedule, tenant) => schedule.kind === "reminders"
      ? planReminders(app.deps(), tenant, schedule, config.REMINDER_DAYS, Object.keys(deliverers)) // only where this worker can send
      : planWeeklyDigest(app.deps(), tenant, schedule),
    async alert(message: string) {
      const to = config.SCRUTINEER_ALERTS_TO;
      if (!to || !slack) { log.error({ alert: message }, "schedule alert (no SCRUTINEER_ALERTS_TO configured)"); return; }
      try {
        await slack.chat.postMessage({ channel: to.slice("slack:".length), text: message });
      } catch (e) {
        log.error({ err: e, alert: message }, "could not post the schedule alert");
      }
    },
    close: () => renderer.close(),
  };
}

/** Two or three figures that say what the report found, for the message that carries it. */
export function headline(view: ReportView): string[] {
  switch (view.kind) {
    case "improvement-plan": {
      const g = view.report.glance;
      return [
        `${g.belowTargetCount} of ${g.measureCount} measures below target`,
        `Objectives: ${g.totals.red} Red, ${g.totals.amber} Amber, ${g.totals.green} Green, ${g.totals.none} not rated`,
        `${view.report.exceptions.length} measures off target for two or more quarters`,
      ];
    }
    case "self-evaluation":
      return [`${view.report.services.length} service areas`, `${view.report.scoredCount} with a score stated`];
    case "actions": {
      const c = view.report.counts;
      return [`${c.overdue} overdue`, `${c.dueSoon} due in the next ${view.report.dueSoonDays} days`, `${c.completed} completed since the last digest`];
    }
    case "meetings":
      return [`${view.report.meetings.length} meetings coming up`];
  }
}
