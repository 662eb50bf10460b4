import type { Deps } from "../../context.js";
import { addDays, formatInstant, formatLongDate, instantFor, toLocalDate } from "../../dates.js";
import { listActions, today as todayOf } from "../../queries/actions.js";
import { meetingDatesIn } from "../../queries/meetings.js";
import type { Reply, ReplyItem, ReplySection } from "../../reply.js";
import type { DateWindow } from "../command.js";
import { canSeeExempt, type CommandContext } from "../context.js";
import { actionItem, meetingItem, relativeDay } from "../format.js";

const OVERDUE_SHOWN = 10;

/** Everything that falls due in a window, then what is already overdue. */
export async function dueReply(deps: Deps, ctx: CommandContext, window: DateWindow): Promise<Reply> {
  const today = todayOf(deps, ctx.tenant);
  const zone = ctx.tenant.zone;
  const committeeIds = ctx.committee ? [ctx.committee.id] : undefined;
  const committeeId = ctx.committee?.id;
  // One database connection serves these in turn: there is nothing to gain from Promise.all.
  const { meetings, ...deadlines } = await meetingDatesIn(deps, ctx.tenant, {
    from: window.from, to: window.to,
    fromInstant: instantFor(window.from, "00:00", zone), toInstant: instantFor(addDays(window.to, 1), "00:00", zone),
  }, committeeIds);
  const dueActions = await listActions(deps, ctx.tenant, { committeeId, dueFrom: window.from < today ? today : window.from, dueTo: window.to }, 20);
  const overdue = await listActions(deps, ctx.tenant, { committeeId, overdue: true }, OVERDUE_SHOWN);

  const dated: { at: number; item: ReplyItem }[] = [];
  for (const m of deadlines.despatches) {
    dated.push({
      at: instantFor(m.despatchDate!, "00:00", zone).getTime(),
      item: {
        title: `Agenda despatch for the ${formatLongDate(m.date)} meeting`,
        fields: [
          { label: "Despatch", value: `${formatLongDate(m.despatchDate!)} (${relativeDay(m.despatchDate!, today)})` },
          { label: "Committee", value: m.committee.name },
          { label: "Report authors", value: [...new Set(m.items.map((i) => i.reportAuthor).filter(Boolean))].join("; ") || "none listed" },
        ],
      },
    });
  }
  for (const m of deadlines.questions) {
    const day = toLocalDate(m.questionDeadline!, zone);
    dated.push({
      at: m.questionDeadline!.getTime(),
      item: {
        title: `Public questions deadline for the ${formatLongDate(m.date)} meeting`,
        fields: [
          { label: "Deadline", value: `${formatInstant(m.questionDeadline!, zone)} (${relativeDay(day, today)})` },
          { label: "Committee", value: m.committee.name },
        ],
      },
    });
  }
  dated.sort((a, b) => a.at - b.at);

  const sections: ReplySection[] = [];
  sections.push(dated.length
    ? { heading: "Deadlines", items: dated.map((d) => d.item) }
    : { heading: "Deadlines", text: "No agenda despatches or question deadlines." });
  if (meetings.length) sections.push({ heading: "Meetings", items: meetings.map((m) => meetingItem(m, ctx, today)) });
  const visible = <T extends { classification: string; committee: { id: number } }>(xs: T[]) =>
    xs.filter((a) => a.classification !== "exempt" || canSeeExempt(ctx, a.committee.id));
  const dueList = visible(dueActions.items);
  sections.push(dueList.length
    ? { heading: `Actions due (${dueActions.total}${dueActions.capped ? "+" : ""})`, items: dueList.map((a) => actionItem(a, ctx, today)) }
    : { heading: "Actions due", text: "No actions fall due." });
  const overdueList = visible(overdue.items);
  if (overdueList.length) {
    sections.push({
      heading: `Overdue actions (${overdue.total}${overdue.capped ? "+" : ""})`,
      items: overdueList.map((a) => actionItem(a, ctx, today, { progress: false })),
      note: overdue.total > overdueList.length ? `Showing the ${overdueList.length} longest overdue. "actions overdue" lists them all.` : undefined,
    });
  }
  const hidden = dueActions.items.length - dueList.length + overdue.items.length - overdueList.length;
  const scope = ctx.committee ? ctx.committee.name : ctx.tenant.name;
  return {
    title: /\d/.test(window.label) ? `Due ${window.label}` : `Due ${window.label}: ${range(window)}`,
    summary: `${scope}. ${dated.length} deadline${dated.length === 1 ? "" : "s"}, ${meetings.length} meeting${meetings.length === 1 ? "" : "s"}, ${dueActions.total} action${dueActions.total === 1 ? "" : "s"} due, ${overdue.total}${overdue.capped ? "+" : ""} overdue.`,
    sections,
    footer: hidden ? `${hidden} confidential item${hidden === 1 ? " is" : "s are"} not shown here.` : `As of ${formatLongDate(today)}.`,
    more: overdue.total > OVERDUE_SHOWN ? { command: "actions overdue", label: "All overdue actions" } : undefined,
  };
}

function range(w: DateWindow): string {
  return w.from === w.to ? formatLongDate(w.from) : `${formatLongDate(w.from)} to ${formatLongDate(w.to)}`;
}

