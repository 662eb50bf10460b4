// "the Cabinet Member agreed to …" after "Councillor Reeve (Cabinet Member for Community Safety)" in the
// attendance: a portfolio title cut short later in the minutes means the one portfolio they name, when
// they name only one of that kind.

// The whole portfolio or nothing: a title that runs on in a comma list is too long to stand in for.
const PORTFOLIO = /\b((?:Cabinet|Executive|Lead)[ \t]+Member|Portfolio[ \t]+Holder)[ \t]+for[ \t]+([A-Z][\w'-]*(?:[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][\w'-]*){0,5})(?![\w'-]|,?[ \t]+(?:(?:and|&)[ \t]+)?[A-Z])/y;

const MENTION = /\b((?:Cabinet|Executive|Lead)[ \t]+Member|Portfolio[ \t]+Holder)[ \t]+for[ \t]+[A-Z]/g;

/** Short portfolio titles ("Cabinet Member") that stand for exactly one full title in the text. */
export function shortRoleTitles(text: string): Map<string, string> {
  const full = new Map<string, Set<string> | null>();
  if (!text.includes("Member") && !text.includes("Holder")) return new Map();
  for (const m of text.matchAll(MENTION)) {
    const short = m[1]!.replace(/\s+/g, " ");
    PORTFOLIO.lastIndex = m.index;
    const whole = PORTFOLIO.exec(text);
    // One portfolio written out in another place as a longer list is as ambiguous as two.
    if (!whole) { full.set(short, null); continue; }
    const titles = full.get(short);
    if (titles === null) continue;
    full.set(short, (titles ?? new Set()).add(`${short} for ${whole[2]!.replace(/\s+/g, " ")}`));
  }
  const out = new Map<string, string>();
  for (const [short, titles] of full) {
    if (!titles || titles.size !== 1) continue;
    const title = [...titles][0]!;
    out.set(short, title);
    out.set(short.toLowerCase(), title);
    out.set(short.charAt(0) + short.slice(1).toLowerCase(), title);
  }
  return out;
}
