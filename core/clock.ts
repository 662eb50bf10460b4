// An injected clock, so "today" is a parameter: tests and demos pin it with SCRUTINEER_NOW.
import { DateTime } from "luxon";
import { UserError } from "./errors.js";

export interface Clock { now(): Date }

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()) };
}

/**
 * "2020-11-23" means 09:00 that day in the council's zone: the start of an office day,
 * so a deadline later that day is still ahead and one of yesterday is past.
 */
export function parseNow(value: string, zone: string): Date {
  const dt = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? DateTime.fromISO(`${value}T09:00`, { zone })
    : DateTime.fromISO(value, { zone });
  if (!dt.isValid) throw new UserError(`"${value}" is not a date: use YYYY-MM-DD, e.g. 2020-11-23`);
  return dt.toJSDate();
}

export function clockFrom(now: string | undefined, zone: string): Clock {
  return now ? fixedClock(parseNow(now, zone)) : systemClock;
}
