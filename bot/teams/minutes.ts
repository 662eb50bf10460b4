// Minutes sent to the bot in a personal chat: Teams stores the file in the sender's OneDrive and
// sends the bot a file.download.info attachment with a pre-authenticated downloadUrl. For an admin,
// the file is downloaded, read by core as a dry run, and answered with a proposal card whose
// "Add N actions" (Action.Execute) carries the link, the file's SHA-256 and the committee. Pressing
// it fetches the file again and core imports it only if it is the same file; the card is replaced
// with what was added. A redelivered invoke (same activity id) gets the first answer again.
import type { Activity, AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue } from "botbuilder";
import type { Deps } from "../../core/context.js";
import type { CommandContext } from "../../core/commands/context.js";
import { isUserError, UserError } from "../../core/errors.js";
import { errorReply } from "../../core/reply.js";
import {
  addUploadedMinutes, checkUpload, MAX_UPLOAD_BYTES, proposeUploadedMinutes, refuseUnlessAdmin, type UploadProposal, type UploadTicket,
} from "../../core/import/minutes/chat-upload.js";
import { downloadFile, DownloadError } from "../download.js";
import { CARD_BUDGET_BYTES, cardBytes, replyToCard, type AdaptiveCard, type CardElement } from "./card.js";
import { TtlCache } from "../ttl-cache.js";
import type { ConversationFacts } from "./conversation.js";
import type { TeamsOptions } from "./options.js";

export const MINUTES_VERB = "minutes.add";
export const FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info";
const CARD_TYPE = "application/vnd.microsoft.card.adaptive";
const APOLOGY = "Sorry, something went wrong reading those minutes. It has been logged; please try again shortly.";
const MAX_FILES = 3;

export interface TeamsFile { name: string; url: string }

/** Where Teams keeps files sent in chat: SharePoint and OneDrive for Business, in each cloud. */
const SHAREPOINT = /(?:^|\.)(?:sharepoint\.com|sharepoint-df\.com|sharepoint\.us|sharepoint-mil\.us|sharepoint\.de|sharepoint\.cn)$/i;
export const defaultFileHosts = (url: URL) => url.protocol === "https:" && SHAREPOINT.test(url.hostname);

/** The files in a message: file.download.info attachments (pasted images and the HTML copy of the text are not files). */
export function minutesFiles(activity: Activity): TeamsFile[] {
  const files: TeamsFile[] = [];
  for (const a of activity.attachments ?? []) {
    const content = (a.content ?? {}) as { downloadUrl?: unknown; fileType?: unknown };
    if (a.contentType !== FILE_DOWNLOAD_INFO || typeof content.downloadUrl !== "string") continue;
    let name = typeof a.name === "string" && a.name.trim() ? a.name.trim() : "minutes";
    const type = typeof content.fileType === "string" ? content.fileType.toLowerCase() : "";
    if (type && !/\.[a-z0-9]{1,5}$/i.test(name)) name = `${name}.${type}`;
    files.push({ name, url: content.downloadUrl });
  }
  return files;
}

async function fetchFile(file: TeamsFile, options: TeamsOptions): Promise<Buffer> {
  let url: URL;
  try { url = new URL(file.url); } catch { throw new UserError(`Teams gave me a link for ${file.name} that I cannot use. Send me the minutes again.`); }
  if (!(options.fileHosts ?? defaultFileHosts)(url)) throw new UserError(`I only download files that Teams stores (SharePoint or OneDrive); the link for ${file.name} points elsewhere.`);
  try {
    return (await downloadFile(url.href, { name: file.name, maxBytes: MAX_UPLOAD_BYTES })).bytes;
  } catch (e) {
    if (e instanceof DownloadError && e.status !== null && [401, 403, 404, 410].includes(e.status)) {
      throw new UserError(`The link Teams gave me for ${file.name} has expired or was withdrawn, so nothing was read. Send me the file again.`);
    }
    throw e;
  }
}

const errorCard = (deps: Deps, e: unknown, what: string) => {
  if (!isUserError(e)) deps.log.error({ err: e }, what);
  return replyToCard(errorReply(isUserError(e) ? e.message : APOLOGY));
};

/** The button's payload: everything needed to fetch the same file and import it. */
interface MinutesData extends UploadTicket { url: string; name: string }

export function proposalCard(proposal: UploadProposal, file: TeamsFile): AdaptiveCard {
  if (!proposal.confirm) return replyToCard(proposal.reply);
  const data: MinutesData = { url: file.url, name: file.name, ...proposal.confirm.ticket };
  const button: CardElement = { type: "Action.Execute", title: proposal.confirm.label, verb: MINUTES_VERB, style: "positive", data: { minutes: data } };
  const card = replyToCard(proposal.reply, { maxBytes: CARD_BUDGET_BYTES - cardBytes(button) - 50 });
  card.actions = [button];
  return card;
}

/** One card per file sent (at most three): the proposal, or why there is none. */
export async function minutesUploadCards(deps: Deps, ctx: CommandContext, facts: ConversationFacts, files: TeamsFile[], text: string, options: TeamsOptions): Promise<AdaptiveCard[]> {
  const cards: AdaptiveCard[] = [];
  for (const file of files.slice(0, MAX_FILES)) {
    try {
      // Who and where are checked before anything is fetched: a refusal reads nothing.
      refuseUnlessAdmin(ctx.actor);
      if (facts.scope !== "personal") throw new UserError("Send minutes to me in a personal chat, not in a channel or group chat.");
      checkUpload(ctx.actor, { name: file.name });
      const bytes = await fetchFile(file, options);
      cards.push(proposalCard(await proposeUploadedMinutes(deps, ctx, { name: file.name, bytes }, text), file));
    } catch (e) {
      cards.push(errorCard(deps, e, "could not read minutes sent in Teams"));
    }
  }
  if (files.length > MAX_FILES) cards.push(replyToCard(errorReply(`I read ${MAX_FILES} files from one message; send the other ${files.length - MAX_FILES} separately.`)));
  return cards;
}

function dataOf(value: AdaptiveCardInvokeValue): MinutesData | null {
  const raw = ((value.action?.data ?? {}) as { minutes?: Partial<MinutesData> }).minutes;
  if (!raw || typeof raw !== "object") return null;
  const { url, name, sha256, committee } = raw;
  if (typeof url !== "string" || typeof name !== "string" || typeof sha256 !== "string" || typeof committee !== "string") return null;
  if (!/^[0-9a-f]{64}$/.test(sha256) || !/^[a-z0-9][a-z0-9-]{0,99}$/.test(committee) || url.length > 8000 || name.length > 300) return null;
  return { url, name, sha256, committee };
}

const cardResponse = (card: AdaptiveCard): AdaptiveCardInvokeResponse => ({ statusCode: 200, type: CARD_TYPE, value: card as unknown as Record<string, unknown> });

const answered = new TtlCache<AdaptiveCardInvokeResponse>(10 * 60_000, 1000);

/** "Add N actions": the import, answered with the card that replaces the proposal. */
export function addMinutesFromCard(deps: Deps, ctx: CommandContext, value: AdaptiveCardInvokeValue, requestKey: string | undefined, options: TeamsOptions): Promise<AdaptiveCardInvokeResponse> {
  const work = () => add(deps, ctx, value, options);
  return requestKey ? answered.get(requestKey, work) : work();
}

async function add(deps: Deps, ctx: CommandContext, value: AdaptiveCardInvokeValue, options: TeamsOptions): Promise<AdaptiveCardInvokeResponse> {
  try {
    refuseUnlessAdmin(ctx.actor);
    const data = dataOf(value);
    if (!data) throw new UserError("This button is out of date. Send me the minutes again.");
    checkUpload(ctx.actor, { name: data.name });
    const bytes = await fetchFile(data, options);
    return cardResponse(replyToCard(await addUploadedMinutes(deps, ctx, { name: data.name, bytes }, data)));
  } catch (e) {
    return cardResponse(errorCard(deps, e, "could not import minutes from Teams"));
  }
}
