// Period wording for reports: "Q2 2020/21", "updated to end of quarter two 2020/21 (July to September 2020)".
import { DateTime } from "luxon";
import { describePeriod, parsePeriod, periodRange } from "../dates.js";

/** "Q2 2020/21" */
export function periodLabel(period: string): string {
  const { startYear, quarter } = parsePeriod(period);
  return `Q${quarter} ${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** "July to September 2020" */
export function periodMonths(period: string): string {
  const { from, to } = periodRange(period);
  const a = DateTime.fromISO(from).setLocale("en-GB");
  const b = DateTime.fromISO(to).setLocale("en-GB");
  return a.year === b.year ? `${a.toFormat("LLLL")} to ${b.toFormat("LLLL yyyy")}` : `${a.toFormat("LLLL yyyy")} to ${b.toFormat("LLLL yyyy")}`;
}

/** "updated to end of quarter two 2020/21 (July to September 2020)" */
export function updatedTo(period: string): string {
  return `updated to end of ${describePeriod(period).replace(" of ", " ")} (${periodMonths(period)})`;
}

export function capitalise(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}
