import type { Reply } from "../../reply.js";

const COMMANDS: [string, string][] = [
  ["due [today|this week|next week|this month|by <date>|<date> to <date>]", "agenda despatches, public-question deadlines, meetings and actions falling due, plus anything overdue"],
  ["meetings [next|<date>]", "the coming meetings with their agenda items and report authors"],
  ["agenda <date>", "one meeting's agenda, e.g. \"agenda 1 December\" or \"agenda next Tuesday\""],
  ["actions [mine|overdue|<person>|<committee>]", "open actions from recommendations and minutes"],
  ["action <number>", "one action with its full progress history"],
  ["progress <number> <what happened>", "record progress on an action you own"],
  ["done <number> [note]", "mark an action you own complete"],
  ["plan [status] [2020-21-Q2]", "the improvement plan: measures against target, RAG counts and direction of travel"],
  ["selfeval [2020-21-Q2]", "the self-evaluation per service area"],
  ["reminders off|on", "stop or restart your daily reminders of actions due or overdue"],
  ["link <committee>", "(admins, in a channel) make a committee this channel's default"],
  ["schedule list|add|pause|resume|remove|runs", "(admins) report schedules; \"schedule help\" explains adding one"],
];

export function helpReply(topic?: string): Reply {
  const rows = topic ? COMMANDS.filter(([c]) => c.startsWith(topic.split(" ")[0]!)) : COMMANDS;
  const shown = rows.length ? rows : COMMANDS;
  return {
    title: "Scrutineer: what you can ask",
    summary: "Dates are read the British way (1/12/2020 is 1 December). Words like \"next Tuesday\" and \"end of November\" work too.",
    sections: [{ items: shown.map(([command, what]) => ({ title: command, text: what })) }],
    footer: "Examples: \"due this week\", \"actions overdue\", \"progress 12 Training booked for January\", \"plan status\".",
  };
}
