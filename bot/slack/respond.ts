// Posting to a response_url: the follow-up for slow answers, and how a message is updated in place.
// Bolt's respond() only exists inside the listener that received the URL; a modal's submission
// carries it back in private_metadata, so this works from anywhere.
import type { Logger } from "../../core/logger.js";
import type { SlackMessage } from "./blocks.js";

export type ResponseMessage = Partial<SlackMessage> & {
  response_type?: "ephemeral" | "in_channel";
  replace_original?: boolean;
  delete_original?: boolean;
};

export async function postToResponseUrl(url: string, message: ResponseMessage, log: Logger): Promise<boolean> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) log.warn({ status: res.status }, "Slack refused a response_url post (expired or used up?)");
    return res.ok;
  } catch (err) {
    log.warn({ err }, "could not post to a Slack response_url");
    return false;
  }
}
