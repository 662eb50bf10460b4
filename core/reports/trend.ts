// Which of a measure's figures form a time series worth drawing as a trend line.
// Plans mix time points ("Q1 2020/21", "Outturn 2019/20", "Sept 2020") with breakdowns
// ("Assessment Team 1"); only time points belong on a trend line.
import type { MeasureStatus, PeriodValue } from "../queries/plan.js";

export interface TrendPoint { label: string; value: number; display: string }

const TIME_LIKE = /\b(19|20)\d{2}\b|\b\d{2}\/\d{2}\b|\bQ[1-4]\b|\boutturn\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;

export function isTimePoint(v: PeriodValue): boolean {
  return v.value !== null && Number.isFinite(v.value) && (v.period !== null || TIME_LIKE.test(v.label));
}

/** Baselines (earlier outturns) then the period values, in the plan's order; null with fewer than two. */
export function trendPoints(m: Pick<MeasureStatus, "baselines" | "values">): TrendPoint[] | null {
  const values = m.values.filter(isTimePoint);
  // A breakdown (teams, services) is not a series, even if one label happens to look like a date.
  if (values.length < m.values.filter((v) => v.value !== null).length) return null;
  const points = [...m.baselines.filter(isTimePoint), ...values].map((v) => ({ label: v.label, value: v.value!, display: v.display }));
  return points.length >= 2 ? points : null;
}
