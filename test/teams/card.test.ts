// Reply → Adaptive Card: the shape Teams needs, buttons only where they belong, and the size limit.
import { describe, expect, it } from "vitest";
import { CARD_BUDGET_BYTES, cardBytes, replyToCard } from "../../bot/teams/card.js";
import type { Reply, ReplyItem } from "../../core/reply.js";
import { cardText } from "./helpers.js";

const TEAMS_ELEMENTS = new Set(["AdaptiveCard", "TextBlock", "FactSet", "Container", "ActionSet", "Input.Text", "Action.Execute", "Action.ShowCard", "Action.OpenUrl"]);

function objects(x: unknown, out: Record<string, any>[] = []): Record<string, any>[] {
  if (Array.isArray(x)) x.forEach((y) => objects(y, out));
  else if (x && typeof x === "object") {
    out.push(x as Record<string, any>);
    Object.values(x).forEach((y) => objects(y, out));
  }
  return out;
}
const types = (card: unknown) => objects(card).map((o) => o.type).filter((t): t is string => typeof t === "string");

const action = (id: number, over: Partial<ReplyItem["action"] & object> = {}): ReplyItem => ({
  title: `#${id} ${"Arrange contextual safeguarding training across the partnership. ".repeat(2)}`,
  text: "Progress: ".concat("Dates agreed with the partnership; venues booked. ".repeat(6)),
  fields: [{ label: "Owner", value: "Andy Gill" }, { label: "Due", value: "September 2020" }],
  action: { id, status: "in-progress", canUpdate: true, ...over },
});

describe("replyToCard", () => {
  it("makes a schema 1.5 card of known Teams elements, with the tone, summary, sections and footer", () => {
    const reply: Reply = {
      title: "Overdue actions (2)", summary: "Page 1 of 1.", tone: "warning", footer: "As of Monday 23 November 2020.",
      sections: [{ heading: "Child exploitation", text: "From the task and finish group.", items: [action(1), { ...action(2), exempt: true }], note: "Two shown." }],
    };
    const card = replyToCard(reply, { source: "actions overdue" });
    expect(card.version).toBe("1.5");
    expect(card.$schema).toBe("http://adaptivecards.io/schemas/adaptive-card.json");
    for (const t of types(card)) expect(TEAMS_ELEMENTS.has(t), t).toBe(true);
    const text = cardText(card);
    for (const s of ["Overdue actions (2)", "Page 1 of 1.", "Child exploitation", "Two shown.", "As of Monday 23 November 2020.", "Confidential (exempt)"]) expect(text).toContain(s);
    expect(card.body[0]).toMatchObject({ color: "Warning" });
  });

  it("gives an updatable open action Add progress (with an input) and Mark complete, carrying the source command", () => {
    const card = replyToCard({ title: "Action #7", sections: [{ items: [action(7)] }] }, { source: "action 7" });
    expect(JSON.stringify(card)).toContain('"id":"progress_7"');
    const executes = objects(card).filter((o) => o.type === "Action.Execute");
    expect(executes.map((e) => [e.title, e.verb, e.data])).toEqual([
      ["Add progress", "progress", { actionId: 7, source: "action 7" }],
      ["Mark complete", "complete", { actionId: 7, source: "action 7" }],
    ]);
  });

  it("leaves buttons off completed actions and for people who may only read", () => {
    const card = replyToCard({ title: "x", sections: [{ items: [action(1, { status: "complete" }), action(2, { canUpdate: false }), { title: "A meeting" }] }] });
    expect(JSON.stringify(card)).not.toContain("Action.Execute");
  });

  it("adds a More button from Reply.more", () => {
    const card = replyToCard({ title: "Open actions (25)", sections: [], more: { command: "actions page 2", label: "More (page 2)" } });
    expect(card.actions).toEqual([{ type: "Action.Execute", title: "More (page 2)", verb: "page", data: { command: "actions page 2" } }]);
  });

  it("stays under the Teams size limit by dropping items from the end, and says so", () => {
    const items = Array.from({ length: 120 }, (_, i) => action(i + 1));
    const reply: Reply = { title: "Everything", sections: [{ heading: "First", items: items.slice(0, 5) }, { heading: "Rest", items: items.slice(5) }] };
    const full = replyToCard(reply, { maxBytes: 10_000_000 });
    expect(cardBytes(full)).toBeGreaterThan(CARD_BUDGET_BYTES);
    const card = replyToCard(reply, { source: "actions" });
    expect(cardBytes(card)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    const text = cardText(card);
    expect(text).toContain("#1 ");
    expect(text).toContain("#5 ");
    expect(text).not.toContain("#120 ");
    expect(text).toMatch(/\d+ more items are not shown, to keep this card within Teams' size limit/);
  });

  it("clips a very long text so one item cannot blow the limit", () => {
    const card = replyToCard({ title: "x", sections: [{ text: "y".repeat(50_000) }] });
    expect(cardBytes(card)).toBeLessThan(5000);
  });
});
