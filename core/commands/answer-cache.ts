// Answers to read-only questions, kept until the data they came from changes.
// Officers on one committee ask the same few questions ("due this week") many times a day; building
// the answer costs about ten queries, while checking that it is still current costs one tiny read of
// the data version (core/data-version.ts), which every committed write moves on. So an answer is never
// stale: a change made anywhere (chat, CLI import, another process) is seen by the next question.
import type { Deps } from "../context.js";
import { deepFreeze } from "../deep-freeze.js";
import type { DataVersion } from "../data-version.js";
import type { Reply } from "../reply.js";
import type { Command } from "./command.js";
import type { CommandContext } from "./context.js";

/** Questions whose answer depends only on the data, who asks, where, and the time: never writes. */
const READS = new Set<Command["kind"]>(["due", "meetings", "agenda", "actions", "action", "plan", "selfeval"]);

export interface AnswerCacheStats { hits: number; misses: number; entries: number }

export class AnswerCache {
  private readonly entries = new Map<string, { version: number; reply: Promise<Reply> }>();
  private hits = 0;
  private misses = 0;

  constructor(private readonly version: DataVersion, private readonly maxEntries = 2_000) {}

  async answer(deps: Pick<Deps, "clock">, ctx: CommandContext, command: Command, build: () => Promise<Reply>): Promise<Reply> {
    if (!READS.has(command.kind)) return build();
    // Read the version before building: a write landing meanwhile then makes this entry old, never wrong.
    const version = await this.version.read();
    if (version === null) return build();
    const key = cacheKey(deps, ctx, command);
    const hit = this.entries.get(key);
    if (hit && hit.version === version) {
      this.hits++;
      return hit.reply;
    }
    this.misses++;
    // Concurrent askers of the same question share one build.
    const reply = build().then(deepFreeze);
    this.entries.delete(key);
    this.entries.set(key, { version, reply });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    // Failures and apologies are not kept: the next asker tries afresh.
    reply.then((r) => { if (r.tone === "error") this.forget(key, reply); }, () => this.forget(key, reply));
    return reply;
  }

  stats(): AnswerCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.entries.size };
  }

  close(): void {
    this.entries.clear();
    this.version.close();
  }

  private forget(key: string, reply: Promise<Reply>): void {
    if (this.entries.get(key)?.reply === reply) this.entries.delete(key);
  }
}

/**
 * Everything an answer can depend on besides the data: the question, the council and committee,
 * who asks and what they may see, and the minute (relative days and "overdue" move with the clock).
 */
function cacheKey(deps: Pick<Deps, "clock">, ctx: CommandContext, command: Command): string {
  const minute = Math.floor(deps.clock.now().getTime() / 60_000);
  return JSON.stringify([
    command, minute, ctx.tenant.councilId, ctx.committee?.id ?? null, ctx.audience,
    ctx.actor.personId, ctx.actor.name, ctx.actor.isAdmin, ctx.actor.channel, [...ctx.memberOf].sort((a, b) => a - b),
  ]);
}
