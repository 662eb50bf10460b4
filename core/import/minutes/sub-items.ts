// "4. REPORTS FOR CONSIDERATION" over "4.1 Cabinet Member Spotlight", "4.2 Housing Revenue Account Budget …"
// (Tower Hamlets): the business is minuted under the numbered sub-headings, so each is an item of its own.
import type { ItemBlocks } from "./structure.js";
import { SENTENCE, isTitleCase } from "./title-lines.js";

// "25/146    FINANCE" over "25/146.1  PAYMENTS AND RECEIPTS – OCTOBER 2025" (Histon & Impington): a year-numbered minute's too.
const SUB_HEADING = /^(\d{1,4}|\d{2}\/\d{1,4})\.(\d{1,2})\.?\s+(\S.{2,110})$/;

// "5.1   Bench, Lôn Las Menai (minute 5.2, 21.10.25)" (Caernarfon): the reference in brackets is not part of the title's case.
const title = (t: string) => t.replace(/\s*\([^()]{1,60}\)\s*$/, "");

// "2740.1       County Councillor's report", "2742.4       Internal audit" (Witchford): a short line in sentence case names its part too.
const sentenceCase = (t: string, lines: number) => lines === 1 && t.length <= 60 && t.split(/\s+/).length <= 8 && /^[A-Z][a-z]/.test(t);

export function splitSubItems(items: ItemBlocks[]): ItemBlocks[] {
  return items.flatMap((item) => {
    const heads = item.blocks.flatMap((b, k) => {
      const m = SUB_HEADING.exec(b.text);
      // A numbered paragraph ("4.1 The Committee received …") says something; a sub-heading names it.
      if (!m || b.cells || b.lines > 2 || m[1] !== item.number.replace(/\.$/, "") || /[.;,]$/.test(m[3]!) || SENTENCE.test(m[3]!) || !(isTitleCase(title(m[3]!), 2) || sentenceCase(m[3]!, b.lines))) return [];
      return [{ k, number: `${m[1]}.${m[2]}`, title: m[3]!, n: Number(m[2]) }];
    });
    // Only a run 4.1, 4.2, … that opens the item, each with business of its own under it.
    if (heads.length < 2 || heads[0]!.k > 2 || heads.some((h, j) => h.n !== j + 1 || (heads[j + 1] ?? { k: item.blocks.length }).k - h.k < 2)) return [item];
    const parent = { ...item, blocks: item.blocks.slice(0, heads[0]!.k) };
    return [parent, ...heads.map((h, j) => ({ number: h.number, title: h.title, blocks: item.blocks.slice(h.k + 1, heads[j + 1]?.k ?? item.blocks.length) }))];
  });
}
