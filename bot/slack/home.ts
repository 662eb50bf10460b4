// App Home: the viewing user's own actions (overdue first, then due in the next 14 days) and the next
// meetings of the committees they sit on. Built as a neutral Reply from core queries, then rendered
// like any answer, so its buttons work the same way.
import type { App } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { actionItem, meetingItem } from "../../core/commands/format.js";
import { canSeeExempt, type CommandContext } from "../../core/commands/context.js";
import type { Deps } from "../../core/context.js";
import { addDays, formatLongDate } from "../../core/dates.js";
import { isUserError } from "../../core/errors.js";
import { listActions, today as todayOf } from "../../core/queries/actions.js";
import { upcomingMeetings } from "../../core/queries/meetings.js";
import type { Reply, ReplySection } from "../../core/reply.js";
import type { SlackDeps } from "./deps.js";
import { slackContext, type SlackAsker } from "./asker.js";
import { LIMITS, renderReply, type SlackMessage } from "./blocks.js";
import { APOLOGY } from "./answer.js";

const SHOWN = 10;
const HORIZON_DAYS = 14;

export async function homeReply(deps: Deps, ctx: CommandContext): Promise<Reply> {
  const today = todayOf(deps, ctx.tenant);
  const asOf = `As of ${formatLongDate(today)}. Type /scrutiny help for everything you can ask.`;
  if (!ctx.actor.personId) {
    return {
      title: "Your Scrutineer",
      sections: [{ text: "I couldn't match your Slack account to a person in Scrutineer, so I can't show your actions or committees yet. Ask a Scrutineer admin to add the email address you use in Slack to your record." }],
      footer: asOf,
    };
  }
  const ownerId = ctx.actor.personId;
  const [overdue, due, meetings] = await Promise.all([
    listActions(deps, ctx.tenant, { ownerId, overdue: true }, SHOWN),
    listActions(deps, ctx.tenant, { ownerId, dueFrom: today, dueTo: addDays(today, HORIZON_DAYS - 1) }, SHOWN),
    ctx.memberOf.length ? upcomingMeetings(deps, ctx.tenant, { from: today, committeeIds: ctx.memberOf, limit: 5 }) : Promise.resolve([]),
  ]);
  const visible = <T extends { classification: string; committee: { id: number } }>(xs: T[]) => xs.filter((a) => a.classification !== "exempt" || canSeeExempt(ctx, a.committee.id));
  const count = (p: { total: number; capped: boolean }) => `${p.total}${p.capped ? "+" : ""}`;
  const sections: ReplySection[] = [
    overdue.total
      ? { heading: `Your overdue actions (${count(overdue)})`, items: visible(overdue.items).map((a) => actionItem(a, ctx, today, { progress: false })), note: overdue.total > SHOWN ? `The ${SHOWN} longest overdue are shown: /scrutiny actions mine lists them all.` : undefined }
      : { heading: "Your overdue actions", text: "None. Nothing of yours is overdue." },
    due.total
      ? { heading: `Due in the next ${HORIZON_DAYS} days (${count(due)})`, items: visible(due.items).map((a) => actionItem(a, ctx, today)), note: due.total > SHOWN ? `The ${SHOWN} soonest are shown.` : undefined }
      : { heading: `Due in the next ${HORIZON_DAYS} days`, text: "Nothing of yours falls due." },
    meetings.length
      ? { heading: "Your committees' next meetings", items: meetings.map((m) => meetingItem(m, ctx, today)) }
      : { heading: "Your committees' next meetings", text: ctx.memberOf.length ? "None are scheduled yet." : "You are not recorded as a member of any committee." },
  ];
  return { title: `Your Scrutineer: ${ctx.actor.name}`, sections, footer: asOf };
}

export async function homeView(s: SlackDeps, client: WebClient, who: SlackAsker, notice?: string): Promise<SlackMessage> {
  try {
    const ctx = await slackContext(s.deps, s.admins, client, who, "private", s.askers);
    const reply = await homeReply(s.deps, ctx);
    return renderReply(reply, { maxBlocks: LIMITS.homeBlocks, notice: notice ? { text: notice, tone: "success" } : undefined });
  } catch (e) {
    if (!isUserError(e)) s.deps.log.error({ err: e }, "App Home failed");
    return renderReply({ title: "Your Scrutineer", tone: "error", sections: [{ text: isUserError(e) ? e.message : APOLOGY }] });
  }
}

export async function publishHome(s: SlackDeps, client: WebClient, who: SlackAsker, notice?: string): Promise<void> {
  const view = await homeView(s, client, who, notice);
  await client.views.publish({ user_id: who.userId, view: { type: "home", blocks: view.blocks } });
}

export function registerHome(app: App, s: SlackDeps): void {
  app.event("app_home_opened", async ({ event, body, client }) => {
    if (event.tab !== "home") return;
    const teamId = (body as { team_id?: string }).team_id ?? "";
    await publishHome(s, client, { teamId, userId: event.user });
  });
}
