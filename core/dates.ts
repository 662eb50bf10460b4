// Calendar rules for UK councils: en-GB wording, Europe/London wall time across summer-time
// changes, financial-year quarters, and working days that skip England and Wales bank holidays.
import { DateTime } from "luxon";
import Holidays from "date-holidays";
import { UserError } from "./errors.js";

export type IsoDate = string; // YYYY-MM-DD, a calendar day in the council's zone

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// The hot paths (every chat question turns "now" into a day and a week) avoid Luxon, which costs tens
// of microseconds a call: Intl does the zone, and calendar days are plain UTC day numbers.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function toLocalDate(instant: Date, zone: string): IsoDate {
  let format = dayFormats.get(zone);
  if (!format) {
    // en-CA writes YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(zone, format);
  }
  return format.format(instant);
}

const DAY_MS = 86_400_000;
const ISO_DATE_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1 January 1970, for a real calendar day; anything else is refused as parseIsoDate refuses it. */
function dayNumber(date: IsoDate): number {
  const m = ISO_DATE_PARTS.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const at = new Date(Date.UTC(y, mo - 1, d));
    if (y >= 1000 && at.getUTCFullYear() === y && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d) return at.getTime() / DAY_MS;
  }
  return parseIsoDate(date).toMillis() / DAY_MS;
}

function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Formatting the same few days over and over is common (every answer has them); the results are kept. */
function memo(fn: (date: IsoDate) => string): (date: IsoDate) => string {
  const kept = new Map<IsoDate, string>();
  return (date) => {
    let out = kept.get(date);
    if (out === undefined) {
      out = fn(date);
      if (kept.size >= 20_000) kept.clear();
      kept.set(date, out);
    }
    return out;
  };
}

export function parseIsoDate(value: string): DateTime {
  const dt = ISO_DATE.test(value) ? DateTime.fromISO(value, { zone: "UTC" }) : DateTime.invalid("format");
  if (!dt.isValid) throw new UserError(`"${value}" is not a real date (expected YYYY-MM-DD)`);
  return dt;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The instant of a wall-clock time in a zone; Luxon applies the right UTC offset for BST or GMT. */
export function instantFor(date: IsoDate, time: string | null, zone: string): Date {
  const dt = DateTime.fromISO(`${date}T${time ?? "00:00"}`, { zone });
  if (!dt.isValid) throw new UserError(`"${date} ${time ?? ""}" is not a real date and time`);
  return dt.toJSDate();
}

/** "Tuesday 1 December 2020" */
export const formatLongDate = memo((date) => parseIsoDate(date).setLocale("en-GB").toFormat("cccc d LLLL yyyy"));

/** "Tue 1 Dec 2020" */
export const formatShortDate = memo((date) => parseIsoDate(date).setLocale("en-GB").toFormat("ccc d LLL yyyy"));

const formatMonth = memo((date) => parseIsoDate(date).setLocale("en-GB").toFormat("LLLL yyyy"));

/** "1.00pm", as councils print times. */
export function formatTime(time: string): string {
  const [h, m] = time.split(":").map(Number) as [number, number];
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}.${String(m).padStart(2, "0")}${h < 12 ? "am" : "pm"}`;
}

/** "5.00pm Wednesday 25 November 2020" */
export function formatInstant(instant: Date, zone: string): string {
  const dt = DateTime.fromJSDate(instant, { zone });
  return `${formatTime(dt.toFormat("HH:mm"))} ${formatLongDate(dt.toISODate()!)}`;
}

/** A due date as people read it: the day, or the month for month-precision dates. */
export function formatDue(dueDate: IsoDate | null, precision: string | null, dueText: string | null): string {
  if (!dueDate) return dueText?.trim() || "no date given";
  if (precision === "month") return formatMonth(dueDate);
  return formatLongDate(dueDate);
}

/** A seed or import due date ("2020-10-31" or "2020-12") as the last day it is due, with its precision. */
export function normaliseDue(date: string | null): { dueDate: IsoDate | null; duePrecision: "day" | "month" | null } {
  if (!date) return { dueDate: null, duePrecision: null };
  if (/^\d{4}-\d{2}$/.test(date)) {
    return { dueDate: DateTime.fromISO(`${date}-01`, { zone: "UTC" }).endOf("month").toISODate()!, duePrecision: "month" };
  }
  return { dueDate: parseIsoDate(date).toISODate()!, duePrecision: "day" };
}

export interface DateRange { from: IsoDate; to: IsoDate } // inclusive

/** Monday to Sunday, as UK offices count a week. */
export function weekOf(date: IsoDate): DateRange {
  const day = dayNumber(date);
  // 1 January 1970 was a Thursday: day 0 is 3 days after a Monday.
  const monday = day - ((day + 3) % 7 + 7) % 7;
  return { from: fromDayNumber(monday), to: fromDayNumber(monday + 6) };
}

export function monthOf(date: IsoDate): DateRange {
  const d = parseIsoDate(date);
  return { from: d.startOf("month").toISODate()!, to: d.endOf("month").toISODate()! };
}

// --- financial-year quarters: 2020-21-Q2 is July to September 2020 ---

const PERIOD = /^(\d{4})-(\d{2})-Q([1-4])$/;

export function parsePeriod(period: string): { startYear: number; quarter: number } {
  const m = PERIOD.exec(period);
  if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2])) {
    throw new UserError(`"${period}" is not a period: write e.g. 2020-21-Q2 (quarter 2 of 2020/21)`);
  }
  return { startYear: Number(m[1]), quarter: Number(m[3]) };
}

export function periodKey(startYear: number, quarter: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}-Q${quarter}`;
}

export function periodRange(period: string): DateRange {
  const { startYear, quarter } = parsePeriod(period);
  const start = DateTime.fromObject({ year: startYear, month: 4 + (quarter - 1) * 3, day: 1 }, { zone: "UTC" });
  return { from: start.toISODate()!, to: start.plus({ months: 3 }).minus({ days: 1 }).toISODate()! };
}

export function periodOf(date: IsoDate): string {
  const d = parseIsoDate(date);
  const startYear = d.month >= 4 ? d.year : d.year - 1;
  const quarter = Math.floor(((d.month + 8) % 12) / 3) + 1;
  return periodKey(startYear, quarter);
}

export function previousPeriod(period: string): string {
  const { startYear, quarter } = parsePeriod(period);
  return quarter === 1 ? periodKey(startYear - 1, 4) : periodKey(startYear, quarter - 1);
}

export function latestCompletedPeriod(today: IsoDate): string {
  return previousPeriod(periodOf(today));
}

/** "quarter two of 2020/21" */
export function describePeriod(period: string): string {
  const { startYear, quarter } = parsePeriod(period);
  const words = ["one", "two", "three", "four"][quarter - 1];
  return `quarter ${words} of ${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}

// --- working days ---

const bankHolidayCache = new Map<number, Set<IsoDate>>();

/** England and Wales bank holidays (the "GB"/"ENG" calendar of date-holidays), with substitute days. */
export function bankHolidays(year: number): Set<IsoDate> {
  let set = bankHolidayCache.get(year);
  if (!set) {
    const hd = new Holidays("GB", "ENG");
    set = new Set(hd.getHolidays(year).filter((h) => h.type === "public").map((h) => h.date.slice(0, 10)));
    bankHolidayCache.set(year, set);
  }
  return set;
}

export function isWorkingDay(date: IsoDate): boolean {
  const day = dayNumber(date);
  const weekday = ((day + 3) % 7 + 7) % 7; // 0 is Monday
  return weekday < 5 && !bankHolidays(Number(date.slice(0, 4))).has(date);
}

/** Moves by whole working days; negative counts go back (e.g. despatch 5 working days before a meeting). */
export function addWorkingDays(date: IsoDate, days: number): IsoDate {
  let d = date;
  const step = days < 0 ? -1 : 1;
  for (let left = Math.abs(days); left > 0;) {
    d = addDays(d, step);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** Working days after `from` up to and including `to` (0 when the same day; negative when `to` is earlier). */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  if (from === to) return 0;
  const sign = to > from ? 1 : -1;
  let count = 0;
  for (let d = from; d !== to;) {
    d = addDays(d, sign);
    if (isWorkingDay(d)) count++;
  }
  return sign * count;
}
