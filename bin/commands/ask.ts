// ask "<text>": the chat command language from the terminal, through the same handler as Slack and Teams.
import { createApp } from "../app.js";
import { parse, required } from "../args.js";
import { handleText } from "../../core/commands/handle.js";
import { defaultCommittee } from "../../core/queries/tenant.js";
import { committeesOf, findPerson } from "../../core/queries/people.js";
import { replyToText } from "../../core/reply-text.js";
import { UserError } from "../../core/errors.js";
import type { Actor } from "../../core/context.js";

const USAGE = `ask "<text>" [--as <person>] [--now YYYY-MM-DD] [--council <slug>] [--json]`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    as: { type: "string" }, now: { type: "string" }, json: { type: "boolean" }, council: { type: "string" },
  }, USAGE);
  const text = required(positionals.join(" ").trim(), "the question", USAGE);
  const app = createApp(process.env, { now: values.now });
  try {
    const deps = app.deps();
    const tenant = await app.tenant(values.council);
    let actor: Actor = { personId: null, name: "cli", isAdmin: true, channel: "cli" };
    let memberOf: number[] = [];
    if (values.as) {
      const person = await findPerson(deps, tenant, values.as);
      if (!person) throw new UserError(`--as: nobody called "${values.as}" in ${tenant.name}. Use a full name, key or email.`);
      const admin = person.email !== null && app.config.SCRUTINEER_ADMINS.includes(person.email);
      actor = { personId: person.id, name: person.name, isAdmin: admin, channel: "cli" };
      memberOf = await committeesOf(deps, person.id);
    }
    const reply = await handleText(deps, {
      tenant, actor, committee: await defaultCommittee(deps, tenant), audience: "private", memberOf,
    }, text);
    console.log(values.json ? JSON.stringify(reply, null, 2) : replyToText(reply));
    return reply.tone === "error" ? 1 : 0;
  } finally {
    await app.close();
  }
}
