// ModernGov web-service XML: GetCommittees, GetMeetings (meetings under their committee) and
// GetMeeting (one meeting with its agenda items and, once published, each item's minutes), either bare
// or inside a SOAP envelope. Dates are dd/mm/yyyy and times "10.00 am".
import { DateTime } from "luxon";
import { UserError } from "../../errors.js";
import { parseTime } from "../minutes/dates.js";
import { htmlToText } from "../text/html.js";
import { asArray, parseXml, textOf } from "../xml.js";
import type { ImportedAgendaItem, ImportedCommittee, ImportedMeeting, MeetingsFile } from "./types.js";

type Node = Record<string, unknown>;
const ARRAYS = ["committee", "meeting", "agendaitem", "linkeddoc", "attendee"] as const;

export function parseModernGov(xml: string, name: string): MeetingsFile {
  const doc = parseXml(xml, name, ARRAYS);
  const root = unwrap(doc);
  if (root.committees) {
    const committees = asArray<Node>((root.committees as Node).committee).map(committeeOf);
    return { kind: "moderngov-committees", committees, meetings: [] };
  }
  if (root.getmeetings) {
    const meetings: ImportedMeeting[] = [];
    for (const c of asArray<Node>((root.getmeetings as Node).committee)) {
      const committee = committeeOf(c);
      for (const m of asArray<Node>((c.committeemeetings as Node | undefined)?.meeting)) meetings.push(meetingOf(m, committee, name));
    }
    return { kind: "moderngov-meetings", committees: [], meetings };
  }
  const single = (root.getmeeting as Node | undefined)?.meeting ?? root.meeting;
  if (single) {
    const meetings = asArray<Node>(single).map((m) => meetingOf(m, null, name));
    return { kind: "moderngov-meeting", committees: [], meetings };
  }
  throw new UserError(`${name} is XML but not a ModernGov GetCommittees, GetMeetings or GetMeeting response`);
}

/** The response inside a SOAP envelope (Envelope/Body/GetMeetingsResponse/GetMeetingsResult), or the document itself. */
function unwrap(doc: Node): Node {
  let node: Node = doc;
  for (const key of ["Envelope", "Body"]) if (node[key] && typeof node[key] === "object") node = node[key] as Node;
  const response = Object.keys(node).find((k) => /Response$/.test(k));
  if (response) {
    const inner = node[response] as Node;
    const result = Object.keys(inner ?? {}).find((k) => /Result$/.test(k));
    if (result) node = inner[result] as Node;
  }
  return node;
}

function committeeOf(c: Node): ImportedCommittee {
  return {
    externalId: textOf(c.committeeid),
    title: htmlToText(textOf(c.committeetitle)),
    deleted: /^true$/i.test(textOf(c.committeedeleted)),
    expired: /^true$/i.test(textOf(c.committeeexpired)),
  };
}

function meetingOf(m: Node, committee: ImportedCommittee | null, name: string): ImportedMeeting {
  const id = textOf(m.meetingid);
  if (!id) throw new UserError(`${name}: a meeting has no <meetingid>`);
  const dateText = textOf(m.meetingdate);
  const date = ukDate(dateText);
  if (!date) throw new UserError(`${name}: meeting ${id} has the date "${dateText}", which is not a real dd/mm/yyyy date`);
  const timeText = textOf(m.meetingtime);
  const time = timeText ? parseTime(timeText) : null;
  if (timeText && !time) throw new UserError(`${name}: meeting ${id} has the time "${timeText}", which is not a time like "10.00 am"`);
  const place = htmlToText(textOf(m.meetinglocation)) || null;
  return {
    externalSource: "moderngov", externalId: id,
    committeeExternalId: committee?.externalId ?? (textOf(m.committeeid) || null),
    committeeTitle: committee?.title ?? (htmlToText(textOf(m.committeetitle)) || null),
    date, time, cancelled: /cancel|postpone|moved/i.test(textOf(m.meetingstatus)), place, title: null,
    agenda: asArray<Node>((m.agendaitems as Node | undefined)?.agendaitem).map(agendaItemOf),
  };
}

function agendaItemOf(a: Node, i: number): ImportedAgendaItem {
  const number = (textOf(a.minutesitemnumber) || textOf(a.agendaitemnumber) || textOf(a.fulldisplaynumberformat) || String(i + 1)).replace(/\.$/, "");
  const minutes = textOf(a.minutesnonemptyhtmlbody) || textOf(a.minuteshtmlbody);
  const text = htmlToText(textOf(a.agendaitemhtml) || textOf(a.agendatext) || textOf(a.agendaitemtext));
  return { number, title: htmlToText(textOf(a.agendaitemtitle)) || `Item ${number}`, text: text || null, minutesHtml: minutes || null };
}

/** "13/01/2026", strictly: a date that does not exist is an error, not the next valid day. */
export function ukDate(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const dt = DateTime.fromObject({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }, { zone: "UTC" });
  return dt.isValid ? dt.toISODate() : null;
}
