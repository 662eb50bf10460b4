// Cue phrases: which words make a resolution point or a sentence of debate something someone must do
// after the meeting, and which kind of tracker entry it is. Noting, approving and welcoming are not
// actions; requesting, recommending, writing, adding to the work programme and agreeing to do are.
import type { ActionKind } from "./types.js";

const INFO_NOUN = String.raw`(?:briefings?(?:\s+(?:notes?|papers?|sessions?))?|notes?|reports?|updates?|information|details?|data|figures|breakdowns?|responses?|answers?|cop(?:y|ies)|presentations?|explanations?|clarification|summary|summaries|analys[ie]s|statistics|lists?|papers?|timelines?|letters?|feedback|minutes|numbers|costings?|evidence|comparisons?|review|assessment|plans?|proposals?|results|outcomes?|findings)`;
const MODAL_BE = String.raw`(?:be|is|are|to\s+be|will\s+be|would\s+be|should\s+be|shall\s+be|being|must\s+be)`;
const PROVISION = String.raw`(?:provided|circulated|shared|sent|submitted|presented|brought|made\s+available|forwarded|distributed|e-?mailed|supplied|produced|prepared|given|reported|sought|published|issued|added)`;

export const PROCEDURAL = /\b(?:correct\s+record|true\s+record|accurate\s+record|apologies\s+(?:for\s+absence\s+)?(?:were|was)\s+(?:received|noted)|no\s+(?:declarations|apologies)|declarations?\s+of\s+interest\s+(?:were|was)\s+(?:made|received|noted)|there\s+were\s+no\s+(?:declarations|apologies|questions)|signed\s+by\s+the\s+chair)/i;

const LETTER = [
  /\b(?:write|writes|writing)\s+(?:a\s+letter\s+|formally\s+|jointly\s+|again\s+)?(?:to\s+(?:the|a|an|all|each|his|her|their|local|relevant|[A-Z])|on\s+behalf)\b/,
  new RegExp(String.raw`\b(?:letters?|correspondence)\b[^.]{0,120}?\b${MODAL_BE}\s+(?:\w+ly\s+)?(?:sent|written|drafted|issued|prepared)\b`, "i"),
  /\b(?:send|sends|sending|issue|issues|draft|drafts)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}?letters?\b/i,
  /(?<!could\s|might\s|may\s|not\s)\bbe\s+written\s+to\s+(?:the|a|an|all|each|[A-Z])/,
];

const WORK_PROGRAMME = [
  new RegExp(String.raw`\b${MODAL_BE}\s+(?:\w+ly\s+)?(?:added|included|scheduled|programmed|placed|put|built)\s+(?:in|into|on|onto|to)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w/-]+\s+){0,3}?(?:work\s*programme|forward\s+(?:work\s+)?plan|agenda)`, "i"),
  /\b(?:add|adds|include|includes|schedule|schedules)\b[^.]{0,120}?\b(?:to|in|into|on)\s+(?:the\s+|its\s+|their\s+)?(?:[\w/-]+\s+){0,3}?(?:work\s*programme|forward\s+(?:work\s+)?plan)\b/i,
  /\bwork\s*programme\b[^.]{0,100}?\bsubject\s+to\s+the\s+(?:inclusion|addition)\s+of\b/i,
  /\b(?:inclusion|addition)\s+of\s+(?:a|an|the)\s+[^.]{0,120}?\b(?:in|on|to|into)\s+(?:the\s+)?(?:[\w/-]+\s+){0,3}?work\s*programme\b/i,
  /\ballocation\s+of\s+(?:a|an|the)\s+[^.]{0,120}?\bto\s+the\s+meeting\b/i,
];

const RECOMMEND = [
  /\b(?:recommends?|recommended|recommend)\s+(?:to\s+(?:the\s+)?[\w ]{2,40}?\s+)?(?:that|to)\b/i,
  /\b(?:calls?|called)\s+(?:up)?on\s+(?:the\s+)?(?:[\w']+\s+){0,4}?(?:executive|cabinet|council|government|minister|secretary|member|leader|board|authority|partners?|nhs|ccg|trust)\b/i,
  /\burges?\s+(?:the|all)\b/i,
];

/** Verbs that open a resolution point which only notes or approves. */
export const NOTE_ONLY = /^(?:to\s+)?(?:notes?|noted|note|receives?|received|receive|approves?|approved|approve|endorses?|endorsed|endorse|welcomes?|welcomed|welcome|supports?|supported|support|recognises?|recognised|recognizes?|acknowledges?|acknowledged|thanks?|thanked|congratulates?|accepts?|accepted|accept|adopts?|adopted|adopt|confirms?|confirmed|confirm|agrees?\s+the\s+minutes|reviews?\s+the|reviewed|considers?\s+the|considered|comments?|retains?|continues?\s+to\s+(?:monitor|keep)|expresses?|expressed|records?|places?\s+on\s+record|is\s+assured|was\s+assured|be\s+noted|the\s+\w+(?:\s+\w+){0,6}?\s+be\s+(?:noted|received|approved|endorsed|welcomed|accepted|adopted|agreed|confirmed|supported))\b/i;
const FURTHER_DIRECTIVE = /\b(?:and|but|further|also|;)\s+(?:the\s+committee\s+)?(?:requests?|asks?|agrees?\s+(?:that|to)|proposes?|requires?|instructs?|recommends?)\b/i;

const REQUEST_LEAD = /^(?:to\s+)?(?:requests?|request|asks?|ask|seeks?|seek|requires?|require|calls?\s+for)\b/i;
const REQUEST_ANYWHERE = /\b(?:requests?|asks?)\s+(?:that|for|the|a|an|further|officers?|to|details|information|sight)\b/i;
const PROVISION_PASSIVE = new RegExp(String.raw`\b${INFO_NOUN}\b[^.]{0,100}?\b${MODAL_BE}\s+(?:\w+ly\s+)?${PROVISION}\b`, "i");
const REPORT_BACK = /\b(?:report(?:s|ing)?\s+back|(?:come|comes|coming|brought|bring|return|returns)\s+back\s+to\s+(?:the\s+|a\s+|this\s+)?(?:committee|panel|board|meeting|members))\b/i;
const INVITED = new RegExp(String.raw`\b${MODAL_BE}\s+invited\s+to\s+(?:attend\s+)?(?:the|a|its|an|future)\b[^.]{0,60}?\b(?:meeting|committee|session|panel)\b`, "i");

const ACTION_LEAD = /^(?:to\s+)?(?:proposes?|proposed|propose|requires?|required|instructs?|instruct|commissions?|commission|establish(?:es)?|sets?\s+up|set\s+up|appoints?|appoint|nominates?|delegates?|refers?|refer|invites?|invite|asks?|arrange|arranges|hold|holds|undertakes?|undertake)\b/i;
const AGREES_TO_DO = /^(?:to\s+)?(?:agrees?|agreed|agree)\s+(?:that\b[^.]{0,200}?\b(?:be|is|are|should|will|would|shall)\s+(?:\w+ly\s+)?(?:[a-z]+ed|sent|written|held|made|done|taken|given|brought|set|put|undertaken|drawn|sought|shown)\b|to\s+(?!note\b|receive\b|approve\b|accept\b|endorse\b|the\s+minutes\b)\w+)/i;
const PASSIVE_ACTION = new RegExp(String.raw`\b${MODAL_BE}\s+(?:\w+ly\s+)?(?:reviewed|undertaken|investigated|arranged|invited|explored|considered|developed|updated|amended|revised|strengthened|reassessed|enhanced|held\s+to\s+account|provided|scheduled|prepared|produced|published|implemented|established|set\s+up|finalised|finalized|clarified|organised|organized|convened|sought|obtained|contacted|consulted|progressed|raised|escalated|lobbied|examined|assessed|audited|tested|revisited|re-?examined|circulated|shared|sent|submitted|presented|written|drafted|added|identified|commissioned|extended|re-?considered|reconsidered|explained|included|adopted\s+by|taken\s+forward)\b`, "i");
const REFER = /\brefers?\b[^.]{0,80}?\bto\s+(?:the\s+)?(?:cabinet|executive|council|[\w ]{2,30}committee)\b/i;

const anyOf = (res: RegExp[], t: string) => res.some((re) => re.test(t));

/** A resolution point's kind, or null when it only notes, approves or is procedural. */
export function classifyPoint(point: string, stem: string): ActionKind | null {
  const t = stripLead(point);
  if (!t || PROCEDURAL.test(t)) return null;
  if (anyOf(LETTER, t)) return "letter";
  if (anyOf(WORK_PROGRAMME, t)) return "work-programme";
  if (anyOf(RECOMMEND, t)) return "recommendation";
  if (NOTE_ONLY.test(t)) {
    const m = FURTHER_DIRECTIVE.exec(t);
    return m ? classifyPoint(t.slice(m.index + m[0].length - m[0].trim().split(/\s+/).pop()!.length), "") : null;
  }
  if (/\brecommend/i.test(stem) && !/\bnot\s+to\b/i.test(stem)) return "recommendation";
  if (REQUEST_LEAD.test(t)) return infoFirst(t) ? "request" : "action";
  if (PROVISION_PASSIVE.test(t) || REPORT_BACK.test(t)) return "request";
  if (REQUEST_ANYWHERE.test(t)) return infoFirst(t.slice(REQUEST_ANYWHERE.exec(t)!.index)) ? "request" : "action";
  if (ACTION_LEAD.test(t) || AGREES_TO_DO.test(t) || PASSIVE_ACTION.test(t) || REFER.test(t) || INVITED.test(t)) {
    return infoFirst(t) && /\b(?:provid|circulat|shar|sen[dt]|present|submit|report)/i.test(t) ? "request" : "action";
  }
  if (/\baction(?:s)?\s+(?:agreed|required|list)\b/i.test(stem)) return "action";
  return null;
}

/** Whether what is asked for is information: a briefing, report, update or the like, within the first words. */
function infoFirst(t: string): boolean {
  const words = t.split(/\s+/).slice(0, 9).join(" ");
  return new RegExp(String.raw`\b${INFO_NOUN}\b`, "i").test(words) || REPORT_BACK.test(t);
}

/** "That the committee:" and "That" belong to the stem, not the point. */
export function stripLead(point: string): string {
  return point.trim()
    .replace(/^that\s*[:\-–]?\s*/i, "")
    .replace(/^the\s+(?:committee|panel|board|sub-committee)\s+(?=[a-z]+s\b)/i, "")
    .trim();
}

// --- debate ---

export type DebateCue = { type: "strong" | "weak" | "commitment" | "undertaking"; kind: ActionKind };

const STRONG_SUBJECT = /\b(?:it\s+was|members|councillors?|the\s+(?:committee|panel|board|chair(?:man|woman|person)?|sub-committee)|committee\s+members|the\s+members)\s+(?:also\s+|further\s+|unanimously\s+|then\s+)?(?:requested|asked|agreed|resolved|recommended)\s+(?:that|for|to)\b/i;
const OWNER_UNDERTAKES = /\b(?:agreed|undertook|offered|committed|promised|was\s+asked|were\s+asked|would|will|is\s+to|are\s+to)\s+to?\s*(?:\w+ly\s+)?(?:circulat|provid|shar|send|forward|distribut|e-?mail|suppl|writ|report|arrang|investigat|look\s+into|follow|liais|contact|confirm|clarif|check|updat|respond|repl|answer|chas|rais|feed\s+back|speak|meet|find\s+out|seek|obtain|bring|organis|put|ask|invit|add)[a-z]*\b/i;
const REPORTED = /\b(?:explained|confirmed|advised|responded|replied|clarified|assured|outlined)\b/i;
const ANSWERED = /\b(?:explained|confirmed|said|stated|advised|responded|replied|informed|reported|clarified|assured|outlined|indicated|noted\s+that|acknowledged)\b/i;
const WEAK = new RegExp(String.raw`\b(?:${INFO_NOUN}|clarification|assurance|confirmation|views|advice|sight)\b[^.]{0,80}?\b(?:was|were)\s+(?:also\s+|further\s+)?(?:requested|sought)\b|\b(?:was|were)\s+(?:also\s+|further\s+)?asked\s+for\b|\b(?:requested|asked\s+for|sought)\s+(?:an?|the|further|more|details|information|clarification|assurance|an\s+update|a\s+breakdown|sight)\b`, "i");
const COMMITMENT_PASSIVE = new RegExp(String.raw`\b${INFO_NOUN}\b[^.]{0,120}?\b(?:would|will|to|should|shall)\s+(?:then\s+)?be\s+(?:\w+ly\s+)?(provided|circulated|shared|sent|made\s+available|forwarded|distributed|e-?mailed|supplied|sought|brought|presented|submitted|added|arranged)\b([^.]{0,100})`, "i");
const TO_COMMITTEE = /^\s*(?:\w+\s+){0,3}?(?:to|at|with|for)\s+(?:the\s+|a\s+|this\s+|its\s+|all\s+)?(?:future\s+|next\s+|following\s+|forthcoming\s+)?(?:\w+\s+){0,3}?(?:committee|meeting|members|councillors|panel|session|work\s*programme|chair(?:man|person)?)\b/i;
const AFTER_MEETING = /^\s*(?:\w+\s+){0,4}?(?:after|following|outside(?:\s+of)?)\s+(?:the\s+)?meeting\b/i;
const ELSEWHERE = /^\s*(?:to|with)\s+(?!the\s+committee|members|councillors|all\s+members|the\s+panel|the\s+chair)/i;
const WP_DEBATE = /\b(?:would|will|to|should)\s+be\s+(?:\w+ly\s+)?(?:added|included|scheduled|programmed|placed)\s+(?:in|on|to|into|onto)\s+(?:the\s+|its\s+)?(?:[\w/-]+\s+){0,3}?(?:work\s*programme|forward\s+plan|agenda)/i;
const NOT_NOW = /\b(?:could|might|may)\s+be\b|\b(?:had|has|have)\s+been\b|\bnot\s+(?:to\s+)?be\b/i;
const NOTE_CLAUSE = /\b(?:agreed|resolved)\s+(?:that\s+the\s+(?:report|update|information|minutes)\s+(?:be|is|was)\s+(?:noted|received|approved)|to\s+(?:note|receive|approve|accept))\b/i;

/** A sentence of debate: a firm request or agreement, a request that may have been answered, or an officer's undertaking. */
export function classifySentence(s: string): DebateCue | null {
  if (s.length > 1500 || PROCEDURAL.test(s)) return null;
  if (STRONG_SUBJECT.test(s) && !NOTE_CLAUSE.test(s) && !/\b(?:asked|requested)\s+(?:whether|if|how|what|why|when|who|about)\b/i.test(s)) {
    return { type: "strong", kind: debateKind(s) };
  }
  if (WP_DEBATE.test(s)) return { type: "commitment", kind: "work-programme" };
  if (anyOf(LETTER, s) && /\b(?:will|would|to|agreed|undertook|should)\b/i.test(s) && !/\b(?:wrote|had\s+written|has\s+written|was\s+sent|were\s+sent)\b/i.test(s)) {
    return { type: "commitment", kind: "letter" };
  }
  const passive = COMMITMENT_PASSIVE.exec(s);
  if (passive && !NOT_NOW.test(passive[0].slice(0, 40 + passive[0].search(/\b(?:would|will|to|should|shall)\s+(?:then\s+)?be\b/i)))) {
    const verb = passive[1]!.toLowerCase();
    const tail = passive[2]!;
    const delivery = !/^(?:sought|brought|presented|submitted|added|arranged)$/.test(verb);
    const ok = TO_COMMITTEE.test(tail) || AFTER_MEETING.test(tail) || (delivery && !ELSEWHERE.test(tail));
    if (ok) return { type: "commitment", kind: debateKind(s) };
  }
  if (INVITED.test(s) && /\b(?:would|will|to|should)\s+be\s+invited\b/i.test(s)) return { type: "commitment", kind: "action" };
  // "X would circulate …" counts only when X is someone: the extractor checks the owner.
  if (OWNER_UNDERTAKES.test(s) && !/\b(?:could|might|may)\b/i.test(s.slice(0, s.search(OWNER_UNDERTAKES) + 1))) return { type: "undertaking", kind: debateKind(s) };
  // "The officer explained that … was sought" reports, it does not ask.
  const weak = WEAK.exec(s);
  if (weak && !REPORTED.test(s.slice(0, weak.index))) return { type: "weak", kind: debateKind(s) };
  return null;
}

export function isAnswer(s: string): boolean {
  return ANSWERED.test(s);
}

function debateKind(s: string): ActionKind {
  if (anyOf(LETTER, s)) return "letter";
  if (WP_DEBATE.test(s) || anyOf(WORK_PROGRAMME, s)) return "work-programme";
  return new RegExp(String.raw`\b${INFO_NOUN}\b`, "i").test(s) || REPORT_BACK.test(s) ? "request" : "action";
}
