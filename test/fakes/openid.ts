// A local stand-in for the Bot Framework's token issuer: OpenID metadata and a JWKS with an RS256
// key, so tests can sign the JWTs Teams would send and the bot validates them with the real SDK,
// without reaching Microsoft. It also provides a credentials factory for the bot's outbound calls
// that signs tokens locally instead of asking Azure AD for one.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { generateKeyPairSync, randomUUID, type KeyObject } from "node:crypto";
import jwt from "jsonwebtoken";
import { AuthenticationConstants, ServiceClientCredentialsFactory } from "botframework-connector";

/** The issuer Bot Framework channel tokens carry. */
export const CHANNEL_ISSUER = AuthenticationConstants.ToBotFromChannelTokenIssuer;

export interface TokenOptions {
  /** The bot's app id: the audience. */
  aud?: string;
  serviceUrl?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  issuer?: string;
  /** Sign with a key the JWKS does not publish (under the published kid): a forged signature. */
  forge?: boolean;
  extra?: Record<string, unknown>;
}

export interface FakeOpenId {
  metadataUrl: string;
  requests: string[];
  sign(opts: TokenOptions): string;
  close(): Promise<void>;
}

function rsaKey(): { privateKey: KeyObject; publicKey: KeyObject } {
  return generateKeyPairSync("rsa", { modulusLength: 2048 });
}

export async function startFakeOpenId(opts: { endorsements?: string[] } = {}): Promise<FakeOpenId> {
  const kid = `test-${randomUUID()}`;
  const real = rsaKey();
  const forger = rsaKey();
  const jwk = real.publicKey.export({ format: "jwk" }) as { n: string; e: string };
  const requests: string[] = [];
  let base = "";

  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? "");
    const json = (body: unknown) => { res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify(body)); };
    if (req.url === "/.well-known/openidconfiguration" || req.url === "/.well-known/openid-configuration") {
      return json({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ["RS256"] });
    }
    if (req.url === "/keys") {
      return json({ keys: [{ kty: "RSA", use: "sig", kid, n: jwk.n, e: jwk.e, endorsements: opts.endorsements ?? ["msteams"] }] });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    metadataUrl: `${base}/.well-known/openidconfiguration`,
    requests,
    sign(t) {
      const now = Math.floor(Date.now() / 1000);
      const payload = {
        ...(t.serviceUrl !== undefined ? { serviceurl: t.serviceUrl } : {}),
        nbf: now - 60,
        exp: now + (t.expiresIn ?? 3600),
        ...t.extra,
      };
      // Expired tokens must be older than the SDK's five-minute clock tolerance to be refused.
      return jwt.sign(payload, (t.forge ? forger : real).privateKey, {
        algorithm: "RS256", keyid: kid, issuer: t.issuer ?? CHANNEL_ISSUER, ...(t.aud !== undefined ? { audience: t.aud } : {}),
      });
    },
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}

/**
 * Outbound credentials for tests: the bot's calls to the (fake) connector carry a bearer token
 * signed locally, and no request goes to Azure AD's token endpoint.
 */
export class LocalCredentialsFactory extends ServiceClientCredentialsFactory {
  private readonly key = rsaKey().privateKey;
  // Like MicrosoftAppCredentials, a token is reused until near expiry rather than made per call.
  private readonly tokens = new Map<string, { token: string; until: number }>();
  constructor(private readonly appId: string) { super(); }
  async isValidAppId(appId: string): Promise<boolean> { return appId === this.appId; }
  async isAuthenticationDisabled(): Promise<boolean> { return false; }
  async createCredentials(appId: string, audience: string | undefined) {
    const aud = audience ?? "https://api.botframework.com";
    let cached = this.tokens.get(`${appId}|${aud}`);
    if (!cached || cached.until < Date.now()) {
      cached = { token: jwt.sign({ appid: appId }, this.key, { algorithm: "RS256", audience: aud, expiresIn: 3600 }), until: Date.now() + 3_000_000 };
      this.tokens.set(`${appId}|${aud}`, cached);
    }
    const token = cached.token;
    return {
      async signRequest<T extends { headers: { set(name: string, value: string): void } }>(webResource: T): Promise<T> {
        webResource.headers.set("authorization", `Bearer ${token}`);
        return webResource;
      },
    };
  }
}
