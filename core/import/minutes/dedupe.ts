// One entry per decision: when a request in debate is repeated by the resolution, or an action log row
// repeats a resolution, the better-placed source keeps its words and the other lends its owner and date.
import { collapse } from "./blocks.js";
import type { Candidate } from "./candidates.js";
import { SENT_TO_EXECUTIVE } from "./cues.js";
import { MEMBER_SUBJECT } from "./sentence-cues.js";
import type { ProposedAction } from "./types.js";

// "undertook" is how a promise is worded, not what it is about: "The Deputy Chief Fire Officer undertook to set out revised
// timescales …" and "(ii) the Deputy Chief Fire Officer provide Members with revised timescales …" (Hereford and Worcester) are one.
const STOP = new Set("a an and are as at be been by for from has have in into is it its of on or that the their there this to was were which will with would should could committee members it's be undertook".split(" "));
// "centres"/"centre", "circulated"/"circulate", "agencies"/"agency" alike.
const stem = (w: string) => w.replace(/(?<=\w{2})ies$/, "y").replace(/(?<=\w{3}[^s])s$/, "").replace(/(?:ing|ed|es)$/, "").replace(/e$/, "");
const tokens = (t: string) => t.toLowerCase().replace(/[^a-z0-9\s]/g, " ").split(/\s+/).filter((w) => w.length > 1 && !STOP.has(w)).map(stem);
export const words = (t: string) => new Set(tokens(t));

/** Every run of four words in order ("capped fare take-up by district"), to find the same phrase in two texts. */
function fourWordRuns(t: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 4 <= t.length && i < 400; i++) out.add(t.slice(i, i + 4).join(" "));
  return out;
}

/** Two named owners, or two dates, that are not the same: "Priya Anand to confirm the figures by February" is not "the ICB to report back in April". */
// "The Director agreed to provide this" and "That the Director – Finance, Regulation and Enforcement (Section 151) circulate
// …" (Lichfield) name one person, the second in full.
const shortFor = (a: string, b: string) => b.startsWith(a) && /^[\s,–—(-]/.test(b.slice(a.length));
const sameOwner = (a: string, b: string) => a === b || shortFor(a, b) || shortFor(b, a);
const differ = (a: Candidate, b: Candidate) => (a.owner !== null && b.owner !== null && !sameOwner(a.owner, b.owner)) || (a.due !== null && b.due !== null && a.due !== b.due);

/** A run of four words both texts have, other than the name of someone in them ("Director of Adult Social Care"). */
function shareAny(a: Set<string>, b: Set<string>, names: (string | null)[]): boolean {
  const named = new Set(names.flatMap((n) => (n ? tokens(n) : [])));
  for (const x of a.size <= b.size ? a : b) if ((a.size <= b.size ? b : a).has(x) && x.split(" ").some((w) => !named.has(w))) return true;
  return false;
}

// The meeting, agreeing in the sentence after an ask.
const BODY = String.raw`(?:members|the\s+(?:committee|panel|board|forum|sub-committee|commission))`;
// "Members agreed that this should be scheduled.", "This was agreed.": the ask just before, agreed.
// "It was agreed that this be added to the Panel's workplan for the May 2026 meeting." too.
// "This was supported by the Panel and it was agreed that an item on the commercial estate be added …" (Huntingdonshire).
const AGREED_BACK = new RegExp(String.raw`^(?:${BODY}|it\s+was)\s+agreed\s+(?:that\s+)?(?:this|it)\b|^this\s+was\s+(?:agreed|supported)\b`, "i");
// "Councillor Connolly asked that councillors be offered a briefing … It was agreed that ward briefings would be arranged".
const AGREED_THAT = new RegExp(String.raw`^(?:it\s+was|${BODY})\s+agreed\s+that\b`, "i");

// Words every work-programme entry has, which say nothing of its topic.
const PROGRAMME_WORDS = new Set(tokens("work programme forward plan item items report reports update updates meeting meetings future added add include included scheduled schedule agenda look consider considered councillor asked requested agreed"));

/** Two work-programme entries on one topic: three words in a row in both, none of them the words of any such entry ("local bus services"). */
function sameTopic(a: string, b: string): boolean {
  const runs = (t: string[]) => new Set(t.flatMap((_, i) => (i + 3 <= t.length && t.slice(i, i + 3).every((x) => !PROGRAMME_WORDS.has(x)) ? [t.slice(i, i + 3).join(" ")] : [])));
  const [x, y] = [runs(tokens(a)), runs(tokens(b))];
  for (const r of x) if (y.has(r)) return true;
  return false;
}

// "The Chair proposed, and the Committee agreed, that these concerns should be formally raised with the Police and Crime
// Commissioner." (Tonbridge and Malling) too, and "… and agreed that this should be raised formally." (Tandridge).
// "… but agreed that the residents' concerns should be represented strongly." (Stratford-upon-Avon) over the letter that does so.
const RAISE_WITH = /\bagreed,?\s+that\b[^.]{0,120}?\b(?:should|would|be)\s+(?:be\s+)?(?:\w+ly\s+)?(?:raised|conveyed|represented|taken\s+up|drawn\s+to\s+the\s+attention\s+of)\b(?:[^.]{0,40}?\b(?:with|to|of)\b|\s+(?:formally|strongly)\s*\.?$)|\bagreed\s+that\s+the\s+chair\s+should\s+raise\b/i;
// "Officers noted a request for the independent evaluation to be shared with the relevant local ward members.": accepted.
const TAKEN_UP = /\b(?:noted|accepted|took\s+away|took\s+note\s+of)\s+(?:a|the|this|that)\s+request\b/i;
const ASKS = new Set(["request", "work-programme", "action"]);
// "… asked that the Committee continue to receive regular updates": settled by any update the resolution asks for.
const UPDATES_ASK = /\b(?:continue\s+to\s+)?(?:receive|be\s+given|be\s+provided\s+with)\s+(?:regular|further|periodic|ongoing)\s+(?:progress\s+)?(?:updates|reports)\b|\bbe\s+kept\s+(?:updated|informed|up\s+to\s+date)\b/i;
// "… some Members asked that the report set out clearly the resource implications" over "the Chief Executive bring a report on
// the feasibility of …" (Pembrokeshire Coast): what the report the resolution asks for should cover.
const REPORT_TO_COVER = /\basked\s+that\s+the\s+(?:report|update)\s+(?:should\s+)?(?:set\s+out|include|cover|address|explain|show)\b/i;
// "Members asked that the Authority make the strongest possible case to Natural Resources Wales …" over the letter the
// resolution sends it (Pembrokeshire Coast).
// "Members agreed that the Council should nevertheless make its views known on behalf of residents." (Penarth) too.
const MAKE_CASE = /\bmake\s+(?:the\s+|a\s+)?(?:strongest\s+possible\s+|strong\s+|robust\s+|strongest\s+)?(?:case|representations?)\s+to\b|\bmake\s+(?:its|their|our)\s+views\s+known\b/i;
const MEMBER_ASKS = new RegExp(String.raw`^${MEMBER_SUBJECT}\s+(?:also\s+|further\s+)?(?:asked|requested|sought)\b`, "i");
// Words any ask has, which say nothing of what it is about.
const ASK_WORDS = new Set([...PROGRAMME_WORDS, ...tokens("more detail details detailed information further figures data provide provided circulate circulated share member members councillor councillors council officer officers request requests asked requests raised also all how whether")]);
/** What a text is about: its words, less those every ask or work-programme entry has. */
export const topicWords = (t: string) => new Set(tokens(t).filter((w) => !ASK_WORDS.has(w)));

/** Two texts on one topic: two words in common besides the item's subject, or three with it ("review … winter service"
 *  under "Highway Maintenance and Winter Service"); never the words of an ask as such, or the owners' names. */
function sharedTopic(a: Set<string>, b: Set<string>, subject: Set<string>, names: Set<string>): boolean {
  let own = 0, all = 0;
  for (const x of a) {
    if (!b.has(x) || ASK_WORDS.has(x) || names.has(x)) continue;
    all++;
    if (!subject.has(x)) own++;
  }
  return own >= 2 || all >= 3;
}

const without = (x: Set<string>, drop: Set<string>) => (drop.size ? new Set([...x].filter((t) => !drop.has(t))) : x);

// A sentence of debate: its paragraph and its place there ("debate:4:2"); the debate before a resolution in the same
// paragraph is half a paragraph earlier ("debate:3.5:0", extract.ts).
const DEBATE_SENTENCE = /^debate:(\d+(?:\.5)?):(\d+)$/;

/** Two sentences one after the other in the same paragraph of debate ("debate:4:2", "debate:4:3"). */
function nextSentence(a: string, b: string): boolean {
  const [x, y] = [DEBATE_SENTENCE.exec(a), DEBATE_SENTENCE.exec(b)];
  return x !== null && y !== null && x[1] === y[1] && Math.abs(Number(x[2]) - Number(y[2])) === 1;
}

export function overlapCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

/** The overlap of two texts leaving out the words of the owner they share. */
function overlapWithout(a: Set<string>, b: Set<string>, owner: string): number {
  const own = words(owner);
  return overlap(new Set([...a].filter((w) => !own.has(w))), new Set([...b].filter((w) => !own.has(w))));
}

/** Most words in common; of a short text, every word: "comments be reported to Cabinet" is not "report back before Cabinet". */
function sameWords(a: Set<string>, b: Set<string>): boolean {
  const o = overlap(a, b);
  return o >= 0.6 && (Math.min(a.size, b.size) >= 4 || o === 1);
}

/** One entry per decision: a debate request repeated by the resolution gives way to it, lending its owner and date. */
export function dedupe(candidates: Candidate[], title = ""): ProposedAction[] {
  // The item's own subject ("Draft Housing Allocations Policy") is in everything said under it; it tells no two asks apart.
  const subject = words(title);
  const ordered = [...candidates].sort((x, y) => x.priority - y.priority);
  const byGroup = new Map<string, Candidate>();
  for (const x of candidates) if (!byGroup.has(x.group)) byGroup.set(x.group, x);
  const kept: { c: Candidate; words: Set<string>; runs: Set<string>; groups: string[] }[] = [];
  for (const c of ordered) {
    const t = tokens(c.refersTo ? `${c.text} ${c.refersTo}` : c.text);
    const w = new Set(t);
    const runs = fourWordRuns(t);
    // Most words in common; or, between debate and a decision or log of the same kind, four in a row: the same
    // thing asked for twice, once in debate and once decided.
    const source = c.group.split(":")[0];
    // "Members requested a breakdown … The Chief Finance Officer agreed to provide this.": taken up there, not left to the resolution.
    const sentence = DEBATE_SENTENCE.exec(c.group);
    // Not when the next sentence is another member's ask ("Councillor Stanier asked that … Councillor Leece asked that …").
    const next = sentence !== null ? byGroup.get(`debate:${sentence[1]}:${Number(sentence[2]) + 1}`) : undefined;
    const answeredNext = next !== undefined && !MEMBER_ASKS.test(next.text);
    const ownName = new Set(c.owner ? tokens(c.owner) : []);
    const withoutOwn = without(w, ownName);
    // A proposal (or what it was merged into) and the agreement in the very next sentence ("X proposed that a review of
    // public conveniences be included … Members agreed that a review of public conveniences be added …").
    const agreedNext = (k: (typeof kept)[number]) => k.groups.some((g) => nextSentence(g, c.group)) && !differ(k.c, c) &&
      (AGREED_BACK.test(c.text) || (k.c.kind === c.kind && overlap(k.words, w) >= 0.5) || (AGREED_THAT.test(c.text) && overlap(k.words, w) >= 0.3));
    // Across sources, one of a kind sharing a phrase (for the work programme, a topic); or an undertaking in debate and the
    // log row that records it, naming the same owner and sharing fewer words.
    const decidedElsewhere = (k: (typeof kept)[number]) => k.c.group.split(":")[0] !== source &&
      ((k.c.kind === c.kind && !differ(k.c, c) && (shareAny(k.runs, runs, [k.c.owner, c.owner]) || (c.kind === "work-programme" && sameTopic(k.c.text, c.text)))) ||
        // "Members agreed that the Chair should write to the ICB" and "(3) the Chair write to the ICB setting out …": one letter.
        (k.c.kind === "letter" && c.kind === "letter" && k.c.owner !== null && k.c.owner === c.owner && !differ(k.c, c)) ||
        (k.c.owner !== null && k.c.owner === c.owner && overlapWithout(k.words, w, k.c.owner) >= (k.c.kind === c.kind ? 0.4 : 0.45)));
    // "Members agreed that this should be raised with the Scottish Government" and the letter or recommendation the
    // resolution then makes: how it is to be raised.
    // So is "the Committee agreed instead to ask Cabinet to consider providing an initial supply with the caddies" over "2. That
    // the Scrutiny Committee recommends to Cabinet that an initial supply of compostable caddy liners be provided …" (East Suffolk).
    const raisedBelow = (k: (typeof kept)[number]) => source === "debate" && k.c.group.startsWith("resolution:") && k.c.pos > c.pos &&
      (((RAISE_WITH.test(c.text) || MAKE_CASE.test(c.text)) && (k.c.kind === "letter" || k.c.kind === "recommendation")) ||
        ((c.kind === "recommendation" || (c.owner !== null && /^(?:cabinet|executive|full\s+council|council)$/i.test(c.owner))) && k.c.kind === "recommendation" && !differ(k.c, c) && sharedTopic(k.words, w, subject, new Set([...ownName, ...(k.c.owner ? tokens(k.c.owner) : [])]))));
    // An ask in debate that nobody took up, and a resolution after it asking for a report, information or an arrangement
    // on the same topic ("Members … asked for more detail on the remaining workstreams … and the final cost" / "(2) the Head
    // of ICT submit a further report on the completion of ICT disaggregation, including the final cost position"): the
    // committee's decision on the ask.
    // A member's ask that something be done may be settled as a recommendation ("… asked that Members across all groups be
    // involved in the implementation phase" / "(b) that Cabinet establishes a cross-party Member working group to oversee
    // the Council's input into the implementation phase", Fenland); an ask for information is not.
    // So is an ask that another committee consider something ("… asked that the Performance and Overview Committee consider the
    // Service's preparedness for wildfires" / "[2] an item on the Service's preparedness for wildfires be added to the work
    // programme of the Performance and Overview Committee", Cheshire Fire Authority): a body, not someone who undertook it.
    const settledBelow = (k: (typeof kept)[number]) => source === "debate" && (c.owner === null || /^officers$|\b(?:committee|panel|board|authority)$/i.test(c.owner)) && ASKS.has(c.kind) && (ASKS.has(k.c.kind) || (k.c.kind === "recommendation" && c.kind === "action")) &&
      k.c.group.startsWith("resolution:") && k.c.pos > c.pos && !differ(k.c, c) && !SENT_TO_EXECUTIVE.test(k.c.text) && !answeredNext && !TAKEN_UP.test(c.text) &&
      (sharedTopic(k.words, w, subject, new Set([...ownName, ...(k.c.owner ? tokens(k.c.owner) : [])])) || ((UPDATES_ASK.test(c.text) || REPORT_TO_COVER.test(c.text)) && /\b(?:update|report)/i.test(k.c.text)));
    // Most words in common besides the owners' names: the Quality Assurance and Compliance Manager confirming numbers is
    // not the same as the Quality Assurance and Compliance Manager circulating a plan.
    const alike = (k: (typeof kept)[number]) => !c.owner || k.c.owner !== c.owner ? sameWords(k.words, w) : sameWords(without(k.words, ownName), withoutOwn);
    // "… Members asked for figures for each locality. –" / "ACTION: Lowri Evans to provide the hours of unmet need by
    // locality …": the ask and, on the line below, the action that answers it.
    const actionBelow = (k: (typeof kept)[number]) => source === "debate" && c.owner === null && /[–—-]$/.test(c.text.trim()) &&
      k.c.group.startsWith("action:") && Math.floor(k.c.pos / 1000) === Math.floor(c.pos / 1000) + 1;
    const same = (k: (typeof kept)[number]) => alike(k) || agreedNext(k) || decidedElsewhere(k) || settledBelow(k) || actionBelow(k) || raisedBelow(k);
    const dup = kept.find((k) => k.c.group.split(":")[0] !== source || source === "debate" ? same(k) && k.c.group !== c.group : false);
    if (dup) {
      // The proposal and its agreement read as one: what was proposed, then what was agreed (and for when).
      if (nextSentence(dup.c.group, c.group) && !sameWords(dup.words, w)) dup.c.text = dup.c.pos <= c.pos ? `${dup.c.text} ${c.text}` : `${c.text} ${dup.c.text}`;
      // "… asked for a report on childhood immunisation uptake. It was agreed that it be added to the workplan": what was agreed decides the kind.
      if (nextSentence(dup.c.group, c.group) && dup.c.pos < c.pos && (dup.c.kind === "request" || dup.c.kind === "action") && c.kind === "work-programme") dup.c.kind = c.kind;
      // "Members agreed that the Council's own Financial Regulations should be reviewed against the new model." and, a
      // paragraph on, "It was agreed that a review of the Financial Regulations … be added to the work programme for the March
      // meeting." (Abergavenny): the later agreement says how it is to be done, in its own words.
      else if (source === "debate" && dup.c.group.startsWith("debate:") && dup.c.pos < c.pos && (dup.c.kind === "request" || dup.c.kind === "action") && c.kind === "work-programme" && AGREED_THAT.test(c.text)) {
        dup.c.text = c.text;
        dup.c.kind = c.kind;
      }
      // "Revised full-year forecast" in a closing summary of actions (Belfast Harbour) and "… circulate a revised full-year
      // forecast to Commissioners by 19th December 2025" in the minute: the row says who, the minute says what.
      if (dup.c.group.startsWith("log:") && !c.group.startsWith("log:") && dup.c.text.split(/\s+/).length <= 8 && c.text.length > dup.c.text.length) {
        dup.c.text = c.text;
        dup.c.kind = c.kind;
      }
      dup.groups.push(c.group);
      dup.c.owner ??= c.owner;
      if (!dup.c.due && c.due) { dup.c.due = c.due; dup.c.dueText = c.dueText; }
      continue;
    }
    kept.push({ c, words: w, runs, groups: [c.group] });
  }
  // Back in document order.
  return kept.map((k) => k.c).sort((x, y) => x.pos - y.pos).map(({ priority: _p, group: _g, pos: _pos, refersTo: _r, ...a }) => ({ ...a, text: collapse(a.text) }));
}

