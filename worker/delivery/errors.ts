// How a delivery failed decides what happens next: transient failures are retried with backoff,
// permanent ones fail at once with a reason an admin can act on.
export class DeliveryError extends Error {
  constructor(message: string, readonly transient: boolean, readonly retryAfterMs?: number) {
    super(message);
    this.name = "DeliveryError";
  }
}

/** Slack Web API error codes that no retry will fix. */
const PERMANENT_SLACK = new Set([
  "channel_not_found", "not_in_channel", "is_archived", "invalid_auth", "account_inactive", "token_revoked",
  "not_authed", "missing_scope", "no_permission", "user_not_found", "restricted_action", "invalid_channel",
]);

const SLACK_REASONS: Record<string, string> = {
  channel_not_found: "the Slack channel was not found (check the channel id in the schedule)",
  not_in_channel: "the Scrutineer app is not in that Slack channel (invite it with /invite @Scrutineer)",
  is_archived: "the Slack channel is archived",
  invalid_auth: "the Slack bot token is not valid (check SLACK_BOT_TOKEN)",
  token_revoked: "the Slack bot token has been revoked (reinstall the app)",
  account_inactive: "the Slack app's account is inactive (reinstall the app)",
  missing_scope: "the Slack app lacks a permission (reinstall it from manifest.yml)",
};

/** Turns whatever the Slack SDK threw into a DeliveryError. */
export function classifySlackError(e: unknown): DeliveryError {
  const err = e as { code?: string; data?: { error?: string }; retryAfter?: number; message?: string; original?: { code?: string } };
  if (err.code === "slack_webapi_rate_limited_error") {
    return new DeliveryError("Slack rate limit", true, (err.retryAfter ?? 1) * 1000);
  }
  const apiError = err.data?.error;
  if (apiError) {
    if (PERMANENT_SLACK.has(apiError)) return new DeliveryError(SLACK_REASONS[apiError] ?? `Slack refused: ${apiError}`, false);
    return new DeliveryError(`Slack error: ${apiError}`, apiError === "internal_error" || apiError === "fatal_error" || apiError === "ratelimited");
  }
  // Network failures and 5xx surface as request or HTTP errors: worth another try.
  return new DeliveryError(`could not reach Slack: ${err.message ?? String(e)}`, true);
}
