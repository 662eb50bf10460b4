// What every rule produces: a candidate action with where it came from, and the context rules share.
import { findDue, type DueContext } from "./dates.js";
import type { ItemBlocks } from "./structure.js";
import type { ActionKind, ProposedAction } from "./types.js";

export interface ItemContext { due: DueContext; abbreviations: Map<string, string> }

/** priority: which source wins a duplicate (0 action lines, 1 resolutions, 1.5 tables, 2 debate); pos: document order. */
export interface Candidate extends ProposedAction { priority: number; group: string; pos: number }

export function make(item: ItemBlocks, text: string, kind: ActionKind, provenance: string, owner: string | null, ctx: ItemContext, priority: number, group: string, dueSource?: string): Candidate {
  const due = findDue(dueSource ?? text, ctx.due);
  return { item: item.number, text, owner, due: due.due, kind, dueText: due.dueText, provenance: provenance.slice(0, 2000), priority, group, pos: position(group) };
}

/** Where in the item a candidate came from ("debate:4:2" is block 4, sentence 2), for document order. */
export function position(group: string): number {
  const [, block, sub] = group.split(":");
  return Number(block ?? 0) * 1000 + Number(sub ?? 0);
}
