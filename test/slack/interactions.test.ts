// Buttons, the progress modal and App Home over real HTTP, against the fake Web API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockText, buttonPayload, startHarness, submissionPayload, USERS, type Harness } from "./harness.js";
import type { SlackCall } from "../fakes/slack-api.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const rows = (actionId: number) => h.t.db.progressUpdate.count({ where: { actionId } });
const audits = (actionId: number) => h.t.db.auditEvent.count({ where: { entityType: "action", entityId: String(actionId) } });

/** Presses "Add progress" and returns the views.open call it caused. */
async function openModal(actionId: number, responseUrl: string, user: keyof typeof USERS = "andy"): Promise<SlackCall> {
  const before = h.fake.callsTo("views.open").length;
  const payload = buttonPayload({ user, actionId: "scrutiny.progress", value: `${actionId}|due this week`, responseUrl });
  const res = await h.interact(payload);
  expect(res.status).toBe(200);
  return h.fake.waitFor("views.open", (c) => h.fake.callsTo("views.open").indexOf(c) >= before && (c.params as { trigger_id?: string }).trigger_id === payload.trigger_id);
}

describe("Add progress", () => {
  it("opens a modal, and its submission writes exactly one progress row; a replay writes nothing more", async () => {
    const responseUrl = h.fake.responseUrl("progress-2");
    const open = await openModal(2, responseUrl);
    const view = open.params.view as Record<string, unknown>;
    expect(view).toMatchObject({ type: "modal", callback_id: "scrutiny.progress_modal", title: { text: "Add progress" }, submit: { text: "Save" } });
    expect(blockText(view.blocks)).toContain("To arrange and facilitate contextual safeguarding training");
    expect(open.token).toBe("xoxb-test-token");

    const [rowsBefore, auditsBefore] = [await rows(2), await audits(2)];
    const body = new URLSearchParams({ payload: JSON.stringify(submissionPayload({ view, note: "Training dates agreed with partners for January." })) }).toString();
    const res = await h.post(body);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(""); // an empty ack closes the modal
    expect(await rows(2)).toBe(rowsBefore + 1);
    expect(await audits(2)).toBe(auditsBefore + 1);
    const row = await h.t.db.progressUpdate.findFirst({ where: { actionId: 2 }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ text: "Training dates agreed with partners for January.", authorText: "Andy Gill", channel: "slack", requestKey: expect.stringMatching(/^slack:/) as string });

    // The message the button was on is updated in place, with a notice on top.
    const update = await h.fake.waitFor("response_url", (c) => c.path.endsWith("/progress-2"));
    expect(update.params).toMatchObject({ replace_original: true });
    const text = blockText(update.params.blocks);
    expect(text).toContain("Progress recorded on action #2 by Andy Gill.");
    expect(text).toContain("Agenda despatch for the Tuesday 1 December 2020 meeting");

    // Slack retries the very same request.
    const callsBefore = h.fake.calls.length;
    const replay = await h.post(body, { headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } });
    expect(replay.status).toBe(200);
    await new Promise((r) => setTimeout(r, 150));
    expect(await rows(2)).toBe(rowsBefore + 1);
    expect(await audits(2)).toBe(auditsBefore + 1);
    expect(h.fake.calls.length).toBe(callsBefore);
  });

  it("says what is wrong in the modal when the note is empty, and writes nothing", async () => {
    const open = await openModal(1, h.fake.responseUrl());
    const before = await rows(1);
    const res = await h.interact(submissionPayload({ view: open.params.view as Record<string, unknown>, note: "   " }));
    expect(await res.json()).toEqual({ response_action: "errors", errors: { note: "Say what has happened, e.g. \"Training dates agreed for January\"." } });
    expect(await rows(1)).toBe(before);
  });

  it("refuses someone who neither owns the action nor is an admin, clearly, without opening the modal", async () => {
    const responseUrl = h.fake.responseUrl("refused-progress");
    const opens = h.fake.callsTo("views.open").length;
    await h.interact(buttonPayload({ user: "matthew", actionId: "scrutiny.progress", value: "2|due this week", responseUrl }));
    const refusal = await h.fake.waitFor("response_url", (c) => c.path.endsWith("/refused-progress"));
    expect(refusal.params).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(refusal.params.text).toBe("Only Andy Gill or an admin can update action 2. You can still read it with \"action 2\".");
    expect(h.fake.callsTo("views.open")).toHaveLength(opens);
  });

  it("refuses a submission from someone else even if they got hold of the modal", async () => {
    const open = await openModal(3, h.fake.responseUrl());
    const before = await rows(3);
    const res = await h.interact(submissionPayload({ user: "matthew", view: open.params.view as Record<string, unknown>, note: "Not mine to say." }));
    const answer = await res.json() as { response_action: string; errors: { note: string } };
    expect(answer.response_action).toBe("errors");
    expect(answer.errors.note).toMatch(/^Only Andy Gill or an admin can update action 3\./);
    expect(await rows(3)).toBe(before);
  });

  it("lets an admin update anyone's action", async () => {
    const open = await openModal(5, h.fake.responseUrl(), "admin");
    const before = await rows(5);
    await h.interact(submissionPayload({ user: "admin", view: open.params.view as Record<string, unknown>, note: "Chased by the scrutiny team.", viewId: "V0MODAL5" }));
    expect(await rows(5)).toBe(before + 1);
  });

  it("retries views.open after a 429 with Retry-After: 1, and the modal still opens", async () => {
    h.fake.rateLimit("views.open", 1);
    const started = Date.now();
    const payload = buttonPayload({ actionId: "scrutiny.progress", value: "11|due this week", responseUrl: h.fake.responseUrl() });
    expect((await h.interact(payload)).status).toBe(200);
    const calls = () => h.fake.callsTo("views.open").filter((c) => c.params.trigger_id === payload.trigger_id);
    await h.fake.waitFor("views.open", (c) => c.params.trigger_id === payload.trigger_id && c.status === 200, 4000);
    expect(calls().map((c) => c.status)).toEqual([429, 200]);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe("Mark complete", () => {
  it("asks for confirmation first", async () => {
    const m = await (await h.command("actions mine")).json() as { blocks: { type: string; elements?: { action_id: string; confirm?: unknown }[] }[] };
    const complete = m.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === "scrutiny.complete");
    expect(complete?.confirm).toMatchObject({ title: { text: "Mark complete?" }, confirm: { text: "Mark complete" }, deny: { text: "Cancel" } });
  });

  it("marks the owner's action complete once, and updates the message in place", async () => {
    const responseUrl = h.fake.responseUrl("complete-11");
    const payload = buttonPayload({ actionId: "scrutiny.complete", value: "11|actions mine", responseUrl });
    const before = await rows(11);
    expect((await h.interact(payload)).status).toBe(200);
    const update = await h.fake.waitFor("response_url", (c) => c.path.endsWith("/complete-11"));
    expect(update.params).toMatchObject({ replace_original: true });
    expect(blockText(update.params.blocks)).toContain("Action #11 marked complete by Andy Gill.");
    expect(await h.t.db.action.findUnique({ where: { id: 11 }, select: { status: true } })).toEqual({ status: "complete" });
    expect(await rows(11)).toBe(before + 1);
    // A retried delivery of the same click changes nothing, and says nothing more.
    const calls = h.fake.calls.length;
    await h.interact(payload, { headers: { "x-slack-retry-num": "1" } });
    await new Promise((r) => setTimeout(r, 150));
    expect(await rows(11)).toBe(before + 1);
    expect(h.fake.calls.length).toBe(calls);
  });

  it("refuses someone else's action with a clear message and changes nothing", async () => {
    const responseUrl = h.fake.responseUrl("complete-refused");
    await h.interact(buttonPayload({ user: "matthew", actionId: "scrutiny.complete", value: "1|due this week", responseUrl }));
    const refusal = await h.fake.waitFor("response_url", (c) => c.path.endsWith("/complete-refused"));
    expect(refusal.params.text).toBe("Only Andy Gill or an admin can update action 1. You can still read it with \"action 1\".");
    expect(await h.t.db.action.findUnique({ where: { id: 1 }, select: { status: true } })).toEqual({ status: "in-progress" });
  });
});

describe("App Home", () => {
  it("shows the user's overdue actions first, then those due in the next 14 days", async () => {
    const res = await h.event({ type: "app_home_opened", user: USERS.andy.id, channel: "D0ANDY", tab: "home", event_ts: "1606122000.000200" });
    expect(res.status).toBe(200);
    const publish = await h.fake.waitFor("views.publish", (c) => c.params.user_id === USERS.andy.id);
    const view = publish.params.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe("home");
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = blockText(view.blocks);
    expect(text).toContain("Your Scrutineer: Andy Gill");
    expect(text.indexOf("Your overdue actions")).toBeLessThan(text.indexOf("Due in the next 14 days"));
    expect(text).toContain("#2 To arrange and facilitate contextual safeguarding training");
    expect(text).not.toContain("#4 Children and families"); // Ceri Morgan's
  });

  it("shows a committee member their committee's next meetings", async () => {
    await h.event({ type: "app_home_opened", user: USERS.carole.id, channel: "D0CAROLE", tab: "home", event_ts: "1606122000.000300" });
    const publish = await h.fake.waitFor("views.publish", (c) => c.params.user_id === USERS.carole.id);
    const text = blockText((publish.params.view as { blocks: unknown[] }).blocks);
    expect(text).toContain("Your committees' next meetings");
    expect(text).toContain("Tuesday 1 December 2020");
    expect(text).toContain("Children and young people scrutiny committee");
  });

  it("tells someone Scrutineer cannot place how to fix that", async () => {
    await h.event({ type: "app_home_opened", user: USERS.stranger.id, channel: "D0X", tab: "home", event_ts: "1606122000.000400" });
    const publish = await h.fake.waitFor("views.publish", (c) => c.params.user_id === USERS.stranger.id);
    expect(blockText((publish.params.view as { blocks: unknown[] }).blocks)).toContain("I couldn't match your Slack account to a person in Scrutineer");
  });

  it("refreshes App Home after progress recorded from it", async () => {
    const payload = buttonPayload({ actionId: "scrutiny.progress", value: "1|", home: true });
    await h.interact(payload);
    const open = await h.fake.waitFor("views.open", (c) => c.params.trigger_id === payload.trigger_id);
    const publishes = h.fake.callsTo("views.publish").length;
    await h.interact(submissionPayload({ view: open.params.view as Record<string, unknown>, note: "Campaign materials drafted.", viewId: "V0MODALHOME" }));
    const publish = await h.fake.waitFor("views.publish", (c) => h.fake.callsTo("views.publish").indexOf(c) >= publishes);
    expect(blockText((publish.params.view as { blocks: unknown[] }).blocks)).toContain("Progress recorded on action #1 by Andy Gill.");
  });
});
