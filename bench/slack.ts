// Signed slash commands over HTTP, with autocannon at concurrency 10, on a council of 100,000 actions.
// Baseline: a bare Bolt app (its own HTTPReceiver) that only acks, measured in the same run.
// Targets: Scrutineer's throughput at least 50% of bare Bolt's, and its p99 at most 2x bare Bolt's.
// Run alone: node --import tsx bench/slack.ts   (BENCH_SLACK_SECONDS=10 BENCH_SLACK_ACTIONS=100000)
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { App, LogLevel } from "@slack/bolt";
import { createDb } from "../core/db.js";
import { loadConfig } from "../core/config.js";
import { silentLogger } from "../core/logger.js";
import { setupDatabase } from "../core/setup.js";
import { fixedClock, parseNow } from "../core/clock.js";
import { resolveTenant } from "../core/queries/tenant.js";
import { linkChannel } from "../core/queries/channels.js";
import { createBotServer } from "../bot/server.js";
import { AnswerCache } from "../core/commands/answer-cache.js";
import { dataVersionOf, noDataVersion } from "../core/data-version.js";
import { recordProgress } from "../core/queries/actions.js";
import { startFakeSlackApi } from "../test/fakes/slack-api.js";
import { generateCouncil } from "./generate-data.js";

const SECRET = "bench-signing-secret";
const TOKEN = "xoxb-bench";
const TEAM = "T0BENCH";

interface Run { label: string; requestsPerSecond: number; p50: number; p99: number; requests: number; non2xx: number; errors: number; timeouts: number }

function signedCommand(path: string, text: string, channel: string, user: string, responseUrl: string) {
  const body = new URLSearchParams({
    token: "legacy", team_id: TEAM, team_domain: "bench", channel_id: channel, channel_name: "bench", user_id: user, user_name: "bench.user",
    command: "/scrutiny", text, api_app_id: "A0BENCH", response_url: responseUrl, trigger_id: "1.2.3",
  }).toString();
  // Signed now: a run lasts well under the 5-minute window.
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${ts}:${body}`).digest("hex")}`;
  return { method: "POST" as const, path, body, headers: { "content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": String(ts), "x-slack-signature": signature } };
}

async function load(label: string, url: string, request: ReturnType<typeof signedCommand>, seconds: number): Promise<Run> {
  // Warm up (JIT, SQLite page cache, prepared statements), then measure.
  await autocannon({ url, connections: 10, duration: Math.min(2, seconds), requests: [request], workers: 1 });
  const r = await autocannon({ url, connections: 10, duration: seconds, requests: [request], workers: 1 });
  return {
    label, requestsPerSecond: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99,
    requests: r.requests.total, non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts,
  };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function benchSlack(opts: { actions?: number; committees?: number; seconds?: number } = {}): Promise<object> {
  const actions = opts.actions ?? Number(process.env.BENCH_SLACK_ACTIONS ?? 100_000);
  const committees = opts.committees ?? 50;
  const seconds = opts.seconds ?? Number(process.env.BENCH_SLACK_SECONDS ?? 10);
  const dir = mkdtempSync(join(tmpdir(), "scrutineer-bench-slack-"));
  const url = `file:${join(dir, "bench.db")}`;
  const db = createDb(url);
  const fake = await startFakeSlackApi({ token: TOKEN, teamId: TEAM });
  const closers: (() => Promise<void>)[] = [];
  try {
    const generateStarted = Date.now();
    await setupDatabase(db, "sqlite", silentLogger, []);
    const council = await generateCouncil(db, { committees, actions });
    const generateSeconds = (Date.now() - generateStarted) / 1000;
    // The bench user is an officer who owns actions and sits on the first committee.
    const officer = council.people[0]!;
    fake.addUser({ id: "U0BENCH", name: "bench.user", email: officer.email });

    const config = loadConfig({
      DATABASE_URL: url, SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: fake.url,
      SCRUTINEER_NOW: "2020-11-23", TZ: "Europe/London", LOG_LEVEL: "silent",
    });
    // The bot keeps answers until the data changes; the bench holds the cache to report how often it helped.
    const answers = new AnswerCache(dataVersionOf(db));
    closers.push(async () => answers.close());
    const deps = { db, clock: fixedClock(parseNow("2020-11-23", config.TZ)), log: silentLogger, answers };
    const tenant = await resolveTenant(deps, council.slug);
    // A committee's own channel: the usual place to ask.
    await linkChannel(deps, tenant, { personId: null, name: "bench", isAdmin: true, channel: "cli" }, { platform: "slack", workspaceId: TEAM, channelId: "C0COMMITTEE", committeeId: council.committeeIds[0]! });
    const scrutineer = await createBotServer({ config, deps });
    const scrutineerUrl = await listen(scrutineer);
    closers.push(() => new Promise((r) => { scrutineer.closeAllConnections(); scrutineer.close(() => r()); }));
    // The same bot building every answer afresh, to show what keeping answers is worth.
    const unkept = await createBotServer({ config, deps: { ...deps, answers: new AnswerCache(noDataVersion) } });
    const unkeptUrl = await listen(unkept);
    closers.push(() => new Promise((r) => { unkept.closeAllConnections(); unkept.close(() => r()); }));

    const bare = new App({ signingSecret: SECRET, token: TOKEN, clientOptions: { slackApiUrl: fake.url }, logLevel: LogLevel.ERROR });
    bare.command(/^\/.+/, async ({ ack }) => { await ack(); });
    const bareServer = (await bare.start(0)) as Server;
    const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}`;
    closers.push(async () => { await bare.stop(); });

    const responseUrl = fake.responseUrl("bench");
    const text = "due this week";
    // Check the answer is the real one before timing it.
    const probe = signedCommand("/slack/events", text, "C0COMMITTEE", "U0BENCH", responseUrl);
    const answer = await (await fetch(`${scrutineerUrl}${probe.path}`, { method: "POST", headers: probe.headers, body: probe.body })).json() as { blocks?: unknown[]; text?: string };
    if (!answer.blocks || !/^Due this week/.test(answer.text ?? "")) throw new Error(`unexpected answer: ${JSON.stringify(answer).slice(0, 300)}`);

    const runs: Run[] = [];
    runs.push(await load("bare Bolt (ack only)", `${bareUrl}/slack/events`, signedCommand("/slack/events", text, "C0COMMITTEE", "U0BENCH", responseUrl), seconds));
    runs.push(await load(`Scrutineer "${text}", committee channel`, `${scrutineerUrl}/slack/events`, signedCommand("/slack/events", text, "C0COMMITTEE", "U0BENCH", responseUrl), seconds));
    runs.push(await load(`Scrutineer "${text}", whole council (unlinked channel)`, `${scrutineerUrl}/slack/events`, signedCommand("/slack/events", text, "C0OTHER", "U0BENCH", responseUrl), seconds));
    runs.push(await load("Scrutineer \"help\" (adapter overhead, no data)", `${scrutineerUrl}/slack/events`, signedCommand("/slack/events", "help", "C0COMMITTEE", "U0BENCH", responseUrl), seconds));
    const kept = answers.stats();
    // Progress recorded on the committee's actions five times a second while officers ask: each write
    // makes the kept answer old, so the next asker builds it again.
    const committeeActions = await db.action.findMany({ where: { committeeId: council.committeeIds[0]!, status: { not: "complete" } }, select: { id: true }, take: 50 });
    const admin = { personId: null, name: "bench", isAdmin: true, channel: "cli" as const };
    let writes = 0;
    const writer = setInterval(() => {
      const actionId = committeeActions[writes % committeeActions.length]!.id;
      writes++;
      void recordProgress(deps, tenant, admin, { actionId, text: `Bench progress ${writes}`, requestKey: `bench-${Date.now()}-${writes}` }).catch(() => {});
    }, 200);
    try {
      runs.push(await load(`Scrutineer "${text}", committee channel, progress recorded 5 times a second`, `${scrutineerUrl}/slack/events`, signedCommand("/slack/events", text, "C0COMMITTEE", "U0BENCH", responseUrl), seconds));
    } finally { clearInterval(writer); }
    runs.push(await load(`Scrutineer "${text}", committee channel, every answer built afresh (no answer cache)`, `${unkeptUrl}/slack/events`, signedCommand("/slack/events", text, "C0COMMITTEE", "U0BENCH", responseUrl), seconds));

    const [base, main, council2, help, writing, unkeptRun] = runs as [Run, Run, Run, Run, Run, Run];
    const ratio = (r: Run) => ({
      throughputVsBare: round(r.requestsPerSecond / base.requestsPerSecond),
      p99VsBare: round(r.p99 / Math.max(base.p99, 1)),
    });
    const followUps = fake.callsTo("response_url").length;
    return {
      data: { ...council.counts, generateSeconds: round(generateSeconds) },
      concurrency: 10, secondsPerRun: seconds, command: `/scrutiny ${text}`,
      runs,
      ratios: { committeeChannel: ratio(main), wholeCouncil: ratio(council2), help: ratio(help), whileWriting: ratio(writing), noAnswerCache: ratio(unkeptRun) },
      answerCache: { ...kept, writesDuringWritingRun: writes },
      targets: { throughputVsBare: ">= 0.5", p99VsBare: "<= 2" },
      met: {
        committeeChannel: ratio(main).throughputVsBare >= 0.5 && ratio(main).p99VsBare <= 2,
        wholeCouncil: ratio(council2).throughputVsBare >= 0.5 && ratio(council2).p99VsBare <= 2,
      },
      // Answers that missed the in-ack budget and went out through response_url instead.
      followUpsThroughResponseUrl: followUps,
    };
  } finally {
    for (const close of closers.reverse()) await close().catch(() => {});
    await fake.close();
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.dir(await benchSlack(), { depth: 6 });
}
