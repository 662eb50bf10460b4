// scrutineer import minutes|tracker|meetings|plan <file> [--committee <slug>] [--council <slug>] [--dry-run] [--json]
import { createApp } from "../app.js";
import { parse } from "../args.js";
import { UserError } from "../../core/errors.js";
import { toLocalDate } from "../../core/dates.js";
import type { Actor } from "../../core/context.js";
import { importMinutes } from "../../core/import/minutes/import.js";
import { toContractJson } from "../../core/import/minutes/types.js";
import { importTracker } from "../../core/import/tracker/import.js";
import { importMeetings } from "../../core/import/meetings/import.js";
import { meetingStatus } from "../../core/import/meetings/save.js";
import { importPlan } from "../../core/import/plan/import.js";
import { meetingsText, minutesText, planText, trackerText } from "../../core/import/report.js";

const USAGE = "scrutineer import minutes|tracker|meetings|plan <file> [--committee <slug>] [--council <slug>] [--dry-run] [--json]";
const CLI_ACTOR: Actor = { personId: null, name: "cli", isAdmin: true, channel: "cli" };
const KINDS = ["minutes", "tracker", "meetings", "plan"] as const;

export async function run(args: string[], _debug: boolean): Promise<number> {
  const { values, positionals } = parse(args, {
    committee: { type: "string" }, council: { type: "string" }, "dry-run": { type: "boolean" }, json: { type: "boolean" },
  }, USAGE);
  // One line on stderr for bad input, as the contract asks, with the usage folded in.
  const kind = positionals[0];
  if (!kind || !(KINDS as readonly string[]).includes(kind)) throw new UserError(`${kind ? `cannot import "${kind}"` : "say what to import"}: choose minutes, tracker, meetings or plan (usage: ${USAGE})`);
  const path = positionals[1];
  if (!path) throw new UserError(`say which file to import (usage: ${USAGE})`);
  if (positionals.length > 2) throw new UserError(`unexpected "${positionals[2]}" (usage: ${USAGE})`);
  const app = createApp();
  try {
    const deps = app.deps();
    const tenant = await app.tenant(values.council);
    const opts = { path, committee: values.committee, dryRun: Boolean(values["dry-run"]) };
    const print = (json: unknown, text: string) => console.log(values.json ? JSON.stringify(json, null, 2) : text);
    switch (kind) {
      case "minutes": {
        const r = await importMinutes(deps, tenant, CLI_ACTOR, opts);
        // The contract's shape exactly; a real import adds what it wrote.
        print(r.written ? { ...toContractJson(r.proposal), written: r.written } : toContractJson(r.proposal), minutesText(r));
        break;
      }
      case "tracker": {
        const r = await importTracker(deps, tenant, CLI_ACTOR, opts);
        print({ committee: r.committee, entries: r.entries, written: r.written }, trackerText(r));
        break;
      }
      case "meetings": {
        const r = await importMeetings(deps, tenant, CLI_ACTOR, opts);
        const today = toLocalDate(deps.clock.now(), tenant.zone);
        print({
          kind: r.file.kind,
          committees: r.committees.map((c) => ({ slug: c.ref?.slug ?? c.create!.slug, name: c.ref?.name ?? c.create!.name, new: !c.ref })),
          meetings: r.planned.map((p) => ({
            committee: p.committee.ref?.slug ?? p.committee.create!.slug, externalId: p.meeting.externalId, date: p.meeting.date, time: p.meeting.time,
            status: meetingStatus(p.meeting, today), place: p.meeting.place, actions: p.minutes ? toContractJson(p.minutes.proposal).actions : [],
          })),
          written: r.written,
        }, meetingsText(r, today));
        break;
      }
      case "plan": {
        const r = await importPlan(deps, tenant, CLI_ACTOR, opts);
        print({ committee: r.committee, plan: r.plan, written: r.written }, planText(r));
        break;
      }
    }
    return 0;
  } finally {
    await app.close();
  }
}
