// Metamorphic check: the same minutes with their item headings written in another council's numbering
// ("IV.", "D.", "4)", "Item 4 –", "Minute 4/24 –", "[4]", "TITLE (Minute 4)", "Item Four –", no blank lines at all)
// must give the same actions
// under the same items. Each fixture of the corpus whose items are plain numbers is rewritten every way.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractMinutes } from "../../core/import/minutes/extract.js";
import { fixtures } from "./helpers/paths.js";

const dir = join(fixtures, "minutes");
const roman = (n: number) => ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"][n - 1]!;
const WORDS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty"];
type Style = (n: string, ordinal: number, title: string) => { line: string; ref: string };
const STYLES: Record<string, Style> = {
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
  return { name, text: readFileSync(join(dir, f), "utf8"), opts };
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
  // Headings come in order: a declaration naming a later item by its number and title ("27. Epsom and St Helier …" under
  // "22. DECLARATIONS OF INTEREST") is not that item's heading.
  let from = 0;
  for (const [ordinal, item] of items.entries()) {
    const k = lines.findIndex((l, n) => n >= from && new RegExp(`^\\s*${item.number}\\b`).test(l) && l.toLowerCase().includes(item.title.slice(0, 20).toLowerCase()));
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

describe("actions do not depend on how the items are numbered", () => {
  // Each check is seconds of work; the worker must get back to its event loop within it, or its calls to the test runner
  // time out (vitest's 60-second RPC limit): on a loaded machine one check took 84 s (stop 17's CI failed so).
  for (const compact of [false, true]) {
    for (const [label, style] of Object.entries(STYLES)) {
      it(`${label}${compact ? ", with no blank lines" : ""}`, async () => {
        let same = 0, total = 0;
        const lost: string[] = [];
        for (const [k, f] of corpus.entries()) {
          if (k % 20 === 19) await new Promise<void>((resolve) => setImmediate(resolve));
          const base = baseOf(f);
          if (base.items.length > 20 || !base.items.every((i) => /^\d+$/.test(i.number))) continue;
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
            if (i >= 0) { same++; after.splice(i, 1); } else lost.push(`${f.name} ${a.item}: ${a.text.slice(0, 60)}`);
          }
        }
        expect(total).toBeGreaterThan(200);
        // What still changes is listed, so that a regression names the minutes it broke.
        expect({ agreement: same / total >= 0.97, lost: lost.length > total * 0.03 ? lost : [] }).toEqual({ agreement: true, lost: [] });
      });
    }
  }
});
