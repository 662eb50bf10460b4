import type { Deps } from "../../core/context.js";
import type { ScheduleTools } from "../../core/commands/context.js";
import type { AskerCache } from "./asker.js";

/** What the Slack listeners share: the domain's dependencies and the admins' emails. */
export interface SlackDeps {
  deps: Deps;
  admins: string[];
  /** How long a slash command may take before it is acked and answered through response_url. */
  ackBudgetMs: number;
  /** Resolved askers, for answers; writes always resolve afresh. */
  askers: AskerCache;
  /** The worker's cron tools, so admins can manage report schedules from Slack. */
  schedules?: ScheduleTools;
}
