import type { Deps } from "../../context.js";
import { UserError } from "../../errors.js";
import { formatLongDate } from "../../dates.js";
import { getAction, listActions, recordProgress, today as todayOf, type ActionFilter } from "../../queries/actions.js";
import { findPerson } from "../../queries/people.js";
import { findCommittee } from "../../queries/tenant.js";
import type { Reply, ReplyItem } from "../../reply.js";
import { canSeeExempt, type CommandContext } from "../context.js";
import { actionItem, owner, STATUS_LABEL } from "../format.js";

const PAGE = 10;

export async function actionsReply(deps: Deps, ctx: CommandContext, filter: "mine" | "overdue" | "all" | { target: string }, page: number): Promise<Reply> {
  const today = todayOf(deps, ctx.tenant);
  let f: ActionFilter = { committeeId: ctx.committee?.id };
  let title: string;
  let moreCommand: string;
  if (filter === "mine") {
    if (!ctx.actor.personId) throw new UserError(`I don't know who you are here, so I can't find "your" actions. Ask for "actions <your name>" instead${ctx.actor.channel === "cli" ? ", or add --as <your name>" : ""}.`);
    f = { ownerId: ctx.actor.personId };
    title = "Your open actions";
    moreCommand = "actions mine";
  } else if (filter === "overdue") {
    f.overdue = true;
    title = "Overdue actions";
    moreCommand = "actions overdue";
  } else if (filter === "all") {
    title = "Open actions";
    moreCommand = "actions";
  } else {
    const committee = await findCommittee(deps, ctx.tenant, filter.target);
    const person = committee ? null : await findPerson(deps, ctx.tenant, filter.target);
    if (committee) { f = { committeeId: committee.id }; title = `Open actions: ${committee.name}`; }
    else if (person) { f = { ownerId: person.id }; title = `Open actions owned by ${person.name}`; }
    else throw new UserError(`I couldn't find a person or committee called "${filter.target}". Try a full name (e.g. "actions Andy Gill") or "actions overdue".`);
    moreCommand = `actions ${filter.target}`;
  }
  const result = await listActions(deps, ctx.tenant, f, PAGE, (page - 1) * PAGE);
  const shown = result.items.filter((a) => a.classification !== "exempt" || canSeeExempt(ctx, a.committee.id));
  const hidden = result.items.length - shown.length;
  const totalText = `${result.total}${result.capped ? "+" : ""}`;
  const more = page * PAGE < result.total ? { command: `${moreCommand} page ${page + 1}`, label: `More (page ${page + 1})` } : undefined;
  return {
    title: `${title} (${totalText})`,
    summary: result.total ? `${ctx.committee && !("ownerId" in f && f.ownerId) ? `${ctx.committee.name}. ` : ""}Page ${page} of ${Math.max(1, Math.ceil(result.total / PAGE))}${result.capped ? "+" : ""}, soonest due first.` : undefined,
    sections: shown.length ? [{ items: shown.map((a) => actionItem(a, ctx, today)) }] : [{ text: page > 1 ? "No more actions." : "None. Nothing is outstanding." }],
    footer: hidden ? `${hidden} confidential action${hidden === 1 ? " is" : "s are"} not shown here.` : `As of ${formatLongDate(today)}.`,
    more,
  };
}

export async function actionReply(deps: Deps, ctx: CommandContext, id: number, notice?: string): Promise<Reply> {
  const a = await getAction(deps, ctx.tenant, id);
  if (a.classification === "exempt" && !canSeeExempt(ctx, a.committee.id)) {
    throw new UserError(`Action ${id} is confidential: ask for it in a direct message, as a member of ${a.committee.name}.`, "forbidden");
  }
  const today = todayOf(deps, ctx.tenant);
  const item: ReplyItem = actionItem(a, ctx, today, { progress: false });
  const fields = [...(item.fields ?? [])];
  if (a.successCriteria) fields.push({ label: "Target / success criteria", value: a.successCriteria });
  if (a.provenance) fields.push({ label: "Source", value: a.provenance });
  return {
    title: `Action #${a.id}`,
    summary: notice,
    tone: notice ? "success" : undefined,
    sections: [
      { items: [{ ...item, title: a.text, fields }] },
      ...(a.recommendationText ? [{ heading: "Recommendation", text: a.recommendationText }] : []),
      {
        heading: `Progress history (${a.history.length})`,
        items: a.history.length
          ? a.history.map((h) => ({
              title: `${formatLongDate(h.asOf ?? h.at.toISOString().slice(0, 10))}: ${h.by}${h.statusAfter ? ` (${STATUS_LABEL[h.statusAfter] ?? h.statusAfter})` : ""}`,
              text: h.text,
            }))
          : undefined,
        text: a.history.length ? undefined : "No progress recorded yet.",
      },
    ],
    footer: `Owner: ${owner(a)}`,
    containsExempt: a.classification === "exempt",
  };
}

export async function progressReply(deps: Deps, ctx: CommandContext, id: number, text: string, complete: boolean, requestKey?: string): Promise<Reply> {
  const result = await recordProgress(deps, ctx.tenant, ctx.actor, { actionId: id, text, complete, requestKey });
  const notice = !result.written
    ? "Already recorded: this request was received before."
    : complete ? `Action ${id} marked complete.` : `Progress recorded on action ${id}.`;
  return actionReply(deps, ctx, id, notice);
}
