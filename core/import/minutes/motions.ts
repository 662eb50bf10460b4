// Motions minuted as moved and seconded, the proposal on its own below ("Moved by Councillor Cassidy,
// Seconded by Councillor Toner, / That the Committee agrees …"), and their fate a few paragraphs on: an
// amendment declared lost is not a decision; "the original proposal … was declared carried" is.
import type { Block } from "./blocks.js";

const MOVER = /^(?:it\s+was\s+)?(?:moved|proposed)\s+by\s+[^,;]{2,60},?\s*(?:and\s+)?seconded\s+by\s+[^,;]{2,60}[,:]?$/i;
const FATE = /\b(?:declared|was|were)\s+(carried|passed|agreed|lost|defeated|fell|withdrawn)\b|\b(?:amendment|motion|proposal)\s+(fell)\b/i;
const ORIGINAL = /\b(?:original|substantive)\s+(?:proposal|motion)\b/i;

export interface Motion { proposal: number; carried: boolean }

/** The proposals moved and seconded in these blocks whose fate the minutes record. */
export function motions(blocks: Block[]): Motion[] {
  const open: number[] = [];
  const out: Motion[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (MOVER.test(b.text) && /^that\b/i.test(blocks[i + 1]?.text ?? "")) { open.push(i + 1); i++; continue; }
    const fate = open.length ? FATE.exec(b.text) : null;
    if (!fate) continue;
    const at = ORIGINAL.test(b.text) ? 0 : open.length - 1;
    const [proposal] = open.splice(at, 1);
    out.push({ proposal: proposal!, carried: !/lost|defeated|fell|withdrawn/i.test(fate[1] ?? fate[2]!) });
  }
  return out;
}
