// The worker's cron code behind core's ScheduleTools port: the bot passes this in so "schedule"
// works from Slack and Teams, while core itself never imports cron code.
import type { ScheduleTools } from "../../core/commands/context.js";
import { describeCron, nextRuns, validateCron } from "./cron.js";

export const scheduleTools: ScheduleTools = {
  validate: validateCron,
  describe: describeCron,
  nextRuns,
};
