// Text in, Reply out, through the shared command language. Progress typed as a message carries a
// request key from the activity id, so a redelivered message writes nothing twice.
import type { Deps } from "../../core/context.js";
import { isUserError } from "../../core/errors.js";
import { errorReply, type Reply } from "../../core/reply.js";
import { handleCommand } from "../../core/commands/handle.js";
import { parseCommand } from "../../core/commands/parse.js";
import { progressReply } from "../../core/commands/handlers/actions.js";
import type { Command } from "../../core/commands/command.js";
import type { CommandContext } from "../../core/commands/context.js";
import { today } from "../../core/queries/actions.js";

const READ_ONLY = new Set<Command["kind"]>(["help", "due", "meetings", "agenda", "actions", "action", "plan", "selfeval"]);

export function parse(deps: Deps, ctx: CommandContext, text: string): Command | Reply {
  try {
    return parseCommand(text, today(deps, ctx.tenant));
  } catch (e) {
    if (isUserError(e)) return errorReply(e.message);
    throw e;
  }
}

const isReply = (x: Command | Reply): x is Reply => "sections" in x;

/** A command a card button may re-run on the clicker's behalf: one that only reads. */
export function readOnlyCommand(deps: Deps, ctx: CommandContext, text: unknown): Command | null {
  if (typeof text !== "string" || !text.trim() || text.length > 500) return null;
  const c = parse(deps, ctx, text);
  return !isReply(c) && READ_ONLY.has(c.kind) ? c : null;
}

export async function answerText(deps: Deps, ctx: CommandContext, text: string, requestKey?: string): Promise<Reply> {
  const command = parse(deps, ctx, text);
  if (isReply(command)) return command;
  if (command.kind !== "progress" && command.kind !== "done") return handleCommand(deps, ctx, command);
  try {
    return await progressReply(deps, ctx, command.id, command.text, command.kind === "done", requestKey);
  } catch (e) {
    if (isUserError(e)) return errorReply(e.message);
    deps.log.error({ err: e, command: command.kind }, "command failed");
    return errorReply("Sorry, something went wrong answering that. It has been logged; please try again shortly.");
  }
}

/** Said in a channel, a reply must never carry exempt items: core leaves them out; this makes sure. */
export function safeForAudience(reply: Reply, ctx: CommandContext): Reply {
  if (ctx.audience === "channel" && reply.containsExempt) {
    return errorReply("That answer includes confidential (exempt) information, so it can't be shown in a shared conversation.", "Ask me in a direct message instead.");
  }
  return reply;
}
