// Text as a PDF gives it (pdftotext): the running header and footer printed on every page, signature
// lines ("Chair's initials ........"), and words the typesetter hyphenated at the end of a line.
// They are taken out here so that a resolution cut by a page break, or a word cut by a line end,
// reads as it was written.

const EDGE_LINES = 3;
const SIGNATURE_LINE = /^.{0,40}?(?:\.{5,}|…{2,}|_{5,}).{0,40}$/;

/** Lines that recur at the top or bottom of most pages (numbers aside) are page furniture, not minutes. */
/** How far in a line starts: the column that lays out a heading, its number and its paragraph. */
export const indentOf = (line: string) => line.length - line.trimStart().length;

export function removeRunningLines(text: string): string {
  if (!text.includes("\f")) return text;
  const pages = text.split("\f").map((p) => p.split("\n"));
  if (pages.length < 2 || pages.length > 2000) return text;
  // Asked of the same lines again and again (every edge line, against every page): worked out once a line.
  const keys = new Map<string, string>();
  const key = (line: string) => {
    let k = keys.get(line);
    if (k === undefined) keys.set(line, (k = line.trim().replace(/\d+/g, "#").replace(/\s+/g, " ").toLowerCase()));
    return k;
  };
  const edges = (lines: string[]) => {
    const idx = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
    return [...new Set([...idx.slice(0, EDGE_LINES), ...idx.slice(-EDGE_LINES)])];
  };
  const pagesWith = new Map<string, number>();
  const wordings = new Map<string, Set<string>>();
  for (const lines of pages) {
    for (const i of edges(lines)) {
      const k = key(lines[i]!);
      if (!wordings.has(k)) wordings.set(k, new Set());
      // Whatever the case: the first page's "11 FEBRUARY 2026" is later pages' "11 February 2026".
      wordings.get(k)!.add(lines[i]!.trim().replace(/\s+/g, " ").toLowerCase());
    }
    for (const k of new Set(edges(lines).map((i) => key(lines[i]!)))) if (k.length <= 120) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  }
  // On a short document twice is enough; on a long one the line must be on at least half the pages.
  const needed = Math.max(2, Math.ceil((pages.length - 1) / 2));
  // A decision's own labels ("Reasons for recommendations", "RESOLVED") may fall at a page's edge often by chance.
  const running = new Set([...pagesWith].filter(([k, n]) => n >= needed && !/^(?:reasons?\s+for|resolved|recommended|agreed|decided|concluded|decisions?|recommendations?|outcomes?)\b/.test(k)).map(([k]) => k));
  const numbering = pageNumberFits(pages, edges, key, running);
  // The same figure on most pages ("2026", the second line of a running header that wrapped) is furniture, whatever the
  // page numbers beside it do.
  const exact = new Map<string, number>();
  for (const lines of pages) for (const l of new Set(edges(lines).map((i) => lines[i]!.trim()))) exact.set(l, (exact.get(l) ?? 0) + 1);
  const constant = (line: string) => /^\d+$/.test(line.trim()) && (exact.get(line.trim()) ?? 0) >= needed;
  // A running header deeper than the edge (Hull's page number, title, "Minute / Description/Decision / Action" and
  // " No. / By/Deadline"): where a page's top lines are all running ones, the line below them is, if most pages have it.
  const below = pages.map((lines) => {
    const idx = lines.flatMap((l, i) => (l.trim() ? [i] : []));
    return idx.length > EDGE_LINES && idx.slice(0, EDGE_LINES).every((i) => running.has(key(lines[i]!))) ? [idx[EDGE_LINES]!] : [];
  });
  // So is a footer deeper than the edge ("CHAIR'S" over "INITIALS", a dotted line and the page number, Hertfordshire): where
  // a page's bottom lines are all running ones, the line above them is, if most pages have it.
  pages.forEach((lines, page) => {
    const idx = lines.flatMap((l, i) => (l.trim() ? [i] : []));
    if (idx.length > 2 * EDGE_LINES && idx.slice(-EDGE_LINES).every((i) => running.has(key(lines[i]!)) || SIGNATURE_LINE.test(lines[i]!.trim()))) below[page]!.push(idx[idx.length - EDGE_LINES - 1]!);
  });
  const deeper = new Map<string, number>();
  pages.forEach((lines, page) => { for (const i of below[page]!) deeper.set(key(lines[i]!), (deeper.get(key(lines[i]!)) ?? 0) + 1); });
  for (const [k, n] of deeper) if (n >= needed && k.length <= 120 && !/^(?:reasons?\s+for|resolved|recommended|agreed|decided)\b/.test(k)) running.add(k);
  // Deeper still (the London Pensions Fund Authority's "OFFICIAL", its name and date, "Minutes – Part A", a rule, then the
  // columns' "Minute / Action"): a line or two more, each only under lines already found to be running.
  for (let depth = EDGE_LINES + 1; depth <= EDGE_LINES + 2; depth++) {
    const at = pages.map((lines) => {
      const idx = lines.flatMap((l, i) => (l.trim() ? [i] : []));
      return idx.length > depth + EDGE_LINES && idx.slice(0, depth).every((i) => running.has(key(lines[i]!))) ? idx[depth]! : -1;
    });
    const counts = new Map<string, number>();
    pages.forEach((lines, page) => { if (at[page]! >= 0) counts.set(key(lines[at[page]!]!), (counts.get(key(lines[at[page]!]!)) ?? 0) + 1); });
    const more = [...counts].filter(([k, n]) => n >= needed && k.length <= 120 && !/^(?:reasons?\s+for|resolved|recommended|agreed|decided)\b/.test(k)).map(([k]) => k);
    if (!more.length) break;
    for (const k of more) running.add(k);
    pages.forEach((lines, page) => { if (at[page]! >= 0 && running.has(key(lines[at[page]!]!))) below[page]!.push(at[page]!); });
  }
  return pages.map((lines, page) => {
    // The top of the first page is the document's own heading ("CHILDREN'S SCRUTINY COMMITTEE / 20/01/26"), which
    // later pages repeat word for word as their running header: there it says which meeting this is.
    const nonEmpty = lines.flatMap((l, i) => (l.trim() ? [i] : []));
    const [firstLine, lastLine] = [nonEmpty[0] ?? 0, nonEmpty.at(-1) ?? 0];
    // A bare number is a page number only at the very edge; a line or two in, it is an item's number over its title.
    // Only running lines beyond it count as the edge too: "3" over the agenda pack's "Page 7" at a page's foot (Somerset Waste Board).
    const furniture = (j: number) => key(lines[j]!) !== "#" && running.has(key(lines[j]!));
    const atEdge = (i: number) => key(lines[i]!) !== "#" || i === firstLine || i === lastLine ||
      nonEmpty.filter((j) => j > i).every(furniture) || nonEmpty.filter((j) => j < i).every(furniture);
    // A line whose figures change from page to page ("2026 P.C.S.C. 21", "22" …) numbers the pages, even on the first.
    // Counted in printed lines, not blank ones: "EXECUTIVE COMMITTEE MINUTES" and "22 JANUARY 2026" a few blank lines under
    // the body's name (Lee Valley) are still the first page's heading.
    // Nor is a page number one of them: "1" over "GREATER LINCOLNSHIRE COMBINED COUNTY AUTHORITY", "OVERVIEW AND SCRUTINY
    // COMMITTEE" and "22 JANUARY 2026" (the Greater Lincolnshire Combined County Authority).
    const headLines = new Set(nonEmpty.filter((j) => key(lines[j]!) !== "#").slice(0, EDGE_LINES));
    const heading = (i: number) => page === 0 && (i <= (nonEmpty[EDGE_LINES - 1] ?? firstLine) || headLines.has(i)) && (wordings.get(key(lines[i]!))?.size ?? 1) === 1;
    const drop = new Set([...edges(lines), ...below[page]!].filter((i) => !heading(i) && ((running.has(key(lines[i]!)) && ((atEdge(i) && numbering(page, lines[i]!)) || (page > 0 && constant(lines[i]!)))) || SIGNATURE_LINE.test(lines[i]!.trim()))));
    return lines.filter((_, i) => !drop.has(i)).join("\n");
  }).join("\f");
}

/** A bare number ("4.", "- 3 -") is the page's number only when it keeps step with the pages; "4." atop page 2 and
 *  "9." atop page 5 are items' numbers that happen to open a page. The same figure on every page ("150126") is furniture. */
function pageNumberFits(pages: string[][], edges: (lines: string[]) => number[], key: (line: string) => string, running: Set<string>) {
  const bare = (k: string) => running.has(k) && /^[^a-z#]{0,3}#[^a-z#]{0,3}$/.test(k);
  const value = (line: string) => Number(/\d+/.exec(line)![0]);
  const seen = new Map<string, { page: number; value: number }[]>();
  pages.forEach((lines, page) => {
    for (const i of edges(lines)) {
      const k = key(lines[i]!);
      if (bare(k)) seen.set(k, [...(seen.get(k) ?? []), { page, value: value(lines[i]!) }]);
    }
  });
  const fits = new Map([...seen].map(([k, xs]) => {
    if (new Set(xs.map((x) => x.value)).size === 1) return [k, () => true] as const;
    const counts = new Map<number, number>();
    for (const x of xs) counts.set(x.value - x.page, (counts.get(x.value - x.page) ?? 0) + 1);
    const [offset, n] = [...counts].sort((p, q) => q[1] - p[1])[0]!;
    return [k, (page: number, v: number) => n >= 2 && v - page === offset] as const;
  }));
  return (page: number, line: string) => fits.get(key(line))?.(page, value(line)) ?? true;
}

// Prefixes that make real hyphenated words ("on-call", "co-opted", "non-statutory"), kept when a line ends on them.
const COMPOUND_PREFIX = /^(?:on|off|co|non|self|cross|multi|anti|ex|semi|part|full|long|short|well|mid|post|pre|pro|re|sub|inter|over|under|out|up|down|half|all|high|low|one|two|three|four|five|year|day|week|follow|sign|drop|walk|take|set|cut|pay|roll|hand|by|x)$/i;

/** "circu-\nlate" is "circulate"; "on-\ncall" stays "on-call": the rest of the document, then the prefix, decides.
 *  A page break may come between the halves ("home-to-" at the foot of one page, "school transport." atop the next),
 *  and a word already hyphenated ("home-to-") is a compound whose next part keeps its hyphen. */
export function joinHyphenatedLines(text: string): string {
  if (!/[A-Za-z]-\n/.test(text)) return text;
  const vocabulary = new Set(text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []);
  return text.replace(/([A-Za-z]+(?:-[A-Za-z]+)*)-\n(?:[ \t]*\n){0,4}[ \t]*([a-z]+)/g, (_all, a: string, b: string) => {
    const joined = `${a}${b}`.toLowerCase();
    const hyphened = `${a}-${b}`.toLowerCase();
    if (vocabulary.has(hyphened)) return `${a}-${b}`;
    if (vocabulary.has(joined)) return `${a}${b}`;
    return a.includes("-") || COMPOUND_PREFIX.test(a) ? `${a}-${b}` : `${a}${b}`;
  });
}
