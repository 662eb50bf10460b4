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

/**
 * runsBetween, memoised for the worker's once-a-minute due check. Per (cron, time zone) it keeps
 * the first run time after each `after` it was asked about (a schedule's last run, or its creation),
 * so a schedule that is not due costs a map lookup rather than a parse and an expansion. Only when
 * that first time has come is the expansion done, by runsBetween itself from the same `after`: the
 * answers (summer time included) are exactly runsBetween's.
 */
export class CronTimes {
  private readonly byCron = new Map<string, Map<number, number>>();
  /** Lookups answered from memory, and expansions computed; for tests and the benchmark. */
  readonly stats = { hits: 0, misses: 0 };

  constructor(private readonly maxPerCron = 4096, private readonly maxCrons = 10_000) {}

  runsBetween(expression: string, timezone: string, after: Date, upTo: Date): Date[] {
    const next = this.firstAfter(expression, timezone, after);
    return next > upTo.getTime() ? [] : runsBetween(expression, timezone, after, upTo);
  }

  /** The first run time after `after` (ms), computed once per (cron, time zone, after). */
  private firstAfter(expression: string, timezone: string, after: Date): number {
    const key = `${expression.trim()}\u0000${timezone}`;
    let known = this.byCron.get(key);
    if (!known) {
      if (this.byCron.size >= this.maxCrons) this.byCron.delete(this.byCron.keys().next().value!);
      known = new Map();
      this.byCron.set(key, known);
    }
    const cached = known.get(after.getTime());
    if (cached !== undefined) { this.stats.hits++; return cached; }
    this.stats.misses++;
    // Throws for an unusable expression, as runsBetween would; nothing is remembered then.
    const it = CronExpressionParser.parse(expression.trim(), { tz: timezone, currentDate: after });
    const next = it.hasNext() ? it.next().getTime() : Infinity;
    if (known.size >= this.maxPerCron) known.delete(known.keys().next().value!); // the oldest `after` first
    known.set(after.getTime(), next);
    return next;
  }
}
