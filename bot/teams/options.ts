// What a BotContext may add for the Teams side: where Bot Framework's signing keys are published
// and how outbound calls get their credentials. Production leaves both unset (Microsoft's public
// cloud, credentials from MICROSOFT_APP_ID/PASSWORD); tests and private clouds point them elsewhere.
import type { ServiceClientCredentialsFactory } from "botframework-connector";
import type { BotContext } from "../context.js";

export interface TeamsOptions {
  /** OpenID metadata for tokens from the channel (and the emulator), instead of Microsoft's. */
  openIdMetadataUrl?: string;
  /** Credentials for the bot's calls to the connector, instead of an Azure AD token request. */
  credentialsFactory?: ServiceClientCredentialsFactory;
  /** Proactive posts: how often to try on 429, and the longest Retry-After honoured. */
  retry?: { attempts?: number; maxDelayMs?: number };
  /**
   * Which file download URLs the bot may fetch (minutes sent in a personal chat). By default only
   * https on SharePoint/OneDrive hosts, where Teams keeps chat files; tests allow their local stand-in.
   */
  fileHosts?: (url: URL) => boolean;
}

export type TeamsBotContext = BotContext & { teams?: TeamsOptions };

export function teamsOptions(ctx: BotContext): TeamsOptions {
  return (ctx as TeamsBotContext).teams ?? {};
}
