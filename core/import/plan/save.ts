// Writing an imported plan the way the demo plan is stored (see core/seed/load-seed.ts loadPlan):
// the plan upserted on its key, its contents replaced whole, statuses for the "as at" period.
import type { Actor, Deps, Tenant } from "../../context.js";
import type { CommitteeRef } from "../../queries/tenant.js";
import { auditImport } from "../audit.js";
import type { ParsedPlan } from "./parse.js";

export interface PlanSummary { planId: number; priorities: number; objectives: number; measures: number; actions: number; replaced: boolean }

export async function savePlan(deps: Deps, tenant: Tenant, actor: Actor, committee: CommitteeRef, plan: ParsedPlan, source: string): Promise<PlanSummary> {
  const now = deps.clock.now();
  const f = plan.facts;
  return deps.db.$transaction(async (tx) => {
    const data = { committeeId: committee.id, title: f.title, year: f.year, asAt: f.asAt, updatedText: f.updatedText, vision: f.vision, aim: f.aim, source };
    const before = await tx.improvementPlan.findUnique({ where: { councilId_key: { councilId: tenant.councilId, key: f.key } } });
    const row = await tx.improvementPlan.upsert({
      where: { councilId_key: { councilId: tenant.councilId, key: f.key } },
      create: { councilId: tenant.councilId, key: f.key, ...data },
      update: data,
    });
    // Published quarterly as a whole: the new spreadsheet replaces the plan's contents.
    await tx.priority.deleteMany({ where: { planId: row.id } });
    const s: PlanSummary = { planId: row.id, priorities: 0, objectives: 0, measures: 0, actions: 0, replaced: before !== null };
    for (const p of plan.priorities) {
      const priority = await tx.priority.create({ data: { planId: row.id, number: p.number, title: p.title } });
      s.priorities++;
      for (const [oi, o] of p.objectives.entries()) {
        const objective = await tx.objective.create({
          data: { priorityId: priority.id, key: `p${p.number}-o${oi + 1}`, position: oi + 1, text: o.text, impactOnChildren: o.impact },
        });
        s.objectives++;
        await tx.smartAction.createMany({ data: o.actions.map((a, ai) => ({ objectiveId: objective.id, position: ai + 1, text: a.text, lead: a.lead, status: null, period: f.asAt })) });
        s.actions += o.actions.length;
        for (const [mi, m] of o.measures.entries()) {
          const measure = await tx.measure.create({
            data: {
              objectiveId: objective.id, key: `p${p.number}-o${oi + 1}-m${mi + 1}`, position: mi + 1, text: m.text, target: m.target,
              targetText: m.targetText, unit: m.unit, betterWhen: m.betterWhen, commentary: m.commentary,
            },
          });
          s.measures++;
          await tx.measureValue.createMany({ data: m.values.map((v, vi) => ({ measureId: measure.id, position: vi + 1, ...v })) });
          if (m.rag || m.direction || m.directionText) {
            await tx.periodStatus.create({ data: { measureId: measure.id, period: f.asAt, rag: m.rag, direction: m.direction, directionText: m.directionText } });
          }
        }
      }
    }
    await auditImport(tx, tenant, actor, "import.plan", "plan", row.id, { source, key: f.key, ...s }, now);
    return s;
  }, { timeout: 120_000, maxWait: 10_000 });
}
