// Turns domain records into reply items, the same way for every command.
import { formatDue, formatInstant, formatLongDate, formatTime, workingDaysBetween, type IsoDate } from "../dates.js";
import { canUpdate, type ActionSummary } from "../queries/actions.js";
import type { MeetingSummary } from "../queries/meetings.js";
import type { ReplyItem } from "../reply.js";
import { canSeeExempt, type CommandContext } from "./context.js";

export const STATUS_LABEL: Record<string, string> = {
  open: "Open", "in-progress": "In progress", "not-started": "Not started", unknown: "Status not stated", complete: "Complete",
};

export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

export function owner(a: Pick<ActionSummary, "ownerText" | "ownerNames">): string {
  // A cell naming several people runs them together in the published text ("… Review Alison Naylor – …"):
  // name each person instead.
  if (a.ownerNames.length > 1) {
    const at = (n: string) => { const i = a.ownerText?.indexOf(n) ?? -1; return i < 0 ? Infinity : i; };
    return [...a.ownerNames].sort((x, y) => at(x) - at(y)).join("; ");
  }
  return a.ownerText?.replace(/\s+/g, " ").trim() || a.ownerNames.join(", ") || "no owner recorded";
}

/** "(today)", "(in 2 working days)", "(3 working days ago)" */
export function relativeDay(date: IsoDate, today: IsoDate): string {
  if (date === today) return "today";
  const n = workingDaysBetween(today, date);
  if (n === 0) return date > today ? "next working day is after it" : "earlier today";
  return n > 0 ? `in ${n} working day${n === 1 ? "" : "s"}` : `${-n} working day${n === -1 ? "" : "s"} ago`;
}

export function actionItem(a: ActionSummary, ctx: CommandContext, today: IsoDate, opts: { progress?: boolean } = {}): ReplyItem {
  const due = formatDue(a.dueDate, a.duePrecision, a.dueText);
  const fields = [
    { label: "Owner", value: owner(a) },
    { label: a.overdue ? "Was due" : "Due", value: a.overdue && a.dueDate ? `${due} (overdue)` : due },
    { label: "Status", value: STATUS_LABEL[a.status] ?? a.status },
  ];
  if (a.recommendation) {
    const rec = [a.recommendation.group, a.recommendation.number ? `recommendation ${a.recommendation.number}` : null].filter(Boolean).join(", ");
    if (rec) fields.push({ label: "From", value: rec });
  }
  if (opts.progress !== false && a.latestProgress) {
    const when = a.latestProgress.asOf ?? a.latestProgress.at.toISOString().slice(0, 10);
    const source = a.latestProgress.by === "published tracker" ? `published tracker, ${formatLongDate(when)}` : `${a.latestProgress.by}, ${formatLongDate(when)}`;
    fields.push({ label: `Latest progress (${source})`, value: truncate(a.latestProgress.text, 280) });
  }
  return {
    title: `#${a.id} ${truncate(a.text, 160)}`,
    fields,
    action: { id: a.id, status: a.status, canUpdate: canUpdate(ctx.actor, a) },
    exempt: a.classification === "exempt",
  };
}

export function meetingTitle(m: Pick<MeetingSummary, "date" | "time" | "committee">): string {
  return `${formatLongDate(m.date)}${m.time ? `, ${formatTime(m.time)}` : ""}: ${m.committee.name}`;
}

export function meetingItem(m: MeetingSummary, ctx: CommandContext, today: IsoDate): ReplyItem {
  const zone = ctx.tenant.zone;
  const fields = [];
  if (m.status === "cancelled") fields.push({ label: "Status", value: "Cancelled" });
  if (m.place) fields.push({ label: "Place", value: m.place });
  if (m.despatchDate) fields.push({ label: "Agenda despatch", value: `${formatLongDate(m.despatchDate)} (${relativeDay(m.despatchDate, today)})` });
  if (m.questionDeadline) fields.push({ label: "Public questions by", value: formatInstant(m.questionDeadline, zone) });
  const items = m.items.filter((i) => i.classification !== "exempt" || canSeeExempt(ctx, m.committee.id));
  const agenda = items.map((i, n) => `${n + 1}. ${i.title}${i.reportAuthor ? ` (report author: ${i.reportAuthor})` : ""}`).join("\n");
  return {
    title: meetingTitle(m),
    text: agenda ? `Agenda items:\n${agenda}` : "No agenda items published yet.",
    fields,
    link: m.webcastUrl ? { label: "Watch the webcast", url: m.webcastUrl } : undefined,
  };
}
