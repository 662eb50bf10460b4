// The minutes extractor: text in, proposal out, no I/O. Structure first (header, items, end),
// then within each item the resolutions, the "ACTION:" lines and action tables, and the debate,
// each turned into tracker entries by the cue, owner and date rules; duplicates of one decision
// (a request in debate that the resolution repeats) are merged, the resolution's wording winning.
import { UserError } from "../../errors.js";
import { normaliseText, toBlocks } from "./blocks.js";
import { findStructure, type ItemBlocks } from "./structure.js";
import { readHeader, readNextMeeting } from "./header.js";
import { findResolutions, splitSubPoint } from "./resolutions.js";
import { classifyPoint, stripLead } from "./cues.js";
import { findAbbreviations, findOwner, ownerName } from "./owners.js";
import { splitSentences } from "./sentences.js";
import { make, type Candidate, type ItemContext } from "./candidates.js";
import { actionLines, actionTables, trailingTableActions } from "./action-lines.js";
import { debate } from "./debate.js";
import { dedupe } from "./dedupe.js";
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
  const logged = trailingTableActions(structure.after, structure.items, ctx);
  const actions = structure.items.flatMap((item) => itemActions(item, ctx, logged.filter((a) => a.item === item.number)));
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

const PROCEDURAL_ITEM = /^(?:apologies|declarations?\s+of\s+interests?|(?:confirmation\s+of\s+)?minutes(?:\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting)?$|named\s+substitutes|substitutes|urgent\s+business|chair(?:man|person)?'?s?\s+announcements|date\s+of\s+(?:the\s+)?next\s+meeting|exclusion\s+of\s+(?:the\s+)?(?:press|public))/i;

function itemActions(item: ItemBlocks, ctx: ItemContext, logged: ProposedAction[]): ProposedAction[] {
  if (PROCEDURAL_ITEM.test(item.title.replace(/^[^A-Za-z]+/, ""))) return [];
  // Rows of an action log printed after the minutes join the item they name, after everything in it.
  const candidates: Candidate[] = logged.map((a, i) => ({ ...a, priority: 1.5, group: `log:${i}`, pos: 1e9 + i }));
  const claimed = new Set<number>();
  const blocks = item.blocks;

  // Text inside a resolution that is debate again: what follows a decision that is not itself an action
  // ("RESOLVED: to accept the quotation. Clerk to place the order."), and the rest of a paragraph after "AGREED that X.".
  const rest: { text: string; block: number }[] = [];
  for (const r of findResolutions(blocks)) {
    for (let k = r.start; k <= r.end; k++) claimed.add(k);
    if (r.tail) rest.push({ text: r.tail, block: r.start });
    r.points.forEach((raw, idx) => {
      const { parent, text: point } = splitSubPoint(raw);
      const stem = parent ? `${r.stem} ${parent}` : r.stem;
      // Sub-points of "… the following recommendations:" are recommendations, whatever their verb.
      const kind = classifyPoint(point, parent ? "be recommended to:" : stem);
      if (!kind) {
        const after = splitSentences(point).slice(1).join(" ");
        if (after) rest.push({ text: after, block: r.start });
        return;
      }
      const text = cleanPoint(point);
      candidates.push(make(item, text, kind, `${stem}\n${point}`.trim(), ownerFor(text, stem, kind, ctx), ctx, 1, `resolution:${r.start}:${idx}`));
    });
  }
  for (const r of rest) debate(item, { text: r.text, marker: null, lines: 1, cells: null }, ctx, candidates, r.block);
  actionLines(item, blocks, claimed, ctx, candidates);
  actionTables(item, blocks, claimed, ctx, candidates);
  blocks.forEach((b, k) => {
    if (claimed.has(k) || b.cells) return;
    debate(item, b, ctx, candidates, k);
  });
  return dedupe(candidates);
}

/** A resolution point's owner: named in the point, or the body the stem addresses ("that Cabinet be recommended to:"). */
function ownerFor(point: string, stem: string, kind: ActionKind, ctx: ItemContext): string | null {
  const own = findOwner(stripLead(point), ctx.abbreviations, { resolution: true });
  if (own) return own;
  if (kind === "recommendation") {
    // "That Cabinet be recommended to …", "To recommend to Cabinet that …", in the point or its stem.
    for (const t of [point, stem]) {
      const to = /\brecommend(?:s|ed)?\s+to\s+(?:the\s+)?([\w' ]{2,50}?)(?:\s+(?:that|for|to)\b|[:.;]|$)/i.exec(t);
      const subject = /^(?:that\s+)?(?:the\s+)?([\w' ]{2,50}?)\s+be\s+recommended\s+to\s+(?!\w+\s+(?:for|that)\b)/i.exec(t);
      const name = (to ? ownerName(to[1]!, ctx.abbreviations) : null) ?? (subject ? ownerName(subject[1]!, ctx.abbreviations) : null);
      if (name) return name;
    }
  }
  const asked = /\b(?:that\s+)?(?:the\s+)?([\w' ]{2,50}?)\s+be\s+(?:asked|requested|invited)\s+to\b/i.exec(stem);
  return asked ? ownerName(asked[1]!, ctx.abbreviations) : null;
}

export function cleanPoint(point: string): string {
  const t = stripLead(point).replace(/(?:[;,]\s*(?:and|or)?|\s+and|\s+or)\s*$/i, "").replace(/\s+/g, " ").trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}
