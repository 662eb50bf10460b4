// A worker under test: a fresh database, the local Slack and Bot Framework stand-ins, the bot's
// HTTP server (for report links), and an App configured as the worker process would be.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp, type App } from "../../bin/app.js";
import { createBotServer } from "../../bot/server.js";
import { addSchedule } from "../../core/queries/schedules.js";
import { freshDb, type TestDb } from "../helpers/db.js";
import { freshPostgres } from "../helpers/postgres.js";
import { createDb, type Db } from "../../core/db.js";
import { setupDatabase } from "../../core/setup.js";
import { silentLogger } from "../../core/logger.js";
import { resolveTenant } from "../../core/queries/tenant.js";
import { fixedClock, parseNow } from "../../core/clock.js";
import { startFakeSlackApi, type FakeSlackApi } from "../fakes/slack-api.js";
import { startFakeConnector, type FakeConnector } from "../fakes/bf-connector.js";

export const SLACK_TOKEN = "xoxb-worker-test";
export const CYP_CHANNEL = "C0CYPSCRUT";
export const ADMIN_CHANNEL = "C0ADMINS";
export const TEAMS_CONVERSATION = "19:cyp-scrutiny@thread.tacv2";

export interface WorkerHarness {
  /** The database the worker uses: SQLite by default, PostgreSQL when asked. */
  db: Db;
  t: TestDb;
  slack: FakeSlackApi;
  connector: FakeConnector;
  env: Record<string, string>;
  botUrl: string;
  teamsLinkId: number;
  app(): App;
  schedule(kind: string, targets: string[], cron?: string): Promise<number>;
  close(): Promise<void>;
}

export async function startWorkerHarness(opts: { postgres?: boolean } = {}): Promise<WorkerHarness> {
  const t = await freshDb();
  const pg = opts.postgres ? await freshPostgres() : null;
  const db = pg ? createDb(pg.url) : t.db;
  if (pg) await setupDatabase(db, "postgresql", silentLogger);
  const slack = await startFakeSlackApi({ token: SLACK_TOKEN, channels: [CYP_CHANNEL, ADMIN_CHANNEL] });
  const connector = await startFakeConnector();
  const dataDir = mkdtempSync(join(tmpdir(), "scrutineer-worker-"));
  const env: Record<string, string> = {
    DATABASE_URL: pg?.url ?? t.url, SCRUTINEER_NOW: "2020-11-23", LOG_LEVEL: "silent",
    SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_SIGNING_SECRET: "worker-test-signing-secret", SLACK_API_URL: slack.url,
    TEAMS_ALLOW_UNAUTHENTICATED: "true", SCRUTINEER_ALERTS_TO: `slack:${ADMIN_CHANNEL}`,
    SCRUTINEER_DATA_DIR: dataDir, SCRUTINEER_REPORTS_DIR: join(dataDir, "reports"), PATH: process.env.PATH ?? "",
  };
  const botApp = createApp(env);
  const server: Server = await createBotServer({ config: botApp.config, deps: botApp.deps() });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const botUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  env.PUBLIC_BASE_URL = botUrl;

  const council = await db.council.findUniqueOrThrow({ where: { slug: "herefordshire" } });
  const committee = await db.committee.findUniqueOrThrow({ where: { slug: "herefordshire-cyp" } });
  const link = await db.channelLink.create({
    data: {
      councilId: council.id, platform: "teams", workspaceId: "tenant-1", channelId: TEAMS_CONVERSATION, committeeId: committee.id,
      serviceUrl: `${connector.url}/`,
      conversationRef: JSON.stringify({
        channelId: "msteams", serviceUrl: `${connector.url}/`, bot: { id: "28:scrutineer", name: "Scrutineer" },
        conversation: { id: TEAMS_CONVERSATION, isGroup: true, conversationType: "channel", tenantId: "tenant-1" },
      }),
    },
  });
  const apps: App[] = [botApp];
  return {
    db, t, slack, connector, env, botUrl, teamsLinkId: link.id,
    app: () => { const a = createApp(env); apps.push(a); return a; },
    async schedule(kind, targets, cron = "0 9 * 1,4,7,10 1#1") {
      const tenant = await resolveTenant({ db }, "herefordshire");
      const s = await addSchedule({ db, clock: fixedClock(parseNow("2020-11-23", "Europe/London")) }, tenant, { personId: null, name: "test admin", isAdmin: true, channel: "cli" }, {
        cron, timezone: "Europe/London", kind: kind as never, committeeId: committee.id, period: "latest", targets,
      });
      return s.id;
    },
    async close() {
      await new Promise<void>((r) => { server.close(() => r()); server.closeAllConnections(); });
      for (const a of apps) await a.close();
      await slack.close();
      await connector.close();
      if (pg) { await db.$disconnect(); await pg.drop(); }
      await t.close();
    },
  };
}
