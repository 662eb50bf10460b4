// The one command handler behind the CLI, Slack and Teams: text in, neutral Reply out.
import type { Deps } from "../context.js";
import { isUserError } from "../errors.js";
import { errorReply, type Reply } from "../reply.js";
import { today as todayOf } from "../queries/actions.js";
import { parseCommand } from "./parse.js";
import type { Command } from "./command.js";
import type { CommandContext } from "./context.js";
import { helpReply } from "./handlers/help.js";
import { dueReply } from "./handlers/due.js";
import { agendaReply, meetingsReply } from "./handlers/meetings.js";
import { actionReply, actionsReply, progressReply } from "./handlers/actions.js";
import { planReply, selfEvalReply } from "./handlers/plan.js";
import { linkReply } from "./handlers/link.js";
import { scheduleReply } from "./handlers/schedule.js";
import { remindersReply } from "./handlers/reminders.js";

export async function handleText(deps: Deps, ctx: CommandContext, text: string): Promise<Reply> {
  let command: Command;
  try {
    command = parseCommand(text, todayOf(deps, ctx.tenant));
  } catch (e) {
    if (isUserError(e)) return errorReply(e.message);
    throw e;
  }
  return handleCommand(deps, ctx, command);
}

export async function handleCommand(deps: Deps, ctx: CommandContext, command: Command): Promise<Reply> {
  try {
    return await (deps.answers ? deps.answers.answer(deps, ctx, command, () => dispatch(deps, ctx, command)) : dispatch(deps, ctx, command));
  } catch (e) {
    if (isUserError(e)) return errorReply(e.message);
    deps.log.error({ err: e, command: command.kind }, "command failed");
    return errorReply("Sorry, something went wrong answering that. It has been logged; please try again shortly.");
  }
}

async function dispatch(deps: Deps, ctx: CommandContext, c: Command): Promise<Reply> {
  switch (c.kind) {
    case "help": return helpReply(c.topic);
    case "due": return dueReply(deps, ctx, c.window);
    case "meetings": return meetingsReply(deps, ctx, c);
    case "agenda": return agendaReply(deps, ctx, c.date);
    case "actions": return actionsReply(deps, ctx, c.filter, c.page);
    case "action": return actionReply(deps, ctx, c.id);
    case "progress": return progressReply(deps, ctx, c.id, c.text, false);
    case "done": return progressReply(deps, ctx, c.id, c.text, true);
    case "plan": return planReply(deps, ctx, c.period);
    case "selfeval": return selfEvalReply(deps, ctx, c.period);
    case "link": return linkReply(deps, ctx, c.committee);
    case "reminders": return remindersReply(deps, ctx, c.on);
    case "schedule": return scheduleReply(deps, ctx, c.text);
  }
}
