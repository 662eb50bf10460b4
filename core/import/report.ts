// Import results as short readable text for the command line.
import { formatLongDate } from "../dates.js";
import type { MinutesImport } from "./minutes/import.js";
import type { TrackerImport } from "./tracker/import.js";
import type { MeetingsImport } from "./meetings/import.js";
import type { PlanImport } from "./plan/import.js";
import { meetingStatus } from "./meetings/save.js";

const day = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? formatLongDate(d) : d);
const due = (d: string | null) => (d ? (d.length === 7 ? `${d} (month)` : day(d)) : "none given");

export function minutesText(r: MinutesImport): string {
  const p = r.proposal;
  const m = p.meeting;
  const lines = [
    `Meeting: ${m.committee}, ${day(m.date)}${m.time ? `, ${m.time}` : ""}${m.place ? `, ${m.place}` : ""}`,
    `Items (${p.items.length}): ${p.items.map((i) => `${i.number} ${i.title}`).join("; ") || "none found"}`,
    `Actions (${p.actions.length}):`,
    ...p.actions.flatMap((a, i) => [
      `  ${i + 1}. [item ${a.item}, ${a.kind}] ${a.text}`,
      `     owner: ${a.owner ?? "not stated"}; due: ${due(a.due)}`,
    ]),
    `Next meeting: ${p.nextMeeting ? `${day(p.nextMeeting.date)}${p.nextMeeting.time ? `, ${p.nextMeeting.time}` : ""}` : "not given"}`,
    r.written
      ? `Written: ${r.written.created} new, ${r.written.updated} updated, ${r.written.unchanged} unchanged (meeting ${r.written.meetingId}).`
      : "Dry run: nothing written.",
  ];
  return lines.join("\n");
}

export function trackerText(r: TrackerImport): string {
  const lines = [
    `Tracker for ${r.committee}: ${r.entries.length} rows`,
    ...r.entries.slice(0, 50).map((e) => `  row ${e.row}: ${e.text.slice(0, 90)} | ${e.ownerText} | ${e.due ?? e.dueText ?? "no date"} | ${e.status}`),
    ...(r.entries.length > 50 ? [`  … and ${r.entries.length - 50} more`] : []),
    r.written
      ? `Written: ${r.written.created} new, ${r.written.updated} updated, ${r.written.unchanged} unchanged; ${r.written.progressAdded} progress notes; ${r.written.ownersMatched} owners matched to people.`
      : "Dry run: nothing written.",
  ];
  return lines.join("\n");
}

export function meetingsText(r: MeetingsImport, today: string): string {
  const lines = [
    `${r.file.kind}: ${r.committees.length} committees, ${r.planned.length} meetings`,
    ...r.committees.map((c) => `  committee ${c.ref ? `${c.ref.slug} (existing)` : `${c.create!.slug} (new): ${c.create!.name}`}`),
    ...r.planned.slice(0, 100).map((p) => {
      const committee = p.committee.ref?.slug ?? p.committee.create!.slug;
      const minutes = p.minutes ? `; minutes: ${p.minutes.proposal.actions.length} actions` : "";
      return `  ${p.meeting.date}${p.meeting.time ? ` ${p.meeting.time}` : ""} ${committee} ${meetingStatus(p.meeting, today)}${minutes}`;
    }),
    r.written
      ? `Written: committees ${r.written.committeesCreated} new, ${r.written.committeesUpdated} updated; meetings ${r.written.meetingsCreated} new, ${r.written.meetingsUpdated} updated, ${r.written.meetingsUnchanged} unchanged (${r.written.cancelled} cancelled)${r.written.minutes.length ? `; actions from minutes ${r.written.minutes.reduce((n, m) => n + m.created, 0)} new` : ""}.`
      : "Dry run: nothing written.",
  ];
  return lines.join("\n");
}

export function planText(r: PlanImport): string {
  const f = r.plan.facts;
  const measures = r.plan.priorities.reduce((n, p) => n + p.objectives.reduce((m, o) => m + o.measures.length, 0), 0);
  return [
    `Plan "${f.title}" (${f.key}) for ${r.committee}, ${f.year}, as at ${f.asAt}`,
    ...r.plan.priorities.map((p) => `  priority ${p.number}: ${p.title} (${p.objectives.length} objectives, ${p.objectives.reduce((m, o) => m + o.measures.length, 0)} measures)`),
    r.written
      ? `Written: ${r.written.replaced ? "replaced" : "created"} plan ${r.written.planId}: ${r.written.priorities} priorities, ${r.written.objectives} objectives, ${r.written.measures} measures, ${r.written.actions} actions.`
      : `Dry run: nothing written (${measures} measures read).`,
  ].join("\n");
}
