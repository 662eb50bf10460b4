// Sentences, split where a full stop ends one and a capital begins the next, but not after the
// abbreviations minutes are full of ("Cllr.", "St. Peter's", "p.m.", "e.g.").

const ABBREVIATION = /(?:\b(?:mr|mrs|ms|dr|cllr|cllrs|st|no|nos|rev|prof|approx|dept|e\.g|i\.e|cf|vs|para|paras|ref|fig|vol)|\b[A-Z])\.$/i;
// "Playsafe Supplies Ltd.", "etc.", "Nov." may end a sentence: they do when what follows opens one.
const MAYBE_END = /\b(?:co|ltd|plc|etc|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i;
const OPENS = /^["'(]?(?:(?:The|It|This|These|Members|Mr|Mrs|Ms|Dr|Cllr|Councillor|He|She|They|There|Following|After|A|An)\b|[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|and|of))*\s+(?:to|will|would|agreed|asked|said)\s+[a-z])/;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  // "… for the purposes of public consultation. (Proposed Cllr Delaney, seconded Cllr Hollis, 9 in favour, 2 against) The Clerk
  // to publish …" (Histon & Impington): the vote in brackets closes its decision as a full stop would.
  // So does a folded column's note after its stop: "… to the March meeting of the Council. [Action: TC] A site meeting with the
  // conservation architect … to be arranged …" (Aldeburgh).
  const re = /[.!?]["')\]]?\s+(?=["'(]?[A-Z0-9])|\((?:[Pp]roposed|[Mm]oved)\b[^()]{0,160}\)\s+(?=[A-Z][a-z])|(?<=[.!?]\s{0,2})\[(?:Action|ACTION)(?:\s+[Bb]y)?:[^\]]{1,60}\]\s+(?=["'(]?[A-Z])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].trimEnd().length;
    const candidate = text.slice(start, end);
    // Not inside a folded column's note ("[Action: ENV. MANAGER]").
    if (ABBREVIATION.test(candidate.slice(-8)) || candidate.split("[").length > candidate.split("]").length || (MAYBE_END.test(candidate.slice(-8)) && !OPENS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120)))) continue;
    out.push(candidate.trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  // A run-on "sentence" of planning decisions joined by semicolons is a list: each part is read alone.
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i]!.length > 600) out.splice(i, 1, ...out[i]!.split(/;\s+(?=\S)/).filter(Boolean));
  }
  // "Members requested a briefing note. (Action: Head of Housing)": the label belongs to the sentence before it; so does a
  // folded column's "[Action: Clerk]".
  for (let i = out.length - 1; i > 0; i--) {
    if (/^[([](?:action(?:\s+by)?|owner|lead(?:\s+officer)?|responsible(?:\s+officer)?)\s*[:\-–]/i.test(out[i]!)) out.splice(i - 1, 2, `${out[i - 1]} ${out[i]}`);
  }
  return out;
}
