// One entry per decision: when a request in debate is repeated by the resolution, or an action log row
// repeats a resolution, the better-placed source keeps its words and the other lends its owner and date.
import { collapse } from "./blocks.js";
import type { Candidate } from "./candidates.js";
import type { ProposedAction } from "./types.js";

const STOP = new Set("a an and are as at be been by for from has have in into is it its of on or that the their there this to was were which will with would should could committee members it's be".split(" "));
const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, "");
export const words = (t: string) => new Set(t.toLowerCase().replace(/[^a-z0-9\s]/g, " ").split(/\s+/).filter((w) => w.length > 1 && !STOP.has(w)).map(stem));

export function overlapCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

/** One entry per decision: a debate request repeated by the resolution gives way to it, lending its owner and date. */
export function dedupe(candidates: Candidate[]): ProposedAction[] {
  const ordered = [...candidates].sort((x, y) => x.priority - y.priority);
  const kept: { c: Candidate; words: Set<string> }[] = [];
  for (const c of ordered) {
    const w = words(c.text);
    const dup = kept.find((k) => k.c.group.split(":")[0] !== c.group.split(":")[0] || c.group.startsWith("debate") ? overlap(k.words, w) >= 0.6 && k.c.group !== c.group : false);
    if (dup) {
      dup.c.owner ??= c.owner;
      if (!dup.c.due && c.due) { dup.c.due = c.due; dup.c.dueText = c.dueText; }
      continue;
    }
    kept.push({ c, words: w });
  }
  // Back in document order.
  return kept.map((k) => k.c).sort((x, y) => x.pos - y.pos).map(({ priority: _p, group: _g, pos: _pos, ...a }) => ({ ...a, text: collapse(a.text) }));
}

