// The scrutineer command line. Each command lives in bin/commands/<name>.ts.
import { isUserError } from "../core/errors.js";

type Command = { run(args: string[], debug: boolean): Promise<number> };

const commands: Record<string, () => Promise<Command>> = {
  ask: () => import("./commands/ask.js"),
  db: () => import("./commands/db.js"),
  report: () => import("./commands/report.js"),
  import: () => import("./commands/import.js"),
  export: () => import("./commands/export.js"),
  schedule: () => import("./commands/schedule.js"),
  bot: () => import("./commands/bot.js"),
  worker: () => import("./commands/worker.js"),
};

const USAGE = `usage: scrutineer <command> …

  ask "<text>" [--as <person>] [--now YYYY-MM-DD] [--json]   ask what the bots answer, e.g. ask "due this week"
  db setup                                                   create the database and load the demo data
  report render --kind <kind> [--committee <slug>] [--period 2020-21-Q2] --out <file.pdf>
  import minutes|tracker|meetings|plan <file> [--committee <slug>] [--dry-run] [--json]
  export plan-template --out <file.xlsx>
  schedule add|list|pause|resume|remove|run-now|runs …
  bot                                                        serve Slack and Teams over HTTP
  worker                                                     run scheduled reports and reminders

Add --debug to any command for stack traces.`;

async function main(argv: string[]): Promise<number> {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const name = args[0];
  if (!name || name === "help" || name === "--help" || name === "-h") {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    console.error(`scrutineer: unknown command "${name}". Commands: ${Object.keys(commands).join(", ")}.`);
    return 2;
  }
  try {
    return await (await load()).run(args.slice(1), debug);
  } catch (e) {
    if (isUserError(e)) console.error(`scrutineer: ${e.message}`);
    else if (debug) console.error(e);
    else console.error(`scrutineer: unexpected error: ${(e as Error).message?.split("\n")[0] ?? e} (run with --debug for details)`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
