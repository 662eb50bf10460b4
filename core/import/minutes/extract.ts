// The minutes extractor: text in, proposal out, no I/O. Structure first (header, items, end),
// then within each item the resolutions, the "ACTION:" lines and action tables, and the debate,
// each turned into tracker entries by the cue, owner and date rules; duplicates of one decision
// (a request in debate that the resolution repeats) are merged, the resolution's wording winning.
import { UserError } from "../../errors.js";
import { normaliseText, toBlocks, collapse, type Block } from "./blocks.js";
import { findStructure, type ItemBlocks } from "./structure.js";
import { readHeader, readNextMeeting } from "./header.js";
import { findResolutions } from "./resolutions.js";
import { classifyPoint, classifySentence, isAnswer, stripLead, PROCEDURAL } from "./cues.js";
import { findAbbreviations, findOwner, ownerName, speakerOf } from "./owners.js";
import { findDue, findDates, type DueContext } from "./dates.js";
import { splitSentences } from "./sentences.js";
import type { ActionKind, ExtractOptions, MinutesProposal, ProposedAction } from "./types.js";

/** Longer than any real set of minutes; the CLI refuses bigger files before they get here. */
export const MAX_MINUTES_CHARS = 5_000_000;

export function extractMinutes(raw: string, opts: ExtractOptions): MinutesProposal {
  if (raw.length > MAX_MINUTES_CHARS) throw new UserError(`the minutes are ${raw.length.toLocaleString("en-GB")} characters long; the limit is ${MAX_MINUTES_CHARS.toLocaleString("en-GB")}`);
  const text = normaliseText(raw);
  const structure = findStructure(toBlocks(text));
  const header = readHeader(structure.header.length ? structure.header : structure.items[0]?.blocks ?? []);
  const date = opts.meeting?.date ?? header.date;
  if (!date) {
    throw new UserError(`could not find the meeting date in the minutes: expected a line like "Minutes of the meeting held on Monday 16 March 2020 at 10.15 am" or "Date: 16 March 2020"`);
  }
  const abbreviations = findAbbreviations(text.length > 1_000_000 ? text.slice(0, 1_000_000) : text);
  const nextMeeting = readNextMeeting(structure.items, structure.after, date);
  const ctx: ItemContext = {
    due: { meetingDate: date, nextMeeting, knownMeetings: opts.knownMeetings ?? [] },
    abbreviations,
  };
  const actions = structure.items.flatMap((item) => itemActions(item, ctx));
  actions.push(...trailingTableActions(structure.after, structure.items, ctx));
  return {
    meeting: {
      committee: opts.committee,
      date,
      time: opts.meeting?.time ?? header.time,
      place: opts.meeting?.place ?? header.place,
    },
    items: structure.items.map((i) => ({ number: i.number, title: i.title })),
    actions,
    nextMeeting,
  };
}

interface ItemContext { due: DueContext; abbreviations: Map<string, string> }

interface Candidate extends ProposedAction { priority: number; group: string; pos: number }

const PROCEDURAL_ITEM = /^(?:apologies|declarations?\s+of\s+interests?|(?:confirmation\s+of\s+)?minutes(?:\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting)?$|named\s+substitutes|substitutes|urgent\s+business|chair(?:man|person)?'?s?\s+announcements|date\s+of\s+(?:the\s+)?next\s+meeting|exclusion\s+of\s+(?:the\s+)?(?:press|public))/i;

function itemActions(item: ItemBlocks, ctx: ItemContext): ProposedAction[] {
  if (PROCEDURAL_ITEM.test(item.title.replace(/^[^A-Za-z]+/, ""))) return [];
  const candidates: Candidate[] = [];
  const claimed = new Set<number>();
  const blocks = item.blocks;

  for (const r of findResolutions(blocks)) {
    for (let k = r.start; k <= r.end; k++) claimed.add(k);
    r.points.forEach((point, idx) => {
      const kind = classifyPoint(point, r.stem);
      if (!kind) return;
      const text = cleanPoint(point);
      candidates.push(make(item, text, kind, `${r.stem}\n${point}`.trim(), ownerFor(text, r.stem, kind, ctx), ctx, 1, `resolution:${r.start}:${idx}`));
    });
  }
  actionLines(item, blocks, claimed, ctx, candidates);
  actionTables(item, blocks, claimed, ctx, candidates);
  blocks.forEach((b, k) => {
    if (claimed.has(k) || b.cells) return;
    debate(item, b, ctx, candidates, k);
  });
  return dedupe(candidates);
}

function make(item: ItemBlocks, text: string, kind: ActionKind, provenance: string, owner: string | null, ctx: ItemContext, priority: number, group: string, dueSource?: string): Candidate {
  const due = findDue(dueSource ?? text, ctx.due);
  return { item: item.number, text, owner, due: due.due, kind, dueText: due.dueText, provenance: provenance.slice(0, 2000), priority, group, pos: position(group) };
}

/** A resolution point's owner: named in the point, or the body the stem addresses ("that Cabinet be recommended to:"). */
function ownerFor(point: string, stem: string, kind: ActionKind, ctx: ItemContext): string | null {
  const own = findOwner(stripLead(point), ctx.abbreviations);
  if (own) return own;
  if (kind === "recommendation") {
    const m = /\b(?:that\s+)?(?:the\s+)?([\w' ]{2,50}?)\s+be\s+recommended\b|\brecommended\s+to\s+(?:the\s+)?([\w' ]{2,50}?)(?:\s+that\b|:|$)/i.exec(stem);
    const name = m ? ownerName((m[1] ?? m[2])!, ctx.abbreviations) : null;
    if (name) return name;
  }
  const asked = /\b(?:that\s+)?(?:the\s+)?([\w' ]{2,50}?)\s+be\s+(?:asked|requested|invited)\s+to\b/i.exec(stem);
  return asked ? ownerName(asked[1]!, ctx.abbreviations) : null;
}

export function cleanPoint(point: string): string {
  const t = stripLead(point).replace(/(?:[;,]\s*(?:and|or)?|\s+and|\s+or)\s*$/i, "").replace(/\s+/g, " ").trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

// --- "ACTION:" lines, action headings ---

const ACTION_LINE = /^(?:agreed\s+)?action(?:s)?(?:\s+point)?(?:\s*\(([^)]{1,60})\))?\s*[:\-–]\s*(.+)$/i;
const ACTION_HEADING = /^(?:(?:agreed|summary\s+of|list\s+of)\s+)?actions?(?:\s+(?:agreed|arising|points?|required|list|log|to\s+be\s+taken))?\s*:?$|^the\s+following\s+actions?\s+(?:were|was)\s+agreed\s*:?$/i;
const TAIL_ACTION = /\s(?:ACTION|Action)\s*[:\-–]\s*([^.:;]{1,60})\.?$/;

function actionLines(item: ItemBlocks, blocks: Block[], claimed: Set<number>, ctx: ItemContext, out: Candidate[]) {
  for (let k = 0; k < blocks.length; k++) {
    if (claimed.has(k)) continue;
    const b = blocks[k]!;
    if (b.cells) continue;
    if (ACTION_HEADING.test(b.text)) {
      claimed.add(k);
      for (let j = k + 1; j < blocks.length && (blocks[j]!.marker || (j === k + 1 && !blocks[j]!.cells)); j++) {
        if (claimed.has(j)) break;
        claimed.add(j);
        const t = blocks[j]!.text;
        out.push(make(item, actionText(t), kindOfAction(t), t, findOwner(t, ctx.abbreviations), ctx, 0, `action:${j}`));
      }
      continue;
    }
    const m = ACTION_LINE.exec(b.text);
    if (m) {
      claimed.add(k);
      const content = m[2]!.trim();
      const ownerOnly = ownerListName(content, ctx);
      if (ownerOnly && k > 0 && !blocks[k - 1]!.cells) {
        // "ACTION: Clerk" under the paragraph it belongs to.
        const prev = blocks[k - 1]!.text;
        const sentences = splitSentences(prev);
        const text = prev.length <= 400 ? prev : sentences[sentences.length - 1]!;
        claimed.add(k - 1);
        out.push(make(item, actionText(text), kindOfAction(text), `${prev}\n${b.text}`, ownerOnly, ctx, 0, `action:${k}`));
      } else {
        const owner = (m[1] ? ownerName(m[1], ctx.abbreviations) ?? m[1].trim() : null) ?? findOwner(content, ctx.abbreviations);
        out.push(make(item, actionText(content), kindOfAction(content), b.text, owner, ctx, 0, `action:${k}`));
      }
      continue;
    }
    const tail = TAIL_ACTION.exec(b.text);
    if (tail && !b.cells) {
      const owner = ownerListName(tail[1]!.trim(), ctx);
      if (owner) {
        claimed.add(k);
        const body = b.text.slice(0, tail.index).trim();
        const sentences = splitSentences(body);
        const text = body.length <= 400 ? body : sentences[sentences.length - 1]!;
        out.push(make(item, actionText(text), kindOfAction(text), b.text, owner, ctx, 0, `action:${k}`));
      }
    }
  }
}

/** "Clerk", "JS/AB", "Head of Finance and Director": an owner and nothing else. */
function ownerListName(content: string, ctx: ItemContext): string | null {
  const c = content.replace(/[.;]$/, "").trim();
  if (c.split(/\s+/).length > 8) return null;
  const parts = c.split(/\s*(?:\/|,|&|\band\b)\s*/).filter(Boolean);
  const names = parts.map((p) => ownerName(p, ctx.abbreviations));
  if (names.every(Boolean)) return names.length > 1 ? c : names[0]!;
  return null;
}

function actionText(t: string): string {
  const s = t.replace(/\s*\((?:action(?:\s+by)?|owner|lead|responsible(?:\s+officer)?)\s*[:\-–][^)]*\)\s*/i, " ").replace(/\s+/g, " ").trim().replace(/[;,]$/, "");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function kindOfAction(t: string): ActionKind {
  const point = classifyPoint(t, "actions agreed");
  return point && point !== "recommendation" ? point : /\b(?:briefing|report|update|information|details|figures|breakdown|data|response|circulat|provide)\b/i.test(t) ? "request" : "action";
}

// --- action tables ---

const COLUMN = {
  action: /^(?:agreed\s+)?(?:action|actions|action\s+(?:required|agreed|point)|task|what)$/i,
  owner: /^(?:owner|lead|lead\s+officer|responsible(?:\s+(?:officer|person))?|who|by\s+whom|officer|action\s+(?:by|owner))$/i,
  due: /^(?:due|due\s+date|deadline|by\s+when|when|target\s+date|timescale|date\s+due|completion\s+date|by)$/i,
  item: /^(?:item|minute|min(?:ute)?\s+(?:no|ref)\.?|ref|agenda\s+item|no\.?)$/i,
};

interface TableColumns { action: number; owner: number; due: number; item: number }

function tableHeader(cells: string[]): TableColumns | null {
  const find = (re: RegExp) => cells.findIndex((c) => re.test(c.replace(/[?:*]/g, "").trim()));
  const cols = { action: find(COLUMN.action), owner: find(COLUMN.owner), due: find(COLUMN.due), item: find(COLUMN.item) };
  return cols.action >= 0 && (cols.owner >= 0 || cols.due >= 0) ? cols : null;
}

function actionTables(item: ItemBlocks, blocks: Block[], claimed: Set<number>, ctx: ItemContext, out: Candidate[]) {
  for (let k = 0; k < blocks.length; k++) {
    const cols = blocks[k]!.cells ? tableHeader(blocks[k]!.cells!) : null;
    if (!cols) continue;
    claimed.add(k);
    for (let j = k + 1; j < blocks.length && blocks[j]!.cells; j++) {
      claimed.add(j);
      const row = tableRow(blocks[j]!.cells!, cols, item.number, ctx);
      if (row) out.push({ ...row, priority: 0, group: `table:${j}`, pos: position(`table:${j}`) });
    }
  }
}

function tableRow(cells: string[], cols: TableColumns, itemNumber: string, ctx: ItemContext): ProposedAction | null {
  const text = cells[cols.action]?.trim();
  if (!text) return null;
  const ownerCell = cols.owner >= 0 ? cells[cols.owner]?.trim() ?? "" : "";
  const dueCell = cols.due >= 0 ? cells[cols.due]?.trim() ?? "" : "";
  let due = dueCell ? findDue(`by ${dueCell}`, ctx.due) : { due: null, dueText: null };
  if (!due.due && dueCell && /next\s+meeting/i.test(dueCell) && ctx.due.nextMeeting) due = { due: ctx.due.nextMeeting.date, dueText: dueCell };
  if (!due.due) {
    const d = findDates(dueCell, ctx.due.meetingDate)[0];
    if (d) due = { due: d.date, dueText: dueCell };
  }
  const owner = ownerCell ? ownerName(ownerCell, ctx.abbreviations) ?? (ownerCell.length <= 80 ? ownerCell : null) : findOwner(text, ctx.abbreviations);
  const itemCell = cols.item >= 0 ? cells[cols.item]?.replace(/^(?:item|minute)\s*/i, "").replace(/\.$/, "").trim() : "";
  return {
    item: itemCell || itemNumber, text: actionText(text), owner, due: due.due, kind: kindOfAction(text),
    dueText: due.dueText ?? (dueCell || null), provenance: cells.join(" | "),
  };
}

/** An action log printed after the last item ("Summary of actions"), with its own item column. */
function trailingTableActions(after: Block[], items: ItemBlocks[], ctx: ItemContext): ProposedAction[] {
  const out: ProposedAction[] = [];
  const last = items[items.length - 1]?.number ?? "";
  for (let k = 0; k < Math.min(after.length, 400); k++) {
    const cols = after[k]!.cells ? tableHeader(after[k]!.cells!) : null;
    if (!cols) continue;
    for (let j = k + 1; j < after.length && after[j]!.cells; j++) {
      const row = tableRow(after[j]!.cells!, cols, last, ctx);
      if (row) out.push(row);
    }
    break;
  }
  return out;
}

// --- debate ---

function debate(item: ItemBlocks, b: Block, ctx: ItemContext, out: Candidate[], k: number) {
  if (b.text.length > 20_000 || PROCEDURAL.test(b.text) && b.text.length < 300) return;
  const sentences = splitSentences(b.text);
  const used = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    if (used.has(i)) continue;
    const s = sentences[i]!;
    const cue = classifySentence(s);
    if (!cue) continue;
    const group = `debate:${k}:${i}`;
    if (cue.type === "strong") {
      const later = followingCommitment(sentences, i + 1, ctx);
      if (later) used.add(later.index);
      const owner = findOwner(s, ctx.abbreviations) ?? later?.owner ?? null;
      out.push(make(item, s, cue.kind, b.text, owner, ctx, 2, group, later ? `${s} ${sentences[later.index]}` : s));
    } else if (cue.type === "weak") {
      const later = followingCommitment(sentences, i + 1, ctx);
      if (later) {
        used.add(later.index);
        out.push(make(item, s, cue.kind, b.text, later.owner, ctx, 2, group, `${s} ${sentences[later.index]}`));
      } else if (!sentences.slice(i + 1).some(isAnswer)) {
        out.push(make(item, s, cue.kind, b.text, findOwner(s, ctx.abbreviations), ctx, 2, group));
      }
    } else {
      const owner = commitmentOwner(s, ctx);
      if (cue.type === "undertaking" && !owner) continue;
      out.push(make(item, s, cue.kind, b.text, owner, ctx, 2, group));
    }
  }
}

/** The owner of an undertaking: named as its subject, or the officer speaking ("The DCF explained that …"). */
function commitmentOwner(s: string, ctx: ItemContext): string | null {
  return findOwner(s, ctx.abbreviations) ?? speakerOf(s, ctx.abbreviations);
}

function followingCommitment(sentences: string[], from: number, ctx: ItemContext): { index: number; owner: string | null } | null {
  for (let j = from; j < Math.min(sentences.length, from + 4); j++) {
    const cue = classifySentence(sentences[j]!);
    if (cue && (cue.type === "commitment" || cue.type === "undertaking")) {
      const owner = commitmentOwner(sentences[j]!, ctx);
      if (cue.type === "undertaking" && !owner) continue;
      return { index: j, owner };
    }
  }
  return null;
}

// --- duplicates ---

const STOP = new Set("a an and are as at be been by for from has have in into is it its of on or that the their there this to was were which will with would should could committee members it's be".split(" "));
const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, "");
const words = (t: string) => new Set(t.toLowerCase().replace(/[^a-z0-9\s]/g, " ").split(/\s+/).filter((w) => w.length > 1 && !STOP.has(w)).map(stem));

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

/** One entry per decision: a debate request repeated by the resolution gives way to it, lending its owner and date. */
function dedupe(candidates: Candidate[]): ProposedAction[] {
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

/** Where in the item a candidate came from ("debate:4:2" is block 4, sentence 2), for document order. */
function position(group: string): number {
  const [, block, sub] = group.split(":");
  return Number(block ?? 0) * 1000 + Number(sub ?? 0);
}
