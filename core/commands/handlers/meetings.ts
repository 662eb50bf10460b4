import type { Deps } from "../../context.js";
import { formatLongDate } from "../../dates.js";
import { today as todayOf } from "../../queries/actions.js";
import { meetingsOn, upcomingMeetings } from "../../queries/meetings.js";
import type { Reply } from "../../reply.js";
import type { CommandContext } from "../context.js";
import { meetingItem } from "../format.js";

export async function meetingsReply(deps: Deps, ctx: CommandContext, c: { from?: string; nextOnly: boolean }): Promise<Reply> {
  const today = todayOf(deps, ctx.tenant);
  const from = c.from ?? today;
  const meetings = await upcomingMeetings(deps, ctx.tenant, {
    from, committeeIds: ctx.committee ? [ctx.committee.id] : undefined, limit: c.nextOnly ? 1 : 6,
  });
  if (!meetings.length) return { title: `No meetings from ${formatLongDate(from)}`, sections: [{ text: "None are scheduled yet." }] };
  return {
    title: c.nextOnly ? "The next meeting" : `Meetings from ${formatLongDate(from)}`,
    summary: ctx.committee?.name ?? ctx.tenant.name,
    sections: meetings.map((m) => ({ items: [meetingItem(m, ctx, today)] })),
  };
}

export async function agendaReply(deps: Deps, ctx: CommandContext, date?: string): Promise<Reply> {
  const today = todayOf(deps, ctx.tenant);
  const committeeIds = ctx.committee ? [ctx.committee.id] : undefined;
  const meetings = date
    ? await meetingsOn(deps, ctx.tenant, date, committeeIds)
    : await upcomingMeetings(deps, ctx.tenant, { from: today, committeeIds, limit: 1 });
  if (!meetings.length) {
    const next = date ? await upcomingMeetings(deps, ctx.tenant, { from: date, committeeIds, limit: 1 }) : [];
    return {
      title: date ? `No meeting on ${formatLongDate(date)}` : "No meetings are scheduled",
      tone: "warning",
      sections: next[0] ? [{ text: `The next one is on ${formatLongDate(next[0].date)}: try "agenda ${next[0].date}".` }] : [],
    };
  }
  return {
    title: `Agenda: ${formatLongDate(meetings[0]!.date)}`,
    sections: meetings.map((m) => {
      const item = meetingItem(m, ctx, today);
      return {
        heading: m.committee.name,
        fields: item.fields,
        items: m.items.filter((i) => i.classification !== "exempt" || ctx.audience === "private").map((i, n) => ({
          title: `${n + 1}. ${i.title}`,
          text: i.description ?? undefined,
          fields: [
            ...(i.reportAuthor ? [{ label: "Report author", value: i.reportAuthor }] : []),
            ...(i.formOfScrutiny ? [{ label: "Form of scrutiny", value: i.formOfScrutiny }] : []),
          ],
        })),
      };
    }),
  };
}
