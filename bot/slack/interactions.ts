// Buttons and the progress modal. Every write goes through core (recordProgress checks who may
// update, records history and audit, and ignores a request key it has seen), and the message the
// button was on is then refreshed in place through its response_url.
import { createHash } from "node:crypto";
import type { App, BlockAction, ButtonAction, ViewSubmitAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { canUpdate, getAction, recordProgress } from "../../core/queries/actions.js";
import { isUserError } from "../../core/errors.js";
import type { SlackDeps } from "./deps.js";
import { slackContext, type SlackAsker } from "./asker.js";
import { answerCommand, APOLOGY, within } from "./answer.js";
import { ACTION, notice, parseActionValue } from "./blocks.js";
import { decodeMetadata, infoModal, NOTE_BLOCK, NOTE_INPUT, PROGRESS_MODAL, progressModal, type Origin } from "./modal.js";
import { publishHome } from "./home.js";
import { postToResponseUrl } from "./respond.js";

type ButtonBody = BlockAction<ButtonAction>;

function askerOf(body: ButtonBody | ViewSubmitAction, channelId?: string): SlackAsker {
  const user = body.user as { id: string; username?: string; name?: string; team_id?: string };
  return { teamId: body.team?.id ?? user.team_id ?? "", userId: user.id, userName: user.username ?? user.name, channelId };
}

function originOf(body: ButtonBody, command?: string): Origin {
  if (body.container?.type === "view" || body.view?.type === "home") return { surface: "home" };
  const blocks = (body.message?.blocks ?? []) as { type: string; elements?: { text?: string }[] }[];
  const sharedBy = blocks.flatMap((b) => (b.type === "context" ? b.elements ?? [] : [])).map((e) => /Shared by <@(\w+)>/.exec(e.text ?? "")?.[1]).find(Boolean);
  return {
    surface: "message", responseUrl: body.response_url, command: command || undefined,
    ephemeral: Boolean((body.container as { is_ephemeral?: boolean } | undefined)?.is_ephemeral),
    channelId: body.channel?.id, sharedBy,
  };
}

/**
 * A retried delivery of the same interaction has the same trigger and timestamps; a new click or a
 * new submission does not. So the same key means "already done" and core writes nothing.
 */
export function requestKey(body: ButtonBody | ViewSubmitAction): string {
  const parts = [body.team?.id ?? "", body.user.id, (body as { trigger_id?: string }).trigger_id ?? ""];
  if (body.type === "view_submission") parts.push(body.view.id, body.view.hash ?? "");
  else if (body.type === "block_actions") parts.push(body.actions[0]?.action_ts ?? "", body.container?.message_ts ?? "");
  return `slack:${createHash("sha256").update(parts.join("|")).digest("hex").slice(0, 40)}`;
}

export function registerInteractions(app: App, s: SlackDeps): void {
  const { log } = s.deps;

  /** Tells the user why nothing happened: in the conversation when there is one, else in a small modal. */
  const refuse = async (client: WebClient, body: ButtonBody, origin: Origin, text: string) => {
    if (origin.responseUrl) {
      await postToResponseUrl(origin.responseUrl, { response_type: "ephemeral", replace_original: false, ...notice(text) }, log);
    } else {
      await client.views.open({ trigger_id: body.trigger_id, view: infoModal("Scrutineer", text) });
    }
  };

  /** Shows the effect of an update where the button was: the same answer, re-run, with a notice on top. */
  const refresh = async (client: WebClient, who: SlackAsker, origin: Origin, text: string) => {
    if (origin.surface === "home") return publishHome(s, client, who, text);
    if (!origin.responseUrl) return;
    if (!origin.command) {
      await postToResponseUrl(origin.responseUrl, { response_type: "ephemeral", replace_original: false, ...notice(text, "success") }, log);
      return;
    }
    const audience = origin.ephemeral === false ? "channel" : "private";
    const { message } = await answerCommand(s, client, { ...who, channelId: origin.channelId }, origin.command, audience, {
      notice: { text, tone: "success" }, shareable: audience === "private", sharedBy: audience === "channel" ? origin.sharedBy : undefined,
    });
    await postToResponseUrl(origin.responseUrl, { replace_original: true, ...message }, log);
  };

  app.action<ButtonBody>(ACTION.progress, async ({ ack, body, action, client }) => {
    await ack();
    const target = parseActionValue(action.value);
    if (!target) return;
    const origin = originOf(body, target.command);
    try {
      const ctx = await slackContext(s.deps, s.admins, client, askerOf(body, origin.channelId), "private");
      const a = await getAction(s.deps, ctx.tenant, target.actionId);
      if (!canUpdate(ctx.actor, a)) {
        const owners = a.ownerNames.length ? a.ownerNames.join(" or ") : a.ownerText ?? "its owner";
        return await refuse(client, body, origin, `Only ${owners} or an admin can update action ${a.id}. You can still read it with "action ${a.id}".`);
      }
      if (a.status === "complete") return await refuse(client, body, origin, `Action #${a.id} is already marked complete.`);
      await client.views.open({ trigger_id: body.trigger_id, view: progressModal(a, { ...origin, actionId: a.id }) });
    } catch (e) {
      if (!isUserError(e)) log.error({ err: e }, "could not open the progress modal");
      await refuse(client, body, origin, isUserError(e) ? e.message : APOLOGY);
    }
  });

  app.action<ButtonBody>(ACTION.complete, async ({ ack, body, action, client, context }) => {
    await ack();
    const target = parseActionValue(action.value);
    if (!target) return;
    const origin = originOf(body, target.command);
    const who = askerOf(body, origin.channelId);
    try {
      const ctx = await slackContext(s.deps, s.admins, client, who, "private");
      const result = await recordProgress(s.deps, ctx.tenant, ctx.actor, { actionId: target.actionId, text: "", complete: true, requestKey: requestKey(body) });
      if (result.written) await refresh(client, who, origin, `Action #${target.actionId} marked complete by ${ctx.actor.name}.`);
    } catch (e) {
      // A redelivery of a click that worked finds the action complete: the user already saw that.
      if (context.retryNum && isUserError(e) && e.code === "conflict") return;
      if (!isUserError(e)) log.error({ err: e }, "could not mark an action complete");
      await refuse(client, body, origin, isUserError(e) ? e.message : APOLOGY);
    }
  });

  app.view<ViewSubmitAction>(PROGRESS_MODAL, async ({ ack, body, view, client }) => {
    const meta = decodeMetadata(view.private_metadata);
    const text = view.state.values[NOTE_BLOCK]?.[NOTE_INPUT]?.value?.trim() ?? "";
    if (!meta) return ack({ response_action: "errors", errors: { [NOTE_BLOCK]: "This form is out of date. Close it and press \"Add progress\" again." } });
    if (!text) return ack({ response_action: "errors", errors: { [NOTE_BLOCK]: "Say what has happened, e.g. \"Training dates agreed for January\"." } });
    const who = askerOf(body, meta.channelId);
    const work = (async () => {
      const ctx = await slackContext(s.deps, s.admins, client, who, "private");
      const result = await recordProgress(s.deps, ctx.tenant, ctx.actor, { actionId: meta.actionId, text, requestKey: requestKey(body) });
      return { result, name: ctx.actor.name };
    })();
    const after = async (done: { result: { written: boolean }; name: string }) => {
      if (done.result.written) await refresh(client, who, meta, `Progress recorded on action #${meta.actionId} by ${done.name}.`);
    };
    try {
      const done = await within(work, s.ackBudgetMs);
      if (done) {
        await ack();
        await after(done);
        return;
      }
    } catch (e) {
      if (!isUserError(e)) log.error({ err: e }, "could not record progress from Slack");
      return ack({ response_action: "errors", errors: { [NOTE_BLOCK]: isUserError(e) ? e.message : APOLOGY } });
    }
    // Slow: close the modal now, and say how it went where the button was.
    await ack();
    try {
      await after(await work);
    } catch (e) {
      if (!isUserError(e)) log.error({ err: e }, "could not record progress from Slack");
      if (meta.responseUrl) await postToResponseUrl(meta.responseUrl, { response_type: "ephemeral", replace_original: false, ...notice(isUserError(e) ? e.message : APOLOGY) }, log);
    }
  });

  // "Share in channel": the same command again, for everyone, so confidential items are left out.
  app.action<ButtonBody>(ACTION.share, async ({ ack, body, action, client }) => {
    await ack();
    const command = action.value ?? "";
    const channelId = body.channel?.id;
    if (!body.response_url) return;
    const { reply, message } = await answerCommand(s, client, askerOf(body, channelId), command, "channel", { shareable: false, sharedBy: body.user.id });
    if (!reply || reply.tone === "error") {
      const why = reply ? `This can't be shared in the channel: ${reply.title}` : message.text;
      await postToResponseUrl(body.response_url, { response_type: "ephemeral", replace_original: false, ...notice(why) }, log);
      return;
    }
    const posted = await postToResponseUrl(body.response_url, { response_type: "in_channel", replace_original: false, ...message }, log);
    if (posted) await postToResponseUrl(body.response_url, { delete_original: true }, log);
  });

  // "More": the next page, just for the person who asked for it.
  app.action<ButtonBody>(ACTION.more, async ({ ack, body, action, client }) => {
    await ack();
    if (!body.response_url) return;
    const { message } = await answerCommand(s, client, askerOf(body, body.channel?.id), action.value ?? "help", "private");
    await postToResponseUrl(body.response_url, { response_type: "ephemeral", replace_original: false, ...message }, log);
  });

  // Link buttons open a URL in the browser; Slack still tells us, and expects an ack.
  app.action(/^link-/, async ({ ack }) => { await ack(); });
}
