// Slack delivery: the PDF by the files.uploadV2 sequence (get an upload URL, upload the bytes,
// complete the upload into the channel), done step by step so a crash between steps is recoverable:
// the file id is recorded before completing, and a resumed delivery asks Slack whether the file is
// already in the channel instead of uploading it twice.
import { readFileSync } from "node:fs";
import type { WebClient } from "@slack/web-api";
import type { Deliverer, DeliveryJob } from "../runs/execute.js";
import { classifySlackError, DeliveryError } from "./errors.js";
import { renderReply } from "../../bot/slack/blocks.js";

export function slackFileDeliverer(client: WebClient, links: { urlFor(runId: number): string }): Deliverer {
  return async (job) => {
    const channel = job.id;
    if (job.message) {
      try {
        // A DM goes to the user id; Slack opens the app's conversation with them.
        const posted = await client.chat.postMessage({ channel, ...renderReply(job.message, { audience: job.direct ? "private" : "channel" }) });
        return { externalRef: posted.ts };
      } catch (e) {
        throw classifySlackError(e);
      }
    }
    try {
      if (job.externalRef && (await alreadyShared(client, job.externalRef, channel))) return { externalRef: job.externalRef };
      const bytes = readFileSync(job.artifact.pdfPath);
      const filename = fileName(job);
      const upload = await client.files.getUploadURLExternal({ filename, length: bytes.length });
      if (!upload.upload_url || !upload.file_id) throw new DeliveryError("Slack gave no upload URL", true);
      await job.remember(upload.file_id);
      const response = await fetch(upload.upload_url, { method: "POST", body: bytes, headers: { "content-type": "application/pdf" } });
      if (!response.ok) {
        const retryAfter = Number(response.headers.get("retry-after")) || undefined;
        throw new DeliveryError(`Slack did not accept the file bytes (HTTP ${response.status})`, response.status >= 500 || response.status === 429, retryAfter && retryAfter * 1000);
      }
      await client.files.completeUploadExternal({
        files: [{ id: upload.file_id, title: job.artifact.title }],
        channel_id: channel,
        initial_comment: initialComment(job, links.urlFor(job.runId)),
      });
      return { externalRef: upload.file_id };
    } catch (e) {
      throw e instanceof DeliveryError ? e : classifySlackError(e);
    }
  };
}

async function alreadyShared(client: WebClient, fileId: string, channel: string): Promise<boolean> {
  try {
    const info = await client.files.info({ file: fileId });
    const file = info.file as { channels?: string[]; groups?: string[]; shares?: { public?: Record<string, unknown>; private?: Record<string, unknown> } } | undefined;
    return Boolean(file?.channels?.includes(channel) || file?.groups?.includes(channel) || file?.shares?.public?.[channel] || file?.shares?.private?.[channel]);
  } catch {
    return false; // an upload that never completed is not found: upload again
  }
}

export function fileName(job: Pick<DeliveryJob, "artifact" | "runId">): string {
  const slug = job.artifact.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "report";
  return `${slug}-run-${job.runId}.pdf`;
}

function initialComment(job: DeliveryJob, htmlUrl: string): string {
  const lines = [`*${job.artifact.title}*`, ...job.artifact.headline.map((h) => `• ${h}`), `Accessible web version: ${htmlUrl.replace(/\.pdf\?/, ".html?")}`];
  return lines.join("\n");
}
