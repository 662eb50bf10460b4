// schedule add|list|pause|resume|remove|run-now|runs: admins manage report schedules from the console.
import { createApp } from "../app.js";
import { parse, required } from "../args.js";
import { UserError } from "../../core/errors.js";
import { findCommittee } from "../../core/queries/tenant.js";
import { parsePeriod } from "../../core/dates.js";
import {
  addSchedule, getSchedule, listRuns, listSchedules, removeSchedule, setScheduleEnabled, SCHEDULE_KINDS, type ScheduleKind, type ScheduleView,
} from "../../core/queries/schedules.js";
import { describeCron, nextRuns, validateCron } from "../../worker/schedule/cron.js";
import { formatInstant } from "../../core/dates.js";
import type { Actor } from "../../core/context.js";

const USAGE = `schedule add --cron "<expr>" --kind <${SCHEDULE_KINDS.join("|")}> [--committee <slug>] [--period <2020-21-Q2|latest>] [--tz Europe/London] --to slack:<channel id> [--to teams:<link id>]
       schedule list|pause|resume|remove|runs|run-now <id> [--json]`;

const OPERATOR: Actor = { personId: null, name: "cli", isAdmin: true, channel: "cli" };

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    cron: { type: "string" }, kind: { type: "string" }, committee: { type: "string" }, period: { type: "string" },
    tz: { type: "string" }, to: { type: "string", multiple: true }, json: { type: "boolean" }, council: { type: "string" }, plan: { type: "string" },
  }, USAGE);
  const [action, idText] = positionals;
  const app = createApp();
  try {
    const deps = app.deps();
    const tenant = await app.tenant(values.council);
    const id = () => {
      const n = Number(required(idText, "the schedule number", USAGE));
      if (!Number.isInteger(n) || n <= 0) throw new UserError(`"${idText}" is not a schedule number\nusage: ${USAGE}`);
      return n;
    };
    const print = (s: ScheduleView) => console.log(values.json ? JSON.stringify(describe(s, app.clock.now(), tenant.zone), null, 2) : line(s, app.clock.now()));
    switch (action) {
      case "add": {
        const cron = required(values.cron, "--cron", USAGE);
        const timezone = values.tz ?? tenant.zone;
        validateCron(cron, timezone);
        const kind = required(values.kind, "--kind", USAGE) as ScheduleKind;
        if (!SCHEDULE_KINDS.includes(kind)) throw new UserError(`"${kind}" is not a report kind: use one of ${SCHEDULE_KINDS.join(", ")}.`);
        const committee = values.committee ? await findCommittee(deps, tenant, values.committee) : null;
        if (values.committee && !committee) throw new UserError(`There is no committee "${values.committee}" in ${tenant.name}.`);
        const period = values.period ?? "latest";
        if (period !== "latest") parsePeriod(period);
        const s = await addSchedule(deps, tenant, OPERATOR, {
          cron, timezone, kind, committeeId: committee?.id ?? null, period, planKey: values.plan, targets: values.to ?? [],
        });
        if (values.json) print(s);
        else {
          console.log(`Schedule ${s.id} added: ${describeCron(s.cron)} (${s.timezone}).`);
          console.log(`Next runs: ${nextRuns(s.cron, s.timezone, app.clock.now(), 3).map((d) => formatInstant(d, s.timezone)).join("; ")}.`);
          console.log(s.id);
        }
        return 0;
      }
      case "list": {
        const all = await listSchedules(deps, tenant);
        if (values.json) console.log(JSON.stringify(all.map((s) => describe(s, app.clock.now(), tenant.zone)), null, 2));
        else console.log(all.length ? all.map((s) => line(s, app.clock.now())).join("\n") : "No schedules yet. Add one with: schedule add …");
        return 0;
      }
      case "pause": print(await setScheduleEnabled(deps, tenant, OPERATOR, id(), false)); return 0;
      case "resume": print(await setScheduleEnabled(deps, tenant, OPERATOR, id(), true)); return 0;
      case "remove": await removeSchedule(deps, tenant, OPERATOR, id()); console.log(`Schedule ${idText} removed.`); return 0;
      case "runs": {
        const runs = await listRuns(deps, tenant, id());
        if (values.json) { console.log(JSON.stringify(runs, null, 2)); return 0; }
        if (!runs.length) console.log("No runs yet.");
        for (const r of runs) {
          console.log(`run ${r.id}  ${formatInstant(r.scheduledFor, tenant.zone)}  ${r.status}${r.error ? `: ${r.error}` : ""}`);
          for (const d of r.deliveries) console.log(`    ${d.target}  ${d.status}  attempts ${d.attempts}${d.lastError ? `  ${d.lastError}` : ""}`);
        }
        return 0;
      }
      case "run-now": {
        const schedule = await getSchedule(deps, tenant, id());
        const { runNow } = await import("../../worker/run-now.js");
        const result = await runNow(app, schedule.id);
        if (values.json) console.log(JSON.stringify(result, null, 2));
        else {
          console.log(`run ${result.runId}: ${result.status}`);
          for (const d of result.deliveries) console.log(`  ${d.target}: ${d.status}${d.lastError ? ` (${d.lastError})` : ""}`);
        }
        return result.status === "delivered" ? 0 : 1;
      }
      default:
        throw new UserError(`unknown schedule command "${action ?? ""}"\nusage: ${USAGE}`);
    }
  } finally {
    await app.close();
  }
}

function describe(s: ScheduleView, now: Date, zone: string) {
  return { ...s, description: describeCron(s.cron), nextRuns: s.enabled ? nextRuns(s.cron, s.timezone, now, 3).map((d) => ({ at: d.toISOString(), local: formatInstant(d, zone) })) : [] };
}

function line(s: ScheduleView, now: Date): string {
  const next = s.enabled ? `next ${formatInstant(nextRuns(s.cron, s.timezone, now, 1)[0]!, s.timezone)}` : "paused";
  return `${s.id}  ${s.kind}${s.committee ? ` for ${s.committee}` : ""}  "${s.cron}" (${describeCron(s.cron)}, ${s.timezone})  → ${s.targets.join(", ")}  ${next}${s.failureStreak ? `  failing (${s.failureStreak})` : ""}`;
}
