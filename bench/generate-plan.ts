// One improvement plan per committee, shaped like the Herefordshire plan: 8 priorities, 6 objectives
// each, 2 measures per objective with two quarters of values and a baseline.
import type { Db } from "../core/db.js";

export async function generatePlans(db: Db, councilId: number, committeeIds: number[]): Promise<void> {
  for (const [i, committeeId] of committeeIds.entries()) {
    const plan = await db.improvementPlan.create({
      data: { councilId, committeeId, key: `plan-${committeeId}`, title: `Improvement plan ${i + 1}`, year: "2020-21", asAt: "2020-21-Q2", vision: "Generated for benchmarks.", source: "generated" },
    });
    for (let p = 1; p <= 8; p++) {
      const priority = await db.priority.create({ data: { planId: plan.id, number: p, title: `Priority ${p}` } });
      for (let o = 1; o <= 6; o++) {
        const objective = await db.objective.create({ data: { priorityId: priority.id, key: `p${p}-o${o}`, position: o, text: `Objective ${p}.${o}` } });
        for (let m = 1; m <= 2; m++) {
          const higher = (p + o + m) % 3 !== 0;
          const target = higher ? 90 : 10;
          const q1 = target + ((p * 7 + o * 3 + m) % 21) - 12;
          const q2 = q1 + ((o + m) % 5) - 2;
          await db.measure.create({
            data: {
              objectiveId: objective.id, key: `p${p}-o${o}-m${m}`, position: m, text: `Measure ${p}.${o}.${m}`, target, targetText: `${target}%`, unit: "percent", betterWhen: higher ? "higher" : "lower",
              values: { create: [
                { kind: "baseline", position: 1, label: "Outturn 2019/20", value: q1 - 1, display: `${q1 - 1}%` },
                { kind: "value", position: 2, label: "Q1 2020/21", period: "2020-21-Q1", value: q1, display: `${q1}%` },
                { kind: "value", position: 3, label: "Q2 2020/21", period: "2020-21-Q2", value: q2, display: `${q2}%` },
              ] },
            },
          });
        }
      }
    }
  }
}
