// The debate: sentences that ask for something after the meeting ("It was requested that …"), requests
// that may have been answered on the spot ("Details were requested. The HLA explained …"), and officers'
// undertakings ("The DCF explained that a written response would be provided").
import { PROCEDURAL } from "./cues.js";
import { classifySentence, isAnswer } from "./sentence-cues.js";
import { findOwner, speakerOf } from "./owners.js";
import { splitSentences } from "./sentences.js";
import { make, type Candidate, type ItemContext } from "./candidates.js";
import { overlapCount, words } from "./dedupe.js";
import type { Block } from "./blocks.js";
import type { ItemBlocks } from "./structure.js";

export function debate(item: ItemBlocks, b: Block, ctx: ItemContext, out: Candidate[], k: number) {
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
      // A firm request names its owner, or the next undertaking about the same thing does.
      const own = findOwner(s, ctx.abbreviations);
      const later = own ? null : followingCommitment(sentences, i + 1, ctx, s);
      if (later) used.add(later.index);
      const owner = own ?? later?.owner ?? null;
      out.push(make(item, s, cue.kind, b.text, owner, ctx, 2, group, later ? `${s} ${sentences[later.index]}` : s));
    } else if (cue.type === "weak") {
      // A request that may have been answered: the next undertaking in the same paragraph is its answer.
      const later = followingCommitment(sentences, i + 1, ctx, null);
      if (later) {
        used.add(later.index);
        out.push(make(item, s, cue.kind, b.text, later.owner, ctx, 2, group, `${s} ${sentences[later.index]}`));
      } else if (!sentences.slice(i + 1).some(isAnswer)) {
        out.push(make(item, s, cue.kind, b.text, findOwner(s, ctx.abbreviations), ctx, 2, group));
      }
    } else {
      const owner = commitmentOwner(s, cue.type, ctx);
      if (cue.type === "undertaking" && !owner) continue;
      out.push(make(item, s, cue.kind, b.text, owner, ctx, 2, group));
    }
  }
}

const SPEAKER_UNDERTAKES = /\b(?:agreed|undertook|offered|committed|promised)\s+to\b|\b(?:he|she|they|officers|we|the\s+service)\s+(?:would|will)\b/i;

/**
 * The owner of an undertaking: named as its subject ("the Clerk will …"), or the officer speaking when the words
 * make it theirs ("The DCF explained that a written response would be provided", "… advised … and undertook to …").
 */
function commitmentOwner(s: string, type: string, ctx: ItemContext): string | null {
  const named = findOwner(s, ctx.abbreviations);
  if (named) return named;
  return type === "commitment" || SPEAKER_UNDERTAKES.test(s) ? speakerOf(s, ctx.abbreviations) : null;
}

const ANAPHORA = /\b(?:this|it|these|them|that|so|accordingly|the\s+(?:information|figures|details|data|request|breakdown)|a\s+(?:response|written\s+response|briefing|note)|an\s+(?:answer|update|explanation))\b/i;

/** The undertaking that answers a request: it refers back to it ("agreed to provide this") or shares its words. */
function followingCommitment(sentences: string[], from: number, ctx: ItemContext, request: string | null): { index: number; owner: string | null } | null {
  const asked = request === null ? null : words(request);
  for (let j = from; j < Math.min(sentences.length, from + 4); j++) {
    const cue = classifySentence(sentences[j]!);
    // Short follow-ups ("Clerk to action.", "The Director agreed to do so.") refer back by being short.
    const short = sentences[j]!.split(/\s+/).length <= 8;
    if (cue && asked && !short && !ANAPHORA.test(sentences[j]!) && overlapCount(asked, words(sentences[j]!)) < 2) continue;
    if (cue && (cue.type === "commitment" || cue.type === "undertaking")) {
      const owner = commitmentOwner(sentences[j]!, cue.type, ctx);
      if (cue.type === "undertaking" && !owner) continue;
      return { index: j, owner };
    }
  }
  return null;
}

