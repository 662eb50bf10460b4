// ask "<text>": the chat command language from the terminal, through the same handler as Slack and Teams.
import { createApp } from "../app.js";
import { parse, required } from "../args.js";
import { handleText } from "../../core/commands/handle.js";
import { consoleContext } from "../../core/commands/context.js";
import { replyToText } from "../../core/reply-text.js";
import { scheduleTools } from "../../worker/schedule/tools.js";

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
    const ctx = { ...await consoleContext(deps, tenant, values.as, app.config.SCRUTINEER_ADMINS), schedules: scheduleTools };
    const reply = await handleText(deps, ctx, text);
    console.log(values.json ? JSON.stringify(reply, null, 2) : replyToText(reply));
    return reply.tone === "error" ? 1 : 0;
  } finally {
    await app.close();
  }
}
