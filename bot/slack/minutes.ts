// Minutes sent to the bot in a direct message: the file_share event is acked at once (Bolt acks
// events before listeners run), then for an admin the file is downloaded with the bot token, read
// by core as a dry run, and the proposal posted in the DM with an "Add N actions" button. The button
// carries the file id, its SHA-256 and the committee; pressing it fetches the file again and core
// imports it only if it is the same file, then the message is replaced with what was added.
import type { App, BlockAction, ButtonAction, types } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { isUserError } from "../../core/errors.js";
import {
  addUploadedMinutes, checkUpload, MAX_UPLOAD_BYTES, proposeUploadedMinutes, refuseUnlessAdmin, type UploadProposal, type UploadedFile, type UploadTicket,
} from "../../core/import/minutes/chat-upload.js";
import { downloadFile, DownloadError } from "../download.js";
import type { SlackDeps } from "./deps.js";
import { slackContext, type SlackAsker } from "./asker.js";
import { APOLOGY } from "./answer.js";
import { clip, LIMITS, notice, renderReply, type SlackMessage } from "./blocks.js";
import { postToResponseUrl } from "./respond.js";

export const MINUTES_ACTION = "scrutiny.minutes_add";
/** Files read from one message; more are refused with a line saying so. */
const MAX_FILES = 3;

interface SlackFile {
  id: string;
  name?: string;
  title?: string;
  size?: number;
  url_private_download?: string;
  file_access?: string;
}

interface DirectMessage {
  type: "message";
  subtype?: string;
  channel: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  files?: SlackFile[];
}

type ButtonBody = BlockAction<ButtonAction>;

/** "F0123|<sha256>|herefordshire-cyp": what "Add N actions" needs to fetch and import the same file. */
export function minutesValue(fileId: string, ticket: UploadTicket): string {
  return `${fileId}|${ticket.sha256}|${ticket.committee}`;
}

export function parseMinutesValue(value: string | undefined): ({ fileId: string } & UploadTicket) | null {
  const m = /^(F[A-Z0-9]{1,40})\|([0-9a-f]{64})\|([a-z0-9][a-z0-9-]{0,99})$/.exec(value ?? "");
  return m ? { fileId: m[1]!, sha256: m[2]!, committee: m[3]! } : null;
}

export function proposalMessage(proposal: UploadProposal, fileId: string): SlackMessage {
  const shown = renderReply(proposal.reply, { audience: "private", maxBlocks: LIMITS.messageBlocks - (proposal.confirm ? 1 : 0) });
  if (!proposal.confirm) return shown;
  const button: types.Button = {
    type: "button", style: "primary", action_id: MINUTES_ACTION,
    text: { type: "plain_text", text: clip(proposal.confirm.label, LIMITS.buttonText), emoji: true },
    value: minutesValue(fileId, proposal.confirm.ticket),
  };
  return { text: shown.text, blocks: [...shown.blocks, { type: "actions", block_id: "minutes", elements: [button] }] };
}

/** The file's details; a file_share event may carry only its id ("check_file_info"). */
async function fileDetails(client: WebClient, file: SlackFile): Promise<SlackFile> {
  if (file.url_private_download && file.file_access !== "check_file_info") return file;
  try {
    const info = await client.files.info({ file: file.id });
    return info.file as SlackFile;
  } catch (e) {
    const code = (e as { data?: { error?: string } }).data?.error;
    if (code === "file_not_found" || code === "file_deleted") throw new DownloadError(`That file is no longer in Slack (was it deleted?). Send me the minutes again.`, null);
    throw e;
  }
}

/** Downloads the file with the bot token; Slack answers a token without files:read with its sign-in page. */
async function download(token: string, file: SlackFile): Promise<UploadedFile> {
  const name = file.name ?? file.title ?? file.id;
  if (!file.url_private_download) throw new DownloadError(`Slack did not give me a download link for ${name}. Send me the minutes again.`, null);
  const { bytes, contentType } = await downloadFile(file.url_private_download, { name, maxBytes: MAX_UPLOAD_BYTES, headers: { authorization: `Bearer ${token}` } });
  if (contentType.startsWith("text/html") && !/\.html?$/i.test(name)) {
    throw new DownloadError(`Slack sent a web page instead of ${name}: the app may be missing the files:read permission (see docs/slack.md).`, null);
  }
  return { name, bytes };
}

export function registerMinutesUpload(app: App, s: SlackDeps): void {
  const { log } = s.deps;
  // A redelivered event (its first delivery was slow to be acked) must not post a second proposal.
  const seen = new Map<string, number>();
  const firstTime = (key: string) => {
    const now = Date.now();
    for (const [k, at] of seen) if (now - at > 10 * 60_000) seen.delete(k);
    if (seen.has(key)) return false;
    seen.set(key, now);
    return true;
  };

  app.event("message", async ({ event, body, client, context }) => {
    const m = event as unknown as DirectMessage;
    if (!m.channel?.startsWith("D") || m.bot_id || !m.user) return;
    const post = (message: SlackMessage) => client.chat.postMessage({ channel: m.channel, ...message });
    if (m.subtype !== "file_share") {
      if (!m.subtype && firstTime(`${m.channel}|${m.ts}`)) {
        const hint = "Send me published minutes (.txt, .docx or .pdf) and I will propose the tracker entries; admins can then add them. For questions, use /scrutiny, e.g. /scrutiny due this week.";
        await post({ text: hint, blocks: [{ type: "section", text: { type: "mrkdwn", text: hint } }] });
      }
      return;
    }
    if (!firstTime(`${m.channel}|${m.ts}`)) return;
    const who: SlackAsker = { teamId: (body as { team_id?: string }).team_id ?? "", userId: m.user, channelId: m.channel };
    const files = m.files ?? [];
    for (const [i, sent] of files.entries()) {
      if (i === MAX_FILES) {
        await post(notice(`I read ${MAX_FILES} files from one message; send the other ${files.length - MAX_FILES} separately.`));
        break;
      }
      try {
        // Who is asking is checked before anything is fetched: a refusal reads nothing.
        const ctx = await slackContext(s.deps, s.admins, client, who, "private");
        refuseUnlessAdmin(ctx.actor);
        const details = await fileDetails(client, sent);
        checkUpload(ctx.actor, { name: details.name ?? details.title ?? details.id, size: details.size });
        const file = await download(context.botToken ?? "", details);
        const proposal = await proposeUploadedMinutes(s.deps, ctx, file, m.text);
        await post(proposalMessage(proposal, details.id));
      } catch (e) {
        if (!isUserError(e)) log.error({ err: e, file: sent.id }, "could not read minutes sent in Slack");
        await post(notice(isUserError(e) ? e.message : APOLOGY)).catch((err: unknown) => log.warn({ err }, "could not tell the user why their minutes were not read"));
      }
    }
  });

  app.action<ButtonBody>(MINUTES_ACTION, async ({ ack, body, action, client, context }) => {
    await ack();
    const channel = body.channel?.id ?? body.container?.channel_id;
    const ts = body.message?.ts ?? body.container?.message_ts;
    const say = async (text: string) => {
      if (body.response_url) await postToResponseUrl(body.response_url, { response_type: "ephemeral", replace_original: false, ...notice(text) }, log);
      else if (channel) await client.chat.postMessage({ channel, ...notice(text) });
    };
    const target = parseMinutesValue(action.value);
    if (!target || !channel || !ts) return say("This button is out of date. Send me the minutes again.");
    const user = body.user as { id: string; username?: string; name?: string; team_id?: string };
    const who: SlackAsker = { teamId: body.team?.id ?? user.team_id ?? "", userId: user.id, userName: user.username ?? user.name, channelId: channel };
    try {
      const ctx = await slackContext(s.deps, s.admins, client, who, "private");
      refuseUnlessAdmin(ctx.actor);
      const details = await fileDetails(client, { id: target.fileId });
      checkUpload(ctx.actor, { name: details.name ?? details.title ?? details.id, size: details.size });
      const file = await download(context.botToken ?? "", details);
      const reply = await addUploadedMinutes(s.deps, ctx, file, target);
      await client.chat.update({ channel, ts, ...renderReply(reply, { audience: "private" }) });
    } catch (e) {
      if (!isUserError(e)) log.error({ err: e, file: target.fileId }, "could not import minutes from Slack");
      await say(isUserError(e) ? e.message : APOLOGY);
    }
  });
}
