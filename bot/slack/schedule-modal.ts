// "/scrutiny schedule new": a modal in which an admin schedules a report for the channel the command
// was typed in. The submission goes through core's createScheduleReply, exactly like a typed
// "schedule add": bad input comes back as errors on the modal's fields and nothing is stored;
// the new schedule, its plain-English timing and next runs are then posted where it was asked.
import type { AckFn, App, SlashCommand, ViewSubmitAction, types } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { CommandContext } from "../../core/commands/context.js";
import {
  createScheduleReply, cronHint, scheduleFormChoices, ScheduleInputError, type ScheduleField, type ScheduleRequest,
} from "../../core/commands/handlers/schedule.js";
import { isUserError } from "../../core/errors.js";
import type { Reply } from "../../core/reply.js";
import type { SlackDeps } from "./deps.js";
import { slackContext, type SlackAsker } from "./asker.js";
import { APOLOGY, within } from "./answer.js";
import { clip, notice, renderReply, type SlackMessage } from "./blocks.js";
import { postToResponseUrl } from "./respond.js";

export const SCHEDULE_MODAL = "scrutiny.schedule_modal";
/** Block ids of the modal's inputs; each input's action id is INPUT. */
export const SCHEDULE_BLOCK = { kind: "kind", cron: "cron", committee: "committee", period: "period" } as const satisfies Record<Exclude<ScheduleField, "target">, string>;
export const INPUT = "value";
const NO_COMMITTEE = "none";

interface Metadata { channelId: string; responseUrl?: string }

const plain = (text: string, max: number) => ({ type: "plain_text" as const, text: clip(text, max), emoji: true });
const option = (value: string, text: string) => ({ text: plain(text, 75), value: clip(value, 150) });

/** Admins only, on a surface with the cron tools, in a channel: anyone else is told why in the ack. */
async function schedulingContext(s: SlackDeps, client: WebClient, who: SlackAsker): Promise<CommandContext> {
  return { ...(await slackContext(s.deps, s.admins, client, who, "private")), schedules: s.schedules };
}

export async function scheduleModal(s: SlackDeps, ctx: CommandContext, meta: Metadata): Promise<types.ModalView> {
  const { kinds, committees, committee } = await scheduleFormChoices(s.deps, ctx);
  const committeeOptions = [...committees.slice(0, 99).map((c) => option(c.slug, c.name)), option(NO_COMMITTEE, "No particular committee")];
  const initialCommittee = committee ? committeeOptions.find((o) => o.value === committee.slug) : undefined;
  const blocks: types.KnownBlock[] = [
    { type: "context", elements: [{ type: "mrkdwn", text: `The report will be posted in <#${meta.channelId}>.` }] },
    {
      type: "input", block_id: SCHEDULE_BLOCK.kind, label: plain("Report", 2000),
      element: { type: "static_select", action_id: INPUT, placeholder: plain("Choose a report", 150), options: kinds.map((k) => option(k.value, k.label)) },
    },
    {
      type: "input", block_id: SCHEDULE_BLOCK.cron, label: plain("When (a cron expression)", 2000), hint: plain(cronHint(ctx.tenant.zone), 2000),
      element: { type: "plain_text_input", action_id: INPUT, max_length: 100, placeholder: plain("0 9 * * 1", 150) },
    },
    {
      type: "input", block_id: SCHEDULE_BLOCK.committee, label: plain("Committee", 2000), optional: true,
      element: { type: "static_select", action_id: INPUT, placeholder: plain("Choose a committee", 150), options: committeeOptions, ...(initialCommittee ? { initial_option: initialCommittee } : {}) },
    },
    {
      type: "input", block_id: SCHEDULE_BLOCK.period, label: plain("Period", 2000), optional: true,
      hint: plain("Leave empty for the latest completed quarter, or give one such as 2020-21-Q2.", 2000),
      element: { type: "plain_text_input", action_id: INPUT, max_length: 20, placeholder: plain("latest", 150) },
    },
  ];
  return {
    type: "modal", callback_id: SCHEDULE_MODAL, private_metadata: JSON.stringify(meta),
    title: plain("Schedule a report", 24), submit: plain("Create", 24), close: plain("Cancel", 24), blocks,
  };
}

/** Answers the slash command: the modal for an admin in a channel, otherwise why not. */
export async function openScheduleModal(s: SlackDeps, client: WebClient, command: SlashCommand, ack: AckFn<string | object>): Promise<void> {
  const { log } = s.deps;
  const who: SlackAsker = { teamId: command.team_id, userId: command.user_id, userName: command.user_name, channelId: command.channel_id };
  const say = (text: string) => postToResponseUrl(command.response_url, { response_type: "ephemeral", ...notice(text) }, log);
  const work = (async () => scheduleModal(s, await schedulingContext(s, client, who), { channelId: command.channel_id, responseUrl: command.response_url }))();
  let view: types.ModalView | null;
  try {
    view = await within(work, s.ackBudgetMs);
  } catch (e) {
    if (!isUserError(e)) log.error({ err: e }, "could not build the schedule modal");
    await ack({ response_type: "ephemeral", ...notice(isUserError(e) ? e.message : APOLOGY) });
    return;
  }
  await ack();
  try {
    await client.views.open({ trigger_id: command.trigger_id, view: view ?? await work });
  } catch (e) {
    if (!isUserError(e)) log.error({ err: e }, "could not open the schedule modal");
    await say(isUserError(e) ? e.message : "Sorry, the form could not be opened in time. Please type \"/scrutiny schedule new\" again.");
  }
}

function decodeMetadata(text: string | undefined): Metadata | null {
  try {
    const meta = JSON.parse(text ?? "") as Metadata;
    return typeof meta.channelId === "string" && meta.channelId ? meta : null;
  } catch {
    return null;
  }
}

type Values = ViewSubmitAction["view"]["state"]["values"];

function requestOf(values: Values): ScheduleRequest {
  const input = (block: string) => values[block]?.[INPUT];
  const committee = input(SCHEDULE_BLOCK.committee)?.selected_option?.value;
  return {
    kind: input(SCHEDULE_BLOCK.kind)?.selected_option?.value ?? "",
    cron: input(SCHEDULE_BLOCK.cron)?.value ?? "",
    committee: !committee || committee === NO_COMMITTEE ? "" : committee,
    period: input(SCHEDULE_BLOCK.period)?.value ?? "",
  };
}

/** Which field a refusal belongs on: the field at fault, or the first one for anything about the whole form. */
function fieldErrors(e: unknown): Record<string, string> {
  const block = e instanceof ScheduleInputError && e.field !== "target" ? SCHEDULE_BLOCK[e.field] : SCHEDULE_BLOCK.kind;
  return { [block]: clip(isUserError(e) ? e.message : APOLOGY, 2000) };
}

export function registerScheduleModal(app: App, s: SlackDeps): void {
  const { log } = s.deps;

  const announce = async (client: WebClient, who: SlackAsker, meta: Metadata, message: SlackMessage) => {
    const posted = meta.responseUrl && await postToResponseUrl(meta.responseUrl, { response_type: "ephemeral", replace_original: false, ...message }, log);
    if (!posted) await client.chat.postEphemeral({ channel: meta.channelId, user: who.userId, ...message });
  };
  const render = (reply: Reply) => renderReply(reply, { audience: "private", shareable: false });

  app.view<ViewSubmitAction>(SCHEDULE_MODAL, async ({ ack, body, view, client }) => {
    const meta = decodeMetadata(view.private_metadata);
    if (!meta) return ack({ response_action: "errors", errors: { [SCHEDULE_BLOCK.kind]: "This form is out of date. Close it and type \"/scrutiny schedule new\" again." } });
    const user = body.user as { id: string; username?: string; name?: string; team_id?: string };
    const who: SlackAsker = { teamId: body.team?.id ?? user.team_id ?? "", userId: user.id, userName: user.username ?? user.name, channelId: meta.channelId };
    const work = (async () => createScheduleReply(s.deps, await schedulingContext(s, client, who), requestOf(view.state.values)))();
    try {
      const reply = await within(work, s.ackBudgetMs);
      if (reply) {
        await ack();
        await announce(client, who, meta, render(reply));
        return;
      }
    } catch (e) {
      if (!isUserError(e)) log.error({ err: e }, "could not create a schedule from Slack");
      return ack({ response_action: "errors", errors: fieldErrors(e) });
    }
    // Slow: close the modal now, and say how it went in the channel.
    await ack();
    try {
      await announce(client, who, meta, render(await work));
    } catch (e) {
      if (!isUserError(e)) log.error({ err: e }, "could not create a schedule from Slack");
      await announce(client, who, meta, notice(`The schedule was not created: ${isUserError(e) ? e.message : APOLOGY}`)).catch(() => undefined);
    }
  });
}
