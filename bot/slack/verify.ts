// Request signing: Bolt's own check (v0:timestamp:body, HMAC-SHA256, not older than 5 minutes), plus
// the rejection of timestamps from the future, which Bolt lets through: a request signed "an hour from
// now" by someone who once saw the secret would otherwise stay replayable for that whole hour.
import type { IncomingHttpHeaders } from "node:http";
import { verifySlackRequest } from "@slack/bolt";

export const MAX_SKEW_SECONDS = 5 * 60;

export class SignatureError extends Error {
  readonly status = 401;
}

function header(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  if (typeof value !== "string" || !value) throw new SignatureError(`missing ${name} header`);
  return value;
}

/** Throws a SignatureError unless the body was signed with our secret within 5 minutes either side of now. */
export function verifySignedRequest(secret: string, headers: IncomingHttpHeaders, body: string, nowMs = Date.now()): void {
  const signature = header(headers, "x-slack-signature");
  const timestampText = header(headers, "x-slack-request-timestamp");
  if (!/^\d{1,12}$/.test(timestampText)) throw new SignatureError("x-slack-request-timestamp is not a number");
  const timestamp = Number(timestampText);
  const nowSec = Math.floor(nowMs / 1000);
  if (timestamp > nowSec + MAX_SKEW_SECONDS) throw new SignatureError("x-slack-request-timestamp is more than 5 minutes in the future");
  try {
    verifySlackRequest({
      signingSecret: secret, body, nowMilliseconds: nowMs,
      headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp },
    });
  } catch (e) {
    throw new SignatureError((e as Error).message);
  }
}
