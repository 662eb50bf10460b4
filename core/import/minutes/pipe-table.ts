// Tables written with pipes, as Markdown exports and some PDF converters print them:
// "| Min. No. | Action | Responsible | Due |" over a "|---|---|" rule. Each row gives the same cells a
// Word table copied with tabs gives, empty cells kept in place so that they line up with the heading's.

/** A row's cells, or null when the line is not a pipe table row. */
export function pipeCells(line: string): string[] | null {
  const t = line.trim();
  // Two pipes at least, so that "A | B" prose or a single divider is left alone.
  if (!/^\|.*\|$/.test(t) || (t.match(/\|/g)?.length ?? 0) < 3) return null;
  return t.slice(1, -1).split("|").map((c) => c.trim());
}

/** The rule under a heading row: "|---|:---:|", which carries no cells. */
export function isPipeRule(line: string): boolean {
  return /^\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?\|?$/.test(line.trim());
}
