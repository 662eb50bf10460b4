import type { Deps, Tenant } from "../context.js";
import { UserError } from "../errors.js";

/** The council by slug, or the only one when there is just one. */
export async function resolveTenant({ db }: Pick<Deps, "db">, slug?: string): Promise<Tenant> {
  const councils = slug
    ? await db.council.findMany({ where: { slug } })
    : await db.council.findMany({ take: 2, orderBy: { id: "asc" } });
  if (councils.length === 0) {
    throw new UserError(slug ? `No council called "${slug}". Run "db setup" first, or check the name.` : `No council is set up yet. Run "npm run cli -- db setup".`);
  }
  if (!slug && councils.length > 1) throw new UserError(`Several councils are set up here: say which one with --council <slug>.`);
  const c = councils[0]!;
  return { councilId: c.id, slug: c.slug, name: c.name, zone: c.timezone };
}

export interface CommitteeRef { id: number; slug: string; name: string }

export async function listCommittees({ db }: Pick<Deps, "db">, tenant: Tenant): Promise<CommitteeRef[]> {
  return db.committee.findMany({ where: { councilId: tenant.councilId }, select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } });
}

/** The committee to use when none is named: the only one the council has. */
export async function defaultCommittee(deps: Pick<Deps, "db">, tenant: Tenant): Promise<CommitteeRef | null> {
  const all = await deps.db.committee.findMany({ where: { councilId: tenant.councilId }, select: { id: true, slug: true, name: true }, take: 2 });
  return all.length === 1 ? all[0]! : null;
}

/** Finds a committee by slug, name, or a distinctive part of its name ("cyp", "children and young people"). */
export async function findCommittee(deps: Pick<Deps, "db">, tenant: Tenant, query: string): Promise<CommitteeRef | null> {
  const q = normalise(query);
  if (!q) return null;
  const all = await listCommittees(deps, tenant);
  const exact = all.find((c) => c.slug === query.trim().toLowerCase() || normalise(c.name) === q);
  if (exact) return exact;
  const partial = all.filter((c) => normalise(c.name).includes(q) || c.slug.includes(q.replace(/ /g, "-")) || initials(c.name) === q);
  return partial.length === 1 ? partial[0]! : null;
}

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").replace(/\bscrutiny\b|\bcommittee\b/g, "").replace(/\s+/g, " ").trim();
const initials = (name: string) => normalise(name).split(" ").filter((w) => !["and", "of", "the"].includes(w)).map((w) => w[0]).join("");
