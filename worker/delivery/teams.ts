// Teams delivery: a proactive card summarising the report, whose "Open report" button is a
// signed, expiring link to the PDF served by the bot process; digests to linked channels, and
// reminders to a person's personal chat with the bot.
import type { BotContext } from "../../bot/context.js";
import { postCardToChannel } from "../../bot/teams/deliver.js";
import { postCardToUser } from "../../bot/teams/direct.js";
import type { AdaptiveCard } from "../../bot/teams/card.js";
import { isUserError } from "../../core/errors.js";
import type { Deliverer } from "../runs/execute.js";
import { DeliveryError } from "./errors.js";

export function teamsCardDeliverer(bot: BotContext, links: { urlFor(runId: number): string }): Deliverer {
  return async (job) => {
    // A reminder to one person goes to their personal chat with the bot; a digest to the linked channel.
    if (job.message && job.direct) return post(() => postCardToUser(bot, job.id, job.message!), "the direct message", "is Scrutineer installed for that person in Teams?");
    if (job.message) return post(() => postCardToChannel(bot, Number(job.id), job.message!));
    const pdfUrl = links.urlFor(job.runId);
    const card: AdaptiveCard = {
      type: "AdaptiveCard", $schema: "http://adaptivecards.io/schemas/adaptive-card.json", version: "1.5",
      body: [
        { type: "TextBlock", text: job.artifact.title, weight: "Bolder", size: "Medium", wrap: true },
        ...job.artifact.headline.map((h) => ({ type: "TextBlock", text: `• ${h}`, wrap: true, spacing: "Small" })),
        { type: "TextBlock", text: "The link works for a limited time. The web version is easier to read on a phone or with a screen reader.", wrap: true, isSubtle: true, size: "Small" },
      ],
      actions: [
        { type: "Action.OpenUrl", title: "Open report (PDF)", url: pdfUrl },
        { type: "Action.OpenUrl", title: "Web version", url: pdfUrl.replace(/\.pdf\?/, ".html?") },
      ],
    } as AdaptiveCard;
    return post(() => postCardToChannel(bot, Number(job.id), card));
  };
}

async function post(
  send: () => Promise<{ activityId: string | undefined }>, what = "the post", hint = "is the bot still in that channel?",
): Promise<{ externalRef?: string }> {
    try {
      const posted = await send();
      return { externalRef: posted.activityId };
    } catch (e) {
      if (isUserError(e)) throw new DeliveryError(e.message, false);
      const status = (e as { statusCode?: number }).statusCode;
      if (status && status >= 400 && status < 500 && status !== 429) throw new DeliveryError(`Teams refused ${what} (HTTP ${status}): ${hint}`, false);
      throw new DeliveryError(`could not reach Teams: ${(e as Error).message}`, true);
    }
}
