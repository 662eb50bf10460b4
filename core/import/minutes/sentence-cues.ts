// Cue phrases in debate: a firm request or agreement ("It was requested that …"), a request that may have
// been answered at the meeting ("Details were requested."), and undertakings ("the Clerk will …",
// "a written response would be provided"). Which of them become actions is decided in debate.ts.
import { DOES_VERB } from "./owners.js";
import type { ActionKind } from "./types.js";
import { AGREED_PASSIVE, CARRIED_MOTION, WISH, isView, mayAgreePassive, mayWishOrMotion } from "./more-cues.js";
import { COURTESY, INFO, INFO_NOUN, INVITED, LETTER, LIST_INTRO, NOTE_ONLY, PROCEDURAL, RECOMMENDS_NOTING, SETTLED_AT_MEETING, REPORT_BACK, WORK_PROGRAMME, WP_NOUN, anyOf, classifyPoint, mainVerbKind } from "./cues.js";

export type DebateCue = { type: "strong" | "weak" | "commitment" | "undertaking"; kind: ActionKind };

// "Resolved to obtain three quotes." opening a sentence mid-paragraph, as parish minutes write it, is as firm.
// "9.3 In light of the slippage reported, the RPB AGREED that …" (Cwm Taf Morgannwg's Regional Partnership Board by its initials).
const INITIALS_DECIDE = /\bthe\s+[A-Z]{2,5}\s+(?:AGREED|RESOLVED|REQUESTED)\s+that\b/;
// "Resolved – That the Staffing Committee review …" (Long Melford) with a dash.
const STRONG_OPENING = /^(?:resolved|agreed)\s*[:\-–]?\s+(?:that|to)\s+\w/i;
// Not "Resolved – That the reconciliation be noted.", "RESOLVED – That the Panel noted the report." nor, in the middle of a paragraph,
// "RESOLVED that the apologies be accepted." or "… that the Complaints Procedure be re-adopted without amendment." (Manningtree):
// nothing to do.
const ONLY_NOTED = /^(?:resolved|agreed)\s*[:\-–]?\s+(?:that\s+)?(?:the\s+[\w' -]{1,60}?\s+(?:be\s+)?noted\b[^.;]*|the\s+[\w' -]{1,60}?\s+be\s+(?:accepted|received|approved|adopted|re-adopted|endorsed|ratified)(?:\s+(?:without|with\s+no)\s+amendments?)?|to\s+note\b[^.;]*)\.?$/i;
// "The Commission will recommend to Cabinet that …": the committee's own recommendation, told in the future tense.
const BODY_WILL_RECOMMEND = /^(?:the\s+)?(?:committee|commission|panel|board|sub-committee|group|forum)\s+(?:will|would|is\s+to|agreed\s+to)\s+recommend\b/i;
// "It was suggested that Cabinet be asked to reconsider …": the committee's recommendation, in the passive.
const SUGGESTED_TO_EXECUTIVE = /\bit\s+was\s+(?:suggested|proposed|felt|considered)\s+that\s+(?:the\s+)?(?:cabinet|executive|council|leader|cabinet\s+member[\w ]{0,40}?|executive\s+member[\w ]{0,40}?)\s+(?:should\s+)?be\s+(?:asked|requested|invited|urged|recommended)\s+to\b/i;
// The minute-taker's shorthand after a decision: "Clerk to chase.", "Cllr Bright to complete the form by …".
// The subject is a name or role and nothing else: capitalised words joined by "and", "of", "the".
export const SHORTHAND = /^(?:the\s+)?[A-Z][\w'.&/-]*(?:\s+(?:[A-Z][\w'.&/-]*|and|&|of|for|the)){0,7}\s+to\s+(?!be\b|the\b|a\b|an\b)[a-z]{3,}\b/;
// "The Chair proposed, and the Committee agreed, that the Chair write to …" (Redcar and Cleveland): the comma too.
// "The Overview & Scrutiny Committee recommended to Cabinet, at its meeting on 10 December 2025, that …" (Warwick) too.
// "Commissioners asked that …" (South Wales Fire and Rescue Authority, run by Commissioners appointed in its members' place).
// "Directors asked that …" (the Humber Bridge Board's members are its Directors) too.
// "Conservators … asked that …" (the Conservators of the River Cam), "Trustees agreed that …", and the members with an aside
// between them and their ask ("Conservators, who had not yet seen it, asked that …").
// "The Town Mayor asked that the Deputy Town Clerk circulate the dates of the Mayor's Charity events …" (Chesham) too.
const STRONG_SUBJECT = /\b(?:it\s+was|members|directors|(?<!crime\s)commissioners|conservators|trustees|councillors?|(?:cllr\.?|councillor)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?|the\s+(?:(?:select|scrutiny|joint|sub-|overview\s+(?:and|&)\s+scrutiny)\s*)?(?:committee|panel|board|commission|group|forum|partnership|authority|(?:vice[- ])?chair(?:man|woman|person)?|sub-committee|(?:vice[- ])?convener|(?:(?:deputy\s+)?town\s+)?mayor)|committee\s+members|the\s+members|(?:members|conservators|trustees|councillors),\s+who\s+[^,.;]{3,80},)\s+(?:also\s+|further\s+|unanimously\s+|then\s+)?(?:requested|asked|agreed|resolved|recommended|requests|asks|agrees|resolves|recommends),?\s+(?:that|for|to)\b/i;
const NOTED_REQUEST = /^(?:the\s+)?(?:officers?|[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|for|and|&)){0,6})\s+noted\s+(?:a|the)\s+(?:request|suggestion)\s+(?:from\s+[^.]{1,60}?\s+)?(?:for|that)\b/;
// "Members noted the update and agreed that a further update … be brought to the next meeting".
// "Members noted the progress made and asked that an updated action plan be presented by the Deputy Chief Fire Officer to the
// next meeting." (Derbyshire Fire and Rescue Authority) too, and "Members discussed the longer term future of the chapel and asked
// that a report on options … be brought to the Council in March 2026" (Biggleswade); not a remark ("noted that it was difficult
// to judge …") and then an ask, nor an ask to be kept informed.
// "The Joint Committee agreed to note the progress made and requested that the Chief Internal Auditor submit …" (Tayside
// Contracts) too, and "The Committee approved the effectiveness review and agreed to recommend that the Board approve …" (TfL).
const NOTED_THEN_DECIDED = /\b(?:members|the\s+(?:joint\s+)?(?:committee|panel|board|commission|forum|sub-committee|partnership|authority))\s+(?:(?:considered|received|approved|endorsed)\s+[^.;]{0,80}?\s+and\s+agreed\s+(?:that|to\s+recommend)\b|discussed\s+(?!that\b)[^.;]{0,80}?\s+and\s+(?:asked|requested)\s+that\b(?![^.;]{0,60}\bbe\s+kept\s+(?:informed|updated|up\s+to\s+date)\b)|(?:noted|agreed\s+to\s+note)\s+(?:[^.;]{0,80}?\s+and\s+agreed\s+that\b|(?!that\b)[^.;]{0,80}?\s+and\s+(?:asked|requested)\s+that\b(?![^.;]{0,60}\bbe\s+kept\s+(?:informed|updated|up\s+to\s+date)\b)))/i;
// "Councillor Lister said the consultation had been online and asked that …": the ask at the end of one member's
// remark. "Members noted … and asked that the Panel be kept informed" is the Panel's view, not a decision.
const REMARK_THEN_ASKS = /^(?![Mm]embers\b|[Cc]ouncillors\b|[Oo]fficers\b)(?:the\s+)?(?:(?:[Cc]llr\.?|[Cc]ouncillor|Mrs?|Ms|Dr)\s+[A-Z][\w'-]+|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})(?:,[^,]{1,80},)?\s+(?:said|commented|noted|stated|observed|felt|suggested|thanked)\b[^.]{0,200}?\band\s+(?:asked|requested)\s+that\b/;
// A member named by initials or title asking for something: "TE asked that future reports show …".
// "Fiona Laurenson requested that the breakdown of duty cases by township for Shetland be shared with her" (the Crofting
// Commission, whose commissioners are named without a title) too.
// "D. Gosling      - asked that the Finance Manager show …" under "Members made the following comments:" (Witham Fourth District
// drainage board): a member by initials and surname, then a dash.
const NAMED_ASKS = /\b(?:[A-Z]{2,4}|(?:Dr|Mr|Mrs|Ms|Miss|Professor)\s+[A-Z][\w'-]+)\s+(?:also\s+|further\s+)?(?:requested|asked)\s+that\b|^(?:[A-Z]\.\s*){1,3}[A-Z][\w'-]+\s+[-–—]\s+(?:also\s+|further\s+)?(?:requested|asked)\s+that\b|^[A-Z][a-z]+\s+(?:Mc|Mac|O')?[A-Z][a-z'-]+\s+(?:also\s+|further\s+)?requested\s+that\b/;
// Agreeing to what was just asked: "SB agreed and said …", "The Director agreed."
// "X agreed and said …" only when what is said is something to come ("… and said it would be provided").
const AGREED_TO_IT = /^(?:the\s+)?[\w&'() -]{1,60}?\s+agreed(?:\s*[.;]?$|\s+and\s+undertook\b|\s+and\s+(?:said|confirmed|explained|added)\b(?=[^.]*\b(?:would|will)\b)|\s+to\s+do\s+so\b)/i;
// "… and delegated sign-off of the consultation draft to the Director of Public Health": someone is to do it.
const DELEGATED = /\bdelegat(?:ed|es|e)\s+(?!authority\s*[.,;]|powers?\s*[.,;])[^.]{0,120}?\bto\s+(?:the\s+)?[A-Z]/;
// Not "a bank account that allowed them to pay online" or "reports difficult to follow": someone else's "to".
// "The Clerk was asked to apply to Fenland District Council for the road closure order …" (Chatteris) applies to a body for something;
// a rule may "apply to" anyone.
const OWNER_UNDERTAKES = /\b(?:agreed|undertook|offered|committed|promised|(?:was|were)\s+(?:also\s+)?asked|took\s+(?:away\s+)?an\s+action|would|will|is\s+to|are\s+to|(?<!\b(?:asked|required|requires|require|them|him|her|us|people|residents|users|customers|tenants|families|difficult|hard|easy|able|unable|likely|unlikely|possible|impossible|continue|continues|continued|intended|intends|planned|plans|hoped|hopes|expected|expects|taken|whether|wish|wishes|wished|want|wants|wanted)\s)(?<!\b(?:required|requires|expected|allowed|enabled)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s)to)\s+(?:to\s+)?(?:(?:\w+ly|also)\s+)?(?:re-?)?(?:circulat|ensur|includ|schedul|present|amend|carry\s+out|reconcil|co-?produce\b|implement(?!ation)|cascad|run(?=\s+(?:a|an|the|targeted|focus|some|further|additional|joint)\b)|pass(?=\s+(?:on\s+)?(?:the\s+)?(?:details|information|comments|feedback|concerns|these|this)\b)|agree(?=\s)(?!\s+(?:with|that|to|on|in|about|and|or|it|this)\b)|look\s+at|provid|shar|send|forward|distribut|e-?mail|suppl|writ|report|arrang|investigat|look\s+into|follow|liais|contact|confirm|clarif|check|updat|respond|repl|answer|chas|rais|escalat|feed\s+back|speak|meet|find\s+out|seek|obtain|bring|organis|put|ask|invit|add(?!ress\s+(?:the\s+)?(?:committee|meeting|panel|board|forum|sub-committee|commission|members)\b)|notif|inform(?!ation)|apply(?!\s+(?:equally|only)\b|\s+to\b(?!\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,5}\s+for\b))|prepar|submit|order|book|pay|renew|publish|display|visit|review|draft|request|arrange|discuss|approach|pursue|progress|explor|identif|produc|issu|revert|get\s+back|complet|test|inspect|fix|clean|trim|paint|survey|monitor|maintain|tidy|clear|erect|fit|set\s+up|convene|instruct|lobby|do\s+so|do\s+this|action|take\s+this\s+forward|place|order|purchase|sign|post|install|repair|replac|remov|walk(?=\s+(?:the\s+)?(?:footpaths?|paths?|routes?|site|boundary|[A-Z]))|tighten|mend|adjust|secur|mow|strim|sweep|refit|re-?fix|re-?hang|collect|contact|investigat|remind|hold|facilitat|brief(?!ly)|benchmark|assess|examin|evaluat|consult|set\s+out|advertis|publici[sz]|give\s+(?:(?:members|the\s+(?:committee|board|panel|partnership))\s+)?(?:a|an)\s+(?:\w+\s+)?(?:briefing|presentation|update)|recruit|revis|scor|regist|refer(?!enc))[a-z]*\b/i;
const REPORTED = /\b(?:explained|confirmed|advised|responded|replied|clarified|assured|outlined)\b/i;
// "The Panel heard that the figures quoted covered the period to 31st December" (Huntingdonshire) answers too.
const ANSWERED = /\b(?:pointed\s+out|noted\s+that|(?:was|were)\s+told\s+that|heard\s+that|explained|confirmed|said|stated|advised|responded|replied|informed|reported|clarified|assured|outlined|indicated|acknowledged)\b/i;
const WEAK = new RegExp(String.raw`\b(?:${INFO_NOUN}|clarification|assurance|confirmation|views|advice|sight)\b[^.]{0,80}?\b(?:was|were)\s+(?:also\s+|further\s+)?(?:requested|sought)\b|\b(?:was|were)\s+(?:also\s+|further\s+)?asked\s+for\b|\b(?:requested|asked\s+for|sought)\s+(?:an?|the|further|more|details|information|clarification|assurance|an\s+update|a\s+breakdown|sight)\b`, "i");
// "… advised that the phased rollout timetable was being finalised … and would be circulated to all Members".
const COMMITMENT_PASSIVE = new RegExp(String.raw`\b(?:${INFO_NOUN}|timetables?|schedules?|maps?|this|it|these|they|which)\b[^.]{0,120}?\b(?:would|will|to|should|shall)\s+(?:then\s+)?be\s+(?:\w+ly\s+)?(provided|circulated|shared|sent|made\s+available|forwarded|distributed|e-?mailed|supplied|sought|brought|presented|submitted|added|arranged)\b([^.]{0,100})`, "i");
const TO_COMMITTEE = /^\s*(?:\w+\s+){0,3}?(?:to|at|with|for)\s+(?:the\s+|a\s+|this\s+|its\s+|all\s+)?(?:future\s+|next\s+|following\s+|forthcoming\s+|[a-z]+\s+)?(?:\w+\s+){0,3}?(?:committee|commission|meeting|members|councillors|panel|session|work\s*programme|chair(?:man|person)?)\b/i;
const AFTER_MEETING = /^\s*(?:\w+\s+){0,4}?(?:after|following|outside(?:\s+of)?)\s+(?:the\s+)?meeting\b/i;
// Some councils call their scrutiny committee a "Commission".
const ELSEWHERE = /^\s*(?:to|with)\s+(?!the\s+committee|the\s+commission|members|councillors?\b|cllr\b|all\s+members|the\s+panel|the\s+chair)/i;
const WP_DEBATE = new RegExp(String.raw`\b(?:would|will|to|should|be)\s+(?:be\s+)?(?:\w+ly\s+)?(?:added|included|scheduled|programmed|placed|carried\s+forward|rolled\s+forward)\s+(?:in|on|to|into|onto)\s+(?:the\s+|its\s+)?(?:[\w/'-]+\s+){0,3}?(?:${WP_NOUN}|agenda)`, "i");
// "The item was deferred to the next meeting": it is on that meeting's agenda.
// "Deferred to the April meeting for further information.", as a terse minute puts it, says the same.
// "The Youth Justice Plan was moved from the April meeting to the June meeting", "… was added to the April meeting".
// "The Grievance and Disciplinary Policies were deferred to be reviewed at the March meeting" (Bildeston) too.
const DEFERRED = /(?:\b(?:was|were|be|is|to\s+be)\s+|^)(?:deferred|moved|added|rescheduled|brought\s+forward)\s+(?:from\s+(?:the\s+)?(?:\w+\s+){0,2}(?:meeting\s+)?)?(?:to|until|to\s+be\s+(?:reviewed|considered|discussed|revisited)\s+at)\s+(?:the|a|its)\s+(?:\w+\s+){0,2}meeting\b/i;
// "A proposal from Kathy Lea to raise the maximum grant … was discussed; on being put to the vote it was not carried" (Shropshire Hills).
const VOTED_DOWN = /\bon\s+being\s+put\s+to\s+(?:the\s+|a\s+)?vote,?\s+(?:it\s+|this\s+|the\s+proposal\s+)?was\s+(?:not\s+carried|lost|defeated)\b/i;
// "Members noted the survey and agreed that no corporate response would be made" (Lewes).
const AGREED_NONE = /\bagreed\s+that\s+no\s+(?:\w+\s+){0,2}(?:response|action|letter|comment|further\s+action)\s+(?:would|should|will|be|was)\b/i;
// "Councillor Imrie, seconded by Councillor Petrie, moved as an amendment that the Committee defer … and ask officers to carry
// out further consultation" (Fife): what was moved, not what was decided; a vote follows.
const AMENDMENT_MOVED = /\bmoved\s+(?:as\s+)?an\s+amendment\b/i;
// "The final budget and precept recommendation, together with any consultation comments …, to come back to the January meeting
// of the Committee." (Totnes): what is to return, in a clerk's shorthand with no verb of its own.
// "A review of Standing Orders to come to the March meeting" (South Woodham Ferrers), "A report on options for CCTV in the Market
// Place to come to a future meeting" (Whittlesey): a paper, not a person, coming.
const COMES_BACK_SHORTHAND = /^(?:the\s+)?[A-Za-z][^.;]{3,200}?\s+to\s+come\s+back\s+to\s+the\s+(?:(?:next|[A-Z][a-z]+(?:\s+\d{4})?)\s+)?meeting\b|^(?:An?|The)\s+(?:(?:further|full|revised|draft|detailed)\s+)?(?:review|report|update|paper|proposals?)\b[^.;]{0,120}?\s+to\s+come\s+to\s+(?:the|a)\s+(?:(?:next|future|[A-Z][a-z]+(?:\s+\d{4})?)\s+)?meeting\b/;
// "An update will come to the Committee in March 2025", "the report would return to the Panel".
const COMES_BACK = new RegExp(String.raw`\b(?:${INFO_NOUN}|this|it|these|they|the\s+(?:item|matter|issue))\b[^.]{0,80}?\b(?:would|will|should|to)\s+(?:come|return|go)\s+(?:back\s+)?(?:to|before)\s+(?:the|a|this|its|a\s+future)\s+(?:\w+\s+){0,2}(?:committee|commission|panel|board|meeting|sub-committee|group|forum)\b`, "i");
const NOT_NOW = /\b(?:could|might|may)\s+be\b|\b(?:had|has|have)\s+been\b|\bnot\s+(?:to\s+)?be\b/i;
// "resolved that the internal audit report be received", "that the following grants be approved:".
// … and "It was proposed by …, seconded by … and agreed that the Food Service Plan 2026/27 be approved.", whatever is approved.
// "It was proposed by PT, seconded by LT and CARRIED that the payments be approved." (Padstow Harbour Commissioners) too.
const AGREED_ONLY_NOTING = /\b(?:agreed|carried)\s+that\s+the\s+[^.;]{1,120}?\s+be\s+(?:noted|received|approved|adopted|accepted|endorsed)\s*\.?$/i;
const NOTE_CLAUSE = /\b(?:agreed|resolved)\s*:?\s+(?:that\s+(?:the|a|an)\s+(?:[\w'-]+\s+){0,5}?(?:report|update|information|minutes|grants?|payments?|accounts?|statements?|schedule|policy|register|plan|strategy|programme|budget|position)\s+(?:of\s+£[\d,.]+\s+)?(?:be|is|was|were)\s+(?:noted|received|approved|adopted|accepted|endorsed|awarded)\b(?![^.]*\b(?:and|;)\s+(?:that\s+)?(?:the\s+)?[\w' ]{0,60}?\b(?:provide|circulate|write|report|arrange|prepare|bring|review|be\s+(?:asked|requested|sent|circulated|provided))\b)|to\s+(?:note|receive|approve|accept|object|support|endorse|adopt|refuse|decline|make\s+no|raise\s+no|grant|recommend\s+approval)\b(?![^.]*\band\s+(?:(?:requested|asked)\s+)?that\b))/i;
const QUESTION = /\b(?:asked|requested|queried|questioned)\s+(?:whether|if|how|what|why|when|who|about|which)\b/i;

// "he had already asked directors to bring forward proposals": done before the meeting, unless more is promised.
export const DONE_ALREADY = /^(?!.*\b(?:will|would|shall|agreed\s+to|undertook|offered\s+to|to\s+be)\b).*\b(?:had|has|have|was|were|is|are)\s+already\s+(?:been\s+)?[a-z]+(?:ed|en|nt|wn|ne)\b/i;

// "confirmed that the revised manual would be presented to Cabinet in July": the decision-maker's business, told to the committee.
const DECIDED_ELSEWHERE = /\b(?:would|will)\s+be\s+(?:presented|submitted|taken|reported|considered|decided)\s+(?:to|by|at)\s+(?:the\s+)?(?:cabinet|full\s+council|council|executive|leader)\b/i;

// "Members agreed that it would not be a good use of the Committee's time to …", "agreed not to add it".
// "agreed that this was not necessary at present".
// "agreed that a visit would not be arranged", "agreed that no change be made", "this was more properly a matter for …".
export const DECIDED_NOT = new RegExp(String.raw`\b(?:agreed|decided|resolved|felt|considered)\s+(?:that\s+(?:it|this|there|such\s+an?\s+\w+)\s+(?:(?:would|should|need|did)\s+not\b|(?:was|were|is)\s+not\s+(?:necessary|needed|required|appropriate|justified)\b|(?:was|is)\s+no\s+need\b|was\s+more\s+properly\s+a\s+matter\s+for\b)|that\s+[^.]{0,80}?\b(?:would|should|will|need)\s+not\s+(?:be|pursue|reopen|revisit|proceed|take\s+forward)\b|that\s+no\s+(?:separate\s+|further\s+|new\s+)?(?:change|action|item|report)s?\s+(?:be|should\s+be|would\s+be|will\s+be)\b|that\s+[^.]{0,80}?\b(?:was|were|is)\s+not\s+(?:necessary|needed|required|appropriate|justified)\b|that\s+(?:the|this|that)\s+(?:request|proposal|suggestion|application)\s+(?:be|should\s+be)\s+(?:declined|refused|rejected|not\s+(?:supported|pursued))\b|not\s+to\b)` +
  // "… but that time before the elections was limited; no visit was agreed" (Wandsworth).
  // "… and no further action was taken at this meeting" (Lambeth); "… and it was not agreed to add it to this Committee's work
  // programme" (Waltham Forest).
  // "the Committee agreed to take no further action in respect of the call in request" (North Ayrshire).
  // "Members agreed that no other items on the Forward Plan required pre-decision scrutiny at this stage" (Greenwich).
  // "This suggestion did not receive support from the Committee" (Malvern Hills); "… and no separate item was added" (Fenland);
  // "Following discussion, this was not supported by the Committee" (Great Yarmouth).
  /|\bno\s+(?:\w+\s+){0,2}(?:was|were|had\s+been)\s+(?:agreed|arranged|requested|added)\b|^(?:this|that|the)\s+(?:suggestion|proposal|request|idea)\s+did\s+not\s+(?:receive|attract|gain|command|have)\s+(?:the\s+)?(?:support|backing)\b|^(?:following\s+discussion,?\s+)?(?:this|that|the\s+(?:suggestion|proposal|request|idea))\s+was\s+not\s+(?:supported|accepted|pursued)\b|\bno\s+further\s+action\s+(?:was|is)\s+(?:taken|required|needed)\b|\b(?:was|were)\s+(?:therefore\s+)?not\s+agreed\s+to\s+(?:add|include|schedule)\b|\b(?:agreed|decided|resolved)\s+to\s+take\s+no\s+(?:further\s+)?action\b|\b(?:agreed|decided)\s+that\s+no\s+(?:other|further)\s+(?:items?|matters?|reports?)\b[^.]{0,60}?\b(?:required|needed|warranted)\b/.source, "i");

// "The Directorate would also be reviewing all vacant posts as part of the normal budget process": the service's own
// routine, which the committee did not ask for; so is "… would be presented to the Panel in March in line with the
// existing reporting timetable" (Thanet), or "… would be included in the report to the Cabinet … as a matter of course"
// (East Staffordshire), "… as was required each year" (Boston), "… in the usual way" (Stratford-on-Avon), "… in any event",
// "as in previous years", "… as already programmed" (East Lindsey, Great Yarmouth, North Kesteven).
// Nor is "Officers advised that, once the Strategy was approved, the Housing Options team would meet …": what
// follows the decision the report asks for.
const AS_USUAL = /^(?!.*\b(?:agreed|undertook|offered|promised)\b)(?:.*\b(?:advised|explained|said|stated|indicated|confirmed|reported|reminded\s+(?:members|the\s+(?:committee|panel|board)))\s+that\b|(?:the\s+)?(?:directorate|department|service|council|authority|team)\s+(?:would|will)\b)[^.]{0,200}?\b(?:(?:as\s+part\s+of|in\s+line\s+with)\s+(?:the|its|their)\s+(?:normal|usual|routine|regular|existing|annual|ongoing)\b|as\s+a\s+matter\s+of\s+course\b|as\s+(?:is|was)\s+(?:required\s+each\s+year|normal\s+practice|standard\s+practice|customary)\b|in\s+the\s+usual\s+way\b|in\s+any\s+event\b|as\s+in\s+previous\s+years\b|as\s+already\s+(?:programmed|scheduled|planned)\b|in\s+accordance\s+with\s+the\s+(?:Minute\s+of\s+Agreement|agreed\s+(?:policy|scheme|formula|procedure)|(?:Council's\s+|Authority's\s+)?(?:Financial\s+Regulations|Standing\s+Orders|Constitution))\b)|^(?:officers|the\s+[\w ]{2,60}?)\s+(?:advised|explained|reported|said|confirmed)\s+that,?\s+(?:once|when|following|after)\s+(?:the\s+)?[\w ]{2,60}?\s+(?:was|is|had\s+been|has\s+been)\s+(?:approved|adopted|agreed)\b/i;

// "… and the report indicated that officers would prepare a detailed assessment": the report's own plans.
// "The management responses set out in the action plan advised that the Board would refresh …" (North Ayrshire) too.
const REPORT_SAYS = /^(?!.*\b(?:agreed(?!\s+actions?\b)|undertook|offered|promised)\b).*\b(?:(?:the|this)\s+report|(?:the\s+)?management\s+responses?(?:\s+set\s+out\s+in\s+the\s+[\w\s]{2,30}?)?)\s+(?:also\s+)?(?:indicated|stated|set\s+out|advised|explained|noted|outlined|confirmed|proposed)\s+that\b/i;

// "Section 19 of the Flood and Water Management Act 2010 required the Council … to investigate …": the law's duty, told.
// "The Corporate Joint Committees (Transport Functions) (Wales) Regulations require the Corporate Joint Committee to prepare …" too.
const STATUTE = /^(?:section\s+\d+|part\s+\d+|the\s+(?:[A-Z(][\w'()-]*\s+){1,8}(?:act|regulations)(?:\s+\d{4})?|under\s+(?:section|the))\b[^.]{0,120}?\brequire[sd]?\b/i;
// "Cllr Sewell said that she would like the review to look at …": one member's wish, which no one took up.
const PERSONAL_WISH = /^(?!.*\b(?:agreed|undertook)\b)(?:a\s+member|(?:cllr\.?|councillor)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?|[A-Z][\w'-]+\s+[A-Z][\w'-]+)\s+(?:said|stated|commented|indicated|added|felt)\s+(?:that\s+)?(?:he|she|they)\s+would\s+(?:like|welcome|wish|want|prefer)\b/i;

// "RESOLVED that the Committee:" whose list did not come out as one: the head of a list says nothing itself.
const BARE_STEM_ONLY = /^(?:resolved|agreed|decided)\s*:?\s+that\s+(?:the\s+)?(?:committee|panel|board|sub-committee|commission|forum)\s*:-?$/i;
// "Members asked for this, and the Director agreed to provide it (see action below)": the action is recorded below.
const SEE_BELOW = /\(\s*see\s+(?:(?:the\s+)?actions?\s+)?(?:below|overleaf)\s*\)/i;
// "… explaining that the Commission had asked for an update following its session in July 2025": why the item is here.
const PAST_ASK = /\b(?:had|has|have)\s+(?:previously\s+|already\s+|earlier\s+)?(?:asked|requested|sought)\b/i;
// "A further copy would be provided on request": no promise to anyone.
// "The Overview and Scrutiny Committee was asked to review and scrutinise the performance information and, where
// appropriate, identify any issues to refer to the Executive Committee" (Tewkesbury): what the item was for.
const ITEM_REMIT = /^(?:the\s+)?(?:(?:[A-Z][\w&'-]*|and)\s+){0,6}(?:committee|panel|board|commission|sub-committee|members)\s+(?:was|were|is|are)\s+(?:being\s+)?asked\s+to\s+(?:review|scrutinise|scrutinize|consider|comment|note|examine|endorse|receive)\b/i;
// "The Chair invited the Head of Planning and Regeneration to respond." (Mansfield): the running of the meeting.
// "The Chair welcomed Councillor Wyn Ashdown, Chair of the Joint Overview and Scrutiny Committee (JOSC), to present the
// recommendations …" (South East Wales): who spoke to the item.
const WELCOMED_TO_PRESENT = /\bwelcomed\s+[^.]{2,160}?\s+to\s+(?:present|introduce|speak\s+to)\b/i;
// "Mr Orchard also sought the Committee's approval to amend the 2025/26 Plan …" (Mid and West Wales): decided there.
const APPROVAL_SOUGHT = /\bsought\s+(?:the\s+)?(?:committee|panel|board|authority|members)['’]s?\s+(?:approval|agreement|endorsement|views)\b/i;
// "Members wishing to attend courses were asked to contact the Deputy Town Clerk." (Hebden Royd): a notice to members, each to act if they wish.
const MEMBERS_TOLD_TO = /^(?:members|councillors)\b[^.]{0,80}?\bwere\s+(?:asked|invited|reminded|encouraged)\s+to\s+(?:contact|let|inform|notify|e-?mail|tell|speak\s+to|book\s+with)\b/i;
const INVITED_TO_SPEAK = /\binvited\s+(?:the\s+)?[^.]{2,80}?\s+to\s+(?:respond|reply|answer|speak|address\s+the\s+(?:committee|panel|meeting)|introduce|present\s+the\s+report|comment)\s*[.,;]?$/i;
// "… seconded … that the recommendations set out below be agreed.", "… that the Committee make the recommendations below." (Mansfield).
const BELOW_LIST = /\brecommendations?\s+(?:set\s+out\s+|listed\s+|shown\s+)?below\b/i;
// "The Assistant Director – Regulatory presented the report, which sought the Committee's views on …" (Boston): what the
// report was for.
// "Reason for Decision: Members wished to be able to scrutinise performance …" (Suffolk, after each decision): why, not what.
const REASON_GIVEN = /^reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)\s*:/i;
// "The Committee's views were sought as part of the consultation process." (West Yorkshire): the committee is the one asked.
const VIEWS_SOUGHT = /\b(?:committee|panel|board|commission|sub-committee|members)['’]s?\s+(?:views|comments|feedback)\s+(?:were|was|are|is)\s+(?:being\s+)?(?:sought|requested|invited)\b/i;
// "Report 47/25 of the Head of Governance was presented, which sought the appointment of Members to vacancies …" (Pembrokeshire
// Coast): what the report asked the meeting for, decided there.
const REPORT_SOUGHT = /\b(?:report|presentation|paper)\b[^.]{0,20}?\bwhich\s+sought\s+(?:the\s+)?(?:views\s+of\s+the\b|(?:committee|panel|board|commission|sub-committee)['’]s\b)|^(?:the\s+)?report(?:\s+\d{1,3}\/\d{2})?(?:\s+of\s+the\s+[A-Z][\w ]{2,60}?)?(?:\s+was\s+presented,?\s+which)?\s+(?:sought|seeks)\b/i;
// "(Cllr Dunmore asked that his abstention on R3 be recorded.)" (Brentwood): the record of the vote.
// "Members asked about the capacity of the … Select Committees … and it was confirmed that the Inward Focus Select Committee
// would complete its current review in January." (Ashfield): a question answered in the same breath.
// So is "Members requested an update on the outstanding actions arising from those minutes and officers reported that:" over
// the updates (West Devon).
const ASKED_AND_TOLD = /\b(?:requested|asked\s+for)\s+an?\s+update\b[^.]{0,200}?\band\s+officers\s+(?:reported|advised|confirmed|explained)\s+that\s*:-?$|\b(?:asked|queried|questioned)\s+(?:about|whether|how|what|why|when)\b[^.]{0,300}?\band\s+it\s+was\s+(?:confirmed|explained|advised|clarified)\s+that\b(?![^.]*\b(?:would|will)\s+(?:provide|circulate|share|send|forward|report\s+back|arrange|write)\b)/i;
// "The Chairman also reminded Members that the Budget Scrutiny Task Group would meet on the 2nd December 2025 …, as previously
// agreed" (Ashford), "Members noted that the Budget Scrutiny Panel would meet again on 2 December 2025, as already scheduled"
// (Reigate and Banstead): a body's meeting already arranged.
const REMINDED_OF_MEETING = /\b(?:reminded\s+(?:members|the\s+(?:committee|panel|board|commission))|noted)\s+that\s+(?:the\s+)?(?:[A-Z][\w&'-]*\s+){0,5}(?:group|panel|board|committee|forum|sub-committee|commission)\s+(?:would|will)\s+(?:next\s+|again\s+)?(?:meet|be\s+held)\b/i;
/** A member or members as the subject: "Members", "A Member", "Councillor Dakin", "Cllr Jane Moss". */
export const MEMBER_SUBJECT = String.raw`(?:members|(?<!crime\s)commissioners|(?:a|one|another)\s+(?:member|commissioner)|(?:councillor|cllr\.?)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)`;
// "Members asked about the likely cost of transition …; whether the Council's reserves could be protected …; and what
// arrangements would be made for staff." (Uttlesford): questions, whatever their verbs.
const ONLY_QUESTIONS = new RegExp(String.raw`^${MEMBER_SUBJECT}\s+(?:also\s+)?(?:asked|queried|questioned)\s+(?:about|whether|how|what|why|when|if)\b(?![^.]*\b(?:agreed|undertook|asked\s+(?:for|that)|requested|circulated?|provided?)\b)`, "i");
const VOTE_RECORDED = /\b(?:his|her|their)\s+(?:abstention|vote|dissent|objection)s?\b[^.]{0,40}?\bbe\s+recorded\b/i;
const ON_REQUEST = /\b(?:would|will|could)\s+be\s+(?:provided|made\s+available|sent)\s+on\s+request\b/i;
// "With reference to paragraph 4 of the Minute of the meeting … held on 13 March 2025, when it was agreed to undertake a
// scrutiny review …, there was submitted a report": what was agreed then, not now (North Lanarkshire).
const RECALLED = /^with\s+reference\s+to\s+(?:paragraph|minute|item)\b[^.]{0,200}?\bwhen\s+it\s+was\s+(?:agreed|decided|resolved)\b/i;
const pastAskOnly = (s: string) => PAST_ASK.test(s) && !/\b(?:agreed|undertook|will|would|asked|requested|requests?)\b/i.test(s.replace(PAST_ASK, ""));

const MEMBERS_ASK_FOR = new RegExp(String.raw`^(?!.*\b(?:agreed|undertook|offered|promised|committed)\s+to\b)${MEMBER_SUBJECT}\s+(?:also\s+)?(?:requested|asked\s+for|sought)\s+(?:a|an|the|more|further|details|information|figures|data|sight|copies|a\s+copy)\b`, "i");

const LATER_PROMISE = /,\s+and\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|&|–)){0,8}\s+(?:undertook|agreed|offered|promised)\s+to\s+[a-z]/;

/** A sentence of debate: a firm request or agreement, a request that may have been answered, or an undertaking. */
// "… RESOLVED: to adopt the revised Financial Regulations … with immediate effect. It was further RESOLVED: that the Deputy Town
// Clerk publish …" (Hebden Royd): a second resolution in the same paragraph, read as the first is.
// "Recommendation F&E25/47 – Financial Regulations. RESOLVED: that the revised Financial Regulations … be ADOPTED …" (Saffron
// Walden): a decision a paragraph's second sentence records, read as a resolution's point is; "RESOLVED THAT: the Responsible
// Financial Officer transfer £60,000 …" (Penrith) too.
const FURTHER_RESOLVED = /^[Ii]t\s+was\s+(?:further|also)\s+(?:RESOLVED|AGREED|resolved|agreed)\s*[:\-–]?\s*(?=(?:that|to)\b)|^(?:RESOLVED|AGREED)\s*[:\-–]\s*(?=that\b)|^(?:RESOLVED|AGREED)\s+THAT\s*:\s*/;

// "Councillor Okafor asked that Ward Members in the surrounding area be kept informed." (Merseyside Recycling and Waste
// Authority): a wish with nothing in it to track.
// "Members asked that they be kept informed of spending against the new budget lines." (Wells) too.
const KEPT_INFORMED = /^[^.;]{0,80}\b(?:asked|requested)\s+(?:that\s+)?[^.;]{0,80}?\bbe\s+kept\s+(?:informed|updated|up\s+to\s+date|in\s+the\s+loop)(?:\s+(?:of|on|about)\s+[^.;]{1,80})?\s*\.?$/i;
// "… and that he would be happy to answer questions outside the meeting." (Cardiff Public Services Board): an offer.
const HAPPY_TO_ANSWER = /\b(?:would|will)\s+be\s+(?:happy|pleased|glad|willing)\s+to\s+(?:answer|take|respond\s+to)\s+(?:any\s+)?(?:further\s+)?questions\b/i;

// "… the Department for Communities had not yet indicated when the settlement would be published" (NILGA): not known yet.
const NOT_YET_SAID_WHEN = /\b(?:had|has|have)\s+not\s+(?:yet\s+)?(?:indicated|confirmed|said|announced|decided)\s+(?:when|whether)\b[^.;]{0,80}\bwould\s+be\b/i;

// "A proposal from Cllr. A. Rahman that a review of … be added to the work programme was not supported by the Committee."
const PROPOSAL_NOT_SUPPORTED = /^(?:a|the)\s+(?:proposal|suggestion|request|motion)\b[^;]{0,220}?\b(?:was|were)\s+not\s+(?:supported|agreed|carried|seconded)\b/i;
// "… the Assistant Chief Fire and Rescue Officer agreed that future performance reports would show response times to primary
// fires in Rutland and Melton as a separate measure." (Leicester, Leicestershire and Rutland): what later reports will give.
const FUTURE_REPORTS_WILL = /\bagreed\s+that\s+(?:future|subsequent|the\s+next)\s+(?:[\w-]+\s+){0,3}?(?:reports?|updates?)\s+(?:would|will|should)\s+(?:include|show|set\s+out|contain|provide|report)\b/i;

// "Members remained concerned about the level of anti-social behaviour at Bradwell Common shops and asked that the clerk write to
// the Neighbourhood Inspector requesting additional evening patrols …" (Bradwell): a concern, then a task for someone named.
// "Members expressed concern at the limited assurance opinion … and requested that the Audit Services Manager submit a follow-up
// report …", "Members welcomed the improved timeliness of the audit and requested that Grant Thornton present …" (West Midlands Fire).
const CONCERN_THEN_TASK = /^[Mm]embers\s+(?:remained|were|expressed|raised|welcomed)\s+[^.;]{0,140}?\s+and\s+(?:asked|requested)\s+that\s+(?:the\s+[A-Za-z]|[A-Z])[\w ]{0,40}?\s+(?:write|circulate|provide|arrange|contact|liaise|submit|present|bring)\b/;

// "Council asked that the Finance & Administration Officer bring a paper …", "Council agreed that the Secretary respond …" (the
// Dartmoor Commoners' Council, which calls itself "Council" with no article).
// "Following discussion the Council agreed to write to the Thames Valley Police Neighbourhood Inspector …" (Chinnor Parish Council):
// the body deciding to write, in its own minutes.
const COUNCIL_DECIDES = /^council\s+(?:also\s+|further\s+)?(?:asked|agreed|resolved|requested|decided)\s+that\b|^(?:(?:following|after)\s+(?:discussion|debate),?\s+)?the\s+council\s+(?:also\s+|further\s+)?(?:agreed|resolved|decided)\s+to\s+(?:write|send\s+a\s+letter|reply)\s+to\b/i;

// "A revised Internal Audit resourcing plan, setting out how …, to be presented at the next meeting." (the Education Authority's
// audit committee): a paper the sentence directs, in the infinitive, to a meeting to come.
// "The final budget and precept to be presented to the January meeting for resolution." (Chinnor) too.
// And "The revised Financial Regulations are to be brought to the Finance & Policy Committee on 9th March 2026." (Tring).
const PAPER_TO_BE_PRESENTED = /^(?:An?|The)\s+(?:revised|updated|further|new|draft|detailed|full|final)\s+[^.;]{3,200}?,?\s+to\s+be\s+(?:presented|brought|submitted)\s+(?:back\s+)?(?:to|at)\s+(?:the|a)\s+(?:(?:next|future|following|[A-Z][a-z]+(?:\s+\d{4})?)\s+meeting\b|(?:[A-Z][\w&']*\s+|&\s+){1,5}(?:Committee|Panel|Board)\s+(?:on|in|at)\s)/;

// "Mountain biking to be a substantive item on the agenda for the March 2026 meeting, …" (Malvern Hills Trust).
// "The following items were requested for the February agenda: the defibrillator …" (Bildeston) too.
const ITEM_ON_AGENDA = /^[A-Z][^.;]{2,80}?\s+to\s+be\s+(?:a|an)\s+(?:substantive\s+|main\s+|separate\s+|full\s+)?item\s+on\s+the\s+agenda\s+(?:for|of|at)\s+(?:the|a|its)\s+|^The\s+following\s+(?:items?|matters?|topics?)\s+(?:was|were)\s+(?:requested|proposed|suggested|agreed)\s+for\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}(?:agenda|meeting)\s*:/;
// "The SCOTTISH BORDERS HEALTH & SOCIAL CARE INTEGRATION JOINT BOARD requested that …" (its name in capitals, as that board
// records each decision).
const BODY_IN_CAPITALS = /\bThe\s+(?:[A-Z&][A-Z&'-]*\s+){1,10}(?:BOARD|COMMITTEE|PANEL|PARTNERSHIP|AUTHORITY)\s+(?:also\s+)?(?:requested|recommended|agreed|resolved|asked)\s+(?:that|to)\b/;
// "Cllr Clay asked that Swindon's thanks be passed to the Agency's field team …" (the Thames flood committee): a courtesy.
function askedCourtesy(s: string): boolean {
  const m = /\b(?:asked|requested|proposed|suggested)\s+that\s+/i.exec(s);
  // Not "… asked that the Council's condolences be conveyed to his family, and the Mayor would write to Mrs Hollis" (Lewes).
  return m !== null && COURTESY.test(s.slice(m.index + m[0].length)) && !anyOf(LETTER, s);
}

export function classifySentence(given: string): DebateCue | null {
  // "If no date for clearance of the gully has been given, the Clerk to chase Highways by 31 January 2026 …" (Burnham Market): the
  // task under its condition.
  const condition = CONDITION_FIRST.exec(given);
  if (condition) return classifySentence(given.slice(condition[0].length));
  const s = withAgreedThat(given);
  // "(a) Church Walk: Following representations from residents …, RESOLVED that the Town Mayor write to …" (Ulverston): a
  // sub-heading and the occasion run on before the decision, which is read as it would be alone.
  const decided = /(?:[:,]\s+)(RESOLVED\s+(?:that|to)\s+\S.*)$/.exec(s);
  if (decided) {
    const kind = classifyPoint(decided[1]!.replace(/^RESOLVED\s+/, ""), "RESOLVED");
    return kind ? { type: "strong", kind } : null;
  }
  if (askedCourtesy(s)) return null;
  const further = FURTHER_RESOLVED.exec(s);
  if (further) {
    const kind = classifyPoint(s.slice(further[0].length), "RESOLVED");
    return kind ? { type: "strong", kind } : null;
  }
  // "… RESOLVED: To award £1,500. (P) HB (S) LS Agreed." (Deal Town Council) in the middle of a paragraph, "It was resolved to
  // accept the Committee's recommendation that the Community Engagement Officer obtain …" and "It was resolved to ratify the
  // action taken by the Town Clerk under delegated powers …" (Crediton): a decision is read as a resolution's point is.
  // Where the point's rules find nothing in "It was resolved to apply to the County Council for …", debate's rules may still.
  // "… at minute 5309. RESOLVED (all in favour) that the RFO bring a revised draft Grants Policy …" (Ilfracombe) too.
  // "Council RESOLVED to approve the payments." (Nailsworth) too.
  const opening = /^(?:It\s+was\s+(?:(?:further|also|unanimously)\s+)?(?:resolved|RESOLVED)\s+|(?:The\s+)?(?:Council|Committee|Board)\s+RESOLVED\s+|(?:RESOLVED|Resolved|AGREED|Agreed)\s*:\s+|(?:RESOLVED|AGREED)\s*\((?:all\s+in\s+favour|unanimous(?:ly)?|\d{1,2}\s+(?:votes?\s+)?(?:for|in\s+favour)[^()]{0,40})\)\s*:?\s*)(?=(?:That|To|that|to)\s+\w)/.exec(s);
  if (opening) {
    const kind = classifyPoint(s.slice(opening[0].length), "RESOLVED");
    if (kind) return { type: "strong", kind };
    // Nor in "It was resolved to confirm and sign the minutes …" (Launceston): a decision that only approves.
    if (!/^It\s/.test(opening[0]) || NOTE_ONLY.test(s.slice(opening[0].length))) return null;
  }
  if (s.length > 1500 || PROCEDURAL.test(s) || SETTLED_AT_MEETING.test(s) || DONE_ALREADY.test(s) || DECIDED_NOT.test(s) || LIST_INTRO.test(s) || BARE_STEM_ONLY.test(s) || AS_USUAL.test(s) || REPORT_SAYS.test(s) || PERSONAL_WISH.test(s) || STATUTE.test(s) || RECOMMENDS_NOTING.test(s) || SEE_BELOW.test(s) || RECALLED.test(s) || pastAskOnly(s) || ON_REQUEST.test(s) || ITEM_REMIT.test(s) || INVITED_TO_SPEAK.test(s) || MEMBERS_TOLD_TO.test(s) || WELCOMED_TO_PRESENT.test(s) || APPROVAL_SOUGHT.test(s) || BELOW_LIST.test(s) || REPORT_SOUGHT.test(s) || VIEWS_SOUGHT.test(s) || REASON_GIVEN.test(s) || VOTE_RECORDED.test(s) || ASKED_AND_TOLD.test(s) || REMINDED_OF_MEETING.test(s) || ONLY_QUESTIONS.test(s) || KEPT_INFORMED.test(s) || HAPPY_TO_ANSWER.test(s) || NOT_YET_SAID_WHEN.test(s) || PROPOSAL_NOT_SUPPORTED.test(s) || AMENDMENT_MOVED.test(s) || VOTED_DOWN.test(s) || AGREED_NONE.test(s)) return null;
  if (SUGGESTED_TO_EXECUTIVE.test(s) || BODY_WILL_RECOMMEND.test(s)) return { type: "strong", kind: "recommendation" };
  // "… RESOLVED: To award £1,500. (P) HB (S) LS Agreed." (Deal Town Council) in the middle of a paragraph: a decision read as
  // a resolution's point is read, and a grant made there and then is no task.
  if ((STRONG_SUBJECT.test(s) || BODY_IN_CAPITALS.test(s) || INITIALS_DECIDE.test(s) || NOTED_THEN_DECIDED.test(s) || (STRONG_OPENING.test(s) && !ONLY_NOTED.test(s)) || NAMED_ASKS.test(s) || CONCERN_THEN_TASK.test(s) || COUNCIL_DECIDES.test(s) || REMARK_THEN_ASKS.test(s) || (mayWishOrMotion(s) && (CARRIED_MOTION.test(s) || WISH.test(s)))) && !NOTE_CLAUSE.test(s) && !AGREED_ONLY_NOTING.test(s) && !QUESTION.test(s)) {
    // "Members agreed that it would be helpful to understand …, and the Director of Corporate Services undertook to
    // arrange a Members' seminar" (Shetland): a view, and then a promise, read clause by clause.
    if (isView(s)) {
      const promise = LATER_PROMISE.exec(s);
      return promise ? { type: "undertaking", kind: debateKind(s.slice(promise.index)) } : null;
    }
    const kind = debateKind(s);
    // What members would like to see or welcome comes to them: a request, whatever its verb.
    return { type: "strong", kind: kind === "action" && WISH.test(s) && !STRONG_SUBJECT.test(s) ? "request" : kind };
  }
  // "Officers noted a request for the independent evaluation to be shared with the local ward members" (Carmarthenshire).
  if (NOTED_REQUEST.test(s)) return { type: "strong", kind: debateKind(s) === "action" ? "request" : debateKind(s) };
  if (mayAgreePassive(s) && AGREED_PASSIVE.test(s) && !NOT_NOW.test(s) && !DECIDED_ELSEWHERE.test(s)) return { type: "commitment", kind: debateKind(s) };
  // Not "A member asked whether the Teesworks site could be added to the work programme.": a question, whatever its answer.
  if ((WP_DEBATE.test(s) && !ASKED_WHETHER.test(s)) || DEFERRED.test(s) || ITEM_ON_AGENDA.test(s)) return { type: "commitment", kind: "work-programme" };
  // "The item will return to the Commission in April" is business for that meeting; "an update will come back", information.
  if (COMES_BACK_SHORTHAND.test(s)) return { type: "commitment", kind: "work-programme" };
  if (COMES_BACK.test(s) && !NOT_NOW.test(s)) return { type: "commitment", kind: /^(?:the\s+)?(?:item|matter|issue|topic)\b/i.test(s) ? "work-programme" : "request" };
  if (DELEGATED.test(s) && !/\b(?:had|has|have)\s+(?:been\s+)?delegated\b|\bunder\s+(?:the\s+)?(?:delegated\b|(?:authority|powers?)\s+delegated\b)/i.test(s)) return { type: "strong", kind: "action" };
  if (anyOf(LETTER, s) && /\b(?:will|would|agreed|undertook|should|is\s+to|are\s+to)\b/i.test(s) && !/\b(?:wrote|had\s+written|has\s+written|was\s+sent|were\s+sent)\b/i.test(s)) {
    return { type: "undertaking", kind: "letter" };
  }
  if (PAPER_TO_BE_PRESENTED.test(s)) return { type: "commitment", kind: "request" };
  const passive = COMMITMENT_PASSIVE.exec(s);
  // "Councillor STRACHAN asked when the revised timeline … would be made available to members." (Tayside Contracts): a question.
  if (passive && !/\b(?:asked|queried|enquired|inquired|questioned)\s+(?:when|whether|if|how|why)\b/i.test(s.slice(0, passive.index + 40)) && !NOT_NOW.test(passive[0].slice(0, 40 + passive[0].search(/\b(?:would|will|to|should|shall)\s+(?:then\s+)?be\b/i)))) {
    const verb = passive[1]!.toLowerCase();
    const tail = passive[2]!;
    const delivery = !/^(?:sought|brought|presented|submitted|added|arranged)$/.test(verb);
    if (TO_COMMITTEE.test(tail) || AFTER_MEETING.test(tail) || (delivery && !ELSEWHERE.test(tail))) return { type: "commitment", kind: debateKind(s) };
  }
  if (INVITED.test(s) && /\b(?:would|will|to|should)\s+be\s+invited\b/i.test(s)) return { type: "commitment", kind: "action" };
  // "Members requested a breakdown …, together with the average time taken to complete a repair": their ask, not
  // an undertaking of whoever "takes" it.
  if (MEMBERS_ASK_FOR.test(s)) return { type: "weak", kind: "request" };
  // "X would circulate …" counts only when X is someone: the extractor checks the owner.
  const undertaking = OWNER_UNDERTAKES.exec(s);
  // Lower case only: "expected in May 2026 and agreed to share" names a month, not a maybe.
  // "… the service had restructured its repairs triage to meet them": a purpose in a report of what was done.
  // So is "The Panel Support Officer presented a draft scope for a new Task and Finish Group to examine the response …"
  // (Merseyside): what the group presented would do.
  const purpose = undertaking !== null && /^to\s/i.test(undertaking[0]) && /\b(?:had|has|have)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ne|nt)\b|\b(?:presented|introduced|outlined|tabled)\s+(?:a|an|the)\s+[^.;]{1,80}$/i.test(s.slice(0, undertaking.index)) && !/\b(?:would|will|agreed|undertook)\b/i.test(s);
  if (undertaking && !purpose && !/\b(?:could|might|may)\b/.test(s.slice(Math.max(0, undertaking.index - 30), undertaking.index + 1))) {
    return { type: "undertaking", kind: debateKind(s) };
  }
  if (SHORTHAND.test(s) || AGREED_TO_IT.test(s)) return { type: "undertaking", kind: debateKind(s) };
  // "A written reply to be sent to Mr Hannaford setting out the options … [Action: RH]", "The two Board vacancies to be advertised in
  // January 2026 … [Action: NS]" (the Dart Harbour and Navigation Authority): a task in shorthand, its owner in the action column.
  if (ACTION_NOTE.test(s) && TO_BE_DONE.test(s) && !NOT_NOW.test(s)) return { type: "commitment", kind: debateKind(s) };
  // "Quotations to be sought for the repair of the pavilion roof, for consideration at the February meeting." (Haddenham): the
  // shorthand of quotations, with or without an owner beside it.
  if (QUOTES_TO_BE.test(s) && !NOT_NOW.test(s)) return { type: "commitment", kind: debateKind(s) };
  if (FUTURE_REPORTS_WILL.test(s)) return { type: "undertaking", kind: "request" };
  const weak = WEAK.exec(s);
  if (weak && !REPORTED.test(s.slice(0, weak.index)) && !/\b(?:asked|queried|questioned|requested)\s+(?:whether|if)\b|\b(?:asked|queried|questioned)\s+(?:how|what|why|when|who|about|which)\b/i.test(s)) {
    return { type: "weak", kind: "request" };
  }
  return null;
}

const CONDITION_FIRST = /^(?:If|Unless|Once|Should)\s[^,;]{3,150},\s+(?=(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s+to\s+(?!be\b)[a-z]{3,})/;

// "It was AGREED the Clerk submit the Council's objections …", "It was further AGREED the Town Mayor write to …" (Hexham Town
// Council): a decision with no "that", read as one with it.
// Case matters after "the": the role is in capitals, the verb is not ("It was agreed the report was helpful" is no decision).
// So is "Members agreed the Clerk should reply in writing to the resident …" (Chatteris).
const AGREED_NO_THAT = new RegExp(String.raw`\b([Ii]t\s+was\s+(?:(?:further|also|unanimously)\s+)?(?:agreed|resolved|AGREED|RESOLVED)|[Mm]embers\s+(?:agreed|decided))\s+(?=the\s+(?:[A-Z][\w'-]*\s+){1,5}(?:should\s+|would\s+)?${DOES_VERB}\b)`);
// "… seconded by Cllr Kettle and agreed by all to recommend to Fenland District Council that …" (Chatteris): who agreed is no part of it.
export const withAgreedThat = (s: string) => s.replace(AGREED_NO_THAT, "$1 that ").replace(/\b(agreed|AGREED)\s+by\s+all(?=\s+(?:to|that)\b)/, "$1");

const ACTION_NOTE = /\[Action:\s*[^\]]{1,40}\]/;
// "… Passenger Transport to be contacted about the damaged shelter …   Action: NB" (South Woodham Ferrers) too.
const QUOTES_TO_BE = /^(?:(?:three|two|further|new|at\s+least\s+\w+)\s+)?(?:quotations|quotes|tenders)\b[^.;]{0,120}?\s+(?:are\s+)?to\s+be\s+(?:sought|obtained|invited|requested)\b/i;
// "The lengthsman to be asked to clear the ditch …   KW" (Bottisham), "Volunteers to be recruited for the relaunch of Community Speedwatch …
// PN" (Papworth Everard) too.
const TO_BE_DONE = /\bto\s+be\s+(?:sent|contacted|approached|chased|advertised|written|prepared|arranged|published|issued|placed|made|obtained|sought|installed|repaired|replaced|ordered|booked|renewed|updated|re-?laid|carried\s+out|inspected|recruited|(?:asked|instructed)\s+to\s+[a-z]{3,})\b/i;

const ASKED_WHETHER = /\b(?:asked|queried|enquired|inquired|questioned|wondered)\s+(?:whether|if)\b[^.;]{0,120}?\b(?:could|would|might|should)\s+be\b/i;
const PROPOSAL = /\b(?:proposed|suggested|moved|asked|requested)\b[^.]{0,80}?\bthat\b/i;
const CARRIED = /^(?:this|that|the\s+(?:proposal|motion|suggestion|request|recommendation))\s+was\s+(?:(?:unanimously|duly)\s+)?(?:agreed|carried|accepted|supported|approved)\b/i;

/** "The Chair proposed, and the Vice-Chair seconded, that the Committee write to … This was agreed.": the
 *  sentence after a proposal makes it a decision. */
export function agreedAfter(s: string, next: string | undefined): DebateCue | null {
  // "It was PROPOSED that the Council recommends to the Vale of White Horse District Council that … This was SECONDED and RESOLVED."
  // (Faringdon, whose every decision is so minuted): what was proposed is read as a resolution's point, so that one that only
  // approves or notes is none.
  const proposed = next !== undefined && SECONDED_RESOLVED.test(next) ? /^it\s+was\s+proposed\s+that\s+/i.exec(s) : null;
  if (proposed) {
    const kind = classifyPoint(s.slice(proposed[0].length), "RESOLVED");
    return kind ? { type: "strong", kind } : null;
  }
  // "It was PROPOSED by Councillor R Dunmore and SECONDED by Councillor T Ashworth to recommend to Greater Cambridge Shared Planning
  // that …" over "VOTE: 10 FOR : 1 ABSTENTION" (Sawston): carried by the count, more for than against.
  const moved = next !== undefined ? /^it\s+was\s+proposed\s+by\s+[^.;]{3,80}?\s+and\s+seconded\s+by\s+[^.;]{3,80}?\s+(to\s+\S.*)$/i.exec(s) : null;
  const vote = moved ? /^vote\s*:\s*(\d+)\s+for\b(?:[^.]*?\b(\d+)\s+against\b)?/i.exec(next!) : null;
  if (moved && vote && Number(vote[1]) > Number(vote[2] ?? 0)) {
    const kind = classifyPoint(moved[1]!, "RESOLVED");
    return kind ? { type: "strong", kind } : null;
  }
  return next !== undefined && CARRIED.test(next) && PROPOSAL.test(s) && !PROCEDURAL.test(s) && !SETTLED_AT_MEETING.test(s) && !LIST_INTRO.test(s) ? { type: "strong", kind: debateKind(s) } : null;
}
const SECONDED_RESOLVED = /^this\s+was\s+(?:duly\s+)?seconded\s+and\s+(?:resolved|agreed|carried)\b/i;

export function isAnswer(s: string): boolean {
  return ANSWERED.test(s);
}

// "asked that the Committee look at air quality around schools": the committee's own future business.
const COMMITTEE_LOOKS_AT = /^(?:.*?\b(?:asked|requested|proposed|suggested)\s+that\s+)?(?:the\s+)?(?:committee|panel|commission|board|sub-committee|forum)\s+(?:should\s+)?(?:look\s+at|look\s+into|examine|scrutinise|scrutinize|consider|review)\b/i;

export function debateKind(s: string): ActionKind {
  if (anyOf(LETTER, s)) return "letter";
  if (COMMITTEE_LOOKS_AT.test(s)) return "work-programme";
  if (WP_DEBATE.test(s) || anyOf(WORK_PROGRAMME, s) || DEFERRED.test(s)) return "work-programme";
  // "The Panel agreed to recommend to Cabinet that …", "… recommended to Cabinet, at its meeting on 10 December 2025, that …".
  if (/\b(?:agreed|resolved|decided)\s+to\s+recommend\b|\brecommend(?:ed|s)\s+(?:to\s+[\w' ]{2,60}(?:,\s+(?:also\s+)?(?:at|for)\s+its\s+meeting\s+on\s+[^,]{3,40},)?\s+)?that\b|\brefer(?:red)?\s+(?:the\s+(?:\w+\s+)?decision\s+)?back\s+to\b/i.test(s)) return "recommendation";
  if (/\b(?:asked|requested)\s+for\b|\brequested\s+(?:a|an|the|further|more|details|information)\b|\b(?:receive|sight\s+of)\b/i.test(s)) return "request";
  const verb = mainVerbKind(s.replace(/^.*?\b(?:requested|asked|agreed)\s+that\s+/i, ""));
  return verb ?? (INFO.test(s) || REPORT_BACK.test(s) ? "request" : "action");
}
