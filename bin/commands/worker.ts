// worker: runs scheduled reports until SIGTERM, then finishes the run in hand and closes Chromium.
import { createApp } from "../app.js";
import { parse } from "../args.js";
import { startWorker } from "../../worker/main.js";
import { migrate } from "../../core/migrate.js";

export async function run(args: string[]): Promise<number> {
  parse(args, {}, "worker");
  const app = createApp(process.env, { logLevel: "info" });
  await migrate(app.db(), app.config.provider, app.log);
  const worker = await startWorker(app);
  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      app.log.info({ signal }, "worker stopping");
      void worker.stop().then(() => app.close()).then(() => resolve(0));
    };
    process.once("SIGTERM", () => stop("SIGTERM"));
    process.once("SIGINT", () => stop("SIGINT"));
  });
}
