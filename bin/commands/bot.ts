// bot: serves Slack and Teams over HTTP until SIGTERM.
import { createApp } from "../app.js";
import { parse } from "../args.js";
import { createBotServer } from "../../bot/server.js";

export async function run(args: string[]): Promise<number> {
  parse(args, {}, "bot");
  const app = createApp(process.env, { logLevel: "info" });
  const { config, log } = app;
  if (!config.slackEnabled) log.warn("Slack is off: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to turn it on");
  if (!config.teamsEnabled) log.warn("Teams is off: set MICROSOFT_APP_ID (or TEAMS_ALLOW_UNAUTHENTICATED=true locally)");
  const server = await createBotServer({ config, deps: app.deps() });
  await new Promise<void>((resolve) => server.listen(config.PORT, resolve));
  const address = server.address();
  log.info({ port: typeof address === "object" && address ? address.port : config.PORT }, "bot listening");
  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      log.info({ signal }, "bot stopping");
      server.close(() => { void app.close().then(() => resolve(0)); });
      server.closeAllConnections();
    };
    process.once("SIGTERM", () => stop("SIGTERM"));
    process.once("SIGINT", () => stop("SIGINT"));
  });
}
