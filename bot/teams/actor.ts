// Who is asking in Teams and where: the council for their tenant, the person with their email
// (looked up with TeamsInfo.getMember only when core's cached identity is stale), the committee the
// conversation follows, and whether the answer will be seen by a whole channel.
// Each is cached in the process for a minute: identities are already cached for a day by core,
// and a channel's committee is dropped from the cache whenever "link" is asked there.
import { TeamsInfo, type TurnContext } from "botbuilder";
import type { Config } from "../../core/config.js";
import type { Actor, Deps, Tenant } from "../../core/context.js";
import type { CommandContext } from "../../core/commands/context.js";
import { resolveChatActor, tenantForWorkspace } from "../../core/queries/identity.js";
import { channelCommittee } from "../../core/queries/channels.js";
import { defaultCommittee, type CommitteeRef } from "../../core/queries/tenant.js";
import { channelRef, channelReference, conversationFacts, type ConversationFacts } from "./conversation.js";
import { TtlCache } from "../ttl-cache.js";

const MINUTE = 60_000;

async function lookupEmail(turn: TurnContext): Promise<string | null> {
  const member = await TeamsInfo.getMember(turn, turn.activity.from.id);
  return member.email ?? member.userPrincipalName ?? null;
}

export class Askers {
  private readonly tenants = new TtlCache<Tenant>(MINUTE);
  private readonly actors = new TtlCache<{ actor: Actor; memberOf: number[] }>(MINUTE);
  private readonly committees = new TtlCache<CommitteeRef | null>(MINUTE);

  constructor(private readonly deps: Deps, private readonly config: Config) {}

  tenant(turn: TurnContext): Promise<Tenant> {
    const workspace = conversationFacts(turn.activity).tenantId;
    return this.tenants.get(workspace, () => tenantForWorkspace(this.deps, "teams", workspace));
  }

  /** After "link", the channel's committee must be read afresh. */
  forgetChannel(tenant: Tenant, facts: ConversationFacts): void {
    this.committees.delete(`${tenant.councilId}|${facts.tenantId}|${facts.channelKey}`);
  }

  async commandContext(turn: TurnContext, tenant: Tenant): Promise<{ ctx: CommandContext; facts: ConversationFacts }> {
    const { deps } = this;
    const activity = turn.activity;
    const facts = conversationFacts(activity);
    const from = activity.from ?? { id: "unknown", name: undefined };
    const userId = from.aadObjectId ?? from.id;
    const { actor, memberOf } = await this.actors.get(`${tenant.councilId}|${facts.tenantId}|${userId}`, async () => {
      const r = await resolveChatActor(deps, tenant, { platform: "teams", workspaceId: facts.tenantId, userId, name: from.name }, this.config.SCRUTINEER_ADMINS, () => lookupEmail(turn));
      return { actor: r.actor, memberOf: r.memberOf };
    });
    const shared = facts.scope !== "personal";
    const committee = await this.committees.get(`${tenant.councilId}|${facts.tenantId}|${shared ? facts.channelKey : ""}`, async () =>
      (shared ? await channelCommittee(deps, tenant, "teams", facts.tenantId, facts.channelKey) : null) ?? await defaultCommittee(deps, tenant));
    return {
      facts,
      ctx: {
        tenant, actor, committee, memberOf,
        // Anything said in a channel or group chat is seen by everyone there: no exempt items.
        audience: shared ? "channel" : "private",
        ...(shared ? { channel: channelRef(facts, JSON.stringify(channelReference(activity))) } : {}),
      },
    };
  }
}
