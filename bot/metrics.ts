// GET /metrics: Prometheus counters for runs, deliveries, failures and render time. They are read
// from the database, so they count the work of every worker, not just one process's.
import type { HttpHandler } from "./http.js";
import type { BotContext } from "./context.js";
import type { AnswerCacheStats } from "../core/commands/answer-cache.js";

export function metricsHandler({ deps }: BotContext): HttpHandler {
  return async (_req, res) => {
    const { db } = deps;
    const [runs, deliveries, render, streaks] = await Promise.all([
      db.reportRun.groupBy({ by: ["status"], _count: true }),
      db.delivery.groupBy({ by: ["status"], _count: true, _sum: { attempts: true } }),
      db.reportRun.aggregate({ _sum: { renderMs: true }, _count: { renderMs: true } }),
      db.reportSchedule.count({ where: { failureStreak: { gt: 0 } } }),
    ]);
    const lines = [
      "# HELP scrutineer_runs_total Report runs by status.",
      "# TYPE scrutineer_runs_total counter",
      ...runs.map((r) => `scrutineer_runs_total{status="${r.status}"} ${r._count}`),
      "# HELP scrutineer_deliveries_total Deliveries by status.",
      "# TYPE scrutineer_deliveries_total counter",
      ...deliveries.map((d) => `scrutineer_deliveries_total{status="${d.status}"} ${d._count}`),
      "# HELP scrutineer_delivery_attempts_total Delivery attempts, retries included.",
      "# TYPE scrutineer_delivery_attempts_total counter",
      `scrutineer_delivery_attempts_total ${deliveries.reduce((n, d) => n + (d._sum.attempts ?? 0), 0)}`,
      "# HELP scrutineer_delivery_failures_total Deliveries that failed.",
      "# TYPE scrutineer_delivery_failures_total counter",
      `scrutineer_delivery_failures_total ${deliveries.find((d) => d.status === "failed")?._count ?? 0}`,
      "# HELP scrutineer_render_seconds Time spent rendering reports.",
      "# TYPE scrutineer_render_seconds summary",
      `scrutineer_render_seconds_sum ${((render._sum.renderMs ?? 0) / 1000).toFixed(3)}`,
      `scrutineer_render_seconds_count ${render._count.renderMs}`,
      "# HELP scrutineer_schedules_failing Schedules whose last run failed.",
      "# TYPE scrutineer_schedules_failing gauge",
      `scrutineer_schedules_failing ${streaks}`,
      ...answerLines(deps.answers?.stats()),
      "",
    ];
    res.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
    res.end(lines.join("\n"));
  };
}

/** This process's answer cache: how often a question was answered without building the answer again. */
function answerLines(stats: AnswerCacheStats | undefined): string[] {
  if (!stats) return [];
  return [
    "# HELP scrutineer_answers_total Chat answers by this bot process, by whether a kept answer was still current.",
    "# TYPE scrutineer_answers_total counter",
    `scrutineer_answers_total{cache="hit"} ${stats.hits}`,
    `scrutineer_answers_total{cache="miss"} ${stats.misses}`,
  ];
}
