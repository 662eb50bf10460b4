// "During discussion, a number of questions were asked in respect of which the Chief Officer (Business and
// Digital) committed to respond outwith the meeting:-" then each question quoted with its asker (North
// Lanarkshire): every question is a request, the officer's to answer.
import { make, type Candidate, type ItemContext } from "./candidates.js";
import { speakerOf } from "./owners.js";
import type { ItemBlocks } from "./structure.js";

const PROMISED_ANSWERS = /\bquestions?\b[^.]{0,160}?\b(?:committed|undertook|agreed|promised)\s+to\s+(?:respond|reply|provide\s+(?:a\s+)?(?:responses?|answers?|replies))\b[^.]{0,60}?:-?$/i;
const QUOTED = /^["'][^"]{15,}["']?(?:\s*\([^)]{2,80}\))?$/;
// "During the course of the discussion, the Mayor's Chief of Staff agreed to provide the Committee with:" over "• A breakdown
// of the £14.2 million savings target …" and "• The updated position on the GLA's … reserves …" (London Assembly): each thing
// listed is information promised, the speaker's to provide.
const PROMISED_ITEMS = /\b(?:agreed|undertook|offered|promised|committed)\s+to\s+(?:provide|circulate|send|share|supply|forward)\b[^.:]{0,80}?:-?$/i;

/** The quoted questions under such a lead-in, and the blocks they take up. */
export function promisedAnswers(item: ItemBlocks, ctx: ItemContext): { candidates: Candidate[]; blocks: Set<number> } {
  const out = { candidates: [] as Candidate[], blocks: new Set<number>() };
  item.blocks.forEach((b, k) => {
    if (!b.cells && PROMISED_ITEMS.test(b.text) && item.blocks[k + 1]?.marker) {
      const owner = speakerOf(b.text.replace(/^[^,]{0,60}\bdiscussion,\s+/i, ""), ctx.abbreviations);
      const style = item.blocks[k + 1]!.marker!.style;
      for (let j = k + 1; j < item.blocks.length && item.blocks[j]!.marker?.style === style && !item.blocks[j]!.cells; j++) {
        out.blocks.add(k).add(j);
        out.candidates.push(make(item, item.blocks[j]!.text.replace(/;\s*(?:and)?$/, "."), "request", `${b.text}\n${item.blocks[j]!.text}`, owner, ctx, 1.5, `promised:${j}`));
      }
      return;
    }
    if (b.cells || !PROMISED_ANSWERS.test(b.text)) return;
    // "… in respect of which the Chief Officer (Business and Digital) committed to respond": the one who answers.
    const owner = speakerOf(b.text.replace(/^.*?\bwhich\s+/i, ""), ctx.abbreviations);
    for (let j = k + 1; j < item.blocks.length && QUOTED.test(item.blocks[j]!.text); j++) {
      out.blocks.add(k).add(j);
      out.candidates.push(make(item, item.blocks[j]!.text, "request", `${b.text}\n${item.blocks[j]!.text}`, owner, ctx, 1.5, `questions:${j}`));
    }
  });
  return out;
}
