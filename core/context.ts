// What every domain operation is given: its dependencies, and whose data it may see.
import type { Db } from "./db.js";
import type { Clock } from "./clock.js";
import type { Logger } from "./logger.js";
import type { AnswerCache } from "./commands/answer-cache.js";

export interface Deps {
  db: Db;
  clock: Clock;
  log: Logger;
  /** Long-running surfaces (the bot) keep answers to read-only questions until the data changes. */
  answers?: AnswerCache;
}

/** One council's data: every query is scoped to exactly one. */
export interface Tenant {
  councilId: number;
  slug: string;
  name: string;
  zone: string;
}

/** Who is asking, as far as we know. */
export interface Actor {
  personId: number | null;
  name: string;        // for audit: a person's name, "cli", or a chat user id
  isAdmin: boolean;
  channel: "cli" | "slack" | "teams" | "worker";
}
