// The neutral Reply as Block Kit. Everything here is presentation: which words, which buttons, and
// staying inside Slack's limits (50 blocks a message, 100 in App Home, 3,000 characters a section,
// 10 fields of 2,000 characters, 150 in a header, 75 in a button label, 2,000 in a button value).
import type { types } from "@slack/bolt";
import type { Reply, ReplyField, ReplyItem, ReplySection } from "../../core/reply.js";

type KnownBlock = types.KnownBlock;
type Button = types.Button;

export const LIMITS = { messageBlocks: 50, homeBlocks: 100, sectionText: 3000, fields: 10, fieldText: 2000, header: 150, buttonText: 75, buttonValue: 2000, contextElements: 10 } as const;

/** Button action ids: the interaction handlers listen for these. */
export const ACTION = {
  share: "scrutiny.share",
  more: "scrutiny.more",
  progress: "scrutiny.progress",
  complete: "scrutiny.complete",
} as const;

export interface RenderOptions {
  /** The command this answers: re-run to share it or to refresh it after an update. */
  command?: string;
  /** Offer "Share in channel" (only on private answers). */
  shareable?: boolean;
  /**
   * Who will see it. A private answer has update buttons only where the asker may update; one in a
   * channel has them on every open action, since anyone there may be its owner (and others are told no).
   */
  audience?: "private" | "channel";
  /** A line shown above the answer, e.g. "Progress recorded on action #2." */
  notice?: { text: string; tone: "success" | "warning" };
  /** Who shared it, as a Slack user id. */
  sharedBy?: string;
  /** Block budget: 50 for messages (default), 100 for App Home. */
  maxBlocks?: number;
}

export interface SlackMessage { text: string; blocks: KnownBlock[] }

/** Escapes the three characters Slack's mrkdwn treats as markup. */
export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

const mrkdwn = (text: string) => ({ type: "mrkdwn" as const, text: clip(text, LIMITS.sectionText) });
const plain = (text: string, max: number) => ({ type: "plain_text" as const, text: clip(text, max), emoji: true });

function fieldText(f: ReplyField): string {
  return clip(`*${esc(f.label)}*\n${esc(f.value)}`, LIMITS.fieldText);
}

/** Fields in sections of at most ten. */
function fieldSections(fields: ReplyField[]): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (let i = 0; i < fields.length; i += LIMITS.fields) {
    blocks.push({ type: "section", fields: fields.slice(i, i + LIMITS.fields).map((f) => ({ type: "mrkdwn", text: fieldText(f) })) });
  }
  return blocks;
}

/** Long text split at line ends into sections of at most 3,000 characters. */
function textSections(text: string): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let rest = text;
  while (rest.length > LIMITS.sectionText) {
    const cut = rest.lastIndexOf("\n", LIMITS.sectionText);
    const at = cut > LIMITS.sectionText / 2 ? cut : LIMITS.sectionText;
    blocks.push({ type: "section", text: mrkdwn(rest.slice(0, at)) });
    rest = rest.slice(at).replace(/^\n/, "");
  }
  if (rest.trim()) blocks.push({ type: "section", text: mrkdwn(rest) });
  return blocks;
}

/** "12|due this week": the action and the command whose answer shows it, so that answer can be refreshed. */
export function actionValue(actionId: number, command?: string): string {
  return clip(`${actionId}|${command ?? ""}`, LIMITS.buttonValue);
}

export function parseActionValue(value: string | undefined): { actionId: number; command: string } | null {
  const m = /^(\d{1,9})\|([\s\S]*)$/.exec(value ?? "");
  return m ? { actionId: Number(m[1]), command: m[2]! } : null;
}

export function actionButtons(actionId: number, command?: string): KnownBlock {
  const value = actionValue(actionId, command);
  return {
    type: "actions",
    elements: [
      { type: "button", action_id: ACTION.progress, text: plain("Add progress", LIMITS.buttonText), value },
      {
        type: "button", action_id: ACTION.complete, text: plain("Mark complete", LIMITS.buttonText), value,
        confirm: {
          title: plain("Mark complete?", 100),
          text: plain(`Mark action #${actionId} complete? It is recorded in the action's history with your name.`, 300),
          confirm: plain("Mark complete", 30),
          deny: plain("Cancel", 30),
        },
      },
    ],
  };
}

/** One item: its title and text, its fields, and its buttons when it is an open action. */
function itemBlocks(item: ReplyItem, opts: RenderOptions): KnownBlock[] {
  const title = `${item.exempt ? ":lock: _Confidential_ · " : ""}*${esc(item.title)}*`;
  const head: types.SectionBlock = { type: "section", text: mrkdwn(item.text ? `${title}\n${esc(item.text)}` : title) };
  const fields = item.fields ?? [];
  if (fields.length) head.fields = fields.slice(0, LIMITS.fields).map((f) => ({ type: "mrkdwn", text: fieldText(f) }));
  if (item.link) head.accessory = { type: "button", text: plain(item.link.label, LIMITS.buttonText), url: item.link.url, action_id: `link-${hash(item.link.url)}` };
  const blocks: KnownBlock[] = [head, ...fieldSections(fields.slice(LIMITS.fields))];
  const a = item.action;
  if (a && a.status !== "complete" && (a.canUpdate || opts.audience === "channel")) blocks.push(actionButtons(a.id, opts.command));
  return blocks;
}

function hash(s: string): string {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

/** A reply section as groups of blocks that must stay together (an item and its buttons). */
function sectionGroups(section: ReplySection, opts: RenderOptions): { blocks: KnownBlock[]; item: boolean }[] {
  const groups: { blocks: KnownBlock[]; item: boolean }[] = [];
  const head: KnownBlock[] = [];
  if (section.heading) head.push({ type: "section", text: mrkdwn(`*${esc(section.heading)}*`) });
  if (section.text) head.push(...textSections(esc(section.text)));
  if (section.fields?.length) head.push(...fieldSections(section.fields));
  if (head.length) groups.push({ blocks: [{ type: "divider" }, ...head], item: false });
  for (const item of section.items ?? []) groups.push({ blocks: itemBlocks(item, opts), item: true });
  if (section.note) groups.push({ blocks: [{ type: "context", elements: [mrkdwn(esc(section.note))] }], item: false });
  return groups;
}

const TONE_MARK = { success: ":white_check_mark:", warning: ":warning:", error: ":warning:", info: "" } as const;

/** Renders a Reply as a Slack message (or App Home body) within the block budget. */
export function renderReply(reply: Reply, opts: RenderOptions = {}): SlackMessage {
  const max = opts.maxBlocks ?? LIMITS.messageBlocks;
  const top: KnownBlock[] = [];
  if (opts.notice) top.push({ type: "section", text: mrkdwn(`${TONE_MARK[opts.notice.tone]} ${esc(opts.notice.text)}`) });
  if (reply.tone === "error") {
    top.push({ type: "section", text: mrkdwn(`${TONE_MARK.error} *${esc(reply.title)}*`) });
  } else {
    top.push({ type: "header", text: plain(reply.title, LIMITS.header) });
  }
  if (reply.summary) top.push(...textSections(`${reply.tone && reply.tone !== "info" && reply.tone !== "error" ? `${TONE_MARK[reply.tone]} ` : ""}${esc(reply.summary)}`));

  const tail: KnownBlock[] = [];
  const context = [reply.footer ? esc(reply.footer) : null, opts.sharedBy ? `Shared by <@${opts.sharedBy}>` : null].filter((x): x is string => Boolean(x));
  if (context.length) tail.push({ type: "context", elements: context.map((t) => mrkdwn(t)) });
  const buttons: Button[] = [];
  if (reply.more) buttons.push({ type: "button", action_id: ACTION.more, text: plain(reply.more.label, LIMITS.buttonText), value: clip(reply.more.command, LIMITS.buttonValue) });
  if (opts.shareable && opts.command && reply.tone !== "error") {
    buttons.push({ type: "button", action_id: ACTION.share, text: plain("Share in channel", LIMITS.buttonText), value: clip(opts.command, LIMITS.buttonValue) });
  }
  if (buttons.length) tail.push({ type: "actions", elements: buttons });

  // Whole items only; one block is kept back to say how many did not fit.
  const body: KnownBlock[] = [];
  const budget = max - top.length - tail.length - 1;
  let left = 0;
  let full = false;
  for (const section of reply.sections) {
    for (const g of sectionGroups(section, opts)) {
      if (!full && body.length + g.blocks.length <= budget) { body.push(...g.blocks); continue; }
      full = true;
      if (g.item) left++;
    }
  }
  if (left) {
    body.push({ type: "context", elements: [mrkdwn(`${left} more item${left === 1 ? " is" : "s are"} not shown here. Ask a narrower question${reply.more ? `, or use "${esc(reply.more.label)}"` : ""}.`)] });
  }
  return { text: fallbackText(reply, opts), blocks: [...top, ...body, ...tail] };
}

/** The plain text for notifications and clients that cannot show blocks. */
function fallbackText(reply: Reply, opts: RenderOptions): string {
  return clip([opts.notice?.text, reply.title, reply.summary].filter(Boolean).join("\n"), 3000);
}

/** A short message with no Reply behind it: refusals, confirmations, errors. */
export function notice(text: string, tone: "success" | "warning" = "warning"): SlackMessage {
  return { text, blocks: [{ type: "section", text: mrkdwn(`${TONE_MARK[tone]} ${esc(text)}`) }] };
}
