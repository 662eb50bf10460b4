// "ACTION:" lines, "Actions agreed:" lists, "Action: Clerk" under a paragraph, numbered action lines
// ("Action 4.1:", "AP2 –"), and lists under "Further information requested", inside an item.
import { escapeRegExp } from "./regexp.js";
import { bodyAddressed, findOwner, ownerName, recommendedTo, subjectThatDoes, tidyOwner } from "./owners.js";
import { stripLead } from "./cues.js";
import { splitSentences } from "./sentences.js";
import { SHORTHAND, classifySentence } from "./sentence-cues.js";
import { findDue } from "./dates.js";
import { make, type Candidate, type ItemContext } from "./candidates.js";
import { REPORTED_SETTLED, actionText, dueFromTail, kindOfAction, ownerListName, tailOwnerAndWhen } from "./action-words.js";
import { LISTED_ACTION } from "./minutes-table.js";
import type { Block } from "./blocks.js";
import type { ItemBlocks } from "./structure.js";

// "ACTION:", "Action point:", and "Follow-up:", as some councils label the same line.
// Numbered too: "Action 4.1:", "Action point 3:", "AP2:", and "Recommendation 7.1:" in the same list.
// "ACTION 21/25: TR to amend the action log template …" (Essex's fire audit committee numbers its actions through the year);
// "Action 09/25-04 – …" (Cwm Taf Morgannwg's, by meeting and number).
// "Action 09/25-07 (external Board effectiveness review) was closed, …" (the London Pensions Fund Authority): a dash between
// figures is the reference's, not the label's.
const ACTION_LINE = /^(?:(?:agreed\s+)?action(?:s)?(?:\s+point|\s+required(?:\s+by)?|\s+by)?(?:\s+(?:no\.?\s*)?(?:[A-Z]{0,3}\d{1,3}(?:\.\d{1,3})*(?:\/\d{2}(?:-\d{1,3})?)?[a-z]?|\d{8}-[A-Z]{2,6}-\d{1,4}))?|AP\s?\d{1,3}|follow[-\s]?ups?|(information\s+requests?|requests?\s+for\s+information)|(recommendation)\s+(?:no\.?\s*)?\d{1,3}(?:\.\d{1,3})*)(?:\s*\(([^)]{1,60})\))?\s*(?::|[\-–](?!\d))\s*(.+)$/i;
// "… (Owner: Director of Public Health, by 28/02/2025)" closing the line: who, and by when.
const OWNER_BRACKET = /\s*\((?:owner|lead|action\s+by|responsible(?:\s+officer)?|by\s+whom)\s*[:\-–]\s*([^)]{1,120})\)\s*\.?$/i;
// "Waste Services Manager – provide a breakdown by round – 31 October 2025": an owner, a dash, the task.
const OWNER_DASH = /^([A-Z][\w ,'&()/]{1,60}?)\s+[–—]\s+(\S.*)$/;
// "Further information requested", "Information to be provided": a list of things members asked to see.
// "Information requests:" (Brent) too.
export const INFO_HEADING = /^(?:further\s+)?information\s+(?:requested|requests?|to\s+be\s+(?:provided|circulated|supplied))\s*:?$|^requests?\s+for\s+(?:further\s+)?information\s*:?$/i;
// "Actions/requests for further information:" (Surrey) too.
export const ACTION_HEADING = /^(?:(?:agreed|summary\s+of|list\s+of|follow-?up)\s+)?actions?(?:\s+(?:agreed|arising|points?|required(?:\s+by)?|list|log|to\s+be\s+taken))?(?:\s*(?:\/|and)\s*(?:requests?\s+for\s+)?(?:further\s+)?information(?:\s+(?:to\s+be\s+provided|requested))?)?\s*:?$|^the\s+following\s+actions?\s+(?:were|was)\s+agreed\s*:?$/i;
// "Suggestions for improvement:" (Brent) heads a list of tasks too, though not every task of the item.
const SUGGESTIONS_HEADING = /^suggestions?\s+for\s+improvement\s*:?$/i;
const TAIL_ACTION = /\s(?:ACTION|Action)\s*[:\-–]\s*([^.:;]{1,60})\.?$/;
// "ACTION: None", "Action required by: None": nothing to do; "ACTION: As noted above." (Anglesey): the decision says it.
const NO_ENTRY = /^(?:none|nil|n\/a|no\s+actions?|(?:as\s+(?:noted|set\s+out|stated|detailed)\s+)?above|as\s+per\s+(?:the\s+)?(?:resolution|decision)s?|see\s+(?:above|resolution|decision))\.?$/i;
const NUMBERED_ACTION = /^(?:action(?:\s+point)?\s+(?:no\.?\s*)?[A-Z]{0,3}\d{1,3}(?:\.\d{1,3})*[a-z]?|AP\s?\d{1,3})\s*[:\-–]/i;
// "Information request: …", "Recommendation 1: …", "Outcome: noted" closing an item (a "Follow-up:" line may instead
// follow the paragraph it belongs to, among others that are not).
const OUTCOME_LABEL = /^(?:information\s+requests?|recommendation\s+\d{1,2}|outcome)\s*:/i;

const ACTION_BY = /^actions?\s+by\s*:\s*(\S.{1,80})$/i;
const NOTED_ONLY = /^(?:the\s+(?:[A-Z][\w']*\s+){0,3}(?:council|committee|panel|board|partnership|authority|forum|chair(?:man|person)?)|members)\s+(?:(?:noted|received|welcomed)\s+the|thanked)\s+[^.;]{1,120}\.$/i;
const DONE_ON = /\b(?:issued|held|sent|circulated|completed|published|submitted|arranged|provided|written|delivered)\b[^.;]{0,40}?\bon\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\s*[.;]?(?:\s*and)?$/;
// "… at its meeting on 21st October 2025. CLOSED – see 4.2 below." (Cwm Taf Morgannwg's action log) too.
const REPORTED_DONE = /[.;–—-]\s*(?:complete[d]?|closed|done|discharged)\s*(?:[–—-]\s*see\s+[^;]{1,40}?)?\.?$/i;

/** Whether an item lists all its actions: numbered ("Action 4.1: …", "AP2 –"), under an "Actions" heading, in an
 *  Action column, or as labelled outcomes. */
export function listsAllActions(blocks: Block[]): boolean {
  return blocks.some((b, k) => NUMBERED_ACTION.test(b.text) || b.text.startsWith(LISTED_ACTION) || (ACTION_HEADING.test(b.text) && blocks[k + 1]?.marker != null)) ||
    blocks.filter((b) => OUTCOME_LABEL.test(b.text)).length >= 2;
}

export function actionLines(item: ItemBlocks, blocks: Block[], claimed: Set<number>, ctx: ItemContext, out: Candidate[]) {
  for (let k = 0; k < blocks.length; k++) {
    if (claimed.has(k)) continue;
    const b = blocks[k]!;
    if (b.cells) continue;
    // "ACTION BY: Director of Urgent and Emergency Care, NCL ICB" over "●  To circulate the flu … uptake figures …" (North
    // Central London's joint health committee): a heading that names who does what is listed below it.
    const by = ACTION_BY.exec(b.text);
    const byOwner = by ? ownerListName(by[1]!, ctx) ?? by[1]!.trim() : null;
    // Not over "(b)   Minute 9 – Members' Visit to the Materials Recovery Facility" (arc21): the next sub-heading, not a task.
    const listed = by !== null && blocks[k + 1]?.marker != null && (/[.;]$/.test(blocks[k + 1]!.text) || /^to\s/i.test(blocks[k + 1]!.text));
    if (ACTION_HEADING.test(b.text) || INFO_HEADING.test(b.text) || SUGGESTIONS_HEADING.test(b.text) || listed) {
      const info = INFO_HEADING.test(b.text);
      claimed.add(k);
      // Unmarked paragraphs after the first belong to the list only while they open the same way ("For the …").
      // "R33/25 - …" over "R34/25 - …" (Surrey Police and Crime Panel's tracker references) open the same way too.
      const opening = (j: number) => /^\S+/.exec(blocks[j]?.text ?? "")?.[0]?.toLowerCase().replace(/\d+/g, "9");
      const inList = (j: number) => blocks[j]!.marker !== null || (!blocks[j]!.cells && (j === k + 1 || (blocks[j - 1]!.marker === null && !/:$/.test(blocks[j]!.text) &&
        (opening(j) === opening(k + 1) || (OWNER_DASH.test(blocks[j]!.text) && OWNER_DASH.test(blocks[j - 1]!.text))))));
      for (let j = k + 1; j < blocks.length && inList(j); j++) {
        if (claimed.has(j)) break;
        claimed.add(j);
        // "For the Director to provide …", as some councils word each line.
        // And "R31/25 - The Commissioner to provide …": the tracker's reference is not part of who or what.
        const t = blocks[j]!.text.replace(/^[A-Z]{0,4}\d{1,4}\/\d{2,4}\s+[-–—]\s+/, "").replace(/^(?:for|that)\s+(?=the\s+[A-Z]|[A-Z])/i, "");
        if (NO_ENTRY.test(t) || NOTED_ENTRY.test(t)) continue;
        // "Action Log" over "The … Officer presented the action log … and reported the following updates:" and "Minute OSC
        // 15/25 - the breakdown … had been circulated on 2nd October 2025. Complete." (Tees Valley): earlier actions
        // reviewed, not this meeting's.
        if ((j === k + 1 && blocks[j]!.marker === null && /:-?$/.test(t)) || REPORTED_DONE.test(t)) continue;
        // "Action" over "Chief Internal Auditor" / "Strategic Director (People)" after a decision (Clackmannanshire): who
        // carries out the decision above, not tasks of their own.
        const who = namesOnly(t) ? ownerListName(roleOf(t), ctx) : null;
        if (who) { if (decidedAbove(out, k)) lendOwner(out, k, who); continue; }
        // "- Head of Leisure: circulate the usage figures by 7 March 2025", "Chair – write to …": the owner, then the task.
        const named = /^([^:]{2,60}):\s+(\S.*)$/.exec(t) ?? OWNER_DASH.exec(t);
        const lead = named ? ownerListName(named[1]!, ctx) : null;
        const task = lead ? named![2]! : t;
        // Under "Further information requested" every line is information to come, whatever its words.
        const kind = info && !/^(?:letters?|write)\b/i.test(task) ? "request" : kindOfAction(task);
        // "… (due: 31/03/2025)": the bracket is the deadline; "(Owner: COO; by 14 Nov)" gives both.
        const due = /\((?:due|deadline|by)\s*[:\-–]\s*([^)]{3,40})\)/i.exec(task);
        const bracket = lead ? null : OWNER_BRACKET.exec(task);
        const tail = bracket ? tailOwnerAndWhen(bracket[1]!.trim(), ctx) : null;
        const dueSource = due ? `by ${due[1]}` : dueFromTail(tail?.when ?? null, ctx);
        out.push(make(item, actionText(bracket ? task.slice(0, bracket.index) : task), kind, t, lead ?? tail?.owner ?? findOwner(t, ctx.abbreviations, /^that\s/i.test(blocks[j]!.text) ? { resolution: true } : undefined) ?? byOwner, ctx, 0, `action:${j}`, dueSource));
      }
      continue;
    }
    const m = ACTION_LINE.exec(b.text);
    // "Action 19 (Northbrook flood alleviation) – Members noted that … The Service Director agreed to bring …" (West
    // Berkshire): an earlier action reviewed, its topic in the brackets; what was said about it is read as debate.
    const reviewed = m?.[3] !== undefined && /^action\s+\d/i.test(b.text) && /^(?:members|it\s+was|the\s+|a\s+member|councillor|cllr)\b/i.test(m[4]!.trim());
    if (m && !reviewed) {
      claimed.add(k);
      // "Action: That the Scrutiny Manager arranges a joint workshop …" over "Update: Completed – …" (Anglesey): an
      // earlier meeting's action with its progress, already on the tracker.
      if (/^(?:update|progress|status)\s*[:\-–]/i.test(blocks[k + 1]?.text ?? "")) continue;
      const content = m[4]!.trim();
      // "Action 262 – Pannier Market signage – the Operations Manager advised that the replacement signage had been installed
      // in October. Action completed." (Torridge): an earlier action reported done.
      // "Action 7 - Letter to Cabinet Secretary. … had been issued on 3 October 2025 … The action was therefore closed." (Fife) too.
      // "Action 25/06 – the Chair had written to Anglian Water … Closed.", "Action 25/10 – the timeline … remains open." in
      // the action log reviewed (Anglian (Northern) flood committee) too.
      // So is "Action 64/25 - revised Members' Expenses Policy circulated to Members on 21 October 2025; and" (NILGOSC): done, and when.
      if ((/\baction\s+(?:was\s+)?(?:therefore\s+)?(?:now\s+)?(?:completed?|closed)\b/i.test(content) || REPORTED_DONE.test(content) || /\b(?:remains?|is\s+still)\s+open\b/i.test(content) ||
          DONE_ON.test(content)) && /^action\s+\d/i.test(b.text)) continue;
      // "ACTION: None", "Action: Panel endorsed the draft strategy": nothing to do after the meeting.
      if (NO_ENTRY.test(content) || BODY_ONLY_NOTED.test(content) || REPORTED_SETTLED.test(content)) continue;
      if (m[1]) {
        // "Information request: breakdown of patients by reason for delay, to be provided by the DASS".
        out.push(make(item, actionText(content), "request", b.text, findOwner(content, ctx.abbreviations) ?? findOwner(content, ctx.abbreviations, { resolution: true }), ctx, 0, `action:${k}`));
        continue;
      }
      if (m[2]) {
        // "Recommendation 7.1: That Cabinet …" in a list of numbered actions.
        out.push(make(item, actionText(stripLead(content)), "recommendation", b.text, findOwner(stripLead(content), ctx.abbreviations) ?? recommendedTo(content, ctx.abbreviations) ?? subjectThatDoes(content, ctx.abbreviations) ?? bodyAddressed(content), ctx, 0, `action:${k}`));
        continue;
      }
      const bracket = OWNER_BRACKET.exec(content);
      if (bracket) {
        const { owner, when } = tailOwnerAndWhen(bracket[1]!.trim(), ctx);
        const task = content.slice(0, bracket.index);
        out.push(make(item, actionText(task), kindOfAction(task), b.text, owner, ctx, 0, `action:${k}`, dueFromTail(when, ctx) ?? task));
        continue;
      }
      // "ACTION: All partners – nominate a prevention lead (31.05.24)": the owner, a dash, then the task.
      const dashed = /^(.{2,60}?)\s+[–—-]\s+(\S.*)$/.exec(content);
      // Not "ACTION: Director of Housing and Regeneration – March meeting" (Richmond): after the dash, when, not what.
      const dashWhen = dashed !== null && dashed[2]!.split(/\s+/).length <= 6 && dueFromTail(dashed[2]!, ctx) !== undefined && !/\b(?:to|and)\s+[a-z]{3,}/.test(dashed[2]!);
      const dashOwner = dashed && !dashWhen && dashed[2]!.split(/\s+/).length >= 2 ? ownerListName(dashed[1]!, ctx) : null;
      if (dashOwner) {
        const task = dashed![2]!;
        out.push(make(item, actionText(task), kindOfAction(task), b.text, dashOwner, ctx, 0, `action:${k}`));
        continue;
      }
      const { owner: ownerOnly, when } = tailOwnerAndWhen(content, ctx);
      // "ACTION BY: Jane Craig, Head of Waste and Recycling" under a decision already read: who carries it out.
      // "Action: DHMS" (Cowes Harbour Commission), initials the attendance list spells in a way not read: still only who.
      const whoOnly = ownerOnly ?? (namesOnly(content) ? ownerListName(roleOf(content), ctx) ?? longTitle(content, ctx) ?? (/^[A-Z]{2,6}$/.test(content.trim()) ? content.trim() : null) : null);
      if (whoOnly && k > 0 && claimed.has(k - 1) && decidedAbove(out, k)) { lendOwner(out, k, whoOnly); continue; }
      if (namesOnly(content) && (decidedAbove(out, k) || claimed.has(k - 1))) continue;
      // "ACTION: Chair of the Health and Social Care Scrutiny Commission" (Newham) too: a title too long to be read as
      // an owner by its shape alone, but nothing else.
      // "6.5  The Council noted the Chief Executive's report." over "ACTION:  Chief Executive / Director of Housing Services"
      // (the Northern Ireland Housing Council): who acts on the asks above it; the note itself is nothing to do.
      if (whoOnly && k > 0 && NOTED_ONLY.test(blocks[k - 1]!.text)) continue;
      // "Action: Clerk" set over "The Clerk to report the pothole at the Werg Lane junction …", under a paragraph that only reports
      // (Mildenhall): the label belongs to the task below, which is read as it stands.
      const below = blocks[k + 1];
      const named = (who: string) => new RegExp(String.raw`^(?:the\s+)?${escapeRegExp(who)}\s+to\s`, "i");
      if (whoOnly && k > 0 && below && !below.marker && !below.cells && SHORTHAND.test(below.text) && named(whoOnly).test(below.text) && splitSentences(blocks[k - 1]!.text).every((y) => !classifySentence(y))) continue;
      if (whoOnly && k > 0 && !blocks[k - 1]!.cells) {
        // "ACTION: Clerk" (or "Follow-up: Chief Finance Officer, by 31 October 2024") under the paragraph it belongs to.
        const prev = blocks[k - 1]!.text;
        const sentences = splitSentences(prev);
        // "… PCC had indicated in September that it would be in place by the end of October. Members expressed their frustration.
        // The Clerk to chase PCC Transport for a firm installation date …" over "ACTION: CLERK" (Fishguard): the task is the
        // shorthand, from there on; the story before it is not, nor its dates.
        // Not where the owner is two ("ACTION: SLJ / Clerk") or a sentence before sets another task: then each has its part.
        const task = /[/&]|\band\b/.test(whoOnly) ? -1 : shorthandAfterStory(sentences);
        const text = task > 0 ? sentences.slice(task).join(" ") : prev.length <= 400 ? prev : lastSaid(sentences);
        claimed.add(k - 1);
        // "… redundancy notices by the end of January 2026 if funding was not confirmed. The Chief Officer agreed to meet … before
        // the end of December 2025." over "Action: KD" (Dumfries and Galloway Integration Joint Board): the last sentence, what
        // the owner is to do, has the date.
        // Not where the task comes first with its own day ("The Clerk to submit the precept demand … by 30 January 2026. It was
        // noted that the District Council would publish the council tax bills in early March.", Baldock).
        const first = sentences.find((y) => SHORTHAND.test(y));
        const last = sentences.length > 1 && findDue(sentences[sentences.length - 1]!, ctx.due).due && !(first !== undefined && first !== sentences[sentences.length - 1] && findDue(first, ctx.due).due) ? sentences[sentences.length - 1] : undefined;
        // "The Deputy Town Clerk agreed to provide a breakdown …" over "Action: DF" (Downham Market): the words name who acts as
        // plainly as the initials, and as the minutes call them.
        const said = /^[A-Z]{2,4}$/.test(content.trim()) ? findOwner(text, ctx.abbreviations) : null;
        out.push(make(item, actionText(text), kindOfAction(text), `${prev}\n${b.text}`, said ?? whoOnly, ctx, 0, `action:${k}`, dueFromTail(when, ctx) ?? last));
      } else {
        const owner = (m[3] ? ownerName(m[3], ctx.abbreviations) ?? m[3].trim() : null) ?? findOwner(content, ctx.abbreviations);
        out.push(make(item, actionText(content), kindOfAction(content), b.text, owner, ctx, 0, `action:${k}`));
      }
      continue;
    }
    const tail = TAIL_ACTION.exec(b.text);
    if (tail && !b.cells) {
      const { owner, when } = tailOwnerAndWhen(tail[1]!.trim(), ctx);
      if (owner) {
        claimed.add(k);
        const body = b.text.slice(0, tail.index).trim();
        const sentences = splitSentences(body);
        // "Members discussed arrangements for the Spring Fair on … Saturday 16th May 2026. The Community Services Officer to book the
        // entertainment … in March. Action: TH" (Flitwick): the shorthand task, from there on, as under an action line of its own.
        const task = shorthandAfterStory(sentences);
        const text = task > 0 ? sentences.slice(task).join(" ") : body.length <= 400 ? body : sentences[sentences.length - 1]!;
        out.push(make(item, actionText(text), kindOfAction(text), b.text, owner, ctx, 0, `action:${k}`, dueFromTail(when, ctx)));
      }
    }
  }
}

/** Where a paragraph's one task starts: the first shorthand ("The Clerk to chase …") after sentences that set none; -1 when the
 *  paragraph opens with its task or has none. */
function shorthandAfterStory(sentences: string[]): number {
  return sentences.findIndex((x, n) => n > 0 && SHORTHAND.test(x) && sentences.slice(0, n).every((y) => !classifySentence(y)));
}

/** The paragraph's last sentence, passing over a closing "The report was noted." (Watchet): "The RFO agreed to circulate a
 *  breakdown of legal and professional fees … The report was noted." over "ACTION: RFO" is the RFO's task, not the noting. */
function lastSaid(sentences: string[]): string {
  for (let i = sentences.length - 1; i > 0; i--) if (!/^the\s+(?:[\w'-]+\s+){0,3}(?:was|were)\s+(?:noted|received)\.?$/i.test(sentences[i]!)) return sentences[i]!;
  return sentences[0]!;
}

/** "Chair of the Health and Social Care Scrutiny Commission": one title of up to twelve words, nothing else. */
function longTitle(content: string, ctx: ItemContext): string | null {
  const c = content.replace(/[.;]$/, "").trim();
  return c.split(/\s+/).length <= 12 && !/,/.test(c) && /^(?:[A-Z][\w'’&-]*\s+)+(?:of|for)\s/.test(c) ? ownerName(c, ctx.abbreviations) : null;
}

/** "Chief Internal Auditor", "Jane Craig, Head of Waste and Recycling", two of them: names and titles, no task. */
const namesOnly = (t: string) => t.split(/\s+/).every((w) => /^[A-Z(]/.test(w) || /^(?:of|and|for|the|&|[-–])$/.test(w));
/** The title of the first "Name, Title" of a list ("Karen Montgomery, Director of Operations Sarah Adams, …"). */
const roleOf = (t: string) => t.replace(/^[^,]{2,40},\s+(?=[A-Z])/, "").replace(/\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s.*$/, "");

/** Whether the last resolution read before block k produced any entries. */
function decidedAbove(out: Candidate[], k: number): boolean {
  return out.some((c) => c.group.startsWith("resolution:") && c.pos < k * 1000);
}

/** The owner of an "Action" or "ACTION BY:" label, lent to the entries of the last decision above it that name no one. */
function lendOwner(out: Candidate[], k: number, owner: string) {
  const above = out.filter((c) => c.group.startsWith("resolution:") && c.pos < k * 1000);
  const start = above.at(-1)?.group.split(":")[1];
  for (const c of above) if (c.group.split(":")[1] === start) c.owner ??= tidyOwner(owner);
}

// "Winter plan 2025/26 noted", "BCF Q2 return endorsed", "No further action on …": a list entry that records a decision
// and asks nothing; not "LB to circulate the results once agreed".
const NOTED_ENTRY = /^(?:no\s+further\s+action\b|(?:(?!(?:to|will|would|should|be)\b)[\w'’/&(),-]+\s+){1,12}?(?:was\s+|were\s+)?(?:noted|received|endorsed|approved|agreed|welcomed|accepted|adopted)\b(?!\s+(?:to|that)\b))/i;
const BODY_ONLY_NOTED = /^(?:the\s+)?(?:panel|committee|board|commission|group|members)\s+(?:noted|endorsed|welcomed|approved|received|thanked|supported|accepted)\b(?![^.]*\b(?:and|but)\s+(?:asked|requested|agreed\s+to)\b)/i;
