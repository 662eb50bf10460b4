// Cron expressions: validated, described in plain English, and expanded into run times in a
// time zone, so "0 9 * * 1" means 09:00 London time in both GMT and BST.
import { CronExpressionParser } from "cron-parser";
import cronstrue from "cronstrue";
import { UserError } from "../../core/errors.js";

const MAX_EXPANSION = 10_000;

export function validateCron(expression: string, timezone: string): void {
  const expr = expression.trim();
  const fields = expr.split(/\s+/);
  if (fields.length !== 5) {
    throw new UserError(`"${expression}" is not a cron expression: it needs 5 fields (minute hour day-of-month month day-of-week), e.g. "0 9 * * 1" for 09:00 every Monday.`);
  }
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: timezone });
  } catch {
    throw new UserError(`"${timezone}" is not a time zone; use e.g. Europe/London.`);
  }
  try {
    CronExpressionParser.parse(expr, { tz: timezone, strict: false });
  } catch (e) {
    throw new UserError(`"${expression}" is not a valid cron expression: ${(e as Error).message}.`);
  }
}

export function describeCron(expression: string): string {
  try {
    return cronstrue.toString(expression.trim(), { use24HourTimeFormat: true, verbose: false, locale: "en" });
  } catch {
    return expression;
  }
}

/** The next `count` run times after `from`. */
export function nextRuns(expression: string, timezone: string, from: Date, count: number): Date[] {
  const it = CronExpressionParser.parse(expression.trim(), { tz: timezone, currentDate: from });
  return Array.from({ length: count }, () => it.next().toDate());
}

/** Every run time in (after, upTo], oldest first; bounded so a "* * * * *" years behind cannot run away. */
export function runsBetween(expression: string, timezone: string, after: Date, upTo: Date): Date[] {
  const it = CronExpressionParser.parse(expression.trim(), { tz: timezone, currentDate: after, endDate: upTo });
  const out: Date[] = [];
  while (it.hasNext() && out.length < MAX_EXPANSION) {
    const d = it.next().toDate();
    if (d.getTime() > upTo.getTime()) break;
    out.push(d);
  }
  return out;
}
