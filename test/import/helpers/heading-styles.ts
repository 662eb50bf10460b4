// The heading-style check shared by its two test files: each set of minutes of the corpus whose items are plain numbers,
// rewritten with its item headings in another council's numbering, must give the same actions. Two files, so that the two
// test workers share the work (one file of all ten styles was 171 s of a 10-minute CI run).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extractMinutes } from "../../../core/import/minutes/extract.js";
import { fixtures } from "./paths.js";

const dir = join(fixtures, "minutes");
const roman = (n: number) => ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"][n - 1]!;
const WORDS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty"];
type Style = (n: string, ordinal: number, title: string) => { line: string; ref: string };
export const STYLES: Record<string, Style> = {
  "Roman numerals": (_n, o, t) => ({ line: `${roman(o + 1)}.  ${t.toUpperCase()}`, ref: roman(o + 1) }),
  "capital letters": (_n, o, t) => ({ line: `${String.fromCharCode(65 + o)}. ${t}`, ref: String.fromCharCode(65 + o) }),
  "a closing bracket": (n, _o, t) => ({ line: `${n}) ${t}`, ref: n }),
  "a colon": (n, _o, t) => ({ line: `${n}: ${t}`, ref: n }),
  "'Item N –'": (n, _o, t) => ({ line: `Item ${n} – ${t}`, ref: n }),
  "minute references": (n, _o, t) => ({ line: `Minute ${n}/24 – ${t}`, ref: `${n}/24` }),
  "square brackets": (n, _o, t) => ({ line: `[${n}]  ${t.toUpperCase()}`, ref: n }),
  "a bare number over the title": (n, _o, t) => ({ line: `${n}\n${t.toUpperCase()}`, ref: n }),
  "the minute number after the title": (n, _o, t) => ({ line: `${t.toUpperCase()} (Minute ${n})`, ref: n }),
  "spelled-out numbers": (_n, o, t) => ({ line: `Item ${WORDS[o]} – ${t}`, ref: String(o + 1) }),
};

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
const corpus = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => {
  const name = f.replace(/\.txt$/, "");
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as { knownMeetings: string[] };
  const opts = { committee: "c", knownMeetings: expected.knownMeetings.map((date) => ({ date, time: null })) };
  const turn = [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_003, 7);
  const share = [...name].reduce((h, c) => (h * 37 + c.charCodeAt(0)) % 1_000_033, 11);
  return { name, text: readFileSync(join(dir, f), "utf8"), opts, turn, share };
});

// Each fixture as printed is read once, not once a style: the twenty checks share it.
const bases = new Map<string, ReturnType<typeof extractMinutes>>();
function baseOf(f: (typeof corpus)[number]) {
  let b = bases.get(f.name);
  if (!b) bases.set(f.name, (b = extractMinutes(f.text, f.opts)));
  return b;
}

/** The same minutes with every item heading rewritten, and the old item numbers' new names; null when a heading cannot be found. */
function rewrite(text: string, items: { number: string; title: string }[], style: Style, compact: boolean) {
  // A summary that files each line under "Item 6 –" names the old numbers; such minutes are not rewritten.
  if (/^\s*[•*-]\s*(?:item|minute)\s+\d/im.test(text)) return null;
  const lines = text.split("\n");
  const refs = new Map<string, string>();
  const headingOf = (item: (typeof items)[number], from: number) =>
    lines.findIndex((l, n) => n >= from && new RegExp(`^\\s*${item.number}\\b`).test(l) && l.toLowerCase().includes(item.title.slice(0, 20).toLowerCase()));
  // A list of contents ("1.  Apologies and welcome   2" / "2.  Declarations of interest   2" …, the Broads Authority) numbers
  // the items the old way too, a line or two apart, and the headings follow it: rewriting the headings alone would give
  // minutes numbered two ways, which no council prints, so such minutes are not rewritten either.
  let listed = 0, at = -1;
  for (let k; listed < items.length && (k = headingOf(items[listed]!, at + 1)) >= 0 && (listed === 0 || k - at <= 2); listed++) at = k;
  if (listed >= 3 && headingOf(items[0]!, at + 1) >= 0) return null;
  // Headings come in order: a declaration naming a later item by its number and title ("27. Epsom and St Helier …" under
  // "22. DECLARATIONS OF INTEREST") is not that item's heading.
  let from = 0;
  for (const [ordinal, item] of items.entries()) {
    const k = headingOf(item, from);
    if (k < 0) return null;
    from = k + 1;
    const r = style(item.number, ordinal, item.title);
    // A title wrapped onto the next line ("… QUARTER 3," / "2025-2026", or a subtitle) is rewritten whole, not repeated.
    let end = k;
    while (end + 1 < lines.length && lines[end + 1]!.trim() && norm(item.title).includes(norm(lines[end + 1]!)) && !norm(lines[k]!).includes(norm(lines[end + 1]!))) end++;
    lines.splice(k, end - k + 1, r.line);
    refs.set(item.number, r.ref);
  }
  // A page break is not a blank line: "\f" alone on a line stays, as pdftotext prints it.
  return { text: (compact ? lines.filter((l) => l.trim() || l.includes("\f")) : lines).join("\n"), refs };
}


/** One style over the whole corpus: how many actions read the same, of how many, and which were lost. */
export async function checkStyle(s: number, style: Style) {
  let same = 0, total = 0;
  const lost: string[] = [];
  for (const [k, f] of corpus.entries()) {
    // Each check is seconds of work; the worker must get back to its event loop within it, or its calls to the test runner
    // time out (vitest's 60-second RPC limit): on a loaded machine one check took 84 s (stop 17's CI failed so).
    if (k % 20 === 19) await new Promise<void>((resolve) => setImmediate(resolve));
    // Each set in half of the styles, the five of one test file or the other, so that each file reads only its own half of the
    // corpus as printed: each style still meets about half the corpus (some 3,900 actions, where one set lost whole moves the
    // figure 0.5%, well inside the 3% bar). Every set in every style was 150 s of a 10-minute CI run on two cores, and grew
    // with the corpus.
    if ((f.share % 2 === 0) !== (s < 5)) continue;
    const base = baseOf(f);
    if (base.items.length > 20 || !base.items.every((i) => /^\d+$/.test(i.number))) continue;
    // Each of its styles in one of the two spacings by turns: as printed, or with no blank lines. Each set in all twenty
    // ways came to 300 s of a 10-minute CI run. The turns and shares go by the set's name, so that a set added leaves the
    // others' as they were.
    const compact = (f.turn + s) % 2 === 1;
    const changed = rewrite(f.text, base.items, style, compact);
    if (!changed) continue;
    // Where the numbers themselves change, an action log's "Minute 6" or "(item 5)" still names the old
    // number, so only the actions' words are compared; elsewhere the item too.
    const renumbered = [...changed.refs].some(([from, to]) => from !== to);
    const key = (item: string, text: string) => (renumbered ? norm(text) : `${item}|${norm(text)}`);
    const after = extractMinutes(changed.text, f.opts).actions.map((a) => key(a.item, a.text));
    for (const a of base.actions) {
      total++;
      const i = after.indexOf(key(changed.refs.get(a.item) ?? a.item, a.text));
      if (i >= 0) { same++; after.splice(i, 1); } else lost.push(`${f.name} ${a.item}${compact ? " (no blank lines)" : ""}: ${a.text.slice(0, 60)}`);
    }
  }
  return { same, total, lost };
}
