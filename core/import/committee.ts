// Which committee an import is for: the one named, or the council's only committee.
import type { Deps, Tenant } from "../context.js";
import { UserError } from "../errors.js";
import { defaultCommittee, findCommittee, listCommittees, type CommitteeRef } from "../queries/tenant.js";

export async function resolveCommittee(deps: Pick<Deps, "db">, tenant: Tenant, query: string | undefined): Promise<CommitteeRef> {
  if (query) {
    const found = await findCommittee(deps, tenant, query);
    if (found) return found;
    const all = await listCommittees(deps, tenant);
    throw new UserError(`No committee called "${query}". Committees: ${all.map((c) => c.slug).join(", ") || "none yet"}.`);
  }
  const only = await defaultCommittee(deps, tenant);
  if (!only) throw new UserError(`Say which committee with --committee <slug>: ${tenant.name} has several.`);
  return only;
}
