// Loads a validated council seed into the database in one transaction. Safe to run again:
// records are matched on their natural keys and updated, so action ids and the progress
// that people have recorded since survive a reload.
import { createHash } from "node:crypto";
import type { Db } from "../db.js";
import type { Logger } from "../logger.js";
import { instantFor, normaliseDue } from "../dates.js";
import type { CouncilSeed } from "./read-seed.js";
import type { PlanFile, RecommendationsFile, SelfAssessmentFile } from "./schema.js";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface SeedSummary {
  council: string;
  committees: number;
  people: number;
  meetings: number;
  workItems: number;
  recommendations: number;
  actions: number;
  plans: number;
  selfAssessments: number;
}

export async function loadCouncilSeed(db: Db, seed: CouncilSeed, log: Logger): Promise<SeedSummary> {
  return db.$transaction(async (tx) => {
    const c = seed.council.council;
    const council = await tx.council.upsert({
      where: { slug: c.slug },
      create: { slug: c.slug, name: c.name, timezone: c.timezone },
      update: { name: c.name, timezone: c.timezone },
    });
    const zone = council.timezone;
    const committeeIds = new Map<string, number>();
    for (const cm of seed.council.committees) {
      const row = await tx.committee.upsert({
        where: { slug: cm.slug },
        create: { slug: cm.slug, name: cm.name, shortName: cm.shortName ?? null, councilId: council.id },
        update: { name: cm.name, shortName: cm.shortName ?? null },
      });
      if (row.councilId !== council.id) throw new Error(`committee ${cm.slug} belongs to another council`);
      committeeIds.set(cm.slug, row.id);
    }
    const personIds = new Map<string, number>();
    for (const p of seed.council.people) {
      const row = await tx.person.upsert({
        where: { councilId_key: { councilId: council.id, key: p.key } },
        create: { councilId: council.id, key: p.key, name: p.name, kind: p.kind, roleTitle: p.roleTitle, email: p.email?.toLowerCase() ?? null },
        update: { name: p.name, kind: p.kind, roleTitle: p.roleTitle, email: p.email?.toLowerCase() ?? null },
      });
      personIds.set(p.key, row.id);
    }
    for (const m of seed.council.memberships) {
      const committeeId = committeeIds.get(m.committee)!;
      const personId = personIds.get(m.person)!;
      const data = { role: m.role, representing: m.representing, asOf: m.asOf, source: m.source };
      await tx.membership.upsert({
        where: { committeeId_personId: { committeeId, personId } },
        create: { committeeId, personId, ...data },
        update: data,
      });
    }

    const meetingIds = new Map<string, number>();
    let workItems = 0;
    for (const file of seed.meetings) {
      for (const m of file.meetings) {
        const data = {
          committeeId: committeeIds.get(m.committee)!,
          date: m.date, time: m.time,
          startsAt: instantFor(m.date, m.time, zone),
          place: m.place, webcastUrl: m.webcastUrl, status: m.status,
          despatchDate: m.despatchDate,
          questionDeadline: m.questionDeadline ? instantFor(m.questionDeadline.slice(0, 10), m.questionDeadline.slice(11), zone) : null,
          source: m.source,
        };
        const row = await tx.meeting.upsert({
          where: { councilId_key: { councilId: council.id, key: m.key } },
          create: { councilId: council.id, key: m.key, ...data },
          update: data,
        });
        meetingIds.set(m.key, row.id);
      }
    }
    // Work items have no natural key of their own: the seed owns the committee's work programme
    // and replaces it whole.
    for (const committeeId of committeeIds.values()) {
      await tx.workItem.deleteMany({ where: { committeeId, source: { not: "import" } } });
    }
    for (const file of seed.meetings) {
      const positions = new Map<string, number>();
      for (const w of file.workItems) {
        const slot = w.meeting ?? "(unallocated)";
        const position = (positions.get(slot) ?? 0) + 1;
        positions.set(slot, position);
        await tx.workItem.create({
          data: {
            committeeId: committeeIds.get(w.committee)!, meetingId: w.meeting ? meetingIds.get(w.meeting)! : null,
            position, title: w.title, description: w.description, reportAuthor: w.reportAuthor,
            formOfScrutiny: w.formOfScrutiny, status: w.status, classification: w.classification, source: w.source,
          },
        });
        workItems++;
      }
    }

    let recommendations = 0;
    let actions = 0;
    for (const file of seed.recommendations) {
      const counts = await loadRecommendations(tx, file, { councilId: council.id, committeeIds, personIds, meetingIds });
      recommendations += counts.recommendations;
      actions += counts.actions;
    }
    for (const plan of seed.plans) await loadPlan(tx, plan, council.id, committeeIds);
    for (const sa of seed.selfAssessments) await loadSelfAssessment(tx, sa, council.id, committeeIds);

    const summary: SeedSummary = {
      council: c.slug, committees: committeeIds.size, people: personIds.size, meetings: meetingIds.size,
      workItems, recommendations, actions, plans: seed.plans.length, selfAssessments: seed.selfAssessments.length,
    };
    log.info(summary, "seed loaded");
    return summary;
  }, { timeout: 120_000, maxWait: 30_000 });
}

interface Refs {
  councilId: number;
  committeeIds: Map<string, number>;
  personIds: Map<string, number>;
  meetingIds: Map<string, number>;
}

async function loadRecommendations(tx: Tx, file: RecommendationsFile, refs: Refs) {
  const groupIds = new Map<string, number>();
  for (const g of file.groups) {
    const committeeId = refs.committeeIds.get(g.committee)!;
    const data = { title: g.title, kind: g.kind, conducted: g.conducted, source: g.source };
    const row = await tx.reviewGroup.upsert({
      where: { committeeId_key: { committeeId, key: g.key } },
      create: { committeeId, key: g.key, ...data },
      update: data,
    });
    groupIds.set(g.key, row.id);
  }
  let actions = 0;
  for (const r of file.recommendations) {
    const committeeId = refs.committeeIds.get(r.committee)!;
    const meetingId = r.meeting ? refs.meetingIds.get(r.meeting)! : null;
    const data = {
      committeeId, groupId: r.group ? groupIds.get(r.group) ?? null : null, meetingId,
      meetingDate: r.meetingDate, itemTitle: r.itemTitle, number: r.number, title: r.title, text: r.text,
      kind: r.kind, addressedTo: r.addressedTo, response: r.response, responseText: r.responseText,
      trackerAction: r.trackerAction, trackerStatus: r.trackerStatus, classification: r.classification, source: r.source,
    };
    const rec = await tx.recommendation.upsert({
      where: { councilId_key: { councilId: refs.councilId, key: r.key } },
      create: { councilId: refs.councilId, key: r.key, ...data },
      update: data,
    });
    for (const [i, a] of r.actions.entries()) {
      const sourceKey = `${r.key}/${i + 1}`;
      const due = normaliseDue(a.due.date);
      const seeded = {
        committeeId, recommendationId: rec.id, meetingId, text: a.text, ownerText: a.owner,
        dueText: a.due.text, ...due, successCriteria: a.successCriteria, classification: a.classification,
        provenance: `${r.source}: recommendation ${r.number ?? r.key}`, kind: "recommendation",
      };
      const existing = await tx.action.findUnique({ where: { councilId_sourceKey: { councilId: refs.councilId, sourceKey } } });
      // The status people set through Scrutineer wins over the published one on reload.
      const action = existing
        ? await tx.action.update({ where: { id: existing.id }, data: seeded })
        : await tx.action.create({
            data: { councilId: refs.councilId, sourceKey, status: a.status, completedAt: null, ...seeded },
          });
      await tx.actionOwner.deleteMany({ where: { actionId: action.id } });
      for (const key of a.ownerPeople) {
        await tx.actionOwner.create({ data: { actionId: action.id, personId: refs.personIds.get(key)! } });
      }
      if (a.progress) {
        // The published progress is history too; keyed by its content so a reload adds nothing.
        const requestKey = `seed:${refs.councilId}:${sourceKey}:${hash(a.progress)}`;
        await tx.progressUpdate.upsert({
          where: { requestKey },
          create: {
            actionId: action.id, text: a.progress, statusAfter: a.status, authorText: "published tracker",
            channel: "seed", requestKey, asOf: a.progressAsOf,
            createdAt: a.progressAsOf ? new Date(`${a.progressAsOf}T00:00:00Z`) : undefined,
          },
          update: {},
        });
      }
      actions++;
    }
  }
  return { recommendations: file.recommendations.length, actions };
}

async function loadPlan(tx: Tx, file: PlanFile, councilId: number, committeeIds: Map<string, number>) {
  const p = file.plan;
  const data = {
    committeeId: committeeIds.get(p.committee)!, title: p.title, year: p.year, asAt: p.asAt,
    updatedText: p.updatedText, vision: p.vision, aim: p.aim, classification: p.classification, source: p.source,
  };
  // A plan is published as a whole each quarter, and nobody edits it in Scrutineer: replace its contents.
  const plan = await tx.improvementPlan.upsert({
    where: { councilId_key: { councilId, key: p.key } },
    create: { councilId, key: p.key, ...data },
    update: data,
  });
  await tx.priority.deleteMany({ where: { planId: plan.id } });
  await tx.planSummaryItem.deleteMany({ where: { planId: plan.id } });
  await tx.planAim.deleteMany({ where: { planId: plan.id } });
  const s = file.summary;
  const summaryRows = [
    ...s.goingWell.map((text) => ({ section: "going-well", text, lead: null, status: null })),
    ...s.worriedAbout.map((text) => ({ section: "worried-about", text, lead: null, status: null })),
    ...s.deliveredLastQuarter.map((a) => ({ section: "delivered", text: a.text, lead: a.lead, status: a.status })),
    ...s.nextQuarter.map((a) => ({ section: "next-quarter", text: a.text, lead: a.lead, status: null })),
  ];
  await tx.planSummaryItem.createMany({ data: summaryRows.map((r, i) => ({ planId: plan.id, position: i + 1, ...r })) });
  await tx.planAim.createMany({
    data: file.aims.map((a, i) => ({ planId: plan.id, position: i + 1, text: a.text, priorities: a.priorities.join(",") })),
  });
  for (const pr of file.priorities) {
    const priority = await tx.priority.create({
      data: { planId: plan.id, number: pr.number, title: pr.title, definition: pr.definition, whatGoodLooksLike: pr.whatGoodLooksLike },
    });
    for (const [oi, o] of pr.objectives.entries()) {
      const objective = await tx.objective.create({
        data: { priorityId: priority.id, key: o.key, position: oi + 1, text: o.text, impactOnChildren: o.impactOnChildren },
      });
      if (o.rag || o.direction || o.directionText) {
        await tx.periodStatus.create({
          data: { objectiveId: objective.id, period: p.asAt, rag: o.rag, direction: o.direction, directionText: o.directionText },
        });
      }
      await tx.smartAction.createMany({
        data: o.actions.map((a, ai) => ({
          objectiveId: objective.id, position: ai + 1, text: a.text, lead: a.lead, status: a.status, period: p.asAt,
        })),
      });
      for (const [mi, m] of o.measures.entries()) {
        const measure = await tx.measure.create({
          data: {
            objectiveId: objective.id, key: m.key, position: mi + 1, text: m.text, target: m.target, targetText: m.targetText,
            unit: m.unit, betterWhen: m.betterWhen, commentary: m.commentary,
          },
        });
        const values = [
          ...m.baselines.map((v) => ({ kind: "baseline", ...v })),
          ...m.values.map((v) => ({ kind: "value", ...v })),
        ];
        await tx.measureValue.createMany({
          data: values.map((v, vi) => ({
            measureId: measure.id, kind: v.kind, position: vi + 1, label: v.label, period: v.period, value: v.value, display: v.display,
          })),
        });
        if (m.rag || m.direction || m.directionText) {
          await tx.periodStatus.create({
            data: { measureId: measure.id, period: p.asAt, rag: m.rag, direction: m.direction, directionText: m.directionText },
          });
        }
      }
    }
  }
}

async function loadSelfAssessment(tx: Tx, file: SelfAssessmentFile, councilId: number, committeeIds: Map<string, number>) {
  const committeeId = committeeIds.get(file.committee)!;
  const data = { councilId, title: file.title, introduction: file.introduction, classification: file.classification, source: file.source };
  const sa = await tx.selfAssessment.upsert({
    where: { committeeId_period: { committeeId, period: file.period } },
    create: { committeeId, period: file.period, ...data },
    update: data,
  });
  await tx.serviceAssessment.deleteMany({ where: { selfAssessmentId: sa.id } });
  for (const [i, s] of file.services.entries()) {
    const service = await tx.serviceAssessment.create({
      data: {
        selfAssessmentId: sa.id, key: s.key, position: i + 1, name: s.name, whatWeKnow: s.whatWeKnow,
        howWeKnow: s.howWeKnow, score: s.score, scoreText: s.scoreText, rationale: s.rationale,
      },
    });
    await tx.servicePoint.createMany({
      data: [
        ...s.strengths.map((text, pi) => ({ serviceId: service.id, kind: "strength", position: pi + 1, text, timescale: null })),
        ...s.areasForDevelopment.map((a, pi) => ({ serviceId: service.id, kind: "development", position: pi + 1, text: a.text, timescale: a.timescale })),
      ],
    });
  }
}

const hash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 16);
