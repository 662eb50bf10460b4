import type { Deps } from "../../context.js";
import { UserError } from "../../errors.js";
import { setReminders } from "../../queries/people.js";
import type { Reply } from "../../reply.js";
import type { CommandContext } from "../context.js";

export async function remindersReply(deps: Deps, ctx: CommandContext, on: boolean): Promise<Reply> {
  if (!ctx.actor.personId) throw new UserError("I don't know who you are here, so I can't change your reminders. Ask an admin to add your email to Scrutineer.");
  await setReminders(deps, ctx.tenant, ctx.actor, on);
  return {
    title: on ? "Daily reminders are on" : "Daily reminders are off",
    tone: "success",
    sections: [{ text: on ? "You'll get a direct message on working days when you have actions due soon or overdue." : "You won't get daily reminders. \"reminders on\" starts them again; \"actions mine\" lists your actions any time." }],
  };
}
