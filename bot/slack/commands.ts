// "/scrutiny <text>": answered in the ack when the answer is ready in time, otherwise acked with a
// holding line and answered through response_url (Slack shows an error after 3 s without an ack).
import type { App } from "@slack/bolt";
import type { SlackDeps } from "./deps.js";
import { answerCommand, ephemeral, within } from "./answer.js";
import { postToResponseUrl } from "./respond.js";
import { openScheduleModal } from "./schedule-modal.js";
import { isScheduleFormRequest } from "../../core/commands/handlers/schedule.js";

export function registerCommands(app: App, s: SlackDeps): void {
  // Any slash command routed here is ours, whatever a workspace renamed it to.
  app.command(/^\/.+/, async ({ command, ack, client }) => {
    const text = command.text ?? "";
    if (isScheduleFormRequest(text)) return openScheduleModal(s, client, command, ack);
    const who = { teamId: command.team_id, userId: command.user_id, userName: command.user_name, channelId: command.channel_id };
    const work = answerCommand(s, client, who, text, "private");
    const quick = await within(work, s.ackBudgetMs);
    if (quick) {
      await ack(ephemeral(quick.message));
      return;
    }
    await ack({ response_type: "ephemeral", text: "Looking that up…" });
    const slow = await work;
    await postToResponseUrl(command.response_url, { response_type: "ephemeral", ...slow.message }, s.deps.log);
  });
}
