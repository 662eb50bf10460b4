// The composition root: config, logger, clock and database, built once per process.
import { loadConfig, type Config } from "../core/config.js";
import { createLogger, type Logger } from "../core/logger.js";
import { clockFrom, type Clock } from "../core/clock.js";
import { createDb, type Db } from "../core/db.js";
import { resolveTenant } from "../core/queries/tenant.js";
import type { Deps, Tenant } from "../core/context.js";

export interface App {
  config: Config;
  log: Logger;
  clock: Clock;
  /** Opened on first use, so commands that need no database start fast. */
  db(): Db;
  deps(): Deps;
  tenant(slug?: string): Promise<Tenant>;
  close(): Promise<void>;
}

/** One-shot commands log warnings only, so their output stays readable; servers log info. */
export function createApp(env: Record<string, string | undefined> = process.env, overrides: { now?: string; logLevel?: string } = {}): App {
  const config = loadConfig(env);
  const log = createLogger(config.LOG_LEVEL ?? overrides.logLevel ?? "warn");
  const clock = clockFrom(overrides.now ?? config.SCRUTINEER_NOW, config.TZ);
  let db: Db | undefined;
  const app: App = {
    config, log, clock,
    db: () => (db ??= createDb(config.DATABASE_URL)),
    deps: () => ({ db: app.db(), clock, log }),
    tenant: (slug) => resolveTenant({ db: app.db() }, slug),
    close: async () => { await db?.$disconnect(); },
  };
  return app;
}
