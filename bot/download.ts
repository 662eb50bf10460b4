// Fetching a file someone sent the bot (Slack's url_private_download, Teams' downloadUrl): with a
// time limit and a byte limit enforced while reading, so a huge or endless response is cut off
// rather than held in memory. What went wrong comes back as a UserError the adapter can show.
import { UserError } from "../core/errors.js";
import { megabytes } from "../core/import/input.js";

export class DownloadError extends UserError {
  constructor(message: string, readonly status: number | null) {
    super(message, "download");
  }
}

export interface DownloadOptions {
  /** For messages: the file's name as the user knows it. */
  name: string;
  maxBytes: number;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export async function downloadFile(url: string, opts: DownloadOptions): Promise<{ bytes: Buffer; contentType: string }> {
  let res: Response;
  try {
    res = await fetch(url, { headers: opts.headers, signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000) });
  } catch (e) {
    const timedOut = (e as Error).name === "TimeoutError";
    throw new DownloadError(timedOut ? `${opts.name} took too long to download; please try again.` : `I could not download ${opts.name}; please try again.`, null);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new DownloadError(`I could not download ${opts.name} (the file store answered ${res.status}).`, res.status);
  }
  const tooBig = () => new DownloadError(`${opts.name} is more than ${megabytes(opts.maxBytes)}; the import limit is ${megabytes(opts.maxBytes)}.`, res.status);
  const declared = Number(res.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > opts.maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw tooBig();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  if (res.body) {
    const reader = res.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > opts.maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw tooBig();
        }
        chunks.push(Buffer.from(value));
      }
    } catch (e) {
      if (e instanceof DownloadError) throw e;
      throw new DownloadError(`The download of ${opts.name} was cut short; please try again.`, res.status);
    }
  }
  return { bytes: Buffer.concat(chunks), contentType: (res.headers.get("content-type") ?? "").toLowerCase() };
}
