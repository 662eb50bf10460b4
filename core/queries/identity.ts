// Who a chat user is: their workspace's council, and the person with their email, cached.
import type { Actor, Deps, Tenant } from "../context.js";
import { UserError } from "../errors.js";
import { resolveTenant } from "./tenant.js";
import { committeesOf, findPersonByEmail } from "./people.js";

export interface ChatUser {
  platform: "slack" | "teams";
  workspaceId: string; // Slack team id, Teams tenant id
  userId: string;      // Slack user id, Teams AAD object id
  name?: string;
}

const IDENTITY_TTL_MS = 24 * 60 * 60 * 1000;

/** A workspace maps to a council; with one council and no mapping, it is that council. */
export async function tenantForWorkspace(deps: Pick<Deps, "db">, platform: string, workspaceId: string): Promise<Tenant> {
  const mapped = await deps.db.chatWorkspace.findUnique({ where: { platform_workspaceId: { platform, workspaceId } }, include: { council: true } });
  if (mapped) return { councilId: mapped.council.id, slug: mapped.council.slug, name: mapped.council.name, zone: mapped.council.timezone };
  try {
    return await resolveTenant(deps);
  } catch {
    throw new UserError("This workspace is not connected to a council in Scrutineer yet. Ask your Scrutineer admin to connect it.", "no_tenant");
  }
}

export async function mapWorkspace(deps: Pick<Deps, "db">, platform: string, workspaceId: string, councilSlug: string): Promise<void> {
  const council = await deps.db.council.findUnique({ where: { slug: councilSlug } });
  if (!council) throw new UserError(`No council called "${councilSlug}".`);
  await deps.db.chatWorkspace.upsert({
    where: { platform_workspaceId: { platform, workspaceId } },
    create: { platform, workspaceId, councilId: council.id },
    update: { councilId: council.id },
  });
}

/**
 * The actor for a chat user. The platform lookup (Slack users.info, Teams getMember) is only
 * called when the cached identity is missing or older than a day.
 */
export async function resolveChatActor(
  deps: Pick<Deps, "db" | "clock" | "log">, tenant: Tenant, user: ChatUser, admins: string[],
  lookupEmail: () => Promise<string | null>,
): Promise<{ actor: Actor; memberOf: number[]; email: string | null }> {
  const key = { platform: user.platform, workspaceId: user.workspaceId, userId: user.userId };
  let identity = await deps.db.chatIdentity.findUnique({ where: { platform_workspaceId_userId: key } });
  // The cache is keyed on wall time, not the (possibly pinned) business clock.
  if (!identity || Date.now() - identity.checkedAt.getTime() > IDENTITY_TTL_MS) {
    let email: string | null = null;
    try {
      email = (await lookupEmail())?.trim().toLowerCase() ?? null;
    } catch (e) {
      deps.log.warn({ err: e, userId: user.userId }, "could not look up chat user's email");
      email = identity?.email ?? null;
    }
    const person = email ? await findPersonByEmail(deps, tenant, email) : null;
    identity = await deps.db.chatIdentity.upsert({
      where: { platform_workspaceId_userId: key },
      create: { ...key, email, personId: person?.id ?? null, checkedAt: new Date() },
      update: { email, personId: person?.id ?? null, checkedAt: new Date() },
    });
  }
  const person = identity.personId ? await deps.db.person.findFirst({ where: { id: identity.personId, councilId: tenant.councilId } }) : null;
  const email = identity.email;
  return {
    actor: {
      personId: person?.id ?? null,
      name: person?.name ?? user.name ?? `${user.platform}:${user.userId}`,
      isAdmin: email !== null && admins.includes(email),
      channel: user.platform,
    },
    memberOf: person ? await committeesOf(deps, person.id) : [],
    email,
  };
}
