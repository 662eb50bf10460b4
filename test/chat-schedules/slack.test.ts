// Report schedules from Slack over real HTTP: "/scrutiny schedule …" through the shared handler,
// and the "schedule new" modal, signed as Slack signs them, against the fake Web API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockText, CHANNEL, startHarness, TEAM, USERS, type Harness } from "../slack/harness.js";
import type { SlackCall } from "../fakes/slack-api.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

interface Message { response_type?: string; text?: string; blocks?: { type: string; elements?: { action_id?: string }[] }[] }

const stored = async () => ({ schedules: await h.t.db.reportSchedule.count(), audits: await h.t.db.auditEvent.count({ where: { entityType: "schedule" } }) });

/** The answer to a slash command: in the ack, or (on a busy machine) through its response_url. */
async function command(text: string, user: keyof typeof USERS = "admin"): Promise<Message> {
  const name = `cmd-${Math.random().toString(36).slice(2)}`;
  const res = await h.command(text, { user, responseUrl: h.fake.responseUrl(name) });
  expect(res.status).toBe(200);
  const acked = await res.json() as Message;
  if (acked.blocks) return acked;
  return (await h.fake.waitFor("response_url", (c) => c.path.endsWith(`/${name}`))).params as Message;
}

const buttons = (m: Message) => (m.blocks ?? []).flatMap((b) => (b.type === "actions" ? b.elements ?? [] : [])).map((e) => e.action_id);

describe("/scrutiny schedule …", () => {
  it("lets an admin add a schedule for this channel, with its description and next runs, and nothing to share", async () => {
    const m = await command('schedule add actions "0 9 * * 1" to this channel');
    const text = blockText(m.blocks);
    expect(text).toMatch(/Schedule \d+ added/);
    expect(text).toContain("At 09:00, only on Monday");
    expect(text).toContain("9.00am Monday 30 November 2020\n9.00am Monday 7 December 2020\n9.00am Monday 14 December 2020");
    expect(m.response_type).toBe("ephemeral");
    expect(buttons(m)).not.toContain("scrutiny.share");
    const row = await h.t.db.reportSchedule.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(JSON.parse(row.targets)).toEqual([`slack:${CHANNEL}`]);
    expect(row).toMatchObject({ kind: "actions", cron: "0 9 * * 1", createdBy: "admin" });

    const list = blockText((await command("schedule list")).blocks);
    expect(list).toContain(`#${row.id} Actions tracker for herefordshire-cyp`);
    expect(list).toContain("9.00am Monday 30 November 2020");
    expect(blockText((await command(`schedule pause ${row.id}`)).blocks)).toContain(`Schedule ${row.id} paused`);
    expect((await h.t.db.reportSchedule.findUniqueOrThrow({ where: { id: row.id } })).enabled).toBe(false);
    expect(blockText((await command(`schedule runs ${row.id}`)).blocks)).toContain("It is paused.");
  });

  it("refuses a non-admin clearly and stores nothing", async () => {
    const before = await stored();
    for (const text of ['schedule add actions "0 9 * * 1"', "schedule list"]) {
      const m = await command(text, "andy");
      expect(blockText(m.blocks)).toContain("Only an admin can manage report schedules.");
    }
    expect(await stored()).toEqual(before);
  });

  it("rejects an invalid cron or an unknown committee with a clear message and stores nothing", async () => {
    const before = await stored();
    expect(blockText((await command('schedule add actions "61 9 * * 1"')).blocks)).toMatch(/"61 9 \* \* 1" is not a valid cron expression/);
    expect(blockText((await command('schedule add actions "0 9 * * 1" for finance')).blocks)).toContain('I couldn\'t find a committee called "finance"');
    expect(await stored()).toEqual(before);
  });
});

describe("/scrutiny schedule new: the modal", () => {
  let opened = 0;

  /** Types "/scrutiny schedule new" and returns the views.open call it caused. */
  async function openModal(user: keyof typeof USERS = "admin", channel = CHANNEL): Promise<SlackCall> {
    const trigger = `${Date.now()}.${++opened}.schedule`;
    const form = new URLSearchParams({
      team_id: TEAM, channel_id: channel, channel_name: "cyp-scrutiny", user_id: USERS[user].id, user_name: USERS[user].name, command: "/scrutiny",
      text: "schedule new", response_url: h.fake.responseUrl(`modal-${opened}`), trigger_id: trigger,
    });
    const res = await h.post(form.toString());
    expect(res.status).toBe(200);
    return h.fake.waitFor("views.open", (c) => c.params.trigger_id === trigger);
  }

  function submission(view: Record<string, unknown>, values: { kind?: string; cron?: string; committee?: string; period?: string }, user: keyof typeof USERS = "admin") {
    const u = USERS[user];
    const select = (v?: string) => ({ type: "static_select", selected_option: v ? { text: { type: "plain_text", text: v }, value: v } : null });
    return {
      type: "view_submission", team: { id: TEAM, domain: "herefordshire" }, user: { id: u.id, username: u.name, name: u.name, team_id: TEAM },
      api_app_id: "A0SCRUTINY", token: "legacy", trigger_id: `${Date.now()}.${++opened}.submit`,
      view: {
        ...view, id: `V0SCHED${opened}`, team_id: TEAM, hash: `1606122000.${opened}`, app_id: "A0SCRUTINY",
        state: { values: {
          kind: { value: select(values.kind) },
          cron: { value: { type: "plain_text_input", value: values.cron ?? null } },
          committee: { value: select(values.committee) },
          period: { value: { type: "plain_text_input", value: values.period ?? null } },
        } },
      },
      response_urls: [], is_enterprise_install: false, enterprise: null,
    };
  }

  it("opens for an admin with a report select, a cron input with a hint, a committee select and a period", async () => {
    const open = await openModal();
    const view = open.params.view as { callback_id: string; title: { text: string }; blocks: { type: string; block_id?: string; element?: Record<string, any>; hint?: { text: string } }[] };
    expect(view.callback_id).toBe("scrutiny.schedule_modal");
    expect(view.title.text).toBe("Schedule a report");
    const block = (id: string) => view.blocks.find((b) => b.block_id === id)!;
    expect(block("kind").element!.type).toBe("static_select");
    expect(block("kind").element!.options.map((o: { value: string }) => o.value)).toEqual(["improvement-plan", "self-evaluation", "actions", "meetings", "reminders", "weekly-digest"]);
    expect(block("cron").element!.type).toBe("plain_text_input");
    expect(block("cron").hint!.text).toContain('"0 9 * * 1" is 09:00 every Monday');
    expect(block("committee").element!.initial_option.value).toBe("herefordshire-cyp");
    expect(block("period").element!.type).toBe("plain_text_input");
    expect(blockText(view.blocks)).toContain(`<#${CHANNEL}>`);
  });

  it("shows bad input as errors on the modal's fields and stores nothing", async () => {
    const view = (await openModal()).params.view as Record<string, unknown>;
    const before = await stored();
    const errorsFor = async (values: Parameters<typeof submission>[1]) => {
      const res = await h.interact(submission(view, values));
      expect(res.status).toBe(200);
      const body = await res.json() as { response_action: string; errors: Record<string, string> };
      expect(body.response_action).toBe("errors");
      return body.errors;
    };
    expect(await errorsFor({ kind: "actions", cron: "0 9 * * 8" })).toEqual({ cron: expect.stringMatching(/"0 9 \* \* 8" is not a valid cron expression/) as string });
    expect(await errorsFor({ kind: "actions", cron: "every Monday" })).toEqual({ cron: expect.stringMatching(/needs 5 fields/) as string });
    expect(await errorsFor({ kind: "actions", cron: "0 9 * * 1", committee: "finance" })).toEqual({ committee: expect.stringMatching(/I couldn't find a committee called "finance"/) as string });
    expect(await errorsFor({ kind: "actions", cron: "0 9 * * 1", period: "Q2" })).toEqual({ period: expect.stringMatching(/"Q2" is not a period/) as string });
    expect(await errorsFor({ kind: "payroll", cron: "0 9 * * 1" })).toEqual({ kind: expect.stringMatching(/"payroll" is not a report I can schedule/) as string });
    expect(await stored()).toEqual(before);
  });

  it("creates the schedule for the channel from a good submission and posts its description and next runs there", async () => {
    const open = await openModal();
    const view = open.params.view as Record<string, unknown>;
    const responseUrl = JSON.parse(view.private_metadata as string).responseUrl as string;
    const before = await stored();
    const res = await h.interact(submission(view, { kind: "improvement-plan", cron: "30 8 1 * *", committee: "herefordshire-cyp", period: "2020-21-Q2" }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(""); // an empty ack closes the modal
    expect(await stored()).toEqual({ schedules: before.schedules + 1, audits: before.audits + 1 });
    const row = await h.t.db.reportSchedule.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(row).toMatchObject({ kind: "improvement-plan", cron: "30 8 1 * *", createdBy: "admin" });
    expect(JSON.parse(row.targets)).toEqual([`slack:${CHANNEL}`]);
    expect(JSON.parse(row.params)).toMatchObject({ period: "2020-21-Q2" });

    const posted = await h.fake.waitFor("response_url", (c) => responseUrl.endsWith(c.path));
    expect(posted.params).toMatchObject({ response_type: "ephemeral", replace_original: false });
    const text = blockText(posted.params.blocks);
    expect(text).toContain(`Schedule ${row.id} added`);
    expect(text).toContain("At 08:30, on day 1 of the month");
    expect(text).toContain("8.30am Tuesday 1 December 2020\n8.30am Friday 1 January 2021\n8.30am Monday 1 February 2021");
  });

  it("is not opened for a non-admin, who is told why; and a non-admin's submission stores nothing", async () => {
    const opens = h.fake.callsTo("views.open").length;
    const m = await command("schedule new", "andy");
    expect(blockText(m.blocks)).toContain("Only an admin can manage report schedules.");
    expect(h.fake.callsTo("views.open")).toHaveLength(opens);

    const view = (await openModal()).params.view as Record<string, unknown>;
    const before = await stored();
    const res = await h.interact(submission(view, { kind: "actions", cron: "0 9 * * 1" }, "andy"));
    expect(await res.json()).toEqual({ response_action: "errors", errors: { kind: "Only an admin can manage report schedules. Ask one of your Scrutineer admins." } });
    expect(await stored()).toEqual(before);
  });

  it("is not opened in a direct message, where there is no channel to deliver to", async () => {
    const m = await h.command("schedule new", { user: "admin", channel: "D0ADMIN" });
    const answer = await m.json() as Message;
    expect(answer.text).toMatch(/Open the schedule form in the channel that should get the reports/);
  });
});
