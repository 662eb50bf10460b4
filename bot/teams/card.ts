// The neutral Reply as an Adaptive Card (schema 1.5) for Teams. Actions get Action.Execute
// buttons; the card is kept under Teams' message size limit by dropping list items from the end
// and saying so, and long lists page with a "More" button that replaces the card in place.
import type { Reply, ReplyItem, ReplySection } from "../../core/reply.js";

export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: string;
  version: "1.5";
  body: CardElement[];
  actions?: CardElement[];
  msteams?: { width: "Full" };
  [key: string]: unknown;
}

export interface CardOptions {
  /** The command that produced the reply: card buttons carry it so the card can refresh itself. */
  source?: string;
  /** Shown above the reply, e.g. "Progress recorded on action 3." */
  notice?: { text: string; tone: "success" | "error" };
  /** Bytes the card's JSON may take; Teams refuses messages over about 28 KB in all. */
  maxBytes?: number;
}

/** Teams' limit is ~28 KB for the whole activity: this leaves room for the envelope. */
export const CARD_BUDGET_BYTES = 26 * 1024;
const MAX_TEXT = 2000;

export const VERB = { progress: "progress", complete: "complete", page: "page" } as const;

export const progressInputId = (actionId: number) => `progress_${actionId}`;

const TONE_COLOR: Record<string, string> = { error: "Attention", warning: "Warning", success: "Good", info: "Default" };

const clip = (text: string, max = MAX_TEXT) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function textBlock(text: string, extra: CardElement = {}): CardElement {
  return { type: "TextBlock", text: clip(text), wrap: true, ...extra };
}

function factSet(fields: { label: string; value: string }[]): CardElement {
  return { type: "FactSet", facts: fields.map((f) => ({ title: clip(f.label, 200), value: clip(f.value) })) };
}

function actionButtons(item: ReplyItem, source: string | undefined): CardElement | null {
  const a = item.action;
  if (!a || !a.canUpdate || a.status === "complete") return null;
  const data = { actionId: a.id, ...(source ? { source } : {}) };
  return {
    type: "ActionSet",
    actions: [
      {
        type: "Action.ShowCard",
        title: "Add progress",
        card: {
          type: "AdaptiveCard",
          body: [{
            type: "Input.Text", id: progressInputId(a.id), label: `Progress on action ${a.id}`, isMultiline: true, maxLength: 2000,
            isRequired: true, errorMessage: "Say what progress was made.", placeholder: "e.g. Training dates agreed for January",
          }],
          actions: [{ type: "Action.Execute", title: "Add progress", verb: VERB.progress, data }],
        },
      },
      { type: "Action.Execute", title: "Mark complete", verb: VERB.complete, data },
    ],
  };
}

function itemElement(item: ReplyItem, source: string | undefined): CardElement {
  const items: CardElement[] = [textBlock(item.title, { weight: "Bolder" })];
  if (item.exempt) items.push(textBlock("Confidential (exempt): do not share outside the committee.", { color: "Attention", size: "Small" }));
  if (item.text) items.push(textBlock(item.text, { spacing: "Small" }));
  if (item.fields?.length) items.push(factSet(item.fields));
  if (item.link) items.push({ type: "ActionSet", actions: [{ type: "Action.OpenUrl", title: clip(item.link.label, 100), url: item.link.url }] });
  const buttons = actionButtons(item, source);
  if (buttons) items.push(buttons);
  return { type: "Container", separator: true, spacing: "Medium", items };
}

function sectionElements(section: ReplySection, items: ReplyItem[], source: string | undefined): CardElement[] {
  const out: CardElement[] = [];
  if (section.heading) out.push(textBlock(section.heading, { weight: "Bolder", size: "Medium", spacing: "Large", separator: true }));
  if (section.text) out.push(textBlock(section.text));
  if (section.fields?.length) out.push(factSet(section.fields));
  for (const item of items) out.push(itemElement(item, source));
  if (section.note) out.push(textBlock(section.note, { isSubtle: true, size: "Small" }));
  return out;
}

function build(reply: Reply, opts: CardOptions, keep: number[], dropped: number): AdaptiveCard {
  const body: CardElement[] = [];
  if (opts.notice) body.push(textBlock(opts.notice.text, { color: opts.notice.tone === "error" ? "Attention" : "Good", weight: "Bolder" }));
  body.push(textBlock(reply.title, { size: "Large", weight: "Bolder", color: TONE_COLOR[reply.tone ?? "info"] }));
  if (reply.summary) body.push(textBlock(reply.summary, { spacing: "Small" }));
  reply.sections.forEach((s, i) => body.push(...sectionElements(s, (s.items ?? []).slice(0, keep[i]), opts.source)));
  if (dropped) {
    body.push(textBlock(`${dropped} more item${dropped === 1 ? " is" : "s are"} not shown, to keep this card within Teams' size limit.${opts.source ? ` Ask "${opts.source}" in a direct message, or narrow the question.` : ""}`, { isSubtle: true, size: "Small" }));
  }
  if (reply.footer) body.push(textBlock(reply.footer, { isSubtle: true, size: "Small", spacing: "Medium" }));
  const card: AdaptiveCard = { type: "AdaptiveCard", $schema: "http://adaptivecards.io/schemas/adaptive-card.json", version: "1.5", body, msteams: { width: "Full" } };
  if (reply.more) card.actions = [{ type: "Action.Execute", title: clip(reply.more.label, 100), verb: VERB.page, data: { command: reply.more.command } }];
  return card;
}

export const cardBytes = (card: unknown) => Buffer.byteLength(JSON.stringify(card));

export function replyToCard(reply: Reply, opts: CardOptions = {}): AdaptiveCard {
  const max = opts.maxBytes ?? CARD_BUDGET_BYTES;
  const keep = reply.sections.map((s) => s.items?.length ?? 0);
  let dropped = 0;
  let card = build(reply, opts, keep, dropped);
  // Drop items from the last list first: the earliest sections hold the most pressing things.
  while (cardBytes(card) > max) {
    const i = keep.findLastIndex((n) => n > 0);
    if (i < 0) break;
    const over = cardBytes(card) - max;
    const step = Math.max(1, Math.min(keep[i]!, Math.floor(over / 1500)));
    keep[i] = keep[i]! - step;
    dropped += step;
    card = build(reply, opts, keep, dropped);
  }
  return card;
}

/**
 * A kept answer (frozen by core's answer cache) becomes the same card every time it is asked for:
 * fitting a large answer into the card budget measures it repeatedly, so do that once.
 */
const cards = new WeakMap<Reply, Map<string, AdaptiveCard>>();
export function cardForReply(reply: Reply, opts: CardOptions = {}): AdaptiveCard {
  if (!Object.isFrozen(reply)) return replyToCard(reply, opts);
  let byOptions = cards.get(reply);
  if (!byOptions) cards.set(reply, byOptions = new Map());
  const key = JSON.stringify(opts);
  let card = byOptions.get(key);
  if (!card) byOptions.set(key, card = replyToCard(reply, opts));
  return card;
}
