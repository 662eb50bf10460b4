// Usage: node --import tsx scripts/validate-seed.ts prisma/seed/herefordshire
import { readCouncilSeed } from "../core/seed/read-seed.js";

const dir = process.argv[2] ?? "prisma/seed/herefordshire";
try {
  const seed = readCouncilSeed(dir);
  const recs = seed.recommendations.flatMap((f) => f.recommendations);
  console.log(`ok: ${seed.council.people.length} people, ${seed.meetings.flatMap((m) => m.meetings).length} meetings, ` +
    `${seed.meetings.flatMap((m) => m.workItems).length} work items, ${recs.length} recommendations, ` +
    `${recs.flatMap((r) => r.actions).length} actions, ${seed.plans.length} plans, ${seed.selfAssessments.length} self-assessments`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
