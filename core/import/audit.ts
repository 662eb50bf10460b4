// Audit events for imports, written inside the import's own transaction.
import type { Actor, Tenant } from "../context.js";
import type { Db } from "../db.js";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export async function auditImport(tx: Tx, tenant: Tenant, actor: Actor, verb: string, entityType: string, entityId: string | number, detail: Record<string, unknown>, at: Date) {
  await tx.auditEvent.create({
    data: {
      councilId: tenant.councilId, actorId: actor.personId, actorText: actor.name, channel: actor.channel,
      verb, entityType, entityId: String(entityId), detail: JSON.stringify(detail), createdAt: at,
    },
  });
}
