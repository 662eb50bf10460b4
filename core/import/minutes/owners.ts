// Owners: who the minutes say will do it. Only a role or a person the text names counts
// ("the director to circulate …", "the cabinet member will write to …", "(Action: Clerk)",
// "the DCF explained that a written response would be provided"); anything else is null.

const STOP_INITIALS = new Set(["and", "of", "the", "for", "in", "on", "&", "to", "at"]);

/** "director children and families (DCF)" anywhere in the minutes gives DCF its meaning. */
export function findAbbreviations(text: string): Map<string, string> {
  const map = new Map<string, string>();
  const re = /\(([A-Z][A-Za-z&]{1,9})\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const abbr = m[1]!;
    const letters = abbr.replace(/[^A-Za-z]/g, "").toLowerCase();
    if (letters.length < 2 || map.has(abbr)) continue;
    const words = text.slice(Math.max(0, m.index - 160), m.index).trim().split(/\s+/).slice(-14);
    for (let n = 1; n <= words.length; n++) {
      const phrase = words.slice(-n);
      if (/[.;:!?]$/.test(phrase[0]!) && n > 1) break;
      const initials = phrase.flatMap((w) => w.split(/[-/]/)).map((w) => w.replace(/[^A-Za-z&']/g, ""))
        .filter((w) => w && !STOP_INITIALS.has(w.toLowerCase())).map((w) => w[0]!.toLowerCase()).join("");
      if (initials === letters) {
        map.set(abbr, phrase.join(" ").replace(/^[("']+/, "").replace(/^the\s+/i, ""));
        break;
      }
      if (initials.length > letters.length) break;
    }
  }
  return map;
}

const ROLE_NOUN = String.raw`(?:directors?|head|heads|managers?|officers?|clerk|chair(?:man|woman|person)?|vice[- ]chair(?:man|woman|person)?|cabinet(?:\s+members?)?|portfolio\s+holders?|leader|chief\s+executive|secretary|treasurer|mayor|executive(?:\s+members?)?|lead\s+members?|members?|councillors?|commissioners?|teams?|services|adviser|advisor|analyst|co-?ordinator|lead|solicitor|auditor|council|government|minister|partners|police|superintendent|principal|governors?|mps?|ccg|nhs|board|trust|department|directorate|engineer|surveyor|planner|accountant)`;
const ROLE_START = new RegExp(String.raw`^(?:(?:all|interim|acting|deputy|assistant|executive|strategic|corporate|service|senior|principal|chief|lead|statutory|democratic|scrutiny|finance|legal|relevant|appropriate|council's|county|borough|city|district|town|parish|welsh|[A-Z][\w'&-]*)\s+){0,4}${ROLE_NOUN}\b`, "i");
const FUNCTION_WORD = /\b(?:from|with|about|on|in|at|that|which|who|was|were|is|are|had|has|would|will|this|these|those|it|its|there|their|report|letter|framework|plan|policy|review|proposal|issue|update|work)\b/i;
const PERSON = /^(?:cllr\.?|councillor|county\s+councillor|mr|mrs|ms|miss|mx|dr|professor|prof\.?|sir|dame|lord|lady)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}$/i;
const NAME = /^[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,2}$/;
const INITIALS = /^[A-Z]{2,4}(?:\s*(?:\/|,|and|&)\s*[A-Z]{2,4})*$/;
const NOT_OWNER = /^(?:the\s+)?(?:committee|panel|board|sub-committee|scrutiny\s+committee|meeting|report|it|this|there|members\s+of\s+the\s+public|public)$/i;

/** Whether a phrase names someone who can own an action, and what to call them. */
export function ownerName(phrase: string, abbreviations: Map<string, string>): string | null {
  let p = phrase.trim().replace(/^(?:that|and|but|also)\s+/i, "").replace(/[\s,;:.]+$/, "").replace(/^the\s+/i, "");
  if (!p || p.length > 90 || NOT_OWNER.test(p)) return null;
  const expanded = abbreviations.get(p);
  if (expanded) return capitalise(expanded);
  if (INITIALS.test(p)) return p;
  if (PERSON.test(p)) return p;
  const words = p.split(/\s+/);
  if (words.length > 9) return null;
  if (ROLE_START.test(p)) {
    // "letter from the MP" starts with a thing, not a role: the role must come before any function word.
    const role = ROLE_START.exec(p)![0];
    if (FUNCTION_WORD.test(role.replace(new RegExp(ROLE_NOUN + "$", "i"), ""))) return null;
    return capitalise(p);
  }
  if (NAME.test(p) && !FUNCTION_WORD.test(p)) return p;
  return null;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const ACTION_VERB = String.raw`(?:provid|circulat|shar|send|sent|writ|report|bring|brought|submit|present|arrang|investigat|review|consider|prepar|produc|updat|confirm|clarif|explor|look|seek|sought|obtain|ensur|contact|liais|meet|organis|organiz|set|establish|develop|publish|draft|issu|add|includ|invit|rais|follow|respond|repl|forward|distribut|email|e-mail|suppl|feed|discuss|check|examin|assess|amend|revis|identif|progress|implement|monitor|undertak|carry|schedul|book|attend|giv|mak|find|lobby|request|ask|reconsider|tak|come|return|continu|answer|chas|speak|talk|engag|work|visit|agree|lead|commission|appoint|nominat|refer|escalat|resolv|investigate|reassess|strengthen|enhanc|finalis|hold|held|call|circul|put|pass|highlight|brief|help)[a-z]*`;
const SUBJECT = String.raw`((?:[A-Za-z][\w&'’.-]*)(?:\s+[\w&'’.-]+){0,8}?)`;
const LABEL_PAREN = /\((?:action(?:\s+by)?|owner|lead(?:\s+officer)?|responsible(?:\s+officer)?|by)\s*[:\-–]\s*([^)]{2,80})\)/i;
const LABEL_TAIL = /(?:^|[.;]\s+|\s[-–]\s+|\s)(?:ACTION(?:\s+BY)?|Action(?:\s+by)?|Owner|Lead(?:\s+officer)?|Responsible(?:\s+officer)?)\s*[:\-–]\s*([^.;:]{2,80})\.?$/;
const SUBJECT_TO = new RegExp(String.raw`^(?:that\s+)?(?:the\s+)?${SUBJECT}\s+(?:to|will|would|shall|should|is\s+to|are\s+to|agreed\s+to|undertook\s+to|committed\s+to|offered\s+to|promised\s+to|was\s+asked\s+to|were\s+asked\s+to|be\s+asked\s+to|is\s+asked\s+to|are\s+asked\s+to|be\s+requested\s+to|be\s+invited\s+to|would\s+be\s+asked\s+to)\s+(?:\w+ly\s+)?${ACTION_VERB}\b`, "i");
const ASKED = new RegExp(String.raw`\b(?:requests?|requested|asks?|asked|calls?\s+(?:up)?on|called\s+(?:up)?on|invites?|invited|instructs?|instructed|requires?|required|recommends?|recommended|urges?|urged|directs?|directed)\s+(?:that\s+)?(?:the\s+)?${SUBJECT}\s+(?:to\s+|should\s+|be\s+asked\s+to\s+|is\s+asked\s+to\s+)?(?:\w+ly\s+)?${ACTION_VERB}\b`, "i");
const PASSIVE_BY = /\b(?:be|is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ne)\s+by\s+(?:the\s+)?([A-Za-z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,5}?)(?=[.,;]|\s+(?:and|to|in|by|with|before|within|at|for)\b|$)/i;
const SUBJECT_SAYS = new RegExp(String.raw`^(?:in\s+future\s+|also\s+)?(?:the\s+)?${SUBJECT}\s+(?:explained|confirmed|said|stated|advised|agreed|indicated|undertook|reported|responded|replied|informed|assured|promised|offered|committed|was|were|had|would|will|noted|added|suggested)\b`, "i");

/** The owner a sentence or resolution point names, in order of how directly it names them. */
export function findOwner(text: string, abbreviations: Map<string, string>): string | null {
  const t = text.length > 1500 ? text.slice(0, 1500) : text;
  for (const re of [LABEL_PAREN, LABEL_TAIL]) {
    const m = re.exec(t);
    if (m) {
      const name = ownerName(m[1]!, abbreviations) ?? (m[1]!.trim().split(/\s+/).length <= 5 ? m[1]!.trim().replace(/[.;]$/, "") : null);
      if (name) return name;
    }
  }
  for (const re of [SUBJECT_TO, ASKED]) {
    const m = re.exec(t);
    if (m) {
      const name = ownerName(m[1]!, abbreviations);
      if (name) return name;
    }
  }
  const m = PASSIVE_BY.exec(t);
  if (m) {
    const name = ownerName(m[1]!, abbreviations);
    if (name) return name;
  }
  return null;
}

/** The person or role a sentence is about ("The DCF explained that …"), for commitments made in debate. */
export function speakerOf(sentence: string, abbreviations: Map<string, string>): string | null {
  const m = SUBJECT_SAYS.exec(sentence.slice(0, 400));
  return m ? ownerName(m[1]!, abbreviations) : null;
}
