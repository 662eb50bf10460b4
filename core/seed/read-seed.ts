// Reads and validates a council's seed folder. Pure file reading: no database.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ZodError } from "zod";
import { UserError } from "../errors.js";
import {
  seedFilePrefixes, type SeedKind, type CouncilFile, type MeetingsFile,
  type RecommendationsFile, type PlanFile, type SelfAssessmentFile, type PlanPrioritiesFile,
} from "./schema.js";

export interface CouncilSeed {
  council: CouncilFile;
  meetings: MeetingsFile[];
  recommendations: RecommendationsFile[];
  plans: PlanFile[];
  selfAssessments: SelfAssessmentFile[];
}

function kindOf(file: string): SeedKind | undefined {
  const kinds = Object.keys(seedFilePrefixes) as SeedKind[];
  // longest prefix first so "improvement-plan" is not taken for something shorter
  return kinds.sort((a, b) => b.length - a.length).find((k) => file === `${k}.yaml` || file.startsWith(`${k}-`));
}

function describeZodError(file: string, err: ZodError): string {
  const first = err.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  return `${file}: ${first.join("; ")}${err.issues.length > 5 ? ` (and ${err.issues.length - 5} more)` : ""}`;
}

export function readCouncilSeed(dir: string): CouncilSeed {
  const files = readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort();
  const extraPriorities: PlanPrioritiesFile[] = [];
  const out: Partial<CouncilSeed> & Omit<CouncilSeed, "council"> = {
    meetings: [], recommendations: [], plans: [], selfAssessments: [],
  };
  for (const file of files) {
    const kind = kindOf(file);
    if (!kind) throw new UserError(`${join(dir, file)}: unknown seed file; names must start with ${Object.keys(seedFilePrefixes).join(", ")}`);
    let raw: unknown;
    try {
      raw = parse(readFileSync(join(dir, file), "utf8"));
    } catch (e) {
      throw new UserError(`${join(dir, file)}: not valid YAML: ${(e as Error).message.split("\n")[0]}`);
    }
    const parsed = seedFilePrefixes[kind].safeParse(raw);
    if (!parsed.success) throw new UserError(describeZodError(join(dir, file), parsed.error));
    if (kind === "council") out.council = parsed.data as CouncilFile;
    else if (kind === "meetings") out.meetings.push(parsed.data as MeetingsFile);
    else if (kind === "recommendations") out.recommendations.push(parsed.data as RecommendationsFile);
    else if (kind === "improvement-plan") out.plans.push(parsed.data as PlanFile);
    else if (kind === "plan-priorities") extraPriorities.push(parsed.data as PlanPrioritiesFile);
    else out.selfAssessments.push(parsed.data as SelfAssessmentFile);
  }
  for (const extra of extraPriorities) {
    const plan = out.plans.find((p) => p.plan.key === extra.plan);
    if (!plan) throw new UserError(`${dir}: plan-priorities names unknown plan "${extra.plan}"`);
    plan.priorities.push(...extra.priorities);
  }
  for (const plan of out.plans) {
    plan.priorities.sort((a, b) => a.number - b.number);
    const numbers = plan.priorities.map((p) => p.number);
    if (new Set(numbers).size !== numbers.length) throw new UserError(`${dir}: plan ${plan.plan.key} numbers a priority twice`);
  }
  if (!out.council) throw new UserError(`${dir}: council.yaml is missing`);
  const seed = out as CouncilSeed;
  checkReferences(seed, dir);
  return seed;
}

/** Cross-file references, which zod cannot see. */
function checkReferences(seed: CouncilSeed, dir: string): void {
  const problems: string[] = [];
  const committees = new Set(seed.council.committees.map((c) => c.slug));
  const people = new Set(seed.council.people.map((p) => p.key));
  const meetings = new Set(seed.meetings.flatMap((m) => m.meetings.map((x) => x.key)));
  const groups = new Set(seed.recommendations.flatMap((r) => r.groups.map((g) => g.key)));
  const dup = (label: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const k of keys) { if (seen.has(k)) problems.push(`duplicate ${label} key "${k}"`); seen.add(k); }
  };
  dup("person", seed.council.people.map((p) => p.key));
  dup("meeting", seed.meetings.flatMap((m) => m.meetings.map((x) => x.key)));
  dup("recommendation", seed.recommendations.flatMap((r) => r.recommendations.map((x) => x.key)));
  const need = (set: Set<string>, k: string | null | undefined, what: string, where: string) => {
    if (k && !set.has(k)) problems.push(`${where}: unknown ${what} "${k}"`);
  };
  for (const m of seed.council.memberships) { need(committees, m.committee, "committee", "membership"); need(people, m.person, "person", "membership"); }
  for (const f of seed.meetings) {
    for (const m of f.meetings) need(committees, m.committee, "committee", `meeting ${m.key}`);
    for (const w of f.workItems) { need(committees, w.committee, "committee", `work item "${w.title}"`); need(meetings, w.meeting, "meeting", `work item "${w.title}"`); }
  }
  for (const f of seed.recommendations) {
    for (const g of f.groups) need(committees, g.committee, "committee", `group ${g.key}`);
    for (const r of f.recommendations) {
      need(committees, r.committee, "committee", `recommendation ${r.key}`);
      need(groups, r.group, "group", `recommendation ${r.key}`);
      need(meetings, r.meeting, "meeting", `recommendation ${r.key}`);
      for (const a of r.actions) for (const p of a.ownerPeople) need(people, p, "person", `action of ${r.key}`);
    }
  }
  for (const p of seed.plans) need(committees, p.plan.committee, "committee", `plan ${p.plan.key}`);
  for (const s of seed.selfAssessments) need(committees, s.committee, "committee", `self-assessment ${s.period}`);
  if (problems.length) throw new UserError(`${dir}: ${problems.slice(0, 8).join("; ")}`);
}
