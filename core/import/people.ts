// Owners as people: "Andy Gill", "Cllr Quinn", or a role title a person holds ("Head of Learning and
// Achievement"). Text that names nobody we know stays as the owner text alone.
import type { Deps, Tenant } from "../context.js";
import { findPerson } from "../queries/people.js";

export type OwnerMatcher = (ownerText: string | null) => Promise<number[]>;

export async function ownerMatcher(deps: Pick<Deps, "db">, tenant: Tenant): Promise<OwnerMatcher> {
  const people = await deps.db.person.findMany({ where: { councilId: tenant.councilId }, select: { id: true, roleTitle: true } });
  const byRole = new Map<string, number[]>();
  for (const p of people) {
    if (!p.roleTitle) continue;
    const key = plain(p.roleTitle);
    byRole.set(key, [...(byRole.get(key) ?? []), p.id]);
  }
  const cache = new Map<string, number[]>();
  return async (ownerText) => {
    if (!ownerText) return [];
    const hit = cache.get(ownerText);
    if (hit) return hit;
    const ids = new Set<number>();
    // The whole text first ("Head of Learning and Achievement"), then its parts ("Andy Gill / Karen Wright").
    const whole = byRole.get(plain(ownerText));
    const parts = whole?.length === 1 ? [] : ownerText.split(/\s*(?:\/|;|&|,|\band\b|\s[–—-]\s|[()])\s*/i).map((s) => s.trim()).filter((s) => s.length > 1);
    if (whole?.length === 1) ids.add(whole[0]!);
    for (const part of parts) {
      const role = byRole.get(plain(part));
      if (role?.length === 1) { ids.add(role[0]!); continue; }
      // A single common word ("Clerk", "Chair") is a role, not a surname to guess at.
      if (!/\s/.test(part) && /^(?:clerk|chair|chairman|chairperson|council|cabinet|executive|officers?|members?|director|leader)$/i.test(part)) continue;
      const person = await findPerson(deps, tenant, part.replace(/^cllr\.?\s+/i, "Councillor "));
      if (person) ids.add(person.id);
    }
    const out = [...ids];
    cache.set(ownerText, out);
    return out;
  };
}

const plain = (s: string) => s.toLowerCase().replace(/^the\s+/, "").replace(/[^a-z0-9]+/g, " ").trim();
