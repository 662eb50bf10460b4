import type { Deps } from "../../context.js";
import { UserError } from "../../errors.js";
import { findCommittee } from "../../queries/tenant.js";
import { linkChannel } from "../../queries/channels.js";
import type { Reply } from "../../reply.js";
import type { CommandContext } from "../context.js";

export async function linkReply(deps: Deps, ctx: CommandContext, committeeText: string): Promise<Reply> {
  if (!ctx.channel) throw new UserError(`"link" ties a Slack or Teams channel to a committee, so use it in that channel.`);
  if (!ctx.actor.isAdmin) throw new UserError("Only an admin can link a channel to a committee. Ask one of your Scrutineer admins.", "forbidden");
  const committee = await findCommittee(deps, ctx.tenant, committeeText);
  if (!committee) throw new UserError(`I couldn't find a committee called "${committeeText}". Use its short name, e.g. "link herefordshire-cyp".`);
  await linkChannel(deps, ctx.tenant, ctx.actor, { ...ctx.channel, committeeId: committee.id });
  return {
    title: `This channel now follows ${committee.name}`,
    tone: "success",
    sections: [{ text: `Commands here default to ${committee.name}, and its scheduled reports can be delivered here.` }],
  };
}
