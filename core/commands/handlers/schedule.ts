// "schedule …" in chat: admins list, add, pause, resume and remove report schedules and read their
// runs, by the same rules as the CLI's "schedule" command (core/queries/schedules.ts enforces them).
// Cron code lives in the worker: it arrives as ctx.schedules, and a surface that does not pass it
// cannot schedule. The Slack modal and the Teams card form come in through createScheduleReply.
import type { Deps } from "../../context.js";
import { isUserError, UserError } from "../../errors.js";
import { formatInstant, parsePeriod } from "../../dates.js";
import {
  addSchedule, getSchedule, listRuns, listSchedules, MESSAGE_KINDS, parseTarget, removeSchedule, setScheduleEnabled, SCHEDULE_KINDS,
  type ScheduleKind, type ScheduleView,
} from "../../queries/schedules.js";
import { rememberChannel } from "../../queries/channels.js";
import { findCommittee, listCommittees, type CommitteeRef } from "../../queries/tenant.js";
import type { Reply, ReplyField, ReplyItem } from "../../reply.js";
import type { CommandContext, ScheduleTools } from "../context.js";
import { closest } from "../parse.js";

export type ScheduleField = "kind" | "cron" | "committee" | "period" | "target";

/** Bad input in one field of a schedule: forms show the message next to that field. */
export class ScheduleInputError extends UserError {
  constructor(message: string, readonly field: ScheduleField) {
    super(message);
  }
}

export interface ScheduleRequest {
  kind: string;
  cron: string;
  /** A committee's slug or name; left out, the one this channel follows; "" or "none", no committee. */
  committee?: string;
  /** "latest" (the default) or e.g. 2020-21-Q2. */
  period?: string;
  timezone?: string;
  /** slack:<channel id>, teams:<link number> or "here"; left out, here (reports) or nowhere (reminders, digest). */
  targets?: string[];
}

export const KIND_LABELS: Record<string, string> = {
  "improvement-plan": "Improvement plan", "self-evaluation": "Self-evaluation", actions: "Actions tracker", meetings: "Meetings",
  reminders: "Reminders to action owners", "weekly-digest": "Weekly digest",
};

export const scheduleKindChoices = () => SCHEDULE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] ?? value }));

export const cronHint = (zone: string) =>
  `Five fields: minute hour day-of-month month day-of-week, in ${zone} time. "0 9 * * 1" is 09:00 every Monday; "0 8 1 * *" is 08:00 on the 1st of each month.`;

const USAGE = [
  `schedule list`,
  `schedule add <report> "<cron>" [committee] [period 2020-21-Q2] [to this channel]`,
  `schedule pause|resume|remove|runs <number>`,
];

const KIND_WORDS: Record<string, ScheduleKind> = {
  "improvement-plan": "improvement-plan", "improvement plan": "improvement-plan", improvement: "improvement-plan", plan: "improvement-plan",
  performance: "improvement-plan", kpis: "improvement-plan", scorecard: "improvement-plan",
  "self-evaluation": "self-evaluation", "self evaluation": "self-evaluation", selfeval: "self-evaluation", "self-eval": "self-evaluation",
  "self assessment": "self-evaluation", "self-assessment": "self-evaluation", selfassessment: "self-evaluation",
  actions: "actions", action: "actions", tracker: "actions", "action tracker": "actions", "actions tracker": "actions",
  meetings: "meetings", meeting: "meetings",
  reminders: "reminders", reminder: "reminders", "action reminders": "reminders",
  "weekly-digest": "weekly-digest", "weekly digest": "weekly-digest", digest: "weekly-digest",
};

const SUBCOMMANDS: Record<string, string> = {
  list: "list", ls: "list", show: "list", all: "list",
  add: "add", create: "add", new: "new", form: "new",
  pause: "pause", stop: "pause", disable: "pause", suspend: "pause",
  resume: "resume", start: "resume", enable: "resume", unpause: "resume", restart: "resume",
  remove: "remove", delete: "remove", rm: "remove", cancel: "remove",
  runs: "runs", run: "runs", history: "runs", log: "runs",
  help: "help", "?": "help",
};

/** "schedule new" (or a bare "schedule add"): the chat adapters answer it with a form. */
export function isScheduleFormRequest(text: string): boolean {
  return /^schedules?\s+(new|form|add|create)[\s.!]*$/i.test(text.replace(/\s+/g, " ").trim());
}

/** The cron tools, for an admin on a surface that has them; otherwise a clear refusal. */
function schedulingTools(ctx: CommandContext): ScheduleTools {
  if (!ctx.schedules) {
    throw new UserError(`Scheduling reports is not available here. In Slack or Teams an admin can use "schedule …"; at the console, "scrutineer schedule …".`, "unavailable");
  }
  if (!ctx.actor.isAdmin) throw new UserError("Only an admin can manage report schedules. Ask one of your Scrutineer admins.", "forbidden");
  return ctx.schedules;
}

/** What a schedule form offers, after the checks typing gets: an admin, cron tools, and a channel to deliver to. */
export async function scheduleFormChoices(deps: Deps, ctx: CommandContext): Promise<{ kinds: { value: string; label: string }[]; committees: CommitteeRef[]; committee: CommitteeRef | null }> {
  schedulingTools(ctx);
  if (!ctx.channel) throw new UserError("Open the schedule form in the channel that should get the reports: they are delivered where it was asked for.");
  return { kinds: scheduleKindChoices(), committees: await listCommittees(deps, ctx.tenant), committee: ctx.committee };
}

export async function scheduleReply(deps: Deps, ctx: CommandContext, text: string): Promise<Reply> {
  const tools = schedulingTools(ctx);
  const [first = "", ...rest] = text.trim().split(" ");
  const word = first.toLowerCase().replace(/[.!,:;]+$/, "");
  const sub = word ? SUBCOMMANDS[word] : "list";
  const args = rest.join(" ").trim();
  if (!sub) {
    const guess = closest(word, Object.keys(SUBCOMMANDS));
    throw new UserError(`I don't know "schedule ${first}".${guess ? ` Did you mean "schedule ${SUBCOMMANDS[guess]}"?` : ""} Try: ${USAGE.join("; ")}.`);
  }
  switch (sub) {
    case "help": return usageReply();
    case "list": return listReply(deps, ctx, tools);
    case "new":
      throw new UserError(`The schedule form is only in Slack and Teams. Here, type: schedule add <report> "<cron>" [committee] [to this channel], e.g. schedule add actions "0 9 * * 1".`);
    case "add":
      if (!args) throw new UserError(`Say what to schedule and when, e.g. schedule add actions "0 9 * * 1" to this channel. ${cronHint(ctx.tenant.zone)}`);
      return createScheduleReply(deps, ctx, parseScheduleAdd(args));
    case "pause":
    case "resume": {
      const s = await setScheduleEnabled(deps, ctx.tenant, ctx.actor, scheduleId(args, sub), sub === "resume");
      return sub === "pause"
        ? { title: `Schedule ${s.id} paused`, tone: "success", summary: summary(s, tools), sections: [{ text: `It will not run until someone types "schedule resume ${s.id}".` }] }
        : { title: `Schedule ${s.id} resumed`, tone: "success", summary: summary(s, tools), sections: [nextRunsSection(s, tools, deps, ctx)] };
    }
    case "remove": {
      const id = scheduleId(args, sub);
      const s = await getSchedule(deps, ctx.tenant, id);
      await removeSchedule(deps, ctx.tenant, ctx.actor, id);
      return { title: `Schedule ${id} removed`, tone: "success", summary: summary(s, tools), sections: [{ text: "It will not run again." }] };
    }
    case "runs": return runsReply(deps, ctx, tools, scheduleId(args, sub));
  }
  throw new UserError(`Try: ${USAGE.join("; ")}.`);
}

function usageReply(): Reply {
  return {
    title: "Report schedules (admins)",
    sections: [{ items: [
      { title: USAGE[0]!, text: "every schedule, with when it next runs" },
      { title: USAGE[1]!, text: `creates one; reports go to this channel unless you name another (slack:<channel id> or teams:<linked channel number>). Reports: ${SCHEDULE_KINDS.join(", ")}.` },
      { title: "schedule new", text: "the same as a form (Slack and Teams)" },
      { title: USAGE[2]!, text: "stops or restarts one, deletes it, or shows how its runs went" },
    ] }],
    footer: 'Cron examples: "0 9 * * 1" is 09:00 every Monday, "30 8 * * 1-5" is 08:30 on weekdays, "0 8 1 * *" is 08:00 on the 1st of each month.',
  };
}

function scheduleId(raw: string, verb: string): number {
  const m = /^#?(\d{1,9})$/.exec(raw.split(" ")[0] ?? "");
  if (!m) throw new UserError(`"schedule ${verb}" needs a schedule number, e.g. "schedule ${verb} 3"${raw ? `; "${raw}" is not one` : ""}. "schedule list" shows them.`);
  return Number(m[1]);
}

// --- schedule add: reading what people type ---

const QUOTE = `"“”„'‘’\``;
const QUOTED = new RegExp(`[${QUOTE}]([^${QUOTE}]*)[${QUOTE}]`);
const CRON_FIELD = /^(?:[\d*?/,#LW-]+|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:[-,/]\w+)*)$/i;
const PERIOD = /^\d{4}-\d{2}-q[1-4]$/i;
const TARGET = /^(?:slack|teams|slack-dm):\S+$/i;
const CONNECTORS = new Set(["to", "in", "into", "and", "deliver", "delivered", "post", "posted", "send", "sent", "it", "them", "on"]);
const NO_COMMITTEE = /^(?:none|-|no committee|no particular committee|all|all committees|any)$/i;

/**
 * `actions "0 9 * * 1" cyp period 2020-21-Q2 to this channel`, in (almost) any order: the cron in
 * quotes (or as five bare fields), the report kind first, and the rest in words.
 */
export function parseScheduleAdd(text: string): ScheduleRequest {
  let rest = text.replace(/<#(\w+)(?:\|[^>]*)?>/g, " slack:$1 ") // a Slack channel mention
    .replace(/\b(?:this|the) (?:channel|chat|conversation|team)\b/gi, " here ")
    .replace(/\btime ?zone\b/gi, "tz");
  let cron = "";
  const quoted = QUOTED.exec(rest);
  if (quoted) {
    cron = quoted[1]!.trim();
    rest = `${rest.slice(0, quoted.index)} ${rest.slice(quoted.index + quoted[0].length)}`;
  }
  let words = rest.split(/[\s,]+/).filter(Boolean);
  if (!quoted) {
    // Bare fields: the first run of words that look like cron fields.
    const start = words.findIndex((w) => CRON_FIELD.test(w));
    if (start >= 0) {
      let end = start;
      while (end < words.length && CRON_FIELD.test(words[end]!)) end++;
      cron = words.slice(start, end).join(" ");
      words = [...words.slice(0, start), ...words.slice(end)];
    }
  }
  const found = findKind(words);
  if (!found) {
    const first = words[0];
    const guess = first ? closest(first.toLowerCase(), Object.keys(KIND_WORDS)) : null;
    throw new ScheduleInputError(first
      ? `"${first}" is not a report I can schedule.${guess ? ` Did you mean "${KIND_WORDS[guess]}"?` : ""} Use one of ${SCHEDULE_KINDS.join(", ")}.`
      : `Say which report to schedule: one of ${SCHEDULE_KINDS.join(", ")}, e.g. schedule add actions "0 9 * * 1".`, "kind");
  }
  words = [...words.slice(0, found.at), ...words.slice(found.at + found.length)];
  if (!cron) throw new ScheduleInputError(`Say when it should run as a cron expression in quotes, e.g. schedule add ${found.kind} "0 9 * * 1". ${cronHint("London")}`, "cron");

  const request: ScheduleRequest = { kind: found.kind, cron };
  const targets: string[] = [];
  const committee: string[] = [];
  const dropConnectors = () => { while (committee.length && CONNECTORS.has(committee[committee.length - 1]!.toLowerCase())) committee.pop(); };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lower = w.toLowerCase().replace(/[.!;:]+$/, "");
    if (lower === "here" || TARGET.test(lower)) { dropConnectors(); targets.push(lower === "here" ? "here" : w.replace(/[.!;:]+$/, "")); continue; }
    if ((lower === "period" || lower === "quarter") && words[i + 1]) { request.period = words[++i]!; continue; }
    if (PERIOD.test(lower) || lower === "latest") { request.period = lower; continue; }
    if (lower === "tz" && words[i + 1]) { request.timezone = words[++i]!; continue; }
    committee.push(w);
  }
  dropConnectors();
  while (committee.length && ["for", "of", "committee", "on", "the"].includes(committee[0]!.toLowerCase())) committee.shift();
  if (committee.length) request.committee = committee.join(" ");
  if (targets.length) request.targets = targets;
  return request;
}

function findKind(words: string[]): { kind: ScheduleKind; at: number; length: number } | null {
  for (let at = 0; at < words.length; at++) {
    for (let n = Math.min(3, words.length - at); n >= 1; n--) {
      const phrase = words.slice(at, at + n).join(" ").toLowerCase();
      const kind = KIND_WORDS[phrase];
      if (!kind) continue;
      const trailing = /^reports?$/i.test(words[at + n] ?? "") ? 1 : 0;
      return { kind, at, length: n + trailing };
    }
  }
  return null;
}

// --- schedule add: checking and storing ---

/** Creates a schedule from typed words or a form; bad input is a ScheduleInputError and nothing is stored. */
export async function createScheduleReply(deps: Deps, ctx: CommandContext, req: ScheduleRequest): Promise<Reply> {
  const tools = schedulingTools(ctx);
  const kind = KIND_WORDS[req.kind.trim().toLowerCase()];
  if (!kind) throw new ScheduleInputError(`"${req.kind}" is not a report I can schedule. Use one of ${SCHEDULE_KINDS.join(", ")}.`, "kind");
  const timezone = req.timezone?.trim() || ctx.tenant.zone;
  const cron = req.cron.replace(/\s+/g, " ").trim();
  if (!cron) throw new ScheduleInputError(`Say when it should run. ${cronHint(timezone)}`, "cron");
  try {
    tools.validate(cron, timezone);
  } catch (e) {
    if (isUserError(e)) throw new ScheduleInputError(e.message, "cron");
    throw e;
  }
  const committee = await committeeOf(deps, ctx, req.committee);
  const period = periodOf(req.period);
  const wanted = req.targets?.length ? req.targets : MESSAGE_KINDS.has(kind) ? [] : ["here"];
  const targets: string[] = [];
  let here: string | undefined;
  for (const t of wanted) {
    const target = t === "here" ? (here ??= await hereTarget(deps, ctx)) : checkedTarget(t);
    if (!targets.includes(target)) targets.push(target);
  }
  let s: ScheduleView;
  try {
    s = await addSchedule(deps, ctx.tenant, ctx.actor, { cron, timezone, kind, committeeId: committee?.id ?? null, period, targets });
  } catch (e) {
    // What is left for addSchedule to refuse is where it goes (a Teams channel it does not know).
    if (isUserError(e) && e.code === "bad_input") throw new ScheduleInputError(e.message, "target");
    throw e;
  }
  return {
    title: `Schedule ${s.id} added`,
    tone: "success",
    summary: summary(s, tools),
    sections: [{ fields: scheduleFields(s, tools, ctx, here) }, nextRunsSection(s, tools, deps, ctx)],
    footer: `"schedule pause ${s.id}" stops it for now, "schedule runs ${s.id}" shows how its runs went, and "schedule remove ${s.id}" deletes it.`,
  };
}

async function committeeOf(deps: Deps, ctx: CommandContext, text: string | undefined): Promise<CommitteeRef | null> {
  if (text === undefined) return ctx.committee;
  const wanted = text.trim();
  if (!wanted || NO_COMMITTEE.test(wanted)) return null;
  const committee = await findCommittee(deps, ctx.tenant, wanted);
  if (committee) return committee;
  const known = (await listCommittees(deps, ctx.tenant)).map((c) => c.slug);
  throw new ScheduleInputError(`I couldn't find a committee called "${wanted}" in ${ctx.tenant.name}. Use its short name${known.length ? `, e.g. ${known.slice(0, 3).join(", ")}` : ""}.`, "committee");
}

function periodOf(text: string | undefined): string {
  const p = text?.trim() ?? "";
  if (!p || /^latest$/i.test(p)) return "latest";
  const normal = p.replace(/q([1-4])$/i, "Q$1");
  try {
    parsePeriod(normal);
  } catch (e) {
    if (isUserError(e)) throw new ScheduleInputError(`${e.message}, or "latest" for the latest completed quarter.`, "period");
    throw e;
  }
  return normal;
}

/** "This channel": a Slack channel by its id; a Teams one by its stored link, kept up to date for delivery. */
async function hereTarget(deps: Deps, ctx: CommandContext): Promise<string> {
  const channel = ctx.channel;
  if (!channel) {
    throw new ScheduleInputError(`There is no channel here to deliver to. Ask in the channel that should get the reports, or name one: "to slack:<channel id>" or "to teams:<linked channel number>".`, "target");
  }
  if (channel.platform === "slack") return `slack:${channel.channelId}`;
  const link = await rememberChannel(deps, ctx.tenant, channel);
  return `teams:${link.id}`;
}

function checkedTarget(text: string): string {
  try {
    const { id } = parseTarget(text);
    return `${text.split(":")[0]!.toLowerCase()}:${id}`;
  } catch (e) {
    if (isUserError(e)) throw new ScheduleInputError(e.message, "target");
    throw e;
  }
}

// --- answers ---

function label(s: Pick<ScheduleView, "kind" | "committee">): string {
  return `${KIND_LABELS[s.kind] ?? s.kind}${s.committee ? ` for ${s.committee}` : ""}`;
}

function summary(s: ScheduleView, tools: ScheduleTools): string {
  return `${label(s)}: ${tools.describe(s.cron)} (${s.timezone}).`;
}

/** Where it goes; `here` is this channel's target when known (a Slack channel's is its id). */
function where(s: ScheduleView, ctx: CommandContext, here?: string): string {
  if (!s.targets.length) {
    return s.kind === "reminders" ? "each action owner, directly" : s.kind === "weekly-digest" ? "every linked channel" : "nowhere yet";
  }
  const current = here ?? (ctx.channel?.platform === "slack" ? `slack:${ctx.channel.channelId}` : null);
  return s.targets.map((t) => (t === current ? `this channel (${t})` : t)).join(", ");
}

function scheduleFields(s: ScheduleView, tools: ScheduleTools, ctx: CommandContext, here?: string): ReplyField[] {
  const fields: ReplyField[] = [
    { label: "Report", value: KIND_LABELS[s.kind] ?? s.kind },
    { label: "Committee", value: s.committee ?? "None named" },
    ...(MESSAGE_KINDS.has(s.kind) ? [] : [{ label: "Period", value: s.period === "latest" ? "The latest completed quarter" : s.period }]),
    { label: "When", value: `${tools.describe(s.cron)} ("${s.cron}", ${s.timezone})` },
    { label: "Delivered to", value: where(s, ctx, here) },
  ];
  if (!s.enabled) fields.push({ label: "Status", value: "Paused" });
  if (s.failureStreak) fields.push({ label: "Failing", value: `The last ${s.failureStreak} run${s.failureStreak === 1 ? "" : "s"} failed` });
  return fields;
}

function nextRuns(s: ScheduleView, tools: ScheduleTools, deps: Deps, ctx: CommandContext, count: number): string[] {
  return tools.nextRuns(s.cron, s.timezone, deps.clock.now(), count).map((d) => formatInstant(d, ctx.tenant.zone));
}

function nextRunsSection(s: ScheduleView, tools: ScheduleTools, deps: Deps, ctx: CommandContext) {
  return { heading: `Next runs (${ctx.tenant.zone} time)`, text: nextRuns(s, tools, deps, ctx, 3).join("\n") };
}

async function listReply(deps: Deps, ctx: CommandContext, tools: ScheduleTools): Promise<Reply> {
  const all = await listSchedules(deps, ctx.tenant);
  if (!all.length) {
    return { title: "No report schedules yet", sections: [{ text: `Add one with: ${USAGE[1]}, or "schedule new" for a form.` }] };
  }
  const items: ReplyItem[] = all.map((s) => ({
    title: `#${s.id} ${label(s)}${s.enabled ? "" : " (paused)"}`,
    fields: [
      ...scheduleFields(s, tools, ctx).filter((f) => f.label !== "Report" && f.label !== "Committee" && f.label !== "Status"),
      { label: "Next run", value: s.enabled ? nextRuns(s, tools, deps, ctx, 1)[0] ?? "none" : "Paused" },
    ],
  }));
  return {
    title: `Report schedules (${all.length})`,
    sections: [{ items }],
    footer: `"schedule pause|resume|remove|runs <number>" manages one; ${USAGE[1]} adds one.`,
  };
}

const RUN_STATUS: Record<string, string> = {
  claimed: "Starting", rendering: "Rendering", delivering: "Delivering", delivered: "Delivered", partial: "Partly delivered", failed: "Failed", skipped: "Skipped",
};

async function runsReply(deps: Deps, ctx: CommandContext, tools: ScheduleTools, id: number): Promise<Reply> {
  const s = await getSchedule(deps, ctx.tenant, id);
  const runs = await listRuns(deps, ctx.tenant, id);
  const zone = ctx.tenant.zone;
  if (!runs.length) {
    const next = s.enabled ? `The next is due at ${nextRuns(s, tools, deps, ctx, 1)[0]}.` : "It is paused.";
    return { title: `Schedule ${id} has not run yet`, summary: summary(s, tools), sections: [{ text: next }] };
  }
  const items: ReplyItem[] = runs.map((r) => {
    const fields: ReplyField[] = [{ label: "Due at", value: formatInstant(r.scheduledFor, zone) }];
    if (r.finishedAt) fields.push({ label: "Finished", value: formatInstant(r.finishedAt, zone) });
    if (r.error) fields.push({ label: "Error", value: r.error });
    for (const d of r.deliveries) {
      const status = `${RUN_STATUS[d.status] ?? d.status}${d.attempts > 1 ? ` after ${d.attempts} attempts` : ""}${d.lastError && d.status !== "delivered" ? `: ${d.lastError}` : ""}`;
      fields.push({ label: d.target, value: status });
    }
    return { title: `Run ${r.id}: ${RUN_STATUS[r.status] ?? r.status}`, fields };
  });
  return { title: `Runs of schedule ${id} (latest ${runs.length})`, summary: summary(s, tools), sections: [{ items }] };
}
