// Running one command for a Slack user and rendering it: shared by the slash command, "More",
// "Share in channel" and the refresh after an update.
import type { WebClient } from "@slack/web-api";
import { handleText } from "../../core/commands/handle.js";
import { parseCommand } from "../../core/commands/parse.js";
import { deepFreeze } from "../../core/deep-freeze.js";
import { isUserError } from "../../core/errors.js";
import type { Reply } from "../../core/reply.js";
import type { SlackDeps } from "./deps.js";
import { slackContext, type SlackAsker } from "./asker.js";
import { notice, renderReply, type RenderOptions, type SlackMessage } from "./blocks.js";

export const APOLOGY = "Sorry, something went wrong answering that. It has been logged; please try again shortly.";

export interface Answer { reply: Reply | null; message: SlackMessage }

export async function answerCommand(
  s: SlackDeps, client: WebClient, who: SlackAsker, text: string, audience: "private" | "channel", render: RenderOptions = {},
): Promise<Answer> {
  try {
    const kind = commandKind(text);
    // Reads may use the recently resolved asker; writes check who is asking afresh.
    const ctx = { ...(await slackContext(s.deps, s.admins, client, who, audience, kind && WRITES.has(kind) ? undefined : s.askers)), schedules: s.schedules };
    const reply = await handleText(s.deps, ctx, text);
    // A new channel link changes which committee that channel's askers default to.
    if (kind === "link" && reply.tone === "success") s.askers.clear();
    // Schedule answers are for the admin who asked; sharing one would re-run it.
    return { reply, message: rendered(reply, { command: text, shareable: audience === "private" && kind !== "schedule", audience, ...render }) };
  } catch (e) {
    if (isUserError(e)) return { reply: null, message: notice(e.message) };
    s.deps.log.error({ err: e, text }, "Slack command failed");
    return { reply: null, message: notice(APOLOGY) };
  }
}

/**
 * A kept answer (frozen by core's answer cache) is rendered once per way of showing it: the same
 * question asked again is the same Block Kit.
 */
const renderings = new WeakMap<Reply, Map<string, SlackMessage>>();
function rendered(reply: Reply, opts: RenderOptions): SlackMessage {
  if (!Object.isFrozen(reply)) return renderReply(reply, opts);
  let byOptions = renderings.get(reply);
  if (!byOptions) renderings.set(reply, byOptions = new Map());
  const key = JSON.stringify(opts);
  let message = byOptions.get(key);
  if (!message) byOptions.set(key, message = deepFreeze(renderReply(reply, opts)));
  return message;
}

/** The ephemeral ack for a message; a kept (frozen) message gets one frozen ack, serialised once. */
const ephemeralAcks = new WeakMap<SlackMessage, SlackMessage & { response_type: "ephemeral" }>();
export function ephemeral(message: SlackMessage): SlackMessage & { response_type: "ephemeral" } {
  if (!Object.isFrozen(message)) return { response_type: "ephemeral", ...message };
  let ack = ephemeralAcks.get(message);
  if (!ack) ephemeralAcks.set(message, ack = Object.freeze({ response_type: "ephemeral" as const, ...message }));
  return ack;
}

const WRITES = new Set(["progress", "done", "link", "schedule"]);

/**
 * Which command this is (the day given only matters for date words, not for the verb). Remembered per
 * text: the same few questions come again and again, and parsing is a tenth of a kept answer's cost.
 */
const kinds = new Map<string, string | null>();
function commandKind(text: string): string | null {
  let kind = kinds.get(text);
  if (kind !== undefined) return kind;
  try { kind = parseCommand(text, "2020-01-01").kind; } catch { kind = null; }
  if (kinds.size >= 1_000) kinds.clear();
  kinds.set(text, kind);
  return kind;
}

/** Resolves with the value, or with `null` if it takes longer than `ms` (the value still arrives later). */
export function within<T>(work: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(null), ms);
    work.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e as Error); });
  });
}
