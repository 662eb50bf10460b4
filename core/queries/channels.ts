// Chat channels linked to committees, and the conversation references needed to post to them later.
import type { Actor, Deps, Tenant } from "../context.js";

export interface ChannelLinkInput {
  platform: "slack" | "teams";
  workspaceId: string;
  channelId: string;
  committeeId?: number | null;
  conversationRef?: string;
  serviceUrl?: string;
  teamId?: string;
}

export async function linkChannel({ db, clock }: Pick<Deps, "db" | "clock">, tenant: Tenant, actor: Actor, input: ChannelLinkInput) {
  const now = clock.now();
  return db.$transaction(async (tx) => {
    const data = {
      councilId: tenant.councilId, committeeId: input.committeeId ?? null,
      ...(input.conversationRef ? { conversationRef: input.conversationRef } : {}),
      ...(input.serviceUrl ? { serviceUrl: input.serviceUrl } : {}),
      ...(input.teamId ? { teamId: input.teamId } : {}),
    };
    const link = await tx.channelLink.upsert({
      where: { platform_workspaceId_channelId: { platform: input.platform, workspaceId: input.workspaceId, channelId: input.channelId } },
      create: { platform: input.platform, workspaceId: input.workspaceId, channelId: input.channelId, createdBy: actor.name, ...data },
      update: data,
    });
    await tx.auditEvent.create({
      data: {
        councilId: tenant.councilId, actorId: actor.personId, actorText: actor.name, channel: actor.channel, verb: "channel.link",
        entityType: "channel", entityId: `${input.platform}:${input.channelId}`, detail: JSON.stringify({ committeeId: input.committeeId ?? null }), createdAt: now,
      },
    });
    return link;
  });
}

/** Remembers where a Teams conversation is (or a Slack channel), without changing its committee. */
export async function rememberChannel({ db }: Pick<Deps, "db">, tenant: Tenant, input: ChannelLinkInput) {
  const key = { platform: input.platform, workspaceId: input.workspaceId, channelId: input.channelId };
  const data = {
    ...(input.conversationRef ? { conversationRef: input.conversationRef } : {}),
    ...(input.serviceUrl ? { serviceUrl: input.serviceUrl } : {}),
    ...(input.teamId ? { teamId: input.teamId } : {}),
  };
  return db.channelLink.upsert({
    where: { platform_workspaceId_channelId: key },
    create: { ...key, councilId: tenant.councilId, ...data },
    update: data,
  });
}

export async function channelCommittee({ db }: Pick<Deps, "db">, tenant: Tenant, platform: string, workspaceId: string, channelId: string) {
  const link = await db.channelLink.findUnique({ where: { platform_workspaceId_channelId: { platform, workspaceId, channelId } } });
  if (!link || link.councilId !== tenant.councilId || !link.committeeId) return null;
  return db.committee.findUnique({ where: { id: link.committeeId }, select: { id: true, slug: true, name: true } });
}

/** A linked channel by its number, within one council (or any council, for the worker's own lookups). */
export async function channelLinkById({ db }: Pick<Deps, "db">, id: number, councilId?: number) {
  const link = await db.channelLink.findUnique({ where: { id } });
  return link && (councilId === undefined || link.councilId === councilId) ? link : null;
}
