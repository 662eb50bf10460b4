// Self-evaluation per service area for a period, with the score change since the previous period.
import type { Deps, Tenant } from "../context.js";
import { UserError } from "../errors.js";
import { previousPeriod } from "../dates.js";

export interface ServiceEvaluation {
  key: string;
  name: string;
  whatWeKnow: string | null;
  howWeKnow: string | null;
  score: number | null;
  scoreText: string | null;
  previousScore: number | null;
  change: number | null;
  rationale: string | null;
  strengths: string[];
  areasForDevelopment: { text: string; timescale: string | null }[];
}

export interface SelfEvaluation {
  title: string;
  period: string;
  previousPeriod: string;
  introduction: string | null;
  classification: string;
  committee: { id: number; name: string; slug: string };
  services: ServiceEvaluation[];
}

export async function selfEvaluation({ db }: Pick<Deps, "db">, tenant: Tenant, opts: { committeeId?: number; period?: string } = {}): Promise<SelfEvaluation> {
  const where = { councilId: tenant.councilId, ...(opts.committeeId ? { committeeId: opts.committeeId } : {}) };
  const include = {
    committee: { select: { id: true, name: true, slug: true } },
    services: { orderBy: { position: "asc" as const }, include: { points: { orderBy: { position: "asc" as const } } } },
  };
  const sa = await db.selfAssessment.findFirst({ where: { ...where, ...(opts.period ? { period: opts.period } : {}) }, orderBy: { period: "desc" }, include });
  if (!sa) throw new UserError(opts.period ? `There is no self-assessment for ${opts.period}.` : "No self-assessment has been loaded yet.", "not_found");
  const prevPeriod = previousPeriod(sa.period);
  const prev = await db.selfAssessment.findFirst({ where: { committeeId: sa.committeeId, period: prevPeriod }, include: { services: true } });
  return {
    title: sa.title, period: sa.period, previousPeriod: prevPeriod, introduction: sa.introduction,
    classification: sa.classification, committee: sa.committee,
    services: sa.services.map((s) => {
      const before = prev?.services.find((p) => p.key === s.key)?.score ?? null;
      return {
        key: s.key, name: s.name, whatWeKnow: s.whatWeKnow, howWeKnow: s.howWeKnow, score: s.score, scoreText: s.scoreText,
        previousScore: before, change: s.score !== null && before !== null ? s.score - before : null, rationale: s.rationale,
        strengths: s.points.filter((p) => p.kind === "strength").map((p) => p.text),
        areasForDevelopment: s.points.filter((p) => p.kind === "development").map((p) => ({ text: p.text, timescale: p.timescale })),
      };
    }),
  };
}
