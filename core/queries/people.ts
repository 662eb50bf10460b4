import type { Actor, Deps, Tenant } from "../context.js";

export interface PersonRef { id: number; key: string; name: string; roleTitle: string | null; email: string | null }

const select = { id: true, key: true, name: true, roleTitle: true, email: true } as const;

/** By key, email or name ("andy-gill", "andy.gill@…", "Andy Gill", "gill"); null unless exactly one matches. */
export async function findPerson({ db }: Pick<Deps, "db">, tenant: Tenant, query: string): Promise<PersonRef | null> {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const byKey = await db.person.findFirst({ where: { councilId: tenant.councilId, OR: [{ key: q }, { email: q }] }, select });
  if (byKey) return byKey;
  const people = await db.person.findMany({ where: { councilId: tenant.councilId }, select });
  const plain = (s: string) => s.toLowerCase().replace(/^councillor\s+/, "").trim();
  const exact = people.filter((p) => plain(p.name) === plain(q));
  if (exact.length === 1) return exact[0]!;
  const partial = people.filter((p) => plain(p.name).split(/\s+/).includes(q) || plain(p.name).includes(q));
  return partial.length === 1 ? partial[0]! : null;
}

export async function findPersonByEmail({ db }: Pick<Deps, "db">, tenant: Tenant, email: string): Promise<PersonRef | null> {
  return db.person.findFirst({ where: { councilId: tenant.councilId, email: email.trim().toLowerCase() }, select });
}

/** The committees a person sits on. */
export async function committeesOf({ db }: Pick<Deps, "db">, personId: number): Promise<number[]> {
  const rows = await db.membership.findMany({ where: { personId }, select: { committeeId: true } });
  return rows.map((r) => r.committeeId);
}

/** Opts a person in or out of the daily reminder DMs, with an audit event. */
export async function setReminders({ db, clock }: Pick<Deps, "db" | "clock">, tenant: Tenant, actor: Actor, on: boolean): Promise<void> {
  if (!actor.personId) return;
  await db.$transaction([
    db.person.update({ where: { id: actor.personId }, data: { remindersOptOut: !on } }),
    db.auditEvent.create({
      data: { councilId: tenant.councilId, actorId: actor.personId, actorText: actor.name, channel: actor.channel, verb: on ? "reminders.on" : "reminders.off", entityType: "person", entityId: String(actor.personId), detail: "{}", createdAt: clock.now() },
    }),
  ]);
}
