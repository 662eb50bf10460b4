// Rendering stays inside Block Kit's limits whatever the Reply holds, and escapes what Slack would read as markup.
import { describe, expect, it } from "vitest";
import { LIMITS, parseActionValue, actionValue, renderReply } from "../../bot/slack/blocks.js";
import type { Reply } from "../../core/reply.js";

type Block = { type: string; text?: { type: string; text: string }; fields?: { text: string }[]; elements?: { type: string; text?: string | { text: string }; value?: string }[] };

function checkLimits(blocks: Block[], maxBlocks: number = LIMITS.messageBlocks) {
  expect(blocks.length).toBeLessThanOrEqual(maxBlocks);
  for (const b of blocks) {
    if (b.type === "header") expect(b.text!.text.length).toBeLessThanOrEqual(LIMITS.header);
    if (b.type === "section") {
      expect(b.text || b.fields).toBeTruthy();
      if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      expect((b.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
      for (const f of b.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(LIMITS.fieldText);
    }
    if (b.type === "context") expect(b.elements!.length).toBeLessThanOrEqual(LIMITS.contextElements);
    for (const e of b.type === "actions" ? b.elements ?? [] : []) {
      expect(typeof e.text === "object" && e.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
      expect((e.value ?? "").length).toBeLessThanOrEqual(LIMITS.buttonValue);
    }
  }
}

const long = (n: number) => "word ".repeat(Math.ceil(n / 5)).slice(0, n);

describe("renderReply", () => {
  it("keeps a huge reply within Block Kit's limits and says how much was left out", () => {
    const reply: Reply = {
      title: long(400),
      summary: long(5000),
      sections: [
        { heading: "Many", text: long(7000), fields: Array.from({ length: 23 }, (_, i) => ({ label: `Field ${i}`, value: long(2500) })) },
        {
          items: Array.from({ length: 80 }, (_, i) => ({
            title: `#${i} ${long(300)}`, text: long(4000),
            fields: Array.from({ length: 14 }, (_, j) => ({ label: `L${j}`, value: long(2100) })),
            action: { id: i + 1, status: "open", canUpdate: true },
          })),
          note: long(4000),
        },
      ],
      footer: long(3500),
      more: { command: `actions ${long(3000)}`, label: long(200) },
    };
    const { blocks, text } = renderReply(reply, { command: long(2500), shareable: true });
    checkLimits(blocks as Block[]);
    expect(JSON.stringify(blocks)).toMatch(/\d+ more items are not shown here/);
    expect(text.length).toBeLessThanOrEqual(3000);
    const home = renderReply(reply, { maxBlocks: LIMITS.homeBlocks });
    checkLimits(home.blocks as Block[], LIMITS.homeBlocks);
    expect(home.blocks.length).toBeGreaterThan(50);
  });

  it("escapes &, < and > so people's text cannot ping @channel or forge links", () => {
    const { blocks } = renderReply({ title: "T", sections: [{ text: "<!channel> & <https://evil.example|click>" }] });
    expect(JSON.stringify(blocks)).toContain("&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;");
  });

  it("shows an error as a warning line, not a header, with no Share button", () => {
    const { blocks } = renderReply({ title: "I couldn't read \"31/02/2021\" as a date.", tone: "error", sections: [] }, { command: "due 31/02/2021", shareable: true });
    expect(blocks).toEqual([{ type: "section", text: { type: "mrkdwn", text: ":warning: *I couldn't read \"31/02/2021\" as a date.*" } }]);
  });

  it("puts update buttons only where the asker may update, unless everyone in a channel may be the owner", () => {
    const reply: Reply = { title: "T", sections: [{ items: [
      { title: "mine", action: { id: 1, status: "open", canUpdate: true } },
      { title: "theirs", action: { id: 2, status: "open", canUpdate: false } },
      { title: "done", action: { id: 3, status: "complete", canUpdate: true } },
    ] }] };
    const ids = (audience: "private" | "channel") => renderReply(reply, { command: "actions", audience }).blocks
      .flatMap((b) => (b.type === "actions" ? b.elements : []))
      .map((e) => parseActionValue((e as { value?: string }).value)?.actionId);
    expect(ids("private")).toEqual([1, 1]);
    expect(ids("channel")).toEqual([1, 1, 2, 2]);
  });

  it("round-trips an action button's value", () => {
    expect(parseActionValue(actionValue(12, "due next week"))).toEqual({ actionId: 12, command: "due next week" });
    expect(parseActionValue("12")).toBeNull();
    expect(parseActionValue(undefined)).toBeNull();
  });
});
