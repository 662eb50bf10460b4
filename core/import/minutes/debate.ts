// The debate: sentences that ask for something after the meeting ("It was requested that …"), requests
// that may have been answered on the spot ("Details were requested. The HLA explained …"), and officers'
// undertakings ("The DCF explained that a written response would be provided").
import { NOTE_ONLY, PROCEDURAL, SETTLED_AT_MEETING } from "./cues.js";
import { DECIDED_NOT, DONE_ALREADY, MEMBER_SUBJECT, SHORTHAND, agreedAfter, classifySentence, debateKind, isAnswer, withAgreedThat } from "./sentence-cues.js";
import { WISH } from "./more-cues.js";
import { splitClauses } from "./clauses.js";
import { findOwner, ownerName, recommendedTo, speakerOf } from "./owners.js";
import { splitSentences } from "./sentences.js";
import { make, type Candidate, type ItemContext } from "./candidates.js";
import { findDue } from "./dates.js";
import { overlapCount, topicWords, words } from "./dedupe.js";
import { SPEAKER_LINE, type Block } from "./blocks.js";
import type { ItemBlocks } from "./structure.js";

export function debate(item: ItemBlocks, b: Block, ctx: ItemContext, out: Candidate[], k: number) {
  if (b.text.length > 20_000) return;
  // "5.1.2     Councillor M Devlin undertook to raise …" (the Staff Commission numbers paragraphs three deep, a depth no marker
  // takes): the number is not the sentence's first words.
  const sentences = splitSentences(b.marker === null ? b.text.replace(/^\d{1,3}(?:\.\d{1,3}){2,3}\.?\s+(?=[A-Z])/, "") : b.text);
  // A short procedural paragraph says nothing to do; but "Mr I Common left the meeting for this item. … It was AGREED the Staffing
  // Committee meet to consider the request …" (Hexham) goes on to the business.
  if (PROCEDURAL.test(b.text) && b.text.length < 300 && !sentences.slice(1).some((s) => !PROCEDURAL.test(s) && classifySentence(s))) return;
  // A motion or statement quoted in full says what someone proposed, not what the meeting decided.
  if (/^"[^"]{20,}"\.?$/.test(b.text)) return;
  // The paragraph before this one; debate before a resolution in the same paragraph comes as k - 0.5 (extract.ts).
  // A bullet's is the list's lead-in: "In response to questions, the Chief Finance Officer advised:" over "• She would circulate
  // to Members a breakdown of the vacancy savings …" (South Downs) names who "she" is, as the bullet before does not.
  const paragraphBefore = b.marker?.style === "bullet" ? listLeadIn(item.blocks, Math.ceil(k)) ?? item.blocks[Math.ceil(k) - 1]?.text : item.blocks[Math.ceil(k) - 1]?.text;
  // "MO: accepted the point; will add an evidence column": the label says who, for the whole line.
  const label = SPEAKER_LINE.exec(b.text);
  const speaker = label ? ownerName(label[1]!, ctx.abbreviations) : null;
  const used = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    if (used.has(i)) continue;
    const s = sentences[i]!;
    const cue = classifySentence(s) ?? agreedAfter(s, sentences[i + 1]) ?? (i > 0 ? memberPronounAsk(s, sentences[i - 1]!) : null);
    if (!cue) continue;
    if (cue.type !== "undertaking" && PUBLIC_ITEM.test(item.title) && PUBLIC_ASKS.test(s)) continue;
    const group = `debate:${k}:${i}`;
    const clauses = cue.type === "strong" || cue.type === "undertaking" ? splitClauses(s, ctx.abbreviations) : [s];
    if (clauses.length > 1) {
      // "Members agreed that A, and that B": each decision is its own entry.
      clauses.forEach((c, n) => {
        // "… to record the plant at each pumping station separately, and to complete this work by the 31st March 2026": the
        // clause before's deadline.
        const last = n > 0 && COMPLETE_BY.test(c) ? out.at(-1) : undefined;
        if (last && last.group === `${group}.${n}` && !last.due) {
          const due = findDue(c, ctx.due);
          if (due.due) { last.due = due.due; last.dueText = due.dueText; return; }
        }
        const own = classifySentence(c);
        if (!own) return;
        const owner = own.type === "strong" ? findOwner(c, ctx.abbreviations) ?? decidedOwner(c, ctx) : commitmentOwner(c, own.type, ctx, antecedent(sentences, i));
        if (own.type === "undertaking" && !owner) return;
        // "… be added to the agenda for the April meeting, and that the Chair of … be invited to attend for that item".
        const that = n > 0 && /\b(?:that|the\s+same)\s+(?:item|meeting)\b/i.test(c) ? `${c} ${clauses[n - 1]}` : undefined;
        out.push(make(item, c, own.kind, b.text, owner, ctx, 2, `${group}.${n + 1}`, that));
      });
      continue;
    }
    // What the next sentences say overtook it (turned down, done already, withdrawn, resolved since): they go with it.
    const overtaken = overtakenBy(s, cue.type, sentences.slice(i + 1, i + 3));
    if (overtaken) { for (let n = 1; n <= overtaken; n++) used.add(i + n); continue; }
    if (cue.type === "strong") {
      // A firm request names its owner (a recommendation, whom it goes to), or the next undertaking about the same thing does.
      // "Members would like to see …": who wishes it is not who does it.
      const wish = WISH.exec(s);
      // "The Joint Committee agreed to recommend to the constituent Councils …" (Tayside Contracts): the body deciding is not who
      // acts, though "Joint Committee" is a name where "Committee" is not.
      const asked = s.replace(/^the\s+joint\s+(?:committee|board)\s+(?=(?:also\s+|further\s+)?(?:agreed|requested|resolved|asked|recommended)\b)/i, "");
      // "RESOLVED: that the Town Clerk obtain …" in the middle of a paragraph (Saffron Walden) names its owner as a resolution does.
      const resolved = /^(?:RESOLVED|AGREED|Resolved)\s*(?:[:\-–]\s*(?:that|That|THAT)|\s+THAT\s*:)\s+/.exec(s);
      const own = findOwner(wish ? s.slice(wish.index + wish[0].length) : asked, ctx.abbreviations) ?? (resolved ? findOwner(s.slice(resolved[0].length), ctx.abbreviations, { resolution: true }) : null) ?? decidedOwner(s, ctx) ?? (cue.kind === "recommendation" ? recommendedTo(s, ctx.abbreviations) : null);
      // "She asked that officers explore … The Strategic Director agreed to explore this …": the officer who takes up
      // an ask put to officers at large, in the very next sentence, is its owner.
      const generic = own !== null && GENERIC_OWNER.test(own);
      // "The Committee agreed to establish a Task and Finish Group … The Senior Advisor would circulate draft terms of
      // reference": what the committee sets up itself is its own; the undertaking after it is another task.
      let later = (own && !generic) || COMMITTEE_SETS_UP.test(s) ? null : followingCommitment(sentences, i + 1, ctx, s);
      if (generic && later && (later.index !== i + 1 || !later.owner || GENERIC_OWNER.test(later.owner) || !POINTS_BACK.test(sentences[later.index]!))) later = null;
      if (!own && !later && answeredInNextParagraph(item, k, i === sentences.length - 1, s, ctx)) continue;
      // "Councillor Laidlow asked for an update on the transfer … The Assistant Director advised that heads of terms had
      // been agreed …": a question, answered there.
      const next = sentences[i + 1];
      if (!later && !own && UPDATE_ASKED.test(s) && next !== undefined && isAnswer(next) && !classifySentence(next)) { used.add(i + 1); continue; }
      if (!later && !own && ON_THE_SPOT_ASK.test(s)) continue;
      if (later) used.add(later.index);
      const owner = (generic ? later?.owner : own) ?? own ?? later?.owner ?? null;
      // The undertaking's own deadline first where it names a day for what was asked to be sent: "… be circulated to all members
      // ahead of the February meeting. The RFO agreed to circulate the quarter three budget monitoring statement to all members by
      // 6 February 2026." (Wickford). Not a report for the programme: the forward programme sent round by then is another task.
      const byDay = later !== null && cue.kind === "request" && /\bby\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+/.test(sentences[later.index]!);
      const c = make(item, later ? answerText(s, sentences[later.index]!) : s, cue.kind, b.text, owner, ctx, 2, group, later ? (byDay ? `${sentences[later.index]} ${s}` : `${s} ${sentences[later.index]}`) : withThatMeeting(s, sentences, i, paragraphBefore));
      if (!later && !owner) c.refersTo = askedAbout(s, sentences, i);
      out.push(c);
    } else if (cue.type === "weak") {
      // A request that may have been answered: the next undertaking in the same paragraph is its answer. Assurance
      // or clarification is mostly given on the spot, so an undertaking only answers it when it refers back to it.
      const later = followingCommitment(sentences, i + 1, ctx, GIVEN_ON_THE_SPOT.test(s) ? s : null);
      if (later) {
        used.add(later.index);
        // The undertaking's own date first: "… scheduled for Cabinet in April 2026 and agreed to arrange for the draft
        // strategy to be presented to the Committee on 10 March 2026" is due on 10 March.
        out.push(make(item, answerText(s, sentences[later.index]!), cue.kind, b.text, later.owner, ctx, 2, group, `${sentences[later.index]} ${s}`));
      } else if (!sentences.slice(i + 1).some(isAnswer) && !ON_THE_SPOT_ASK.test(s) && !answeredInNextParagraph(item, k, i === sentences.length - 1, s, ctx)) {
        const c = make(item, s, cue.kind, b.text, findOwner(s, ctx.abbreviations), ctx, 2, group);
        c.refersTo = askedAbout(s, sentences, i);
        out.push(c);
      }
    } else if (BARE_ASSENT.test(s)) {
      // "A Member asked that the Committee look at EV charging points. The Chairman agreed.": what was agreed is
      // the ask before it; with no ask there, nothing says what is to be done.
      const ask = i > 0 && !SETTLED_AT_MEETING.test(sentences[i - 1]!) ? PROPOSED_THAT.exec(sentences[i - 1]!) : null;
      if (!ask) continue;
      const what = sentences[i - 1]!.slice(ask.index + ask[0].length);
      // Not "Cllr Harker PROPOSED that the grant be awarded in full; Cllr Lacey seconded. IT WAS AGREED." (Sheringham): what was
      // proposed and agreed only approves.
      if (NOTE_ONLY.test(what.replace(/[;,]\s+(?:Cllr\.?|Councillor)\s+[A-Z][\w'-]*\s+seconded\.?$/i, "").trim())) continue;
      out.push(make(item, `${sentences[i - 1]} ${s}`, debateKind(what), b.text, findOwner(what, ctx.abbreviations), ctx, 2, group));
    } else {
      // "Members were informed that 212 properties had flooded … The Lead Local Flood Authority would publish each
      // report …": what the briefing said will happen, unless it is something for the members themselves.
      // But "The Panel was informed that the Home Office had confirmed the grant … The Legal Adviser would submit the end-of-year
      // grant claim …" (South Yorkshire): an officer of the meeting's own is given the task.
      if (cue.type === "undertaking" && BRIEFED.test(b.text) && !FOR_MEMBERS.test(s.replace(BRIEFED, "")) && !OFFICER_WILL.test(s)) continue;
      // "The Climate Change Manager advised that the Council would publish its Adaptation Plan in summer 2026", "The
      // Partnership Board would monitor delivery …": what an organisation plans, unless it is for the members.
      if (cue.type === "undertaking" && cue.kind !== "letter" && INSTITUTION_WILL.test(s) && !FOR_MEMBERS.test(s)) continue;
      const owner = commitmentOwner(s, cue.type, ctx, antecedent(sentences, i, paragraphBefore)) ?? sentBy(s, ctx) ?? speaker;
      // An undertaking needs someone to give it: the committee itself ("The Commission will write to …") or a
      // letter to be sent count; "it will be fine" does not.
      if (cue.type === "undertaking" && !owner && !BODY_WILL.test(s) && !PASSIVE_LETTER.test(s)) continue;
      // "X asked how many … Officers did not have this figure and agreed to provide it": the question says what "it" is.
      const asked = i > 0 && POINTS_BACK.test(s) && ASKED_QUESTION.test(sentences[i - 1]!) ? sentences[i - 1]! : null;
      // "… was scheduled for the meeting on 4 February 2026. The Head of … was asked to invite the Inspector to attend that
      // meeting." (West Oxfordshire): that meeting's date.
      const that = withThatMeeting(s, sentences, i, paragraphBefore);
      const c = make(item, asked ? `${asked} ${s}` : s, cue.kind, b.text, owner, ctx, 2, group, that === s ? undefined : that);
      // "The footpath sign is missing; Cllr Dunn will replace it": the "it" is in its own sentence.
      // Not "… to draft the Council's detailed objection and circulate it to members …" (Cottenham): "it" is the objection.
      if (i > 0 && POINTS_BACK.test(s) && !/^[^;:]{10,}[;:]\s/.test(s) && !OWN_ANTECEDENT.test(s)) c.refersTo = sentences[i - 1];
      out.push(c);
    }
  }
}

/**
 * How many of the next sentences overtake an ask or decision, or 0:
 * - "Cllr Bradley asked that an update be scheduled. Members agreed that this was more properly a matter for …": turned down;
 * - "… asked that the section reflect the Committee's concerns. Ms Breen advised that the draft had already been amended": done;
 * - "… asked that the Committee scrutinise agency staff. The Chief Executive advised that an audit was planned. Councillor
 *   Gallagher said that he was content not to proceed on that basis.": withdrawn after the answer;
 * - "… agreed to look into the specific case. The Member confirmed that … the matter had been resolved.": done since (an
 *   undertaking too).
 */
function overtakenBy(s: string, type: string, next: string[]): number {
  const [first, second] = next;
  if (first === undefined) return 0;
  if (RESOLVED_SINCE.test(first)) return 1;
  if (type === "undertaking") return 0;
  // "… proposed that the further and higher education partners be referenced by name in the Partnership Agreement. The
  // Chairperson agreed that these comments should be reflected in the final version." (Community Planning Aberdeen): a
  // comment on a draft, taken into it.
  if (INTO_THE_DRAFT.test(first)) return 1;
  if (second !== undefined && isAnswer(first) && WITHDRAWN.test(second)) return 2;
  // "… Councillor Ellison also asked whether the figures could be provided at ward level; the Service Director advised
  // that ward level figures could not be published": another member's ask, turned down, not this one.
  const refused = REFUSED.test(first) && !OWN_PROPOSAL.test(first) && !NEW_POINT.test(first);
  // "… asked that the Committee call for a moratorium. The Deputy Leader advised that … The Chair noted that … and
  // the Committee did not support the request.": turned down after the answer.
  if (!refused && second !== undefined && isAnswer(first) && REFUSED.test(second) && !OWN_PROPOSAL.test(second)) return 2;
  // "… asked for details of the number of missed bin collections by ward. The Chairman advised that this information had
  // already been provided in the Members' Information Bulletin …" (Braintree): "this information" is what was asked for.
  // Not when the next sentence is another member's question and its answer ("… be placed on the agenda of a future meeting.
  // Cllr Dyer asked whether the Annual Parish Meeting could again be held at Summerfield School; the clerk confirmed that the
  // school hall had already been booked …", Bradwell).
  const done = !NEW_POINT.test(first) && (((DONE_ALREADY.test(first) || SENT_BEFORE.test(first)) && (overlapCount(words(s), words(first)) > 0 || THAT_ASKED_FOR.test(first))) || POINTED_TO.test(first));
  // "… asked that an item on housing for care leavers be added to the Work Programme. The Scrutiny Officer confirmed that
  // this item was already scheduled for the meeting on 10th March 2026": there already.
  // So is "… requested that the Panel receive a briefing on … The Democratic Services Officer advised that this item was
  // already programmed for the meeting of …" (Huntingdonshire): whatever was asked for, the item is there.
  // Not another member's ask answered so ("… be placed on the agenda for the February meeting. Cllr Danvers asked for an update on
  // the Chilbridge Road footpath; the Clerk confirmed this was already included in the action log.", Eynsham).
  const scheduled = !NEW_POINT.test(first) && ALREADY_SCHEDULED.test(first) && (PROGRAMME.test(s) || /\b(?:this|that|it|the)\s+(?:(?:item|matter|topic|briefing)\s+)?(?:was|were|is)\s+already\b/i.test(first));
  return refused || done || scheduled || SETTLED_THERE.test(first) ? 1 : 0;
}

/** A request and the promise that answers it: both, since each may say what the other leaves out (who, by when,
 *  what exactly), even when the promise points back ("… would provide the breakdown by District Electoral Area");
 *  the request alone when the promise is only a few words ("The Director agreed to do so") or is no promise at all
 *  ("explained that stakeholders would be invited"). */
function answerText(request: string, undertaking: string): string {
  // "… agreed that the equality impact assessment would be circulated" promises as much as "agreed to circulate it".
  // So does the shorthand "ACTION: Sharon Hurley to provide the net monthly cost …".
  // So does "The Democratic Services Officer was asked to arrange an informal briefing session …", or "The Chairman asked
  // the Principal Policy Officer (Scrutiny) to schedule a quarterly savings delivery report …".
  const promises = /\b(?:undertook|agreed|offered|promised|committed)\s+to\b|\b(?:was|were)\s+(?:asked|tasked)\s+to\b|\b(?:asked|instructed)\s+the\s+[A-Z][^.]{0,80}?\s+to\s+[a-z]{3,}|\bagreed\s+that\b[^.]{0,120}?\b(?:would|will)\s+(?:be\b|include\b)|\b(?:would|will)\s+(?:share|provide|circulate|send|forward|supply|arrange|add|schedule)\b|\b(?:would|will)\s+be\s+(?:circulated|provided|shared|sent|forwarded|made\s+available)\s+to\b/i.test(undertaking) ||
    SHORTHAND.test(undertaking.replace(/^action\s*[:\-–]\s*/i, ""));
  return promises && undertaking.split(/\s+/).length > 8 ? `${request} ${undertaking}` : request;
}

const THAT_ASKED_FOR = /\b(?:this|that|the\s+requested)\s+(?:information|data|figures?|details?|breakdown)\b/i;
const ALREADY_SCHEDULED = /\b(?:was|were|is|are)\s+already\s+(?:scheduled|programmed|planned|included)\b/i;
const PROGRAMME = /\b(?:work\s*programme|work\s*plan|forward\s+(?:work\s+)?(?:plan|programme))\b/i;
// … and "asked for the number of noise complaints received over the Christmas period", given there.
const UPDATE_ASKED = /\basked\s+for\s+(?:(?:an?\s+)?(?:update|explanation|clarification)\s+(?:on|of|about|regarding)|the\s+(?:number|figure|proportion|percentage)s?\s+of)\b(?![^.]{0,120}\b(?:meeting|circulated|in\s+writing|written)\b)/i;

// "A suggestion that the review also consider … was not taken forward" turns down its own proposal, not the ask before it.
const OWN_PROPOSAL = /^(?:a|an|the|one|another)\s+(?:further\s+|separate\s+|related\s+)?(?:suggestion|proposal|request|idea|motion|amendment)\s+(?:(?:from|by)\s+[^.,]{1,60}?\s+)?that\b/i;
/** "Councillor Quinn said that rural areas were poorly served. She asked that officers explore …": the councillor's
 *  ask, read as if named; a deputation's "He asked that the Council consider …" is not the committee's. */
function memberPronounAsk(s: string, previous: string) {
  const member = /^((?:Councillor|Cllr\.?)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s/.exec(previous);
  return member && /^(?:He|She)\s+(?:also\s+|further\s+)?(?:requested|asked)\s+that\b/.test(s) ? classifySentence(s.replace(/^(?:He|She)\b/, member[1]!)) : null;
}

// "The ICB would move to a 'strategic commissioner' role …", a presentation's point (Bristol, North Somerset and South Gloucestershire) too.
// So is "The Regulation 18 consultation … was scheduled to take place between February and April 2026, and the Authority would
// hold a series of drop-in events …" (North Tyneside).
const INSTITUTION_WILL = /^(?:(?:the\s+)?[A-Z][\w'(),-]*(?:\s+(?:[A-Z][\w'(),-]*|of|for|and|&)){0,8}\s+(?:explained|advised|said|stated|reported|confirmed)\s+that\s+(?:[^.]{0,80}?,\s+)?(?:but\s+that\s+)?)?(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,5}(?:Council|Service|Department|Directorate|Authority|Board|Partnership|Trust|Government|ICB|ICS|CCG)\s+would\s+(?!not\b)|,\s+and\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,5}(?:Council|Service|Department|Directorate|Authority|Partnership|Trust|Government)\s+would\s+(?!not\b)/;
// "Members heard that the Government was expected to launch a statutory consultation …, and that the Council would respond
// to it through Cabinet and Council in the usual way." (Hart) too.
const BRIEFED = /^(?:members|the\s+(?:committee|panel|board|sub-committee|commission|forum))\s+(?:(?:were|was)\s+(?:informed|advised|told|reminded|updated)|heard)\s+that\b/i;
// "… were poorly maintained. The Clerk to contact the holders of the three uncultivated plots …" (Faringdon): the shorthand too.
const OFFICER_WILL = /^(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,4}(?:Officer|Adviser|Advisor|Director|Manager|Clerk|Secretary|Treasurer|Engineer|Solicitor|Accountant)\s+(?:would|will|to(?!\s+be\b))\s/;
const FOR_MEMBERS = /\b(?:members|councillors|the\s+(?:committee|panel|board|sub-committee|commission|forum|chair))\b/i;
const QUESTION_FROM = /^in\s+(?:response|answer|reply)\s+to\s+(?:a\s+)?(?:question|query)\s+from\s+(?:councillor|cllr\.?)\s+(?:[A-Z][\w'-]+\s+)?([A-Z][\w'-]+)\b/i;
const NEW_POINT = /^(?:(?:a|another)\s+member|(?:councillor|cllr\.?)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?|members)\s+(?:also\s+)?(?:raised|asked|queried|expressed|questioned|referred|sought|commented)\b/i;
const RESOLVED_SINCE = /\b(?:matter|issue|case|problem|query)\s+had\s+(?:since\s+|now\s+)?been\s+(?:resolved|addressed|dealt\s+with|sorted)\b/i;
const WITHDRAWN = /\bcontent\s+for\s+[^.]{1,60}?\s+to\s+proceed\s+as\s+(?:scheduled|planned)\b|\bdid\s+not\s+wish\s+to\s+(?:pursue|proceed\s+with|press)\b|\b(?:was|were|is)\s+content\s+with\s+(?:that|this|the\s+(?:answer|response|explanation))\b|\b(?:content|happy|willing)\s+not\s+to\s+(?:proceed|pursue|press)\b|\bwithdrew\s+(?:the|his|her|their)\s+(?:request|suggestion|proposal|motion|amendment)\b|\bdid\s+not\s+(?:press|pursue)\s+(?:the|his|her|their|this|it)\b/i;
// "… advised that the letter had been circulated to all elected members by email on 12 December": done before the ask.
// "… The Director referred Members to the ward-level data already published in the Joint Strategic Needs Assessment".
// "… advised that benchmarking data was published annually by the Ombudsman and had been included at Appendix C" (Kingston).
const POINTED_TO = /\breferred\s+(?:members|the\s+(?:committee|panel)|councillors?|him|her)\s+to\s+(?:the\s+)?[^.]{0,60}?\b(?:already\s+)?(?:published|available|circulated|on\s+the\s+(?:council's\s+)?website)\b|\b(?:had\s+been|has\s+been|was|were)\s+(?:already\s+)?(?:included|set\s+out|provided)\s+(?:at|in)\s+(?:appendix|annex)\b/i;
const SENT_BEFORE = /^(?!.*\b(?:will|would|shall|agreed\s+to|undertook)\b).*\b(?:had|has|have)\s+(?:already\s+)?been\s+(?:circulated|sent|provided|shared|issued|published|e-?mailed|distributed|supplied|forwarded)\b/i;
// "… the Overview and Scrutiny Officer shared the link with Members during the meeting", "Cllr Natarajan was nominated":
// the ask was met there and then.
const SETTLED_THERE = /\b(?:shared|circulated|provided|tabled|sent|gave|handed)\b[^.]{0,80}?\b(?:during|at)\s+the\s+meeting\b|\b(?:was|were)\s+(?:duly\s+)?(?:nominated|appointed|elected)\b/i;
// "she did not consider it appropriate for the Forum to duplicate that scrutiny".
const NOT_APPROPRIATE = String.raw`\bwould\s+not\s+be\s+appropriate\s+for\s+(?:this|the)\s+(?:committee|board|panel|forum|commission)\b|\bcould\s+not\s+be\s+(?:made\s+public|provided|published|shared|released|disclosed)\b|\bdid\s+not\s+(?:consider|think|feel|believe)\s+(?:it|this|that)\s+(?:was\s+|would\s+be\s+)?(?:appropriate|necessary|needed|useful|helpful)\b`;
// "… proposed that a review of car parking charges be added to the work programme. On being put to the vote, the proposal
// was lost." (Rugby).
// "The proposal was seconded by Conseiller Perrot and, on being put to the vote, was lost (two in favour, three against)." (Sark).
const REFUSED = new RegExp(String.raw`\b(?:proposal|motion|suggestion)\s+was\s+(?:lost|defeated|not\s+carried|not\s+seconded)\b|\bon\s+being\s+put\s+to\s+(?:the\s+|a\s+)?vote,?\s+(?:[^.]{0,40}?\s)?(?:was|were)\s+(?:lost|defeated|not\s+carried)\b|${NOT_APPROPRIATE}|${WITHDRAWN.source}|${DECIDED_NOT.source}|\b(?:was|were)\s+(?:therefore\s+|thus\s+|consequently\s+)?not\s+(?:added|included|taken\s+forward|pursued|agreed|supported)\b|\bmore\s+properly\s+a\s+matter\s+for\b|\b(?:declined|decided\s+against)\b|\bdid\s+not\s+support\s+(?:the|this|that|his|her|their)\s+(?:request|proposal|suggestion)\b|^(?:members|the\s+(?:committee|panel|board))\s+did\s+not\s+support\s+(?:this|that|it)\b|\b(?:would|could|will)\s+be\s+covered\s+(?:within|by|under|in|as\s+part\s+of)\s+(?:the|its|a)\b|\bfell\s+(?:with)?in\s+the\s+remit\s+of\b|\b(?:was|were|would\s+be)\s+not\s+(?:necessary|needed|required)\b|\b(?:was|were)\s+already\s+(?:on|in|included\s+in)\s+(?:that|the|its|their)\b[^.]{0,60}?\b(?:work\s*plan|work\s+programme|forward\s+(?:work\s+)?(?:plan|programme)|agenda)\b`, "i");
// "Mr Jenkins asked that the Council consider working with the Association on a shared calendar of events" under "PUBLIC
// PARTICIPATION" (Mold): a member of the public's ask, which the committee has not taken up by hearing it.
const COMPLETE_BY = /^(?:(?:The\s+)?[A-Z][\w&' -]{1,60}?|He|She|They)\s+(?:was|were)\s+asked\s+to\s+(?:complete|finish)\s+(?:this|the|that)\s+(?:work|task|exercise|review|update)\s+by\b/;
const PUBLIC_ITEM = /^(?:public\s+(?:participation|questions?|forum|speaking|session|question\s+time|representations?)|open\s+forum|questions?\s+(?:from|by)\s+(?:members\s+of\s+)?the\s+public)\b/i;
// "Mr Whitlock said that a number of older members did not use smartphones and asked that a cash option be retained …"
// (Lee Valley) too.
const PUBLIC_ASKS = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'-]+\s+(?:also\s+)?(?:(?:said|stated|explained|reported)\s+[^.]{0,200}?\s+and\s+)?(?:asked|requested|suggested|urged|called)\b/;
const INTO_THE_DRAFT = /\b(?:these|those|the|members'|their)\s+(?:comments|points|suggestions|views)\s+(?:should|would|will|be|were|are)\s+(?:be\s+)?(?:reflected|incorporated|included|taken\s+into\s+account)\s+in\s+the\s+(?:final|revised|next|updated)\b/i;
// Not "There was insufficient support for this and it was not agreed." (Oxfordshire Health and Wellbeing Board).
const BARE_ASSENT = /^(?!.*\b(?:not|never|no|insufficient)\b)(?:the\s+)?[\w&'() -]{1,60}?\s+(?:agreed|concurred)\s*[.;]?$/i;
const PROPOSED_THAT = /\b(?:asked|requested|proposed|suggested|moved)\s+that\s+/i;
/** "… be added to the list of forthcoming items for that meeting": the meeting the sentence before named, with its date. */
function withThatMeeting(s: string, sentences: string[], i: number, paragraphBefore = ""): string {
  const before = i > 0 ? sentences[i - 1]! : splitSentences(paragraphBefore).at(-1) ?? "";
  return /\b(?:for|to|at|attend)\s+that\s+meeting\b/i.test(s) && /\bmeeting\b/i.test(before) ? `${s} ${before}` : s;
}

const COMMITTEE_SETS_UP = /^(?:the\s+)?(?:committee|panel|commission|board|forum|sub-committee|members)\s+(?:also\s+)?agreed\s+to\s+(?:establish|set\s+up|hold|undertake|form|create|convene)\b/i;
const GENERIC_OWNER = /^(?:officers?|the\s+service|staff)$/i;
const BODY_WILL = /^(?:the\s+)?(?:committee|commission|panel|board|sub-committee|group|forum)\s+(?:will|would|is\s+to|agreed\s+to)\s+/i;
// "… and agreed that a letter of thanks be sent to the station on the Board's behalf" (Falmouth Harbour) too, and "A written
// response will be sent to Mr Hall once a reply has been received …" (Morpeth).
const PASSIVE_LETTER = /\b(?:letters?|written\s+(?:response|reply))\b[^.]{0,60}?\b(?:(?:would|will|should|to)\s+)?be\s+(?:sent|written)\b/i;

/** "A letter would be sent by the Chairman to …": who sends it. */
function sentBy(s: string, ctx: ItemContext): string | null {
  const m = PASSIVE_LETTER.test(s) ? /\b(?:sent|written)\s+by\s+(?:the\s+)?([A-Z][\w' -]{1,50}?)(?=\s+(?:to|on|about|regarding)\b|[.,;]|$)/.exec(s) : null;
  return m ? ownerName(m[1]!, ctx.abbreviations) : null;
}

// "It was agreed that the Clerk write to …": what follows "that" is worded as a resolution point, and read as one.
function decidedOwner(given: string, ctx: ItemContext): string | null {
  const s = withAgreedThat(given);
  // Only a definite or named subject ("that the Clerk write"), not "that a report be brought".
  const m = /\b(?:agreed|resolved|carried|requested|proposed|moved|suggested|AGREED|RESOLVED)(?:,\s+seconded\s+by\s+[^,]{2,60},)?,?\s+that\s+(?=the\s|[A-Z])/.exec(s);
  return m ? findOwner(s.slice(m.index + m[0].length), ctx.abbreviations, { resolution: true }) : null;
}

// A sentence someone spoke ("The Director reported …"), and one spoken by someone named without a title ("Deborah Quarrie
// reported …", "Fraser McKee advised …"), as minutes of health bodies name their officers.
const SPEECH = String.raw`(?:reported|said|explained|advised|confirmed|stated|outlined|presented|introduced|updated|responded|replied)`;
const SPOKE = new RegExp(String.raw`^(?:the\s+)?[A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|of|for|and|&)){0,8}?\s+${SPEECH}\b`);
const BARE_NAME_SPOKE = new RegExp(String.raw`^([A-Z][a-z'-]+\s+[A-Z][a-z][A-Za-z'-]*)\s+${SPEECH}\b`);

// "agreed to discuss this", "would circulate them"; not the "it" of "It was explained that …".
// "did not have the figure to hand and agreed to provide a written answer" points back as surely as "it".
// "The Clerk to write to Harleston Lions Club to thank them for marshalling …" (Harleston): "them" is the club the sentence names.
const OWN_ANTECEDENT = /\b(?:the|a|an|its|their)\s+[^.,;]{3,80}?\s+and\s+(?:then\s+)?[a-z]{3,}\s+(?:it|them)\b|\b(?:to|with)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|&)){0,6}\s+(?:to|and)\s+(?:thank|congratulate|invite|ask|remind|inform)\s+(?:it|them)\b/;
const POINTS_BACK = /\b(?:this|these|them|do\s+so)\b|\bthe\s+(?:figures?|numbers?|information|data)\b|\ba\s+written\s+(?:answer|response|reply)\b|\bit\b(?!\s+(?:was|is|were|would|will|had|has|could|should)\b)/i;
const ASKED_QUESTION = /\b(?:asked|queried|questioned)\s+(?:how\s+(?:many|much)|what\s+(?:number|proportion|percentage))\b/i;
const GIVEN_ON_THE_SPOT = /\b(?:assurances?|clarification|confirmation|views|advice)\b/i;
// "X said the ICB was working on an offer and would share the assessment": what the speaker says their side will do.
const SPEAKER_UNDERTAKES = /\b(?:agreed|undertook|offered|committed|promised|took\s+(?:away\s+)?an\s+action)\s+to\b|\bagreed\s+that\b[^.;]{0,160}?\b(?:would|will)\b|\bagreed(?:\s*[.;]?$|\s+and\s+(?:said|confirmed|undertook|explained|added)\b)|\b(?:he|she|they|officers|we|the\s+service)\s+(?:would|will)\b|\b(?:said|explained|confirmed|advised)\b[^.;]{0,160}?\band\s+(?:would|will)\s+(?:share|provide|circulate|send|forward|supply|report|bring|update|confirm|arrange|write|publish)\b/i;

// "… a recovery plan was in place. Members asked that the Committee be kept informed of progress against that plan." (High Peak)
// "Members asked for fuller information on its impact." (Hebden Royd, of the ticketing system just reported) too.
const THAT_THING = /\b(?:that|this|these|those)\s+(?:plan|report|strategy|issue|matter|work|review|programme|policy|scheme|project|data|figures?|information|proposal|area|service)s?\b|\b(?:on|of|about)\s+(?:its|their)\s+(?:impact|effect|outcomes?|progress|performance|use|take-up|cost)s?\b/i;

// "Members asked for greater assurance that the position would be recovered.", "… sought clarification on the Capital
// Financing Requirement figure" (Epping Forest, Swale): what is given, or not, in the room; nobody took it away.
const ON_THE_SPOT_ASK = /\b(?:asked\s+for|sought|requested)\s+(?:greater\s+|further\s+|more\s+|some\s+)?(?:assurance|clarification|clarity|reassurance)\b/i;

/** What an ask is about when its own words do not say: "Members requested more detailed information." (Bassetlaw), or
 *  "… progress against that plan": the sentences before it, which a resolution below may take up. */
function askedAbout(s: string, sentences: string[], i: number): string | undefined {
  return i > 0 && (s.split(/\s+/).length <= 6 || THAT_THING.test(s)) ? sentences.slice(Math.max(0, i - 2), i).join(" ") : undefined;
}

/** The line a run of bullets hangs from, when it ends with a colon. */
function listLeadIn(blocks: Block[], k: number): string | undefined {
  let j = k - 1;
  while (j >= 0 && blocks[j]!.marker?.style === "bullet") j--;
  const lead = blocks[j];
  return lead && !lead.cells && /:-?$/.test(lead.text) ? lead.text : undefined;
}

/** The sentence a "She" names: the one before, or before that while those too begin "He" or "She" ("The Director of Housing
 *  welcomed the review. She advised that … She undertook to circulate …", Bassetlaw). */
function antecedent(sentences: string[], i: number, paragraphBefore?: string): string | undefined {
  // "Deborah Quarrie reported on the flu … programme. Uptake among residents … remained low. She agreed to circulate …"
  // (Berkshire West): the last sentence someone spoke, over one that only carries on what they said.
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (!/^(?:he|she)\s/i.test(sentences[j]!) && SPOKE.test(sentences[j]!)) return sentences[j];
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (!/^(?:he|she)\s/i.test(sentences[j]!)) return sentences[j];
  // "He also agreed to email Members …" opening a paragraph (Bolsover): the speaker is in the paragraph before.
  if (i === 0 && paragraphBefore) {
    const before = splitSentences(paragraphBefore);
    for (let j = before.length - 1; j >= Math.max(0, before.length - 3); j--) if (!/^(?:he|she)\s/i.test(before[j]!)) return before[j];
  }
  return sentences[i - 1];
}

/**
 * The owner of an undertaking: named as its subject ("the Clerk will …"), or the officer speaking when the words
 * make it theirs ("The DCF explained that a written response would be provided", "… advised … and undertook to …").
 */
function commitmentOwner(s: string, type: string, ctx: ItemContext, previous?: string): string | null {
  const named = findOwner(s, ctx.abbreviations);
  if (named) return named;
  // "Councillor Devlin referred to … and the Head of Human Resources and OD undertook to provide …": the second subject.
  const second = /\band\s+the\s+([A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|of|for|and|&)){0,8}?)\s+(?:undertook|agreed|offered|promised)\s+to\b/.exec(s);
  if (second) return ownerName(second[1]!, ctx.abbreviations);
  // "Fraser McKee advised that the South locality was performing less well …, and agreed to provide members with …" (Glasgow):
  // an officer named without a title, who speaks and then undertakes.
  const bare = BARE_NAME_SPOKE.exec(s);
  if (bare && /\b(?:and|but)\s+(?:agreed|undertook|offered|promised)\s+to\b/.test(s)) return bare[1]!;
  // "She was not aware whether … and undertook to check …": the speaker of the sentence before.
  if (previous && /^(?:he|she)\b[^.]{0,160}?\band\s+(?:undertook|agreed|offered|promised)\s+to\b/i.test(s)) return speakerOf(previous, ctx.abbreviations);
  // "Cllr Grimshaw reported on … He will find out …": the pronoun is the last speaker.
  // "Bus shelter: the Secretary has chased the Council. She will raise it …": the subject after a topic label.
  // "She said that she would circulate the dental access data …" after "The Director … apologised that …".
  // "She also undertook to report the outcome … to the next meeting" after "The … Officer agreed to circulate a map …".
  // "The Director of Housing welcomed the review. She advised … She undertook to …": whoever opened, by name.
  if (previous && /(?:^|,\s+|^(?:he|she)\s+(?:said|confirmed|explained|added|advised)\s+that\s+)(?:he|she)\s+(?:also\s+|further\s+)?(?:will|would|agreed|undertook|offered|promised|is\s+to)\b/i.test(s)) {
    const opened = /^(?:the\s+)?([A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|of|for|and|&)){0,8}?)\s+(?:welcomed|introduced|presented)\b/.exec(previous);
    return speakerOf(previous, ctx.abbreviations) ?? speakerOf(previous.replace(/^[^:.]{2,60}:\s+/, ""), ctx.abbreviations) ?? (opened ? ownerName(opened[1]!, ctx.abbreviations) : null) ??
      // A speaker named without a title ("Deborah Quarrie reported …"), as minutes of health bodies name their officers.
      BARE_NAME_SPOKE.exec(previous)?.[1] ?? null;
  }
  return type === "commitment" || SPEAKER_UNDERTAKES.test(s) ? speakerOf(s, ctx.abbreviations) : null;
}


const MEMBER_PROMISES = /^(?:cllr\.?|councillor)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:agreed|undertook|offered)\s+to\s+(?!the\s+request\b)[a-z]/i;
// "… agreed to circulate it", "… would provide this": the object of the promise is what was asked for.
const OBJECT_POINTS_BACK = /\b(?:agreed|undertook|offered|promised|would|will)\s+(?:to\s+)?[a-z]+\s+(?:this|it|these|them|that)\b/i;
const ANAPHORA = /\b(?:this|it|these|them|that(?=\s*[.,;]|$)|so|accordingly|the\s+(?:information|figures|details|data|request|breakdown)|a\s+(?:response|written\s+response|briefing|note)|an\s+(?:answer|update|explanation))\b/i;

/** "Members requested further information on the distribution of claimants across the District." closing its paragraph,
 *  and "The Assistant Director … undertook to circulate a breakdown of claimants by income band and by ward …" opening the
 *  next (Bromsgrove, Redditch): the ask is taken up there, and that paragraph's entry is the one to keep. */
function answeredInNextParagraph(item: ItemBlocks, k: number, last: boolean, ask: string, ctx: ItemContext): boolean {
  const next = last && Number.isInteger(k) && MEMBERS_ASK.test(ask) ? item.blocks[k + 1] : undefined;
  if (!next || next.marker || next.cells) return false;
  const first = splitSentences(next.text)[0]!;
  const answer = followingCommitment([first], 0, ctx, ask);
  // The item's own subject is in everything said under it: "a report on the food waste collection pilot" is not answered
  // by "an action to look at whether the bulky waste charge could be reduced" under "Waste and Recycling Performance".
  const title = words(item.title);
  // Nor by the next task for the same meeting ("… be included on the agenda for the February meeting" / "The Clerk to add the
  // renewal of the Community Centre lease to the February agenda", Knighton): when is not what.
  const own = [...topicWords(ask)].filter((w) => !title.has(w) && !WHEN_WORD.test(w));
  // "… agreed to provide this information to Members of the Panel by 13 February 2026" (Fareham) points back as surely.
  // Not by a letter on another point that shares one word with the ask ("… accidental dwelling fire data for each ward …" /
  // "… the Chief Fire Officer agreed to write to the Chief Constable … tackling deliberate fires", Cleveland).
  const shared = overlapCount(new Set(own), topicWords(first));
  return answer !== null && answer.owner !== null && (shared > 1 || (shared === 1 && debateKind(first) !== "letter") || ANAPHORA.test(first));
}
const WHEN_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|meeting|agenda|next)$/i;
// Members asking, not the meeting deciding: "It was agreed that a deep dive report … would be brought" is settled.
const MEMBERS_ASK = new RegExp(String.raw`^(?:${MEMBER_SUBJECT}|the\s+(?:committee|panel|board|commission))\s+(?:also\s+|further\s+)?(?:requested|asked|sought|commented|would\s+(?:welcome|like)|wished)\b`, "i");

/** The undertaking that answers a request: it refers back to it ("agreed to provide this") or shares its words. */
function followingCommitment(sentences: string[], from: number, ctx: ItemContext, request: string | null): { index: number; owner: string | null } | null {
  const asked = request === null ? null : words(request);
  const askKind = request === null ? null : debateKind(request);
  for (let j = from; j < Math.min(sentences.length, from + 4); j++) {
    // "A Member raised concern at …" begins another member's point: what is promised after it answers that one.
    if (NEW_POINT.test(sentences[j]!)) return null;
    // "In response to a question from Cllr Noble about the website accessibility audit, the Deputy Town Clerk agreed to …" after
    // Cllr Brewster's request (Whitby): an answer to another member's question, not to this ask.
    const questioner = QUESTION_FROM.exec(sentences[j]!);
    if (questioner && request !== null && !request.includes(questioner[1]!)) return null;
    const cue = classifySentence(sentences[j]!);
    // Short follow-ups ("Clerk to action.", "The Director agreed to do so.") refer back by being short.
    // So does the shorthand that names who carries out the decision just made ("Cllr Bright to complete the form").
    const short = sentences[j]!.split(/\s+/).length <= 8 || (j === from && SHORTHAND.test(sentences[j]!));
    // The very next sentence answers with fewer shared words ("asked for the figures by area. Mr Gormley agreed to circulate ward-level figures").
    if (cue && asked && !short && !ANAPHORA.test(sentences[j]!) && overlapCount(asked, words(sentences[j]!)) < (j === from ? 1 : 2)) continue;
    // "Members requested that a session on the Fund's net zero pathway … be added to the work programme … The Head of Investment
    // Strategy undertook to share the Fund's full voting record …" (South Yorkshire Pensions Authority): business for the programme
    // is not answered by information sent round.
    if (cue && askKind === "work-programme" && cue.kind === "request" && !short && !OBJECT_POINTS_BACK.test(sentences[j]!)) continue;
    // "Councillor Sutcliffe agreed to circulate a breakdown …": a Cabinet Member's promise reads as firmly as an officer's.
    if (cue && (cue.type === "commitment" || cue.type === "undertaking" || (cue.type === "strong" && MEMBER_PROMISES.test(sentences[j]!)))) {
      const owner = commitmentOwner(sentences[j]!, cue.type, ctx, antecedent(sentences, j));
      if (cue.type === "undertaking" && !owner) continue;
      return { index: j, owner };
    }
  }
  return null;
}

