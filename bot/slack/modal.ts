// The "Add progress" modal, and what it carries so its submission can update the message it came from.
import type { types } from "@slack/bolt";
import type { ActionDetail } from "../../core/queries/actions.js";
import { formatDue } from "../../core/dates.js";
import { owner, STATUS_LABEL, truncate } from "../../core/commands/format.js";
import { clip, esc } from "./blocks.js";

export const PROGRESS_MODAL = "scrutiny.progress_modal";
export const NOTE_BLOCK = "note";
export const NOTE_INPUT = "text";

/** Where a button was pressed: a message (with its response_url) or App Home. */
export interface Origin {
  surface: "message" | "home";
  responseUrl?: string;
  /** The command whose answer holds the button, re-run to refresh that answer in place. */
  command?: string;
  ephemeral?: boolean;
  channelId?: string;
  sharedBy?: string;
}

export interface ModalMetadata extends Origin { actionId: number }

const METADATA_LIMIT = 3000;

export function encodeMetadata(meta: ModalMetadata): string {
  const text = JSON.stringify(meta);
  // Dropping the command only loses the in-place refresh; the progress is still recorded.
  return text.length <= METADATA_LIMIT ? text : JSON.stringify({ ...meta, command: undefined });
}

export function decodeMetadata(text: string | undefined): ModalMetadata | null {
  try {
    const meta = JSON.parse(text ?? "") as ModalMetadata;
    return Number.isInteger(meta.actionId) && (meta.surface === "message" || meta.surface === "home") ? meta : null;
  } catch {
    return null;
  }
}

const plain = (text: string, max: number) => ({ type: "plain_text" as const, text: clip(text, max), emoji: true });

export function progressModal(a: ActionDetail, meta: ModalMetadata): types.ModalView {
  const facts = [
    `Owner: ${owner(a)}`,
    `Due: ${formatDue(a.dueDate, a.duePrecision, a.dueText)}${a.overdue ? " (overdue)" : ""}`,
    `Status: ${STATUS_LABEL[a.status] ?? a.status}`,
  ].join("  ·  ");
  const blocks: types.KnownBlock[] = [
    { type: "section", text: { type: "mrkdwn", text: clip(`*#${a.id}* ${esc(truncate(a.text, 600))}`, 3000) } },
    { type: "context", elements: [{ type: "mrkdwn", text: clip(esc(facts), 2000) }] },
  ];
  if (a.latestProgress) {
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: clip(`Latest: ${esc(truncate(a.latestProgress.text, 400))}`, 2000) }] });
  }
  blocks.push(
    {
      type: "input", block_id: NOTE_BLOCK, label: plain("What has happened?", 2000),
      element: {
        type: "plain_text_input", action_id: NOTE_INPUT, multiline: true, max_length: 2000,
        placeholder: plain("e.g. Training dates agreed with partners for January", 150),
      },
    },
    { type: "context", elements: [{ type: "mrkdwn", text: "Saved to the action's progress history with your name and today's date." }] },
  );
  return {
    type: "modal", callback_id: PROGRESS_MODAL, private_metadata: encodeMetadata(meta),
    title: plain("Add progress", 24), submit: plain("Save", 24), close: plain("Cancel", 24), blocks,
  };
}

/** A modal that only tells the user something: used where there is no message to answer in (App Home). */
export function infoModal(title: string, text: string): types.ModalView {
  return {
    type: "modal", title: plain(title, 24), close: plain("Close", 24),
    blocks: [{ type: "section", text: { type: "mrkdwn", text: clip(esc(text), 3000) } }],
  };
}
