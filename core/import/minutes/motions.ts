// Motions minuted as moved and seconded, the proposal on its own below ("Moved by Councillor Cassidy,
// Seconded by Councillor Toner, / That the Committee agrees …") or above ("Motion" / "To note …" / "- Moved by
// … and seconded by …", as West Lothian prints motion and amendment before a roll-call vote), and their fate a
// few paragraphs on: an amendment declared lost is not a decision; "the original proposal … was declared
// carried" is, and so is "the motion was successful".
import type { Block } from "./blocks.js";

const MOVER = /^(?:it\s+was\s+)?(?:moved|proposed)\s+by\s+[^,;]{2,60},?\s*(?:and\s+)?seconded\s+by\s+[^,;]{2,60}[,:]?$/i;
const LABEL = /^(motion|amendment|proposal)\s*:?$/i;
// "Councillor Fenwick proposed and Councillor Kemble seconded that the Panel recommend to Cabinet that …" (Thanet), then
// "Upon being put to the vote, the motion was declared LOST.": the proposal in the paragraph that names its mover.
const MOVED_INLINE = /^(?:(?:councillor|cllr\.?)\s+[^,;.]{2,60}?)\s+(?:proposed|moved),?\s+(?:and\s+)?(?:councillor|cllr\.?)\s+[^,;.]{2,60}?\s+seconded,?\s+that\b(?![^.]*\bagreed\b)/i;
const FATE = /\b(?:declared|was|were)\s+(carried|passed|agreed|lost|defeated|fell|withdrawn|successful|unsuccessful)\b|\b(?:amendment|motion|proposal)\s+(fell)\b/i;
const ORIGINAL = /\b(?:original|substantive)\s+(?:proposal|motion)\b/i;
const NAMES = /\bthe\s+(motion|amendment)\s+(?:was|were|is)\b/i;

export interface Motion { proposal: number; carried: boolean }

/** The proposals moved and seconded in these blocks whose fate the minutes record. */
export function motions(blocks: Block[]): Motion[] {
  const open: { proposal: number; label: string | null }[] = [];
  const out: Motion[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // Or quoted: "Proposed by Cllr Sercombe and seconded by Cllr Hext:" over '"This Council is concerned at … and asks that the Mayor
    // write …"' (Newton Abbot).
    if (MOVER.test(b.text) && /^"?(?:that|this\s+(?:council|committee|board|authority|panel))\b/i.test(blocks[i + 1]?.text ?? "")) { open.push({ proposal: i + 1, label: null }); i++; continue; }
    const label = i >= 2 ? LABEL.exec(blocks[i - 2]!.text) : null;
    if (MOVER.test(b.text) && label && /^(?:to|that)\s/i.test(blocks[i - 1]!.text)) { open.push({ proposal: i - 1, label: label[1]!.toLowerCase() }); continue; }
    // Carried, it is read as debate reads any agreed proposal; lost, it is not a decision.
    if (MOVED_INLINE.test(b.text)) { open.push({ proposal: i, label: "inline" }); continue; }
    const fate = open.length ? FATE.exec(b.text) : null;
    if (!fate) continue;
    // "Following a vote the motion was successful": the motion, of a motion and an amendment, whichever came last.
    const named = NAMES.exec(b.text)?.[1]?.toLowerCase();
    const byName = named ? open.findIndex((o) => o.label === named) : -1;
    const at = byName >= 0 ? byName : ORIGINAL.test(b.text) ? 0 : open.length - 1;
    const { proposal, label: was } = open.splice(at, 1)[0]!;
    const carried = !/lost|defeated|fell|withdrawn|unsuccessful/i.test(fate[1] ?? fate[2]!);
    if (carried && was === "inline") continue;
    out.push({ proposal, carried });
    // The motion carried over an amendment: the amendment fell.
    if (carried && named === "motion") for (const o of open.splice(0).filter((x) => x.label === "amendment")) out.push({ proposal: o.proposal, carried: false });
  }
  return out;
}
