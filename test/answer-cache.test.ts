// Kept answers are only ever current: every committed change, from this connection or another
// process's, moves the data version, and a kept answer is never shown to someone who may not see it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { freshDb, type TestDb } from "./helpers/db.js";
import { handleText } from "../core/commands/handle.js";
import { consoleContext, type CommandContext } from "../core/commands/context.js";
import { AnswerCache } from "../core/commands/answer-cache.js";
import { dataVersionOf } from "../core/data-version.js";
import { createDb, sqlitePath } from "../core/db.js";
import { replyToText } from "../core/reply-text.js";
import type { Deps } from "../core/context.js";

let t: TestDb;
let answers: AnswerCache;
let deps: Deps;
let operator: CommandContext;
beforeAll(async () => {
  t = await freshDb();
  answers = new AnswerCache(dataVersionOf(t.db));
  deps = { ...t.deps("2020-11-23T10:15"), answers };
  operator = await consoleContext(deps, await t.tenant(), undefined, []);
});
afterAll(async () => { answers.close(); await t.close(); });

const version = () => dataVersionOf(t.db).read();

describe("the data version", () => {
  it("moves on a change to answer data and stays put for the worker's bookkeeping", async () => {
    const before = await version();
    expect(before).toEqual(expect.any(Number));
    await t.db.reportSchedule.updateMany({ data: { enabled: true } });
    await t.db.auditEvent.deleteMany({ where: { id: -1 } });
    expect(await version()).toBe(before);
    await t.db.action.update({ where: { id: 1 }, data: { dueText: "by the end of October" } });
    expect(await version()).toBeGreaterThan(before!);
  });

  it("is null, and nothing is kept, on a database without the version table", async () => {
    const bare = createDb(`file:${t.dir}/bare.db`);
    await bare.$executeRawUnsafe(`CREATE TABLE "x" ("id" INTEGER)`);
    const cache = new AnswerCache(dataVersionOf(bare));
    expect(await dataVersionOf(bare).read()).toBeNull();
    const build = async () => ({ title: "built", sections: [] });
    await cache.answer(deps, operator, { kind: "plan" }, build);
    await cache.answer(deps, operator, { kind: "plan" }, build);
    expect(cache.stats()).toEqual({ hits: 0, misses: 0, entries: 0 });
    cache.close();
    await bare.$disconnect();
  });
});

describe("answers kept until the data changes", () => {
  it("answers a repeated question from the kept answer, with the same content", async () => {
    const uncached = await handleText(t.deps("2020-11-23T10:15"), operator, "due this week");
    const start = answers.stats();
    const first = await handleText(deps, operator, "due this week");
    const second = await handleText(deps, operator, "Due this week");
    expect(answers.stats().misses - start.misses).toBe(1);
    expect(answers.stats().hits - start.hits).toBe(1);
    expect(second).toBe(first);
    expect(first).toEqual(uncached);
    expect(() => { (first.sections as unknown[]).push({}); }).toThrow();
  });

  it("shows progress recorded through chat at once", async () => {
    const before = replyToText(await handleText(deps, operator, "action 3"));
    expect(before).not.toContain("Leaflets printed and out");
    const done = await handleText(deps, operator, "progress 3 Leaflets printed and out");
    expect(done.tone).toBe("success");
    expect(replyToText(await handleText(deps, operator, "action 3"))).toContain("Leaflets printed and out");
  });

  it("shows a change committed by another process at once", async () => {
    expect(replyToText(await handleText(deps, operator, "action 2"))).not.toMatch(/Owner: A new owner/);
    // A plain driver connection, as a CLI import in another process would have.
    const other = new Database(sqlitePath(t.url));
    other.prepare(`UPDATE "Action" SET "ownerText" = 'A new owner' WHERE "id" = 2`).run();
    other.prepare(`DELETE FROM "ActionOwner" WHERE "actionId" = 2`).run();
    other.close();
    expect(replyToText(await handleText(deps, operator, "action 2"))).toContain("A new owner");
  });

  it("builds afresh when the minute turns, since relative days and overdue move with the clock", async () => {
    await handleText(deps, operator, "actions overdue");
    const start = answers.stats();
    await handleText({ ...deps, clock: t.deps("2020-11-23T10:16").clock }, operator, "actions overdue");
    expect(answers.stats().misses - start.misses).toBe(1);
  });

  it("keeps each audience's answer apart, so a private answer with exempt items never reaches a channel", async () => {
    await t.db.action.update({ where: { id: 4 }, data: { classification: "exempt" } });
    const privately = await handleText(deps, operator, "actions overdue");
    const inChannel = await handleText(deps, { ...operator, audience: "channel" }, "actions overdue");
    const ids = (r: typeof privately) => r.sections.flatMap((s) => s.items ?? []).map((i) => i.action?.id);
    expect(ids(privately)).toContain(4);
    expect(ids(inChannel)).not.toContain(4);
  });

  it("never keeps writes or their answers", async () => {
    const start = answers.stats();
    await handleText(deps, operator, "progress 5 Meeting held with schools");
    await handleText(deps, operator, "help");
    expect(answers.stats().hits + answers.stats().misses).toBe(start.hits + start.misses);
  });
});
