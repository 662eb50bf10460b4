// "schedule new" in Teams: an Adaptive Card form that an admin submits with Action.Execute to
// schedule a report for the channel it was asked in. The submission goes through core's
// createScheduleReply, exactly like a typed "schedule add"; anything wrong comes back on the
// refreshed form (values kept, the message by the field at fault) and nothing is stored.
import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue } from "botbuilder";
import type { Deps } from "../../core/context.js";
import type { CommandContext } from "../../core/commands/context.js";
import {
  createScheduleReply, cronHint, scheduleFormChoices, scheduleKindChoices, ScheduleInputError, type ScheduleField,
} from "../../core/commands/handlers/schedule.js";
import { listCommittees, type CommitteeRef } from "../../core/queries/tenant.js";
import { isUserError } from "../../core/errors.js";
import { replyToCard, type AdaptiveCard, type CardElement } from "./card.js";
import { TtlCache } from "../ttl-cache.js";

export const SCHEDULE_VERB = "schedule.create";
const CARD_TYPE = "application/vnd.microsoft.card.adaptive";
const NO_COMMITTEE = "none";
const APOLOGY = "Sorry, something went wrong. It has been logged; please try again shortly.";

export interface FormValues { kind: string; cron: string; committee: string; period: string }

interface Choices { kinds: { value: string; label: string }[]; committees: CommitteeRef[] }

const text = (t: string, extra: CardElement = {}): CardElement => ({ type: "TextBlock", text: t, wrap: true, ...extra });
const fieldError = (t: string): CardElement => text(t, { color: "Attention", size: "Small", spacing: "None" });

export function formCard(choices: Choices, zone: string, values: Partial<FormValues>, error?: { message: string; field?: ScheduleField }): AdaptiveCard {
  const at = (field: ScheduleField) => (error?.field === field ? [fieldError(error.message)] : []);
  const general = error && (!error.field || error.field === "target") ? [text(error.message, { color: "Attention", weight: "Bolder" })] : [];
  const body: CardElement[] = [
    text("Schedule a report", { size: "Large", weight: "Bolder" }),
    text("It will be posted in this channel.", { isSubtle: true, spacing: "Small" }),
    ...general,
    {
      type: "Input.ChoiceSet", id: "kind", label: "Report", style: "compact", isRequired: true, errorMessage: "Choose a report.",
      placeholder: "Choose a report", choices: choices.kinds.map((k) => ({ title: k.label, value: k.value })), ...(values.kind ? { value: values.kind } : {}),
    },
    ...at("kind"),
    {
      type: "Input.Text", id: "cron", label: "When (a cron expression)", placeholder: "0 9 * * 1", maxLength: 100, isRequired: true,
      errorMessage: "Say when it should run, e.g. 0 9 * * 1.", ...(values.cron ? { value: values.cron } : {}),
    },
    ...at("cron"),
    text(cronHint(zone), { isSubtle: true, size: "Small", spacing: "Small" }),
    {
      type: "Input.ChoiceSet", id: "committee", label: "Committee", style: "compact",
      choices: [...choices.committees.map((c) => ({ title: c.name, value: c.slug })), { title: "No particular committee", value: NO_COMMITTEE }],
      value: values.committee || NO_COMMITTEE,
    },
    ...at("committee"),
    { type: "Input.Text", id: "period", label: "Period", placeholder: "latest, or e.g. 2020-21-Q2", maxLength: 20, ...(values.period ? { value: values.period } : {}) },
    ...at("period"),
    text("Leave the period empty for the latest completed quarter.", { isSubtle: true, size: "Small", spacing: "Small" }),
  ];
  return {
    type: "AdaptiveCard", $schema: "http://adaptivecards.io/schemas/adaptive-card.json", version: "1.5", body, msteams: { width: "Full" },
    actions: [{ type: "Action.Execute", title: "Create schedule", verb: SCHEDULE_VERB, data: { form: "schedule" }, associatedInputs: "auto" }],
  };
}

/** The form, for an admin in a channel; anyone else gets a UserError saying why (shown as an error card). */
export async function scheduleFormCard(deps: Deps, ctx: CommandContext): Promise<AdaptiveCard> {
  const { kinds, committees, committee } = await scheduleFormChoices(deps, ctx);
  return formCard({ kinds, committees }, ctx.tenant.zone, { committee: committee?.slug ?? NO_COMMITTEE, period: "" });
}

function valuesOf(data: Record<string, unknown>): FormValues {
  const str = (v: unknown) => (typeof v === "string" ? v.slice(0, 200) : "");
  return { kind: str(data.kind), cron: str(data.cron), committee: str(data.committee), period: str(data.period) };
}

const cardResponse = (card: AdaptiveCard): AdaptiveCardInvokeResponse => ({ statusCode: 200, type: CARD_TYPE, value: card as unknown as Record<string, unknown> });

// A redelivered invoke (same activity id) gets the answer the first one got, and stores nothing more.
const answered = new TtlCache<AdaptiveCardInvokeResponse>(10 * 60_000, 1000);

export function submitScheduleForm(deps: Deps, ctx: CommandContext, value: AdaptiveCardInvokeValue, requestKey: string | undefined): Promise<AdaptiveCardInvokeResponse> {
  const work = () => submit(deps, ctx, valuesOf((value.action?.data ?? {}) as Record<string, unknown>));
  return requestKey ? answered.get(requestKey, work) : work();
}

async function submit(deps: Deps, ctx: CommandContext, values: FormValues): Promise<AdaptiveCardInvokeResponse> {
  try {
    const reply = await createScheduleReply(deps, ctx, {
      kind: values.kind, cron: values.cron, committee: values.committee === NO_COMMITTEE ? "" : values.committee, period: values.period,
    });
    return cardResponse(replyToCard(reply));
  } catch (e) {
    if (!isUserError(e)) deps.log.error({ err: e }, "could not create a schedule from Teams");
    const error = { message: isUserError(e) ? e.message : APOLOGY, field: e instanceof ScheduleInputError ? e.field : undefined };
    const choices = { kinds: scheduleKindChoices(), committees: await listCommittees(deps, ctx.tenant) };
    return cardResponse(formCard(choices, ctx.tenant.zone, values, error));
  }
}
