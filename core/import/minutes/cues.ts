// Cue phrases: which words make a resolution point or a sentence of debate something someone must do
// after the meeting, and which kind of tracker entry it is. Noting, approving and welcoming are not
// actions; requesting, recommending, writing, adding to the work programme and agreeing to do are.
// The kind follows the main verb: "write to" is a letter, "provide a briefing" a request.
import type { ActionKind } from "./types.js";
import { findOwner, subjectThatDoes } from "./owners.js";
import { FULL_MONTH, SCHEDULE_OF_MEETINGS } from "./dates.js";

export const INFO_NOUN = String.raw`(?:briefings?(?:\s+(?:notes?|papers?|sessions?))?|notes?|reports?|updates?|information|details?|data|figures|breakdowns?|responses?|answers?|cop(?:y|ies)|presentations?|explanations?|clarification|summary|summaries|analys[ie]s|statistics|lists?|papers?|timelines?|letters?|feedback|numbers|costings?|evidence|comparisons?|results|outcomes?|findings|modelling|survey\s+results|drafts?|quotes|quotations?|estimates)`;
export const INFO = new RegExp(String.raw`\b${INFO_NOUN}\b`, "i");
const MODAL_BE = String.raw`(?:be|is|are|to\s+be|will\s+be|would\s+be|should\s+be|shall\s+be|being|must\s+be)`;
// "work programme", "work schedule", "forward plan": what councils call the list of future business.
// Shetland's committees keep a "Business Programme".
export const WP_NOUN = String.raw`(?:work\s*(?:programme|schedule|plan)|business\s+programme|annual\s+(?:work\s+)?programme\s+\d{4}|forward\s+(?:work\s+)?(?:plan|programme|planner)|list\s+of\s+(?:forthcoming|future)\s+items)`;

// "The Chair asked Members to ensure that microphones were switched on when speaking." (North Central London) too.
// "The Committee will convene to consider the following items:" (Totnes, after public question time) is the meeting resuming;
// "… could remain in the meeting for the item but would take no part in any decision" (NILGOSC), a declaration's terms.
// "… it was resolved that, pursuant to the Act referred to above, it be considered in private, with the public being excluded …"
// (Coychurch Crematorium) is the exclusion of the public however it is worded. "Councillor Jago requested a recorded vote on the
// substantive motion." (Saltash) is how the vote was taken.
export const PROCEDURAL = /\b(?:microphones?\s+(?:were|was|are|is|be)\s+switched\b|suspended\s+standing\s+orders\b|standing\s+orders\s+(?:were|was)\s+(?:suspended|reinstated)\b|correct\s+record|true\s+record|accurate\s+record|apologies\s+(?:for\s+absence\s+)?(?:were|was)\s+(?:received|noted)|no\s+(?:declarations|apologies)|declarations?\s+of\s+interest\s+(?:were|was)\s+(?:made|received|noted)|there\s+were\s+no\s+(?:declarations|apologies|questions)|^no\s+(?:additional\s+|other\s+|further\s+|urgent\s+)?(?:items?|matters?)\s+of\s+(?:urgent\s+)?business\b|signed\s+by\s+the\s+chair|exclu(?:de|sion\s+of)\s+(?:the\s+)?(?:members\s+of\s+the\s+)?(?:press|public)|\b(?:asked|requested)\s+that\s+(?:it\s+be\s+recorded\s+that\s+(?:he|she|they)\s+(?:had\s+)?(?:voted|abstained)|(?:his|her|their)\s+(?:vote|abstention|dissent)\s+(?:against\s+[^.;]{1,60}\s+)?be\s+recorded)\b|\b(?:requested|asked\s+for|called\s+for)\s+a\s+recorded\s+vote\b|\b(?:remaining\s+)?(?:items?|business|it)\s+be\s+(?:considered|taken)\s+in\s+private\b|\b(?:the\s+)?(?:public|press)\s+(?:being|be)\s+excluded\b|\bconsider\s+(?:the\s+following|the\s+remaining|this|that)\s+items?\s+in\s+private\b|\bpress\s+and\s+(?:the\s+)?public\s+(?:be|are)\s+(?:temporarily\s+)?excluded\b|\b(?:re)?convene[ds]?\s+to\s+consider\s+the\s+following\s+items?\b|\b(?:take|took|taking)\s+no\s+part\s+in\s+(?:any\s+|the\s+)?(?:decision|discussion|vote|voting|debate)s?\b|\b(?:leave|left|withdraw|withdrew)\s+(?:from\s+)?the\s+(?:meeting|room|chamber)\s+for\s+(?:the\s+duration\s+of\s+)?(?:that|this|the)\s+item\b)/i;

export const LETTER = [
  /\b(?:[Ww]rite|writes|writing)\s+(?:a\s+letter\s+|formally\s+|jointly\s+|again\s+)?(?:to\s+(?:the|a|an|all|each|his|her|their|local|relevant|[A-Z])|on\s+behalf)/,
  // "A written response will be sent to Mr Hall once a reply has been received …" (Morpeth) too.
  new RegExp(String.raw`\b(?:letters?|correspondence|written\s+(?:response|reply))\b[^.]{0,120}?\b${MODAL_BE}\s+(?:\w+ly\s+)?(?:sent|written|drafted|issued|prepared)\b`, "i"),
  /\b(?:send|sends|sending|issue|issues|draft|drafts)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}?letters?\b/i,
  /(?<!could\s|might\s|may\s|not\s)\bbe\s+written\s+to\s+(?:the|a|an|all|each|[A-Z])/,
];

export const WORK_PROGRAMME = [
  new RegExp(String.raw`\b${MODAL_BE}\s+(?:\w+ly\s+)?(?:added|included|scheduled|programmed|placed|put|built)\s+(?:in|into|on|onto|to)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w/'-]+\s+){0,3}?(?:${WP_NOUN}|agenda)`, "i"),
  // "(b) that the Safer Melton Partnership annual update return to the Committee in June 2026" (Melton).
  /\b(?:update|report|review)\s+(?:to\s+)?(?:return|come\s+back)\s+to\s+(?:the\s+|this\s+)?(?:committee|panel|board|commission)\b/i,
  // "That a scrutiny review of public conveniences provision be scoped for inclusion in the 2026/27 Work Programme." (Derbyshire Dales).
  new RegExp(String.raw`\b${MODAL_BE}\s+(?:scoped|considered|prepared|developed)\s+for\s+inclusion\s+in\s+(?:the\s+|its\s+)?(?:[\w/'-]+\s+){0,3}?${WP_NOUN}`, "i"),
  // "the Panel receive a further update on winter performance in April 2026", read without "the Panel".
  /^(?:to\s+)?receives?\s+(?:a|an)\s+(?:further\s+|progress\s+|follow-up\s+)?(?:update|report|briefing|presentation)\b(?![^.;]*\b(?:today|this\s+meeting|at\s+the\s+meeting)\b)/i,
  // "… also be considered for pre-decision scrutiny".
  /\b(?:be|being|to\s+be)\s+(?:also\s+)?(?:considered|selected|scheduled|brought)\s+for\s+pre-?decision\s+scrutiny\b/i,
  // "… the leisure centres be subject to pre-decision scrutiny at the March meeting" (Greenwich).
  /\b(?:be|being|to\s+be)\s+(?:made\s+)?subject\s+to\s+pre-?decision\s+scrutiny\b/i,
  // "the planned item on Right to Buy receipts to be carried forward to the 2026/27 work programme".
  new RegExp(String.raw`\b${MODAL_BE}\s+(?:carried|rolled|moved|deferred)\s+(?:forward|over)?\s*(?:in|into|on|onto|to)\s+(?:the\s+|its\s+|next\s+year'?s\s+)?(?:[\w/'-]+\s+){0,3}?${WP_NOUN}`, "i"),
  new RegExp(String.raw`\b(?:add|adds|include|includes|schedule|schedules)\b[^.]{0,120}?\b(?:to|in|into|on)\s+(?:the\s+|its\s+|their\s+)?(?:[\w/'-]+\s+){0,3}?${WP_NOUN}\b`, "i"),
  // "the work programme be approved, subject to / with the addition of an item on …"
  new RegExp(String.raw`\b${WP_NOUN}\b[^.]{0,100}?\b(?:subject\s+to|with|including)\s+the\s+(?:inclusion|addition)\s+of\b`, "i"),
  new RegExp(String.raw`\b(?:inclusion|addition)\s+of\s+(?:a|an|the)\s+[^.]{0,120}?\b(?:in|on|to|into)\s+(?:the\s+)?(?:[\w/'-]+\s+){0,3}?${WP_NOUN}\b`, "i"),
  /\ballocation\s+of\s+(?:a|an|the)\s+[^.]{0,120}?\bto\s+the\s+meeting\b/i,
  // "subject to a review of temporary accommodation being added for the meeting on 25 March".
  /\badded\s+(?:to|for|at)\s+(?:the|its|a|their)\s+(?:[\w'-]+\s+){0,4}?(?:meeting|agenda)\b/i,
  // "To receive a further update on the review at the Committee's meeting on 14 July", "… at its meeting in June".
  /^(?:to\s+)?receive\s+(?:a\s+|an\s+|the\s+)?(?:[\w'-]+\s+){0,3}?(?:update|report|briefing|presentation)\b[^.]{0,140}?\b(?:at|to)\s+(?:the|its|a|their)\s+(?:[\w'-]+\s+){0,3}meeting\b/i,
  // "a presentation on delayed discharge to be scheduled for a future meeting".
  /\b(?:be|is|to\s+be)\s+(?:scheduled|programmed|brought|presented)\s+(?:for|to|at)\s+(?:a|the)\s+(?:future|later|forthcoming|subsequent)\s+meeting\b/i,
  // "to add an item on CAMHS waiting times to the meeting on 25 March", "schedule the annual session for the March meeting".
  // Not "including": "note the agenda plan, including the updates reported at the meeting" adds nothing.
  // "RESOLVED to put the Christmas lights 2026 contract and budget on the agenda for the March meeting" (Stalham) too.
  /\b(?:add|adds|adding|include|includes|schedule|schedules|scheduling|put|place)\s+(?:a|an|the|consideration\s+of)\s+[^.]{0,120}?\b(?:to|at|on|for|in)\s+(?:the|its|a|their)\s+(?:[\w'-]+\s+){0,4}?(?:meeting|agenda)\b/i,
  // "It was AGREED that a report on the quotes and the remaining low-risk items come to the April meeting" (Stalham).
  /^(?:that\s+)?(?:a|an|the)\s+(?:further\s+|full\s+|revised\s+)?(?:report|update|paper)\b[^.;]{0,120}?\s+(?:come|comes|return|returns)\s+(?:back\s+)?to\s+(?:the|a)\s+(?:[\w'-]+\s+){0,2}meeting\b/i,
  /\bitem\b[^.]{0,80}?\b(?:be|is|to\s+be)\s+(?:moved|deferred|brought\s+forward|rescheduled|re-scheduled|added|scheduled|programmed)\b/i,
  // "the precept decision be deferred to the January meeting": it goes on that meeting's agenda.
  // "The Youth Justice Plan was moved from the April meeting to the June meeting", "CAMHS was added to the April meeting".
  // "… be deferred and brought back to the next meeting once the group's latest accounts have been received" (Barnstaple) too.
  /\b(?:be|is|was|were|to\s+be)\s+(?:deferred\s+and\s+)?(?:deferred|adjourned|carried\s+forward|brought\s+back|moved|rescheduled|added)\s+(?:from\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}meeting\s+)?(?:to|until)\s+(?:the|a|its)\s+(?:[\w'-]+\s+){0,2}meeting\b/i,
  // "A further update to come to the Committee's December meeting", "Winter planning to be considered at the next meeting".
  /\bto\s+(?:come|return)\s+(?:back\s+)?to\s+(?:the|a|its|their)\s+(?:[\w'-]+\s+){0,3}?meeting\b/i,
  // "removed from the 2024/25 work programme to come back in the new municipal year".
  /\bto\s+(?:come|return)\s+back\s+(?:to\s+(?:the\s+)?\w+\s+)?(?:in|at|during)\s+(?:the\s+)?(?:new|next|following)\s+(?:municipal|civic|financial|council)\s+year\b/i,
  /(?<!\b(?:items?|business|matters)\s)\bto\s+be\s+(?:considered|discussed|scrutinised|scrutinized|taken)\s+at\s+(?:the|a|its|their)\s+(?:[\w'-]+\s+){0,3}?meeting\b/i,
  // "a report on the first six months' operation …, be brought to the Committee in November 2026": business for a month.
  // "THAT the first annual delivery plan for the Strategy be brought forward for consideration by the Authority in April
  // 2026." (North London Waste Authority) too.
  // "… that a post-season review of the winter service be reported by the Head of Roads and Fleet Services to the Joint
  // Committee in June, 2026." (Tayside Contracts) too.
  new RegExp(String.raw`\b(?:be|is|to\s+be)\s+(?:brought|submitted|presented|reported)\s+(?:back\s+|forward\s+)?(?:by\s+(?:the\s+)?[A-Z][^,.;]{2,80}?\s+)?(?:to|for\s+consideration\s+by)\s+(?:the|this)\s+(?:joint\s+)?(?:committee|panel|board|commission|sub-committee|authority)\s+(?:in|during)\s+${FULL_MONTH},?\s+\d{4}\b`, "i"),
  // "the action plan be brought to the Committee's January meeting": business for a named meeting.
  /\b(?:be|is|to\s+be)\s+(?:brought|submitted|presented|taken)\s+(?:back\s+)?to\s+(?:the|a|its|their)\s+(?:[\w'-]+\s+){0,3}?meeting\b/i,
  // "That the Car Parking Strategy Review be brought to the Committee for pre-scrutiny at its meeting on 10 February 2026" (Great Yarmouth).
  /\b(?:be|is|to\s+be)\s+(?:brought|submitted|presented|taken)\s+(?:back\s+)?to\s+(?:the|this)\s+(?:committee|panel|board|commission|sub-committee)\s+for\s+(?:pre-?(?:decision\s+)?scrutiny|consideration|scrutiny)\s+at\s+(?:its|the|a)\s+(?:[\w'-]+\s+){0,2}?meeting\b/i,
];

const RECOMMEND = [
  // "RESOLVED to recommend refusal to South Cambridgeshire District Council on the grounds of …" (Willingham, Longstanton, Meldreth):
  // the Council's view, sent to the planning authority named.
  /^(?:to\s+)?recommend\s+(?:refusal|approval)\s+to\s+(?:the\s+)?[A-Z][\w'&-]*\s+(?:[A-Z][\w'&-]*\s+){0,4}(?:Council|Authority)\b/,
  // "(ii) to urge Somerset Council to complete a review of the Wells Conservation Area Appraisal …" (Wells City Council).
  /^(?:to\s+)?urges?\s+(?:the\s+)?[A-Z][\w'&]*(?:\s+(?:[A-Z][\w'&]*|of|for|and|&)){0,6}\s+to\s+[a-z]{3,}/,
  // "the Policy and Resources Committee be recommended, at its meeting on 11 February 2026, to approve …".
  /\bbe\s+recommended\s*,/i,
  // "(2) the Authority be recommended at the same meeting to approve the 2026/27 revenue budget …" (Lee Valley).
  /\bbe\s+recommended\s+at\s+(?:the\s+same|that|its\s+next|its)\s+meeting\b[^.;]{0,40}?\s+to\b/i,
  // "That The Cabinet be recommended not to introduce Sunday charging …" (Stratford-on-Avon) as well.
  // "… recommended to Cabinet, at its meeting on 10 December 2025, that …" (Warwick) as well.
  /\b(?:recommends?|recommended|recommend)\s+(?:to\s+(?:the\s+)?[\w ]{2,40}?(?:,\s+(?:also\s+)?(?:at|for)\s+its\s+meeting\s+on\s+[^,]{3,40},)?\s+)?(?:not\s+)?(?:that|to)\b/i,
  /\b(?:calls?|called)\s+(?:up)?on\s+(?:the\s+)?(?:[\w']+\s+){0,4}?(?:executive|cabinet|council|government|minister|secretary|member|leader|board|authority|partners?|nhs|ccg|trust)\b/i,
  /\burges?\s+(?:the|all)\b/i,
  // A called-in decision "referred back to Cabinet for reconsideration" is the committee's recommendation to it.
  /\brefer(?:red|s)?\s+(?:the\s+(?:\w+\s+)?decision\s+)?back\s+to\s+(?:the\s+)?(?:cabinet|executive|council|decision[- ]maker|leader|cabinet\s+member|executive\s+member)\b/i,
  // "b) recommend the revised Policy to the Fire Authority for adoption at its meeting on 11th December 2025" (Cambridgeshire
  // and Peterborough Fire Authority's committee): what is recommended first, then to whom.
  /^(?:to\s+)?recommends?\s+(?:the\s+)?[^.;]{3,120}?\s+to\s+(?:the\s+)?[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,5}\s+for\s+(?:adoption|approval|endorsement|decision)\b/i,
];

// "e) the board supports the continued application of the 2% adult social care precept" (Herefordshire): its own view.
const COURTESY_ONLY = /^(?:to\s+)?(?:the\s+(?:board|committee|panel|commission)\s+)?(?:notes?|noted|thanks?|thanked|welcomes?|welcomed|congratulates?|records?|places?\s+on\s+record)\b|^(?:the\s+(?:board|committee|panel|commission)\s+supports?|supports)\b/i;

/** Verbs that open a resolution point which only notes or approves; not "… in its Partnership Plan, to be agreed at the
 *  Partnership's meeting in February 2026" (Hart), which says when someone else agrees it. */
export const NOTE_ONLY = /^(?:to\s+)?(?:it\s+be\s+noted\s+that|notes?|noted|grants?|granted|receives?|received|receive|approves?|approved|approve|endorses?|endorsed|endorse|welcomes?|welcomed|welcome|supports?|supported|support|recognises?|recognised|recognizes?|acknowledges?|acknowledged|thanks?|thanked|congratulates?|accepts?|accepted|accept|adopts?|adopted|adopt|confirms?|confirmed|confirm|agrees?\s+the\s+minutes|reviews?\s+the|reviewed|considers?\s+the|considered|comments?|retains?|continues?\s+to\s+(?:monitor|keep)|expresses?|expressed|records?|places?\s+on\s+record|is\s+assured|was\s+assured|be\s+noted|the\s+[\w'"]+(?:,?\s+[\w'"&/().–—-]+){0,16}?,?\s+(?<!\bto\s+)(?:be|(?:is|are)(?=\s+\w+\s*[.;,]?\s*(?:and)?\s*$))\s+(?:noted|received|approved|endorsed|welcomed|accepted|adopted|agreed|confirmed|supported|awarded|taken\s+into\s+account))\b/i;
// "it be recommended to the Council to note the Quarter 3 Monitoring Report": the Council is asked only to note.
// So is "… it was agreed to recommend to Council that the Quarter 2 Progress Report … be noted."
export const RECOMMENDS_NOTING = /(?:^(?:that\s+)?(?:it\s+be\s+recommended|(?:the\s+[\w-]+\s+)?recommends?|recommended)|\bagreed\s+to\s+recommend)\s+to\s+(?:the\s+)?[A-Z][\w'&]*(?:\s+[A-Z&][\w'&]*){0,6}\s+(?:to\s+note\b|that\s+(?:it\s+)?notes?\b|that\s+the\s+[^.;:]{1,200}?\s+be\s+noted\s*\.?$)/i;
// "… be endorsed and forwarded to Cabinet", "The report … be referred to Cabinet": the committee's view sent to the
// executive, which must answer it (the group names whom). Not "comments … to be submitted to Cabinet in January".
// "… be approved and referred to the Overview and Scrutiny Board on 4 February 2026, and thereafter to the Executive"
// (Middlesbrough) goes to the executive too, by way of the board; so does "… be endorsed and referred, together with its
// recommendations, to Cabinet at its meeting on 18th March 2026" (Castle Point).
export const SENT_TO_EXECUTIVE = /(?:(?<!\bto\s)\bbe\s+|\band\s+)(?:referred|forwarded|submitted)(?:,\s+[^,.;]{3,60},)?\s+to\s+(?:the\s+)?(?:[^.;]{0,100}?,?\s+and\s+(?:thereafter|then)\s+to\s+(?:the\s+)?)?(Cabinet|Executive|Full\s+Council|Council)\b/i;
// "… be endorsed and forwarded to Cabinet for consideration and a response": noted, then sent on.
const FURTHER_DIRECTIVE = /\b(?:and|but|further|also|;)\s+(?:the\s+committee\s+)?(?:to\s+)?(?:be\s+)?(?=(?:requests?|asks?|agrees?\s+(?:that|to)|proposes?|requires?|instructs?|recommends?|refers?|forwards?|forwarded\s+to|referred\s+to|submitted\s+to)\b)/i;
// "That the draft response, as amended at the meeting, be approved and that the Director of Conservation and Planning submit
// it to Defra by …" (Yorkshire Dales): a second decision after "and that", someone named doing something.
const NOTED_COMING = /^(?:to\s+)?not(?:ed|es|e)\s+that\s+(?:the\s+)?[^.;]{3,120}?\s+(?:would|will)\s+be\s+(?:presented|brought|submitted|reported)\s+to\s+(?:the|this|a\s+future)\s+(?:Board|Authority|Committee|Panel|Partnership|Commission|meeting)\b[^.;]{0,40}?\b(?:at\s+its\s+meeting|on\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|in\s+[A-Z][a-z]+\s+\d{4})/i;
// "2) To note that the Assessor and Electoral Registration Officer would implement the two medium-rated management actions by 31
// March 2026" (Lothian Valuation Joint Board) too.
const NOTED_WOULD = /^(?:[Tt]o\s+)?[Nn]ot(?:ed|es|e)\s+that\s+(?=(?:the\s+)?[A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|of|for|and|&)){0,7}\s+(?:would|will)\s+(?:circulate|provide|share|send|arrange|write|report|bring|present|submit|implement)\b)/;
const FURTHER_NAMED = /\band\s+that\s+(?=(?:the\s+)?[A-Z])/;

// "That the Committee's thanks be passed on to the staff": a courtesy, not something to track (a letter of thanks is).
export const COURTESY = /^(?:the\s+)?(?:[\w']+\s+){0,3}?(?:thanks|appreciation|congratulations|gratitude|best\s+wishes|condolences|sympathy)\b[^.]{0,80}?\b(?:be|are|is)\s+(?:\w+ly\s+)?(?:passed|conveyed|recorded|extended|given|expressed|placed|sent)\b/i;
const REQUEST_LEAD = /^(?:to\s+)?(?:requests?|request|requested|asks?|ask|asked|seeks?|seek|sought|requires?|require|calls?\s+for)\b/i;
const REQUEST_ANYWHERE = /\b(?:requests?|asks?)\s+(?:that|for|the|a|an|further|officers?|to|details|information|sight)\b/i;
const PROVISION_PASSIVE = new RegExp(String.raw`\b${INFO_NOUN}\b[^.]{0,100}?\b${MODAL_BE}\s+(?:\w+ly\s+)?(?:provided|circulated|shared|sent|submitted|presented|brought|made\s+available|forwarded|distributed|e-?mailed|supplied|produced|prepared|given|reported|added)\b`, "i");
const FUTURE_REPORTS = /^(?:that\s+)?(?:the\s+|all\s+)?(?:future|subsequent|next)\s+(?:[\w-]+\s+){0,3}?(?:reports?|updates?)\s+(?:should\s+|to\s+|will\s+|would\s+)?(?:include|contain|set\s+out|show)\b/i;
export const REPORT_BACK = /\b(?:report(?:s|ing)?\s+back|(?:come|comes|coming|brought|bring|return|returns)\s+back\s+to\s+(?:the\s+|a\s+|this\s+)?(?:committee|panel|board|meeting|members))\b/i;
export const INVITED = new RegExp(String.raw`\b${MODAL_BE}\s+invited\s+to\s+(?:attend\s+)?(?:the|a|its|an|future)\b[^.]{0,60}?\b(?:meeting|committee|session|panel)\b`, "i");
// "(iii) to remit the Treasurer to submit …" (Dundee's clerking of the Tay Road Bridge Joint Board): to instruct, in Scots usage.
const ACTION_LEAD = /^(?:to\s+)?(?:proposes?|proposed|propose|requires?|required|instructs?|instruct|instructed|remits?\s+(?=(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*|\s+of|\s+and){0,6}\s+to\s)|remitted\s+(?=(?:the\s+)?[A-Z])|commissions?|commission|establish(?:es)?|sets?\s+up|set\s+up|appoints?|appoint|nominates?|delegates?|refers?|refer|invites?|invite|asks?|arrange|arranges|hold|holds|undertakes?|undertake|replace|repair|purchase|buy|install|order|obtain|erect|remove|clear|renew|advertise|organise|organize|carry\s+out|investigate|explore|contact|consult|seek|draft|prepare|(?:bring|present(?!s?\s*:)|submit)(?!\s+the\s+following\b))\b/i;
const AGREES_TO_DO = /^(?:to\s+)?(?:agrees?|agreed|agree)\s+(?:that\b[^.]{0,200}?\b(?:be|is|are|should|will|would|shall)\s+(?:\w+ly\s+)?(?:[a-z]+ed|sent|written|held|made|done|taken|given|brought|set|put|undertaken|drawn|sought|shown)\b|that\b[^.]{0,200}?\b(?:will|would|should|shall|must)\s+(?:\w+ly\s+)?(?!be\b|have\b|not\b|note\b|continue\b|receive\b)[a-z]{3,}\b|to\s+(?!note\b|receive\b|approve\b|accept\b|endorse\b|the\s+minutes\b)\w+)/i;
// "That an application be made to the Lawn Tennis Association's Park Tennis Project …" (Swanage) too.
const PASSIVE_ACTION = new RegExp(String.raw`\b${MODAL_BE}\s+(?:\w+ly\s+)?(?:reviewed|undertaken|carried\s+out|investigated|arranged|held|invited|explored|considered|developed|updated|amended|revised|strengthened|re-?assessed|re-?evaluated|enhanced|held\s+to\s+account|provided|scheduled|prepared|produced|published|implemented|established|set\s+up|finalised|finalized|clarified|organised|organized|convened|sought|obtained|contacted|consulted|progressed|raised|escalated|lobbied|examined|assessed|audited|tested|revisited|re-?examined|circulated|shared|sent|issued|submitted|presented|written|drafted|added|identified|commissioned|extended|re-?considered|reconsidered|explained|included|installed|introduced|taken\s+forward|referred|passed(?:\s+on)?\s+to|reported\s+to|forwarded|conveyed|fed\s+back)\b|\b(?:application|bid|claim|submission|approach)s?\b[^.;]{0,20}?\b(?:be|to\s+be|should\s+be)\s+made\b`, "i");
const ASKED_TO = /\b(?:be|is|are|was|were)\s+(?:\w+ly\s+)?(?:asked|requested|invited|instructed|directed|required|tasked|authorised|authorized)\s+to\s+\w+/i;
// "c)   Authorise the Monitoring Officer to execute the written shareholder resolution …" under "RESOLVED – That the Authority:"
// (South Yorkshire Pensions Authority): the active voice of "be authorised to".
const AUTHORISES = /^(?:to\s+)?(?:[Aa]uthori[sz]es?|[Ii]nstructs?|[Dd]irects?)\s+(?:the\s+)?[A-Z][\w'&–-]*(?:[ ,]+[\w'&–-]+){0,12}?\s+to\s+(?!be\b)[a-z]{3,}/;
const REFER = /\brefers?\b[^.]{0,80}?\bto\s+(?:the\s+)?(?:cabinet|executive|council|[\w ]{2,30}committee)\b/i;

const NO_ABBREVIATIONS = new Map<string, string>();
export const anyOf = (res: RegExp[], t: string) => res.some((re) => re.test(t));

// The verb that says what is to be done decides the kind.
// "would be circulated" is read whole: its verb is "circulated", not "be".
const MAIN_VERB = /\b(?:to|would|will|shall|should|must)\s+be\s+(?:\w+ly\s+)?([a-z]+(?:ed|en|wn|nt|ne))\b|\b(?:to|would|will|shall|should|must|be\s+asked\s+to|be\s+requested\s+to|agreed\s+to|undertook\s+to|offered\s+to|committed\s+to|promised\s+to)\s+(?:\w+ly\s+)?([a-z]+)|\b(?:be|is|are)\s+(?:\w+ly\s+)?([a-z]+(?:ed|en|wn|nt|ne))\b/gi;
// "recirculate", "resend": the same asks made again.
const REQUEST_VERB = /^(?:re-?(?=circulat|send|sent|shar|suppl|forward|distribut))?(?:revert|provid|circulat|shar|send|sent|forward|distribut|e-?mail|suppl|obtain|present|submit|brief|clarif|confirm|answer|respond|repl|receiv|give|given|report|feed|produc|prepar|bring|brought)/i;
// "hand" as in "did not have the figures to hand".
const NOT_A_VERB = /^(?:the|a|an|be|have|ensure|include|this|that|it|all|its|their|further|in|at|on|which|whose|date|take|consider|help|hand)$/i;

// "that the Executive Director … submit a report": the verb after a named subject, which may have its service after a dash
// and a statutory role in brackets ("the Director – Finance, Regulation and Enforcement (Section 151) circulate", Lichfield).
const SUBJUNCTIVE = /(?:\bthat\s+|^)(?:the\s+)?(?:(?:[A-Z(][\w'()&,-]*|\d{1,3}\)|[–—-]|of|and|for|the|officers)\s+){1,12}?(provide|circulate|share|send|submit|present|report|write|arrange|review|undertake|investigate|meet|prepare|bring|seek|consider|develop|contact|publish|update)(?:s|es)?\b/;
const TO_COMMITTEE_AFTER = /^\s*(?:[\w'-]+\s+){0,8}?(?:to|with|at)\s+(?:the\s+|all\s+|a\s+|its\s+)?(?:future\s+|next\s+|following\s+|[a-z]+\s+)?(?:committee|commission|members|panel|meeting|councillors|chair|scrutiny)/i;
const EXTERNAL_AFTER = /^\s*(?:[\w'-]+\s+){0,4}?to\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:department|authority|government|minister|secretary\s+of\s+state|agency|trust|police|highways|ombudsman|landowners?|applicants?|mps?|company|operator|contractor|insurers?|bank|auditors?|regulator|inspectorate|ofsted|commissioner)\b/i;

/** A verb's kind: writing is a letter; providing, circulating or reporting to the committee is a request. */
function verbKind(verb: string, after: string): ActionKind {
  if (/^(?:write|writ)/.test(verb)) return "letter";
  if (/^report/.test(verb)) return /^\s*back\b/i.test(after) || TO_COMMITTEE_AFTER.test(after) || /^\s*on\b/i.test(after) ? "request" : "action";
  if (!REQUEST_VERB.test(verb)) return "action";
  // Sending something elsewhere (comments to the planning authority) is an action, not information for the committee.
  return EXTERNAL_AFTER.test(after) && !TO_COMMITTEE_AFTER.test(after) ? "action" : "request";
}

export function mainVerbKind(t: string): ActionKind | null {
  const text = t.slice(0, 600);
  const sub = SUBJUNCTIVE.exec(text);
  MAIN_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MAIN_VERB.exec(text))) {
    const verb = (m[1] ?? m[2] ?? m[3] ?? "").toLowerCase();
    if (!verb || NOT_A_VERB.test(verb)) continue;
    if (sub && sub.index < m.index) break;
    return verbKind(verb, text.slice(m.index + m[0].length));
  }
  return sub ? verbKind(sub[1]!.toLowerCase(), text.slice(sub.index + sub[0].length)) : null;
}

/** Whether what is asked for is information: a briefing, report, update or the like, within the first words. */
function infoFirst(t: string): boolean {
  return INFO.test(t.split(/\s+/).slice(0, 9).join(" "));
}


// "Draft AGS noted.", "Waste contract issue closed.", "No new risks to be added at this stage.": a note of what was
// decided that asks nothing of anyone.
const RECORDED_ONLY = /^(?:(?!(?:to|will|would|should|be)\b)[\w'’/&(),-]+\s+){1,10}?(?:was\s+|were\s+)?(?:noted|received|endorsed|approved|agreed|welcomed|accepted|adopted|closed|confirmed)(?:\s+(?:as\s+\w+(?:\s+\w+)?|by\s+\w+|unanimously))?\.?$|^no\s+(?:new|further|other)\s+[\w ]{1,40}?\s+(?:to\s+be|were|was|will\s+be)\b/i;
// "that the Board, as Duty Holder, confirms that it is satisfied that Falmouth Harbour Commissioners continues to comply with the
// Port Marine Safety Code" (Falmouth Harbour): the body's assurance, given there, is a view and not a task.
const SATISFIED_THAT = /^(?:the\s+)?[\w', ]{0,60}?\b(?:confirms?|confirmed|records?|recorded|declares?|declared)\s+that\s+(?:it|they|members)\s+(?:is|are|was|were|remains?)\s+(?:satisfied|assured|content)\s+that\b/i;
// Settled at the meeting itself, one reason a line.
const SETTLED = [
  // "Members agreed to hold it on Monday 11 May 2026 in the village hall." (Thriplow), "Agreed to hold the meeting on Monday 20 April
  // 2026 …" (Coton): a meeting's day, set there and then.
  String.raw`\bagreed\s+to\s+hold\s+(?:it|the\s+(?:annual\s+)?(?:parish\s+|village\s+)?meeting)\s+on\s+(?:\w+day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?\b[^.;]{0,60}\.?$`,
  // "Members noted that the Tewin Society will hold its spring litter pick on Saturday 14 March 2026 …" (Tewin): another body's event.
  String.raw`^members\s+noted\s+that\s+the\s+(?:[A-Z][\w'&-]*\s+){1,4}(?:Society|Club|Association|Group|Church|School|Scouts|Guides|Institute|Trust)\s+(?:will|would)\s+hold\b`,
  // What the work programme is not to get, or loses; not "a breakdown …, which was not included in the report" (Lichfield),
  // what the report left out.
  // Not "recommend to Cabinet that the proposed introduction of evening charges not be progressed until …" (Melton): a recommendation.
  String.raw`^(?!.*\brecommends?\s+to\s+[A-Z]).*\b(?:not\s+(?:to\s+)?be|(?:was|were)\s+not)\s+(?:added|included(?!\s+in\s+(?:the|this)\s+(?:report|papers?|pack|presentation)\b)|scheduled|pursued|progressed|taken\s+forward|established|set\s+up)\b`,
  // … and "to remove items 2, 4 and 5 from the Outstanding Business Statement as complete" (East Dunbartonshire).
  String.raw`\bremov(?:e|es|ed|al\s+of)\b[^.]{0,120}?\bfrom\s+(?:the\s+|its\s+)?(?:[\w/'-]+\s+){0,3}?(?:${WP_NOUN}|planner|agenda|tracker|action\s+log|business\s+statement)\b(?![^.]{0,60}?\b(?:to\s+(?:come|return)\s+back|to\s+return|until|and\s+(?:re-?)?scheduled)\b)`,
  // "That the status report on identified corporate risks at Appendix A be reviewed and approved" (Buckinghamshire and
  // Milton Keynes Fire Authority): reviewed there and then, as it was approved.
  String.raw`\bbe\s+(?:reviewed|considered|received|scrutinised)\s+and\s+(?:approved|noted|agreed|endorsed|accepted)\b`,
  // "… proposed that paragraph 4.3 of the draft response be strengthened to make clear …. This was agreed." (Kent and Medway
  // Fire and Rescue Authority): the wording changed at the meeting, before the response was approved "as amended".
  // So is "Cllr Rawle asked that the response be strengthened on the need for multi-year funding settlements" (Exmoor), a
  // draft response approved "subject to the amendments agreed at the meeting".
  String.raw`\b(?:(?:paragraph|para\.?|section)\s+\d[\d.]*\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,4})?|the\s+(?:draft\s+)?(?:consultation\s+)?response\s+)(?:be|should\s+be)\s+(?:amended|strengthened|changed|reworded|revised|deleted|expanded)\b`,
  // "… be supplied by the same supplier as last year, the order having already been placed under delegated authority" (Ludlow).
  String.raw`\bhaving\s+already\s+been\s+[a-z]+(?:ed|en|nt|wn|ne)\b`,
  // "b)    Policy, Finance and Strategy Committee – Monday 10 November 2025" (Ludlow): the next sub-item's heading, a meeting
  // and its date, after the list of recommendations above it.
  // Not "School Transport Policy Review – 19 March 2024", a work programme's topic and its date.
  String.raw`^[A-Z][^.;:]{2,80}\b(?:Committee|Panel|Board|Council|Group|Forum)\s[–—-]\s(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\.?$`,
  // "c)  the Councillor Code of Conduct training programme for 2026 (already scheduled for the December meeting, so no further
  // action was needed)" (Cirencester); "Members asked that the Council's thanks be recorded."
  String.raw`\bno\s+further\s+action\s+(?:was|is|were)\s+(?:needed|required|necessary)\b`,
  String.raw`\b(?:thanks|appreciation|congratulations)\s+(?:be|were|was)\s+(?:formally\s+)?(?:recorded|placed\s+on\s+record|minuted)\s*\.?$`,
  // "(b)  Proposed by Cllr Stevens, seconded by Cllr Tonkin:" over the next motion's words (Penzance): who moved it, not a decision.
  // So is "Resolved:- Proposer Cllr Shattock seconder Cllr Phillips – unanimous" (Coggeshall) under what the paragraph above decided.
  String.raw`^(?:proposed\s+by|moved\s+by|proposer)\s+(?:Cllr|Councillor)\b[^.]{0,80}?\bseconde(?:d\s+by|r)\b[^.]{0,60}:?$`,
  // "•   took a "moderate" level of assurance from the report." (Fife): the Board's view of a report, given there.
  String.raw`^(?:took|takes|take|to\s+take)\s+(?:a\s+|an\s+)?["“'‘]?[\w-]+["”'’]?\s+level\s+of\s+assurance\b`,
  // "Cllr Osei asked that the Plan say more about access for urban communities …", "… asked that the chapter on … be
  // strengthened" (Kent Downs), "… the section on farming should give more prominence to …" (Northumberland): comments on a draft
  // before the meeting, which the draft takes in; not a decision to "amend the draft Strategy to give greater prominence to …" (Moray).
  String.raw`^(?!.*\bamend).*?\b(?:the\s+)?(?:draft\s+)?(?:plan|chapter|section|document|strategy|statement)\b[^.]{0,60}?\b(?:say\s+more|be\s+strengthened|(?:should\s+)?give\s+(?:more|greater)\s+(?:prominence|weight|emphasis))\b`,
  // Actions and recommendations closed.
  String.raw`\bclose\s+(?:the\s+)?(?:following\s+)?(?:completed\s+)?(?:actions?|recommendations?)\b`,
  // … "Members agreed that the action could be closed", "… that actions 1 and 3 be closed".
  // "… The action was therefore closed." (Fife) too.
  String.raw`\b(?:actions?|recommendations?)(?:\s+\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*)?\s+(?:be|were|was|are|is|to\s+be|(?:could|should|can|would)\s+be)\s+(?:therefore\s+|now\s+)?(?:closed|signed\s+off|marked\s+(?:as\s+)?(?:complete|completed|closed))\b`,
  // Changes of membership, appointments, nominations and lead roles.
  String.raw`\b(?:added\s+to|removed\s+from)\s+the\s+membership\b`,
  String.raw`\breplaces?\s+(?:Councillor|Cllr)\b`,
  String.raw`\bin\s+place\s+of\s+(?:Councillor|Cllr)\b`,
  // "To appoint Ms Quartly as the Authority's representative on …" (Exmoor: members appointed by the Secretary of State have no "Councillor").
  // "To appoint Neil Ashcroft to the Audit, Risk and Governance Committee" (West Lothian), a name alone.
  // "The Committee AGREED to nominate Conseiller L. Vaudin as Sark's political representative on …" (Sark) too.
  String.raw`^(?:to\s+)?(?:appoints?|nominates?)\s+(?:(?:Councillors?|Cllrs?|Conseillers?|Mr|Mrs|Ms|Miss|Dr|Professor)\b|[A-Z][a-z'-]+\s+[A-Z][a-z][A-Za-z'-]*\s+(?:as|to)\s)`,
  // "agreed to establish a Town Centre Vacant Units Task Group and appointed Councillors Okafor, Bains …".
  String.raw`\b(?:and|then)\s+(?:to\s+)?appoint(?:ed)?\s+(?:Councillors?|Cllrs?)\s+[A-Z]`,
  // "… and Councillors Sian Lloyd-Davies and Paul Crowther were nominated".
  String.raw`\b(?:Councillors?|Cllrs?)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}(?:,\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})*\s+and\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+(?:were|was)\s+(?:duly\s+)?(?:nominated|appointed|selected|chosen|elected)\b`,
  String.raw`\b(?:agreed|resolved|decided)\s+to\s+appoint\s+(?:Councillors?|Cllrs?|them|him|her)\b`,
  // "It was RESOLVED to appoint Suffolk Association of Local Councils' internal audit service for 2025/26 at a fee of £495" (Wickham
  // Market): an auditor appointed there and then; the Clerk's letter confirming it is the task.
  String.raw`(?:^|\b(?:agreed|resolved|decided)\s+)(?:to\s+)?appoint\s+[^.;]{3,120}?\b(?:as\s+(?:the\s+)?(?:council's\s+)?(?:internal|external)\s+auditors?|internal\s+audit\s+(?:service|provider)|auditors?\s+for)\b`,
  // "It was RESOLVED that the Town Council raise no objection to this application." (Biggleswade): its comment on a planning
  // application, made there and then.
  String.raw`^(?:that\s+)?(?:the\s+)?(?:Town|Parish|City)?\s*Council\s+(?:raises?|has|have|makes?)\s+no\s+(?:objections?|comments?)\b`,
  // "It was RESOLVED that the Annual Town Meeting be held on Monday 20 April 2026 at 7.00pm" (Stalham): when, settled there.
  // Not where a task follows in the same point ("… be held on Thursday 26 March 2026 … The notice of the Annual Town Meeting to be
  // displayed …", Royston).
  String.raw`^(?:that\s+)?(?:the\s+)?(?:Annual\s+(?:Town|Parish)\s+Meeting|next\s+meeting)\s+(?:be|is|are|will\s+be)\s+held\s+on\s+(?:(?!\.\s+[A-Z])[^;]){3,120}$`,
  // "Members would respond individually." (Houghton Regis), "members to respond individually if they wished" (Markyate): each
  // member's own business, no one's task.
  String.raw`\bmembers\s+(?:would|will|to|could|may)\s+respond\s+individually\b`,
  // "For Members to receive and adopt the minutes of the Community Services Committee meeting held 2nd December 2025." (Flitwick):
  // the agenda's wording for minutes approved.
  String.raw`^for\s+members\s+to\s+(?:receive\s+and\s+)?(?:adopt|approve|note|receive)\s+the\s+minutes\b`,
  // "Members agreed to hold rents at £28 per full plot" (Bildeston): a charge set at the meeting.
  String.raw`\b(?:agreed|resolved|decided)\s+to\s+(?:hold|keep|freeze|leave|maintain)\s+(?:the\s+)?(?:[\w/-]+\s+){0,3}?(?:rents?|fees?|charges?|prices?|precept)\s+(?:at\s+£|unchanged\b)`,
  String.raw`\b(?:Councillor|Cllr|Alderman)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s+be\s+appointed\b`,
  String.raw`\bnominated\b[^.]{0,120}?\bbe\s+appointed\b`,
  // "That the Budget Task and Finish Group comprise Cllrs Brereton, Fairbrother, … and Rushworth" (Thames Valley).
  String.raw`\b(?:comprise|consist\s+of|be\s+made\s+up\s+of)\s+(?:Councillors?|Cllrs?)\s+[A-Z]`,
  // "The Panel agreed that the Chairman, the Vice-Chairman and Councillor Ashdown would form the interview panel" (Hertfordshire).
  String.raw`\b(?:would|will|should|to)\s+form\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}(?:panel|group|sub-committee)\b`,
  String.raw`\b(?:Councillor|Cllr)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+(?:would|should|to|will)\s+act\s+as\s+(?:the\s+|its\s+)?(?:lead|link|champion|representative)\b`,
  // The meeting's own business: the minutes corrected, the public excluded, closed session, the next meeting's date,
  // a call-in not referred back.
  String.raw`\bminutes?\b(?:\s+[\d.]+)?[^.]{0,40}?\bbe\s+(?:amended|corrected)\b`,
  // "… referred to minute 51 (Hospital Discharge) and asked that the second paragraph be amended to record …".
  String.raw`\b(?:paragraph|sentence|wording)\b[^.]{0,30}?\bbe\s+(?:amended|corrected)\s+to\s+(?:record|read|say|state|show)\b`,
  // "… referred to Minute 25-26/ASC/24.3 and asked that the word "overdue" be replaced with "outstanding"" (Bedfordshire).
  String.raw`\b(?:word|words|figure|date|name)\s+["“'‘][^"”'’]{1,40}["”'’]\s+(?:be|was|should\s+be)\s+(?:replaced|amended|changed|corrected)\b`,
  // "The Work Programme 2025/26 be approved, subject to the inclusion of the items agreed at paragraphs 37.4, 39.2 …": those
  // items are entries where they were agreed.
  String.raw`\bsubject\s+to\s+the\s+(?:inclusion|addition)\s+of\s+the\s+items?\s+(?:agreed|referred\s+to|set\s+out)\s+(?:at|in|under)\s+(?:paragraphs?|minutes?|items?)\s+\d`,
  String.raw`\bagreed\s+(?:to\s+)?the\s+(?:amendment|correction)\b`,
  String.raw`\b(?:press|public)\s+(?:and|&)\s+(?:press|public)\s+be\s+(?:excluded|re-?admitted)\b`,
  // "The public be excluded from the remainder of the meeting …", "That meetings of the Integration Joint Board be held … on the
  // following dates in 2026:" (Orkney): the meeting's own business.
  String.raw`^(?:that\s+)?(?:the\s+)?(?:press|public)\s+be\s+excluded\b`,
  SCHEDULE_OF_MEETINGS.source,
  String.raw`\b(?:come|came|move|moved|go|went)\s+(?:out\s+of|into)\s+(?:closed|open|confidential)\s+session\b`,
  // "RESOLVED – That Item 35 be considered in private session as it was likely that, if the public were present, there
  // would be disclosure to them of exempt information" (East Sussex Fire Authority).
  String.raw`\bitems?\s+\d{1,4}[a-z]?\b[^.]{0,40}?\bbe\s+(?:considered|taken|dealt\s+with)\s+in\s+(?:private|closed|confidential)\s+session\b`,
  // "That agenda item 22 entitled 'Provision of Fleet Maintenance Services – Contract Award' be considered in the absence of the
  // public and press" (South Yorkshire Fire and Rescue Authority).
  String.raw`\bitems?\s+\d{1,4}[a-z]?\b[^.]{0,120}?\bbe\s+(?:considered|taken|dealt\s+with)\s+in\s+the\s+absence\s+of\s+the\s+(?:press|public)\b`,
  // "… agreed that the Committee go 'into committee'", "… agreed to come out of committee" (Lisburn), a tender awarded there.
  String.raw`\b(?:come|go|move|went|came)\s+['‘"]?(?:out\s+of|into)\s+['‘"]?committee\b`,
  String.raw`\btender\b[^.]{0,80}?\bbe\s+awarded\s+to\b`,
  // "Members agreed to nominate Mr T Ferris as the Commission's independent assessor on the Advisory Appointment Panel" (the Staff
  // Commission): a nomination made there.
  String.raw`\bagreed\s+to\s+(?:nominate|appoint)\s+(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Alderman|Professor)\.?\s+[A-Z]`,
  String.raw`(?<!\b(?:to|at|before|for|until)\s+the\s+)\bnext\s+meeting\b[^.]{0,60}?\bbe\s+held\b`,
  // "That the Committee does not refer the decision back to Cabinet and that the decision may be implemented with
  // immediate effect" (Newham).
  String.raw`^(?:(?:that\s+)?(?:the\s+(?:committee|panel|board)\s+)?)?(?:did|does|do)\s+not\s+refer\b`,
  // "The decision of Cabinet not be referred back for reconsideration" (South Gloucestershire).
  String.raw`\bnot\s+be\s+referred\s+back\b`,
  // "Item 9 on the agenda be considered immediately after item 5", "The Notice of Motion be supported" (North Devon).
  String.raw`\bitem\s+\d{1,3}\b[^.]{0,40}?\bbe\s+(?:considered|taken|heard)\s+(?:immediately\s+)?(?:after|before)\s+item\b`,
  String.raw`^(?:that\s+)?(?:the\s+)?(?:notice\s+of\s+)?motion\s+be\s+(?:supported|carried|agreed)\s*[.;]?$`,
  String.raw`\bdecision\s+(?:may|can|could|will|shall)\s+(?:now\s+)?be\s+implemented\b`,
  // A proposal that fell, a report's own ask of the committee, what the committee recommends to itself, offers and
  // attendance.
  // "a proposal from Cllr Luscombe that a review … be added to the Work Programme was not supported" (West Devon) too.
  String.raw`\b(?:proposal|suggestion|motion|amendment|request)\s+(?:(?:from|by)\s+[^.]{1,60}?\s+)?that\b[^.]{0,200}?\b(?:was|were)\s+(?:not\s+(?:supported|agreed|accepted|pursued|carried)|rejected|withdrawn|declined|lost|defeated)\b`,
  // "Cllr Mortlock's motion to install outdoor gym equipment … was WITHDRAWN by the proposer pending …" (Balsham, Swavesey) too.
  String.raw`\b(?:proposal|suggestion|motion|amendment)\s+(?:(?:from|by)\s+[^.]{1,60}?\s+)?to\s+[a-z]{3,}\b[^.]{0,200}?\b(?:was|were)\s+(?:not\s+(?:supported|agreed|accepted|pursued|carried|seconded)|rejected|withdrawn|declined|lost|defeated)\b`,
  // "By way of amendment, Councillor MacLeod, seconded by Councillor Bryce, moved that …": moved, not decided; what
  // was decided is minuted after the vote.
  String.raw`^(?:by\s+way\s+of\s+(?:an\s+)?amendment|as\s+an\s+amendment),`,
  String.raw`\breport\b[^.]{0,120}?\bwhich\s+(?:asked|invited|requested)\s+(?:members|the\s+(?:committee|panel|board))\s+to\b`,
  String.raw`^it\s+(?:is|was)\s+recommended\s+that\s+(?:members|the\s+(?:committee|panel|board))\b`,
  // "Members asked questions and sought clarification on the following:", "No further information was requested.".
  String.raw`\b(?:asked\s+questions|sought\s+clarification)\b[^.]{0,80}?\bthe\s+following(?:\s+\w+){0,2}\s*:?-?$`,
  String.raw`^no\s+(?:further\s+)?(?:information|questions?|details?|action)\s+(?:was|were)\s+(?:requested|required|needed|sought)\b`,
  String.raw`\bwould\s+be\s+willing\s+to\b`,
  // "To approve the Work Programme …, subject to the inclusion of the matters agreed at this meeting": those are entries already.
  String.raw`\binclusion\s+of\s+the\s+(?:matters|items|topics|changes)\s+agreed\s+(?:at|during|earlier\s+in)\s+(?:this|the)\s+meeting\b`,
  String.raw`\battended\s+(?:the\s+)?(?:meeting|committee)\s+to\b`,
  // "The executive director … and the strategy manager attended to answer members' questions." (Norwich).
  String.raw`\battended\s+to\s+(?:answer|respond\s+to|present|introduce)\b`,
  // "It was agreed that Councillor Carrow would chair the Group", "Members agreed to its removal", "… be deferred pending
  // the completion of …": settled there.
  String.raw`\b(?:Councillor|Cllr)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:would|should|to|will)\s+chair\b`,
  String.raw`\bagreed\s+to\s+(?:its|their|the\s+item'?s?)\s+removal\b`,
  // "The Board agreed to this amendment." (Bromsgrove, of its last minutes): made there and then.
  String.raw`\bagreed\s+to\s+(?:this|that|the|these)\s+(?:amendments?|corrections?)\s*\.?$`,
  // Not a letter "asking that the timetable change be deferred pending consultation" (Torridge): that is what it asks.
  String.raw`^(?!.*\b(?:write|writes|letter)\b).*\bbe\s+deferred\s+pending\b`,
  // "… indicated that a formal response would be provided in accordance with the Council's scrutiny protocol": the rules.
  String.raw`\bin\s+accordance\s+with\s+(?:the\s+)?(?:council's\s+)?(?:scrutiny\s+)?(?:protocol|procedure\s+rules|constitution)\b`,
  // "The Committee considered the Council's Forward Plan of … decisions to be taken by the Cabinet": what was before it.
  String.raw`^the\s+(?:committee|panel|board|sub-committee)\s+considered\s+(?:the|a|an)\b(?![^.]*\b(?:agreed|resolved|requested|asked)\b)`,
  // An officer presenting who "invited Members to identify any decisions …", and a review's scope amended there and then.
  String.raw`\binvited\s+(?:members|the\s+(?:committee|panel|board))\s+to\s+(?:identify|comment|raise|ask|put|give|share)\b`,
  // "… and members were asked to identify any items for examination by this panel" (North East Lincolnshire).
  String.raw`\bmembers\s+(?:were|are)\s+(?:asked|invited)\s+to\s+identify\b`,
  String.raw`\bagreed\s+as\s+an\s+amendment\s+to\s+the\s+(?:scope|scoping\s+document|terms\s+of\s+reference)\b`,
  // "Councillor Sharma agreed to withdraw her suggestion." (Watford).
  String.raw`\bagreed\s+to\s+withdraw\s+(?:her|his|their|the|its)\s+(?:suggestion|proposal|motion|amendment|request)\b`,
  // "The order of business be altered to bring Item 8 … forward to be considered immediately after Item 4" (Derbyshire Dales).
  String.raw`\border\s+of\s+(?:business|the\s+agenda|items)\s+(?:be|was)\s+(?:altered|changed|varied|amended)\b`,
  // "… suggested that empty homes be added to the Work Programme; following discussion it was agreed that this would be
  // considered as part of the final report of the temporary accommodation review rather than as a separate item" (Derbyshire Dales).
  String.raw`\bwould\s+be\s+(?:considered|covered|addressed|picked\s+up)\s+as\s+part\s+of\b[^.]{0,160}?\brather\s+than\b`,
  // "The Chair ruled, and the Committee agreed, to adjourn the meeting for a short comfort break".
  String.raw`\badjourn(?:ed)?\s+(?:the\s+meeting\s+)?for\s+(?:a\s+)?(?:short\s+)?(?:comfort\s+)?break\b|\bcomfort\s+break\b`,
  // "It was agreed that recommendation 4 be amended to refer expressly to …": the committee's own draft, changed there.
  String.raw`\b(?:draft\s+)?recommendation\s+\(?\d{1,2}[a-z]?\)?[^.;]{0,80}?\b(?:be|should\s+be)\s+(?:amended|strengthened|deleted|removed|reworded|redrafted|expanded|clarified)\b`,
  // "The Chair agreed to consider the following item as urgent business …": the meeting's own order of business.
  String.raw`\bconsider\s+(?:the\s+following|this|the)\s+(?:item|matter)\s+as\s+(?:a\s+matter\s+of\s+)?urgen(?:t|cy)\b`,
  // "… be authorised to vary the Forward Work Programme between meetings, as the need arises" (Flintshire): a standing
  // power, used or not, with nothing to do by any date.
  // "It was resolved to ratify the action taken by the Town Clerk under delegated powers to order …" (Crediton): done already.
  String.raw`\bratif(?:y|ies|ied)\s+(?:the\s+)?(?:actions?|decisions?|expenditure|payments?)\s+(?:taken|made|incurred)\b`,
  String.raw`\bauthori[sz]ed\s+to\s+vary\b|\bauthori[sz]ed\b[^.;]{0,160}?\bas\s+(?:and\s+when\s+)?the\s+need\s+arises\b`,
  // "Resolved to establish a Devolution Working Party comprising Cllrs Dawes, Ellison, Goddard, Hollis and Norris." (Rye), "A
  // Neighbourhood Plan Review Steering Group be established, comprising Councillors Bryant, …" (Bodmin): set up there and then,
  // its members named.
  // Not a task and finish group, nor one given work to do and report on ("… to review the motion and report back"): scrutiny's work.
  String.raw`^(?![^.;]*\b(?:task\s+(?:and|&)\s+finish|report|to\s+(?!the\b)[a-z]{3,}))[^.;]*\b(?:establish(?:es|ed)?|be\s+(?:established|set\s+up|formed|constituted))\b[^.;]{0,80}?,?\s+(?:comprising|consisting\s+of)\s+(?:the\s+(?:Town\s+)?(?:Mayor|Chair(?:man)?)\s+and\s+)?(?:Cllrs?\.?|Councillors)\s+[A-Z][^.;]*[.;]?$`,
];
export const SETTLED_AT_MEETING = new RegExp(SETTLED.join("|"), "i");
// "The Commission agreed to make a recommendation to Cabinet on this point.": the recommendation is in the resolution.
// "The Committee wished to make the following comments to the Cabinet:" (Newport) heads the comments, each read alone.
// "The Committee agreed that, given …, it should make a recommendation to Cabinet on the equality impact assessment" over
// the resolution that makes it (Hammersmith and Fulham).
// "Councillor Pearson proposed, and Councillor Birkby seconded, that the Committee's comments be formalised as
// recommendations to the Combined Authority." (West Yorkshire) over the resolution that makes them.
export const LIST_INTRO = /\b(?:comments|views|points|observations)\s+be\s+(?:formalised|formalized|framed|made|put\s+forward|submitted)\s+as\s+(?:formal\s+)?recommendations?\b|\b(?:make|makes|made|making)\s+the\s+(?:following\s+)?recommendations?\b[^.]{0,60}?\b(?:below|as\s+follows|set\s+out)\b|\b(?:make|makes|made|making)\s+the\s+following\s+(?:comments?|observations?|recommendations?)\b[^.]{0,60}:-?$|\bagreed\s+to\s+make\s+a\s+recommendation\b[^.]{0,60}?\bon\s+(?:this|that|the)\s+(?:point|issue|matter)\s*\.?$|\bagreed\s+that\b[^.]{0,120}?\b(?:it|the\s+committee)\s+should\s+make\s+a\s+recommendation\s+to\b/i;

/** A resolution point's kind, or null when it only notes, approves or is procedural. */
export function classifyPoint(point: string, stem: string): ActionKind | null {
  const t = withoutAside(stripLead(point)).replace(AFTER_LIMB_ABOVE, "");
  if (!t || PROCEDURAL.test(t) || SETTLED_AT_MEETING.test(t)) return null;
  // "(b) The National Joint Council pay award for 2025/26 had been implemented …" under "RESOLVED that the following be noted:"
  // (Ulverston): news noted, unless a point says what is still to come.
  if (/\bthe\s+following\s+(?:be|was|were|is|are)\s+noted\s*:-?$/i.test(stem) && !/\b(?:will|would|is\s+to|are\s+to)\b/i.test(t)) return null;
  // "(a)    Finance and Governance Committee, 3 December 2025;" under "RESOLVED to receive the following minutes and to adopt the
  // recommendations contained therein:" (Stowmarket): which minutes, not something to do.
  if (/\bthe\s+following\s+minutes\b/i.test(stem) && !/\b(?:be|to|that|should|will|would)\b/i.test(t)) return null;
  // "Details 2025/26 £ 2026/27 £ Sewer Spraying 44,500 46,000 …" under "It is recommended that the following sums be allocated"
  // (Witham Fourth District): a table of figures, with no words in lower case to ask anything.
  if (!/\b[a-z]{3,}\b/.test(t) && (t.match(/\d[\d,.]*/g) ?? []).length >= 4) return null;
  // "• Councillor Constantinou asked that the Committee carry out a review … and it was not agreed to add it to this
  // Committee's work programme." under "the following was agreed:" (Waltham Forest): the list records a refusal too.
  if (/\b(?:was|were)\s+(?:therefore\s+)?not\s+(?:agreed|supported)\b/i.test(t)) return null;
  if (anyOf(LETTER, t)) return "letter";
  if (COURTESY.test(t)) return null;
  if (anyOf(WORK_PROGRAMME, t)) return "work-programme";
  // "RECOMMENDED" over "to the Parish Council that the revised hire charges at Appendix A be adopted …" (Great Shelford);
  // "RECOMMENDED:    to the Board that …" (the Education Authority's audit committee), the label with its colon.
  if (/^recommend(?:ed|s)?\s*[:\-–]?$/i.test(stem.trim()) && /^to\s+(?:the\s+)?[A-Z][\w'’& ]{1,60}?\s+that\s/.test(point.trim()) && !RECOMMENDS_NOTING.test(t)) return "recommendation";
  if (anyOf(RECOMMEND, t)) return RECOMMENDS_NOTING.test(t) && !/\band\s+(?:to\s+)?(?:approve|agree|adopt|request|ask)\b/i.test(t) ? null : "recommendation";
  // "That Cabinet be recommended to: (a) approve …": every point is a recommendation, even "approve".
  // Not one that only notes or thanks: "3. Notes the Committee's thanks to the team".
  // Not one that only asks them to note something: "(i) that the Quarter 2 planning performance report be noted".
  // "RESOLVED THAT the following recommendations be submitted to Cabinet at its meeting on 8 December 2025 –" (Rugby) too.
  // "c) That Cabinet note the progress already made by officers …" (King's Lynn and West Norfolk) asks only that it note.
  // "R E C O M M E N D E D – that Council, at its meeting on 11th December 2025:" over "A. approve …" (Tandridge) too; not
  // "RECOMMENDED that the Council:" (Ards and North Down), whose committees decide for the Council they report to.
  // "The Committee RECOMMENDED" over "that the Hart Community Safety Partnership include rural crime …" (Hart) as well.
  // "… be approved and submitted to Executive on 12th January 2026 with the following recommendations:" (Bolsover) too.
  if (/\brecommend(?:s|ed|ations?)?\s+to\b|\bbe\s+recommended\b|^(?:the\s+)?(?:committee|panel|board|commission)\s+recommended$|\b(?:submitted|referred|forwarded|reported)\s+to\s+(?:the\s+)?[A-Z][^:]{0,60}?\bwith\s+the\s+following\s+recommendations?\b|\brecommended\s*[–:-]?\s*that\s+(?:the\s+)?(?:full\s+)?(?:council|cabinet|executive),\s+at\s+its\s+meeting\s+on\s+[^:]{3,40}:-?$|\bthe\s+following\s+recommendations?\b[^:]{0,80}?\b(?:submitted|referred|forwarded|sent|made|reported)\s+to\b|\bthe\s+following\s+recommendations?\s+for\s+(?:consideration|decision|approval)\s+(?:at|by)\b/i.test(stem) && !/\bnot\s+to\b/i.test(stem)) return COURTESY_ONLY.test(t) || /^(?:to\s+|(?:the\s+)?(?:cabinet|executive|(?:full\s+)?council)\s+)?notes?\b|^the\s+[^;:]{1,200}?\s+be\s+noted\s*[.;]?(?:\s*and)?$|^it\s+be\s+noted\s+that\b/i.test(t) ? null : "recommendation";
  // "agreed to make the recommendations to Cabinet set out below": the list that follows is what counts.
  if (LIST_INTRO.test(t) || RECORDED_ONLY.test(t) || SATISFIED_THAT.test(t)) return null;
  // "agreed that the Chief Officer review the mitigating actions": what was agreed is the point.
  // "agreed to note the progress made …": what it agreed to do there is all it did.
  // Not "3. Agrees to receive a further update on 101 performance at its March meeting." (Sussex): business to come.
  if (/^(?:agrees?|agreed|resolved|decided)\s+to\s+(?:note|approve|endorse|welcome|accept|thank|receive(?!\s+(?:a|an)\s+(?:further\s+)?(?:update|report|briefing|presentation)\b[^.;]{0,80}?\b(?:meeting|in\s+[A-Z][a-z]+)))\b/i.test(t) && !/\b(?:and|but)\s+(?:to\s+)?(?:request|ask|recommend|instruct|refer|add|write)\b/i.test(t)) return null;
  // "Agreed:- It was agreed that the Clerk press the Public Transport team …" (Morpeth) too.
  const agreed = /^(?:to\s+)?(?:it\s+was\s+(?:further\s+|also\s+)?)?(?:agrees?|agreed|agree)\s+that\s+(?=\S)/i.exec(t);
  if (agreed) { const k = classifyPoint(t.slice(agreed[0].length), stem); if (k) return k; }
  // A report the committee agreed or endorsed "for submission to Cabinet on 19 March 2026" (Hillingdon) goes to the executive.
  if (/^(?:agrees?|agreed|approves?|approved|endorses?|endorsed|adopts?|adopted)\b/i.test(t) && /\bfor\s+(?:submission|referral)\s+to\s+(?:the\s+)?(?:Cabinet|Executive)\b/i.test(t)) return "recommendation";
  if (/^(?:agrees?|agreed)\s+to\s+receive\s+(?:a|an)\s+(?:further\s+)?(?:update|report|briefing|presentation)\b[^.;]{0,80}?\b(?:meeting|in\s+[A-Z][a-z]+)/i.test(t)) return "work-programme";
  // "That the work programme be agreed, subject to the Essex Police annual report on stop and search … being scheduled for the
  // June 2026 meeting." (Essex): the condition is an addition to it.
  if (new RegExp(String.raw`\b${WP_NOUN}\b[^.;]{0,40}?\bsubject\s+to\b[^.;]{3,200}?\bbeing\s+(?:added|scheduled|included|brought|considered)\b`, "i").test(t)) return "work-programme";
  // "It was resolved to accept the Committee's recommendation that the Community Engagement Officer obtain at least three
  // quotations …" (Crediton): what the recommendation asks is what was decided.
  const accepted = /^(?:to\s+)?(?:accepts?|accepted|accept|adopts?|adopted|adopt|approves?|approved|approve|endorses?|endorsed|endorse)\s+the\s+(?:[\w'’]+\s+){0,3}recommendations?\s+that\s+(?=\S)/i.exec(t);
  // Someone named is to act: not "… approve the Staffing Panel's recommendation that the Town Hall Keeper post be regraded" (Rye).
  if (accepted && /^(?:the\s+)?(?:[A-Z][\w'&-]*\s+){1,6}(?!be\b)[a-z]{3,}\b(?!\s+be\b)/.test(t.slice(accepted[0].length))) return classifyPoint(t.slice(accepted[0].length), "");
  if (NOTE_ONLY.test(t)) {
    // "noted that the Associate Medical Director would circulate a confidential summary … to voting members" (Fife): an
    // undertaking the Board recorded.
    const undertaking = NOTED_WOULD.exec(t);
    if (undertaking) return classifyPoint(t.slice(undertaking[0].length), "");
    // "(d) noted that the final budget would be presented to the Board for approval at its meeting on 24 March 2026" (London
    // Legacy Development Corporation): business the body has coming to it.
    if (NOTED_COMING.test(t)) return "work-programme";
    const m = FURTHER_DIRECTIVE.exec(t) ?? FURTHER_NAMED.exec(t);
    // Not those "set out in the table below", each of which is an entry of its own.
    if (SENT_TO_EXECUTIVE.test(t)) return /\bbelow\b/i.test(t) ? null : "recommendation";
    return m ? classifyPoint(t.slice(m.index + m[0].length), "") : null;
  }
  // "RESOLVED that the work plan is updated to include:" (Harlow), "… subject to the addition of –" (Rugby) and "… that the
  // Committee Co-ordinator amend it to include:" (Dartford) too, and "… be approved, subject to the addition of the following:"
  // (Devon and Somerset Fire and Rescue Authority), and "Members asked that the following be placed on future agendas:" (Cirencester).
  // "Resolved – That the work programme be noted, subject to the following being added:" (Merseyside Pension Fund) too.
  if (new RegExp(String.raw`\b${WP_NOUN}\b[^.]*\b(?:(?:addition|inclusion)s?\s+of(?:\s+the\s+following)?|subject\s+to(?:\s+the\s+following\s+being\s+(?:added|included))?|(?:updated|amended|amends?\s+it)\s+to\s+(?:include|add))\s*(?::-?|:?\s*[-–—])?$|\b(?:added|add)\s+to\s+(?:the\s+)?(?:[\w/'-]+\s+){0,2}${WP_NOUN}\s*:?$|\bfollowing\s+(?:items?|topics?|additions?)\b[^.]*:-?$|\bthe\s+following\s+be\s+(?:placed|added|included)\s+(?:on|to|in)\s+(?:future|forthcoming|the\s+next)\s+agendas?\b[^.]*:-?$`, "i").test(stem)) return "work-programme";
  if (REQUEST_LEAD.test(t)) return infoFirst(t) ? "request" : mainVerbKind(t.replace(REQUEST_LEAD, "")) ?? "request";
  if (PROVISION_PASSIVE.test(t) || REPORT_BACK.test(t)) return mainVerbKind(t) === "action" && !PROVISION_PASSIVE.test(t) ? "action" : "request";
  if (REQUEST_ANYWHERE.test(t)) return infoFirst(t.slice(REQUEST_ANYWHERE.exec(t)!.index)) ? "request" : mainVerbKind(t) ?? "request";
  // "(c) agreed that future absence reports include benchmarking against …" (East Renfrewshire): what the next reports are to give.
  if (FUTURE_REPORTS.test(t)) return "request";
  if (SENT_TO_EXECUTIVE.test(t)) return "recommendation";
  // "refer them to Cabinet for consideration": the committee's view put to the executive, which must answer it.
  if (/^(?:to\s+)?refers?\b/i.test(t) && /\bto\s+(?:the\s+)?(?:cabinet|executive)\b/i.test(t)) return "recommendation";
  if (ACTION_LEAD.test(t) || LOWER_ROLE_TO.test(t) || AGREES_TO_DO.test(t) || PASSIVE_ACTION.test(t) || ASKED_TO.test(t) || AUTHORISES.test(t) || REFER.test(t) || INVITED.test(t) || SUBJECT_DOES.test(t) || LOWER_ROLE_DOES.test(t)) {
    return mainVerbKind(t) ?? "action";
  }
  // "AGREED that the Head of Parking would attend the June meeting": someone named is to do something.
  if (findOwner(t, NO_ABBREVIATIONS)) return mainVerbKind(t) ?? "action";
  // Under a "Recommendations:" heading a point with no verb of its own is one of them.
  // Not "(Minute 37) INTERNAL AUDIT – INTERIM REPORT 2025/26" or "Review of Grants Policy (Minute 769/25/26)" under "… the
  // recommendations therein be adopted as set out below:" (Bridport, Kendal): the heading of a committee's minute, whose own
  // decision follows it.
  if (MINUTE_HEADING.test(t)) return null;
  // … nor that heading run on to the paragraph under it, which the rules read as any other paragraph.
  const headed = MINUTE_HEADING_BEFORE.exec(t);
  if (headed) return classifyPoint(t.slice(headed[0].length), "");
  // Not those "received and the following recommendations adopted:" (Ulverston): adopted there, by the body itself.
  if (/\brecommend/i.test(stem) && !/\bnot\s+to\b/i.test(stem) && !/\brecommendations?\s+(?:therein\s+)?(?:be\s+)?(?:adopted|approved|accepted)\s*:-?$/i.test(stem)) return "recommendation";
  if (/\bactions?\s+(?:agreed|required|list)\b|^actions?$/i.test(stem)) return mainVerbKind(`to ${t}`) ?? "action";
  // Under "The Sub-Committee requested the following information:" each point is information asked for.
  if (/\brequested\s+the\s+following\b|\binformation\s+requests?\b/i.test(stem)) return "request";
  // "that the action on fleet fuel card controls remain open and that the Chief Officer provide a written update …": the
  // second decision in the point is one to track.
  // "recommendation 3 be accepted in part, and the Regional Transport Planning Lead arrange briefing sessions …" (Mid Wales) too.
  // "AGREED not to award Contract SW/LB/25/07 … and INSTRUCTED the Lead Officer to re-tender the contract" (SWestrans): a
  // second decision in the body's own past-tense word.
  const and = /\band\s+that\s+(?=\S)/i.exec(t) ?? /,\s+and\s+(?=the\s+[A-Z][a-z])/.exec(t) ?? /\band\s+(?=(?:INSTRUCTED|REQUESTED|DIRECTED|instructed|requested|directed)\s+(?:the\s+)?[A-Z])/.exec(t);
  return and ? classifyPoint(t.slice(and.index + and[0].length), stem) : null;
}

const MINUTE_CITED = String.raw`\(\s*Min(?:ute)?\.?\s*(?:No\.?\s*)?[\w/.-]+\s*\)`;
const TITLE_WORDS = String.raw`[A-Z][\w'&,-]*(?:\s+(?:[A-Z][\w'&,-]*|and|of|for|the|to|in|on|&|[–-]))*`;
const MINUTE_HEADING = new RegExp(String.raw`^(?:${MINUTE_CITED}\s+[A-Z][^a-z]*|${TITLE_WORDS}\s+${MINUTE_CITED})$`);

// "Minute 52 (Community Grants Policy) The Committee had reviewed …" (Rye) too.
const MINUTE_HEADING_BEFORE = new RegExp(String.raw`^Min(?:ute)?\.?\s*(?:No\.?\s*)?[\w/.-]+\s+\([^()]{3,60}\)\s+(?=[A-Z])|^${TITLE_WORDS}\s+${MINUTE_CITED}\s+(?=[A-Z])`);

/** "the responsible finance officer to update …", "the deputy town clerk to obtain …": a role in lower case, and its task. */
const LOWER_ROLE_TO = /^the\s+(?:[a-z][\w'-]*\s+){0,4}(?:clerk|officer|manager|director|chair(?:man|person)?|mayor|treasurer|secretary|engineer)\s+to\s+(?!be\b)[a-z]{3,}/;

/** "That the scrutiny project manager circulate the revised draft …": a role written in lower case, as some councils do. */
// "the task and finish group presents its final report …" (Norwich) too.
// "That the scrutiny officers of the three authorities arrange an informal task and finish session …" (Bristol, North Somerset
// and South Gloucestershire) too: officers of more than one council, whom they serve after them.
export const LOWER_ROLE_DOES = /^(?:[Tt]he\s+)?((?:[a-z][a-z-]+\s+){0,4}(?:(?:manager|officer|director|head|lead|clerk|adviser|advisor|co-?ordinator)s?|chair|task\s+and\s+finish\s+group|working\s+group|task\s+group)(?:\s+of\s+the\s+(?:[a-z]+\s+){0,2}(?:authorities|councils|boroughs))?)\s+(?!be\b|is\b|was\b|were\b|has\b|had\b|have\b|will\b|would\b|and\b|of\b|for\b|to\b|are\b)([a-z]{3,})\b/;

/** "That the Council publishes …", "that officers bring …": someone who can own it does something. */
const SUBJECT_DOES = { test: (t: string) => subjectThatDoes(t, new Map()) !== null };

/** "the Chair and Vice-Chair, with the support of the Scrutiny Officer, scope a review": the aside set off by commas
 *  comes between the subject and its verb; the rules read the point without it, the entry keeps it. */
// "… that Councillor Kendrick, as Chairman of the Task and Finish Group, present the Group's report …" (East Hampshire) too, and
// "To agree that the Chief Executive, City of Edinburgh Council, as risk owner for EP04, review …" (the Edinburgh Partnership).
// "to remit the Programme Manager, in conjunction with the lead partners …, to prepare recovery plans …" (Tay Cities) too.
export function withoutAside(point: string): string {
  return point.replace(/,\s+(?:(?:with\s+the\s+(?:support|help|assistance)\s+of|in\s+(?:consultation|conjunction|liaison|partnership)\s+with|working\s+(?:with|alongside)|on\s+behalf\s+of|supported\s+by|assisted\s+by)\s+[^,;]{3,80}|as\s+(?:the\s+)?(?:Chair(?:man|person)?|Vice-Chair(?:man|person)?|Lead\s+Member|Cabinet\s+Member|Portfolio\s+Holder|risk\s+owner|senior\s+responsible\s+owner|lead\s+officer)\b[^,;]{0,80}),\s+/gi, " ");
}

// "c) as a result of b) above, the Service Manager for Governance invite …" (Ashfield): who acts comes after it.
export const AFTER_LIMB_ABOVE = /^(?:as\s+a\s+(?:result|consequence)\s+of|further\s+to|following(?:\s+on\s+from)?|pursuant\s+to|in\s+the\s+light\s+of)\s+\(?[a-z0-9]{1,4}\)?\s+above,?\s+/i;

/** "That the committee:" and "That" belong to the stem, not the point. */

export function stripLead(point: string): string {
  return point.trim()
    // "AGREED that …", "NOTED the …" points under "The Committee:" lead with the decision word in capitals.
    .replace(/^(?:AGREED|RESOLVED|DECIDED)\b\s*[:\-–]?\s*(?=that\b|to\b)/, "")
    .replace(/^that\s*[:\-–]?\s*/i, "")
    // "That, subject to its adoption by the Authority, the Monitoring Officer make …" (Lake District): the condition first.
    .replace(/^,?\s*subject\s+to\s+[^,;]{3,100},\s+(?=(?:the\s+)?[A-Z])/i, "")
    // "For the Democratic Advisor to liaise with …": the shorthand some councils number among their decisions.
    .replace(/^[Ff]or\s+(?=(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|and|of|for|the|&)){0,7}\s+to\s+[a-z]{3,})/, "")
    // "ii)  for the responsible finance officer to update the fixed asset register …" (Lyme Regis, whose roles are in lower case).
    .replace(/^[Ff]or\s+(?=the\s+(?:[a-z][\w'-]*\s+){0,4}(?:clerk|officer|manager|director|chair(?:man|person)?|mayor|treasurer|secretary|engineer)\s+to\s+[a-z]{3,})/, "")
    // A report's "The Committee is asked to: • note …; • agree …": what the committee is asked is what it decides.
    .replace(/^(?:the\s+(?:committee|panel|board|sub-committee)\s+)?is\s+(?:asked|requested|recommended)\s+to\s*:\s*(?:\(-\)\s*)?(?=[a-z])/i, "")
    // "The Scrutiny Board supports the proposals …" as much as "The Committee notes …".
    // … and "The Audit and Scrutiny Committee agreed to note …" (Argyll and Bute), "and" inside the name.
    .replace(/^[Tt]he\s+(?:(?:[A-Z][\w&'-]*|and|&)\s+){0,4}(?:[Cc]ommittee|COMMITTEE|[Pp]anel|PANEL|[Bb]oard|BOARD|[Ss]ub-[Cc]ommittee|[Cc]ommission)\s+(?=(?!(?:as|is|has|was|does)\b)[a-z]+s\b|(?:agreed|resolved|decided)\s+(?:to|that)\b)/, "")
    // "the Committee establish a task group", in the subjunctive, as much as "the Committee requests".
    .replace(/^[Tt]he\s+(?:[Cc]ommittee|[Pp]anel|[Bb]oard|[Ss]ub-[Cc]ommittee)\s+(?=(?!be\b|is\b|was\b|were\b|has\b|have\b|had\b|will\b|would\b|should\b|shall\b|may\b|must\b|can\b|could\b|and\b|of\b)[a-z]{3,}\b)/, "")
    // "RECOMMENDED that the Council notes the report", "… grants the above licences" (Ards and North Down): what Council is
    // to do is read as the committee's own decision would be.
    .replace(/^the\s+council\s+(?=(?:notes|grants)\b)/i, "")
    // "that the Committee otherwise NOTES the draft budget proposals": the adverb says nothing of what is decided.
    .replace(/^(?:otherwise|also|further|finally),?\s+(?=[a-z]{3,}\b|[A-Z]{3,}\b)/i, "")
    .trim();
}
