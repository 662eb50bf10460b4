// Configuration is read from the environment once, at start, and validated here.
// Everything else receives the parsed object: nothing reads process.env after this.
import { z } from "zod";
import { UserError } from "./errors.js";

const optionalString = z.string().trim().min(1).optional().catch(undefined);
const csv = z.string().optional().transform((s) => (s ?? "").split(",").map((x) => x.trim().toLowerCase()).filter(Boolean));
const flag = z.enum(["true", "false", "1", "0", ""]).optional().transform((v) => v === "true" || v === "1");

export const configSchema = z.object({
  DATABASE_URL: z.string().default("file:./data/scrutineer.db")
    .refine((u) => u.startsWith("file:") || u.startsWith("postgres://") || u.startsWith("postgresql://"),
      "DATABASE_URL must be file:… (SQLite) or postgresql://…"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString,
  SLACK_API_URL: z.string().url().default("https://slack.com/api/"),
  MICROSOFT_APP_ID: optionalString,
  MICROSOFT_APP_PASSWORD: optionalString,
  MICROSOFT_APP_TENANT_ID: optionalString,
  TEAMS_ALLOW_UNAUTHENTICATED: flag,
  SCRUTINEER_ADMINS: csv,
  PUBLIC_BASE_URL: z.string().url().optional(),
  PUPPETEER_EXECUTABLE_PATH: optionalString,
  SCRUTINEER_NOW: z.string().optional().refine((s) => !s || /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(s), "SCRUTINEER_NOW must be YYYY-MM-DD or an ISO time"),
  TZ: z.string().default("Europe/London").refine(isValidZone, "TZ is not a known time zone"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  SCRUTINEER_DATA_DIR: z.string().default("./data"),
  SCRUTINEER_REPORTS_DIR: z.string().default("./data/reports"),
  // Signs the expiring links to stored PDFs; without it a random secret is kept in the data folder.
  REPORT_LINK_SECRET: z.string().min(16, "REPORT_LINK_SECRET must be at least 16 characters").optional(),
  REPORT_LINK_TTL_DAYS: z.coerce.number().int().min(1).max(366).default(30),
  // Where the worker tells admins a schedule has started failing, and when it recovers: slack:<channel id>.
  SCRUTINEER_ALERTS_TO: z.string().regex(/^slack:\S+$/, "SCRUTINEER_ALERTS_TO must be slack:<channel id>").optional(),
  WORKER_MISFIRE_HOURS: z.coerce.number().min(0).max(24 * 14).default(6),
  // A run whose worker stops renewing this lease (it died) is resumed by another worker.
  WORKER_LEASE_SECONDS: z.coerce.number().int().min(10).max(86_400).default(600),
  REMINDER_DAYS: z.coerce.number().int().min(0).max(60).default(7),
});

export type RawConfig = z.infer<typeof configSchema>;

export interface Config extends RawConfig {
  publicBaseUrl: string;
  slackEnabled: boolean;
  teamsEnabled: boolean;
  provider: "sqlite" | "postgresql";
}

function isValidZone(zone: string): boolean {
  try { new Intl.DateTimeFormat("en-GB", { timeZone: zone }); return true; } catch { return false; }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // TZ=":/etc/localtime" style values come from containers; treat them as unset.
  const cleaned = { ...env, TZ: env.TZ && !env.TZ.startsWith(":") ? env.TZ : undefined };
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(`configuration: ${issue.path.join(".")}: ${issue.message}`, "config");
  }
  const c = parsed.data;
  return {
    ...c,
    publicBaseUrl: (c.PUBLIC_BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ""),
    slackEnabled: Boolean(c.SLACK_SIGNING_SECRET && c.SLACK_BOT_TOKEN),
    teamsEnabled: Boolean(c.MICROSOFT_APP_ID || c.TEAMS_ALLOW_UNAUTHENTICATED),
    provider: c.DATABASE_URL.startsWith("file:") ? "sqlite" : "postgresql",
  };
}
