// The Bot Framework connector client treats an error status it has no schema for (429 after its
// own retries, 403, 404…) as success, so a failed post looks delivered. This pipeline policy turns
// any 4xx/5xx from the connector into an error that carries the status and Retry-After.
import type { ConnectorClientOptions } from "botframework-connector";

type PolicyFactories = Extract<NonNullable<ConnectorClientOptions["requestPolicyFactories"]>, unknown[]>;

export class ConnectorError extends Error {
  constructor(readonly statusCode: number, readonly response: { status: number; headers: { get(name: string): string | undefined | null } }, url: string) {
    super(`Bot Framework connector answered ${statusCode} for ${url}`);
    this.name = "ConnectorError";
  }
}

const failOnErrorStatus: PolicyFactories[number] = {
  create: (next) => ({
    async sendRequest(request) {
      const response = await next.sendRequest(request);
      if (response.status >= 400) throw new ConnectorError(response.status, { status: response.status, headers: response.headers }, `${request.method} ${request.url}`);
      return response;
    },
  }),
};

export const connectorClientOptions: ConnectorClientOptions = { requestPolicyFactories: [failOnErrorStatus] };
