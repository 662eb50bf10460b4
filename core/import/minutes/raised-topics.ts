// The topics members raised, listed under "In summary, the following matters were raised:" (Winchester): what was asked
// about, answered in the room, not things to do, unless a point says someone will do something ("The Environment Manager to
// chase …", or an action column's "[Action: …]" beside it, Buckingham).
import type { Block } from "./blocks.js";

const RAISED_INTRO = /\bthe\s+following\s+(?:matters|points|issues|questions|topics)\s+(?:were|was)\s+raised\s*:-?$|\braised\s+the\s+following\s+(?:matters|points|issues|questions|topics)\s*:-?$/i;
const SOMEONE_WILL = /\b(?:agreed|undertook|offered|promised|asked\s+(?:that|for)|requested|would\s+(?:provide|circulate|share|send|write|arrange|report)|will\s+(?:provide|circulate|share|send|write|arrange|report)|to\s+(?:provide|circulate|share|report|write|arrange))\b|\b(?:Clerk|Manager|Officer|Director|Chair|Head|Lead|Secretary)\s+to\s+(?!the\b|that\b|this\b)[a-z]{3,}|\[Action:/i;

/** Indices of the points under such an intro that only name a topic. */
export function raisedTopics(blocks: Block[]): number[] {
  const out: number[] = [];
  blocks.forEach((b, k) => {
    if (b.marker || b.cells || !RAISED_INTRO.test(b.text)) return;
    for (let j = k + 1; j < blocks.length && blocks[j]!.marker && !blocks[j]!.cells; j++) if (!SOMEONE_WILL.test(blocks[j]!.text)) out.push(j);
  });
  return out;
}
