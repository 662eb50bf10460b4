// Retrying the connector's "429 Too Many Requests" as it asks: after Retry-After (seconds or an
// HTTP date), a bounded number of times, never waiting longer than a cap. The connector client
// already retries a 429 that carries Retry-After three times within one call; this outer loop is
// for throttling that outlasts that, and for a 429 with no Retry-After at all.
export interface RetryPolicy { attempts: number; maxDelayMs: number }

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, maxDelayMs: 30_000 };

export function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: number; status?: number; response?: { status?: number } } | null;
  return e?.statusCode ?? e?.response?.status ?? e?.status;
}

function header(err: unknown, name: string): string | undefined {
  const headers = (err as { response?: { headers?: unknown } } | null)?.response?.headers as
    | { get?: (n: string) => string | undefined | null } | Record<string, string> | undefined;
  if (!headers) return undefined;
  if (typeof (headers as { get?: unknown }).get === "function") return (headers as { get: (n: string) => string | null | undefined }).get(name) ?? undefined;
  const rec = headers as Record<string, string>;
  return rec[name] ?? rec[name.toLowerCase()];
}

/** Milliseconds to wait from a Retry-After value, or undefined when it has none we can read. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export const retryAfterOf = (err: unknown) => retryAfterMs(header(err, "retry-after"));

export async function withRetryOn429<T>(policy: RetryPolicy, attempt: () => Promise<T>, onRetry?: (waitMs: number, attemptNo: number) => void): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      if (statusOf(err) !== 429 || n >= policy.attempts) throw err;
      // No Retry-After: back off 1 s, 2 s, 4 s…
      const wait = Math.min(retryAfterOf(err) ?? 1000 * 2 ** (n - 1), policy.maxDelayMs);
      onRetry?.(wait, n);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
