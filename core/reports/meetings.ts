// The meetings report: the committee's next meetings, with agenda items, report authors,
// agenda despatch dates and public-question deadlines.
import { DateTime } from "luxon";
import type { Deps, Tenant } from "../context.js";
import { workingDaysBetween, type IsoDate } from "../dates.js";
import { today as todayOf } from "../queries/actions.js";
import { upcomingMeetings } from "../queries/meetings.js";

export interface MeetingView {
  date: IsoDate;
  time: string | null;
  place: string | null;
  status: string;
  webcastUrl: string | null;
  /** The webcast address when it is a web link; anything else prints as text only. */
  webcastLink: string | null;
  despatchDate: IsoDate | null;
  /** Working days from today to the despatch date; negative once it has passed. */
  despatchWorkingDays: number | null;
  /** The deadline as a wall-clock day and time in the council's zone. */
  questionDeadline: { date: IsoDate; time: string } | null;
  items: { number: number; title: string; description: string | null; reportAuthor: string | null; formOfScrutiny: string | null; confidential: boolean }[];
}

export interface MeetingsReport { asOf: IsoDate; meetings: MeetingView[]; confidentialItems: number }

export const DEFAULT_MEETINGS_SHOWN = 4;

/** Only web links are kept as links; anything else (javascript:, file:, data:) prints as plain text. */
export function safeWebUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
  } catch {
    return null;
  }
}

export async function meetingsReport(deps: Pick<Deps, "db" | "clock">, tenant: Tenant, opts: { committeeId: number; limit?: number }): Promise<MeetingsReport> {
  const asOf = todayOf(deps, tenant);
  const rows = await upcomingMeetings(deps, tenant, { from: asOf, committeeIds: [opts.committeeId], limit: opts.limit ?? DEFAULT_MEETINGS_SHOWN });
  let confidentialItems = 0;
  const meetings = rows.map((m): MeetingView => {
    const deadline = m.questionDeadline ? DateTime.fromJSDate(m.questionDeadline, { zone: tenant.zone }) : null;
    return {
      date: m.date, time: m.time, place: m.place, status: m.status, webcastUrl: m.webcastUrl, webcastLink: safeWebUrl(m.webcastUrl),
      despatchDate: m.despatchDate,
      despatchWorkingDays: m.despatchDate ? workingDaysBetween(asOf, m.despatchDate) : null,
      questionDeadline: deadline ? { date: deadline.toISODate()!, time: deadline.toFormat("HH:mm") } : null,
      items: m.items.map((i, n) => {
        const confidential = i.classification === "exempt";
        if (confidential) confidentialItems++;
        return {
          number: n + 1, confidential,
          title: confidential ? "Exempt item: title withheld from this report" : i.title,
          description: confidential ? null : i.description,
          reportAuthor: confidential ? null : i.reportAuthor,
          formOfScrutiny: confidential ? null : i.formOfScrutiny,
        };
      }),
    };
  });
  return { asOf, meetings, confidentialItems };
}
