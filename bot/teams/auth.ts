// Bot Framework authentication from validated config. With an app id, every inbound activity must
// carry a channel JWT that the SDK validates (issuer, audience = our app id, expiry, signature
// against the published keys, serviceUrl claim = the activity's serviceUrl). Without one, only an
// explicit TEAMS_ALLOW_UNAUTHENTICATED runs unauthenticated, for local use.
import { CallerIdConstants, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from "botbuilder";
import {
  AuthenticationConstants, AuthenticationError, BotFrameworkAuthentication,
  type AuthenticateRequestResult, type ClaimsIdentity, type ConnectorFactory, type UserTokenClient,
} from "botframework-connector";
import type { Activity } from "botbuilder";
import type { Config } from "../../core/config.js";
import type { Logger } from "../../core/logger.js";
import { UserError } from "../../core/errors.js";
import type { TeamsOptions } from "./options.js";
import { connectorClientOptions } from "./connector-errors.js";

export interface TeamsAuth {
  authentication: BotFrameworkAuthentication;
  /** The bot's app id, or "" when running unauthenticated. */
  appId: string;
}

export function teamsAuthentication(config: Config, options: TeamsOptions, log: Logger): TeamsAuth {
  const appId = config.MICROSOFT_APP_ID;
  if (!appId) {
    if (!config.TEAMS_ALLOW_UNAUTHENTICATED) throw new UserError("configuration: Teams needs MICROSOFT_APP_ID (or TEAMS_ALLOW_UNAUTHENTICATED=true for local use)", "config");
    log.warn("Teams is running WITHOUT authentication (TEAMS_ALLOW_UNAUTHENTICATED=true, no MICROSOFT_APP_ID): anyone who can reach /api/messages can act as any user. Use this only on a local machine.");
    return { authentication: new RejectingAuthentication(new ConfigurationBotFrameworkAuthentication({}, undefined, undefined, undefined, connectorClientOptions)), appId: "" };
  }
  if (config.TEAMS_ALLOW_UNAUTHENTICATED) log.warn("TEAMS_ALLOW_UNAUTHENTICATED is ignored because MICROSOFT_APP_ID is set: inbound activities must carry a valid token");
  if (!config.MICROSOFT_APP_PASSWORD && !options.credentialsFactory) {
    throw new UserError("configuration: MICROSOFT_APP_PASSWORD is required when MICROSOFT_APP_ID is set (the bot signs its replies with it)", "config");
  }
  const settings: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: appId,
    MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD,
    MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID,
    MicrosoftAppType: config.MICROSOFT_APP_TENANT_ID ? "SingleTenant" : "MultiTenant",
  };
  if (options.openIdMetadataUrl) {
    // Setting any endpoint switches the SDK to "all endpoints are given": give the public cloud's
    // values for the rest, so only the key source moves.
    Object.assign(settings, {
      ToBotFromChannelOpenIdMetadataUrl: options.openIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: options.openIdMetadataUrl,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
      ValidateAuthority: true,
    });
  }
  const inner = new ConfigurationBotFrameworkAuthentication(settings, options.credentialsFactory, undefined, undefined, connectorClientOptions);
  return { authentication: new RejectingAuthentication(inner), appId };
}

const TOKEN_ERRORS = new Set(["JsonWebTokenError", "NotBeforeError", "TokenExpiredError", "SyntaxError"]);

/**
 * The SDK lets a bad signature or a malformed token escape as a plain error (a 500); a forged
 * request is the caller's fault, so it becomes a 401 like every other token failure.
 */
class RejectingAuthentication extends BotFrameworkAuthentication {
  constructor(private readonly inner: BotFrameworkAuthentication) { super(); }

  private static rethrow(err: unknown): never {
    if (err instanceof AuthenticationError) throw err;
    const name = (err as Error)?.name ?? "";
    if (TOKEN_ERRORS.has(name)) throw new AuthenticationError(`Unauthorized: ${(err as Error).message}`, 401);
    // Anything else (the key endpoint unreachable, say) is ours, not the caller's.
    throw new AuthenticationError(`Token validation unavailable: ${(err as Error)?.message ?? String(err)}`, 500);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try { return await this.inner.authenticateRequest(activity, authHeader); } catch (e) { RejectingAuthentication.rethrow(e); }
  }
  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    try { return await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader); } catch (e) { RejectingAuthentication.rethrow(e); }
  }
  override async authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    try { return await this.inner.authenticateChannelRequest(authHeader); } catch (e) { RejectingAuthentication.rethrow(e); }
  }
  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory { return this.inner.createConnectorFactory(claimsIdentity); }
  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> { return this.inner.createUserTokenClient(claimsIdentity); }
  override createBotFrameworkClient() { return this.inner.createBotFrameworkClient(); }
  override getOriginatingAudience(): string { return this.inner.getOriginatingAudience(); }
}
