// Minutes uploaded in chat: an admin sends published minutes to the bot, sees what the extractor
// proposes, and presses "Add N actions" to import them. This is the part Slack and Teams share; they
// only fetch the bytes and render. The proposal is a dry run of the same extractor the CLI uses, and
// the button carries the file's SHA-256 and the committee, so the import is of exactly the file that
// was proposed (the adapter fetches it again) and, through the importer's source keys, happens once.
import { createHash } from "node:crypto";
import type { Actor, Deps, Tenant } from "../../context.js";
import { formatDue, formatLongDate, formatTime, normaliseDue } from "../../dates.js";
import { UserError } from "../../errors.js";
import { findCommittee, listCommittees, type CommitteeRef } from "../../queries/tenant.js";
import type { Reply, ReplyItem } from "../../reply.js";
import { checkInputSize, inputExtension, inputFromBytes, MAX_INPUT_BYTES } from "../input.js";
import { documentText, MINUTES_EXTENSIONS } from "../text/read-document.js";
import { resolveCommittee } from "../committee.js";
import { extractMinutes } from "./extract.js";
import { knownMeetingsOf, saveMinutesProposal, type SaveSummary } from "./save.js";
import type { ActionKind, MinutesProposal, ProposedAction } from "./types.js";

/** The same formats and limit as `import minutes`. */
export const UPLOAD_EXTENSIONS = MINUTES_EXTENSIONS;
export const MAX_UPLOAD_BYTES = MAX_INPUT_BYTES;

/** Who uploaded, as the adapter resolved them: council, person (with the admin flag) and default committee. */
export interface Uploader { tenant: Tenant; actor: Actor; committee: CommitteeRef | null }

export interface UploadedFile { name: string; bytes: Buffer }

/** What the "Add N actions" button must carry back, besides where the adapter can fetch the file again. */
export interface UploadTicket { sha256: string; committee: string }

export interface UploadProposal {
  reply: Reply;
  /** The button: absent when the minutes propose nothing to add. */
  confirm: { label: string; count: number; ticket: UploadTicket } | null;
}

export const sha256Of = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

export function refuseUnlessAdmin(actor: Actor): void {
  if (!actor.isAdmin) {
    throw new UserError("Only a Scrutineer admin can import minutes. Ask one of your admins to send them to me; nothing was read or added.", "forbidden");
  }
}

/**
 * Everything that can be checked before a byte is downloaded: an admin, a format we read, and (when
 * the platform says) the size. Throws a UserError saying what is wrong.
 */
export function checkUpload(actor: Actor, file: { name: string; size?: number | null }): void {
  refuseUnlessAdmin(actor);
  inputExtension(file.name, UPLOAD_EXTENSIONS);
  if (typeof file.size === "number") checkInputSize(file.name, file.size, MAX_UPLOAD_BYTES);
}

/** The dry run: what importing these minutes would add, for the admin to check. Writes nothing. */
export async function proposeUploadedMinutes(deps: Deps, who: Uploader, file: UploadedFile, committeeText?: string): Promise<UploadProposal> {
  checkUpload(who.actor, { name: file.name, size: file.bytes.length });
  const committee = await uploadCommittee(deps, who, committeeText);
  const proposal = await extract(deps, committee, file);
  const count = proposal.actions.length;
  return {
    reply: proposalReply(committee, proposal, file.name),
    confirm: count ? { label: `Add ${count} action${count === 1 ? "" : "s"}`, count, ticket: { sha256: sha256Of(file.bytes), committee: committee.slug } } : null,
  };
}

/**
 * The import the button asks for: only of the very file proposed (same SHA-256), in one transaction.
 * Pressing it again, or a replayed request, finds every action already there and adds nothing.
 */
export async function addUploadedMinutes(deps: Deps, who: Uploader, file: UploadedFile, ticket: UploadTicket): Promise<Reply> {
  refuseUnlessAdmin(who.actor);
  if (sha256Of(file.bytes) !== ticket.sha256) {
    throw new UserError(`${file.name} has changed since I proposed its actions, so nothing was added. Send me the file again to see what it proposes now.`, "conflict");
  }
  const committee = await resolveCommittee(deps, who.tenant, ticket.committee);
  const proposal = await extract(deps, committee, file);
  if (!proposal.actions.length) throw new UserError(`${file.name} proposes no actions, so there is nothing to add.`);
  const written = await oneAtATime(`${who.tenant.councilId}|${committee.id}|${ticket.sha256}`, () =>
    saveOnce(deps, who, committee, proposal, `import:minutes:${file.name}`));
  deps.log.info({ committee: committee.slug, meeting: proposal.meeting.date, file: file.name, channel: who.actor.channel, ...written, actionIds: undefined }, "minutes imported from chat");
  return addedReply(committee, proposal, written, who.actor);
}

/** The committee named with the upload, else the conversation's default; the reply always says which. */
async function uploadCommittee(deps: Deps, who: Uploader, committeeText: string | undefined): Promise<CommitteeRef> {
  const text = committeeText?.trim();
  const named = text && text.length <= 200 ? await findCommittee(deps, who.tenant, text) : null;
  if (named) return named;
  if (who.committee) return who.committee;
  const all = await listCommittees(deps, who.tenant);
  throw new UserError(`Which committee are these minutes for? Send the file again with the committee's short name as the message, e.g. "${all[0]?.slug ?? "herefordshire-cyp"}". Committees: ${all.map((c) => c.slug).join(", ") || "none yet"}.`);
}

async function extract(deps: Deps, committee: CommitteeRef, file: UploadedFile): Promise<MinutesProposal> {
  const text = await documentText(inputFromBytes(file.name, file.bytes, UPLOAD_EXTENSIONS, MAX_UPLOAD_BYTES));
  return extractMinutes(text, { committee: committee.slug, knownMeetings: await knownMeetingsOf(deps, committee.id) });
}

// Two presses in the same process wait for each other, so the second finds the first's rows.
const running = new Map<string, Promise<unknown>>();

async function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = running.get(key) ?? Promise.resolve();
  const mine = before.catch(() => undefined).then(work);
  running.set(key, mine);
  try {
    return await mine;
  } finally {
    if (running.get(key) === mine) running.delete(key);
  }
}

/** Another process may have written the same source keys first: then one retry finds them and adds nothing. */
async function saveOnce(deps: Deps, who: Uploader, committee: CommitteeRef, proposal: MinutesProposal, source: string): Promise<SaveSummary> {
  try {
    return await saveMinutesProposal(deps, who.tenant, who.actor, committee, proposal, source);
  } catch (e) {
    if ((e as { code?: string }).code !== "P2002") throw e;
    return saveMinutesProposal(deps, who.tenant, who.actor, committee, proposal, source);
  }
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

const KIND_LABEL: Record<ActionKind, string> = {
  action: "Action", request: "Request for information", "work-programme": "Work programme", letter: "Letter", recommendation: "Recommendation",
};

function dueText(a: ProposedAction): string {
  if (!a.due) return "not stated";
  const { dueDate, duePrecision } = normaliseDue(a.due);
  return formatDue(dueDate, duePrecision, null);
}

function actionFields(a: ProposedAction) {
  return [
    { label: "Owner", value: a.owner ?? "not stated" },
    { label: "Due", value: dueText(a) },
    { label: "Kind", value: KIND_LABEL[a.kind] ?? a.kind },
    { label: "Item", value: a.item },
  ];
}

function meetingLine(committee: CommitteeRef, proposal: MinutesProposal): string {
  const m = proposal.meeting;
  return [committee.name, formatLongDate(m.date), m.time ? formatTime(m.time) : null, m.place].filter(Boolean).join(", ");
}

function nextMeetingLine(proposal: MinutesProposal): string {
  const n = proposal.nextMeeting;
  return n ? `Next meeting: ${formatLongDate(n.date)}${n.time ? `, ${formatTime(n.time)}` : ""}.` : "The minutes do not give the next meeting.";
}

export function proposalReply(committee: CommitteeRef, proposal: MinutesProposal, fileName: string): Reply {
  const n = proposal.actions.length;
  const items: ReplyItem[] = proposal.actions.map((a, i) => ({ title: `${i + 1}. ${truncate(a.text, 300)}`, fields: actionFields(a) }));
  return {
    title: `Minutes of ${formatLongDate(proposal.meeting.date)}: ${n ? `${n} proposed action${n === 1 ? "" : "s"}` : "no actions found"}`,
    summary: `${meetingLine(committee, proposal)}. Read from ${fileName}; ${proposal.items.length} item${proposal.items.length === 1 ? "" : "s"} found.`,
    tone: n ? "info" : "warning",
    sections: n
      ? [{ heading: "Proposed tracker entries", items }]
      : [{ text: "Nothing in these minutes asks anyone to do something (resolutions that only note or approve are not actions), so there is nothing to add." }],
    footer: `${nextMeetingLine(proposal)} Nothing has been added yet${n ? `: "Add ${n} action${n === 1 ? "" : "s"}" adds them to the tracker` : ""}.`,
  };
}

export function addedReply(committee: CommitteeRef, proposal: MinutesProposal, written: SaveSummary, actor: Actor): Reply {
  const n = proposal.actions.length;
  const fresh = written.created + written.updated;
  const items: ReplyItem[] = proposal.actions.map((a, i) => ({ title: `#${written.actionIds[i]} ${truncate(a.text, 300)}`, fields: actionFields(a).slice(0, 2) }));
  const title = written.created
    ? `Added ${written.created} action${written.created === 1 ? "" : "s"} from the minutes of ${formatLongDate(proposal.meeting.date)}`
    : fresh
      ? `Updated ${written.updated} action${written.updated === 1 ? "" : "s"} from the minutes of ${formatLongDate(proposal.meeting.date)}`
      : `Nothing added: the ${n} action${n === 1 ? " from these minutes was" : "s from these minutes were"} already in the tracker`;
  const parts = [
    written.created ? `${written.created} new` : null,
    written.updated ? `${written.updated} updated from the minutes' wording` : null,
    written.unchanged ? `${written.unchanged} already there` : null,
  ].filter(Boolean);
  return {
    title,
    tone: fresh ? "success" : "info",
    summary: `${meetingLine(committee, proposal)}. ${parts.join(", ")}; ${fresh ? "added" : "checked"} by ${actor.name}.`,
    sections: [{ heading: "Tracker entries", items }],
    footer: `Each action keeps the words of the minutes it came from. Ask "action ${written.actionIds[0]}" to see one in full.`,
  };
}
