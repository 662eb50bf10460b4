// One sentence, several decisions: "Members agreed that A, and that B", "Resolved that A; the Clerk and
// Cllr X to B". Used on sentences of debate and on resolution points alike.
import { findOwner } from "./owners.js";
import { SHORTHAND, debateKind } from "./sentence-cues.js";

const ADOPTED_AND_ROLE = /^((?:.*?\b(?:resolved|agreed)\s+)?to\s+(?:adopt|approve|accept|endorse)\b[^.;]*?)\s+and\s+(the\s+(?:(?:Town|Deputy|Assistant|Parish)\s+)?(?:Clerk|RFO|Chair(?:man)?)\s+to\s+[a-z]{3,}\b.*)$/i;
const ROLE_ASKED = /,\s+and\s+(?=the\s+[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|for|and|&)){0,6}\s+be\s+(?:requested|asked|invited|instructed)\s+to\s+[a-z]{3,})/;

/**
 * "… agreed that A, and that B", "Resolved that A; the Clerk and Cllr X to B": the separate decisions of one sentence.
 * Without the comma ("… be considered and that invitations were extended") the two are one request; a shorthand
 * clause ("; Cllr Thomas and the Clerk to prepare the application") says who carries out a first decision that
 * is to be done and names no one, and is a decision of its own after one that does, or that only puts an item
 * on an agenda ("the precept decision be deferred to the January meeting; the Clerk to revise the budget").
 */
export function splitClauses(s: string, abbreviations: Map<string, string>): string[] {
  // "It was RESOLVED to adopt the updated Climate Emergency Action Plan and the Clerk to publish the updated … Plan on the Council's
  // website" (Burwell): what was adopted, then the Clerk's task in shorthand.
  const adopted = ADOPTED_AND_ROLE.exec(s);
  if (adopted) return [adopted[1]!.trim(), adopted[2]!.charAt(0).toUpperCase() + adopted[2]!.slice(1)];
  // "Officers were asked to report back on A to the July meeting, and to circulate B beforehand": two things to do
  // (without the comma, "to arrange a survey and to report the findings" is one).
  const asked = /^(.*?\b(?:asked|agreed|undertook|requested|invited|offered|instructed)\s+to\s+)(.*)$/i.exec(s);
  if (asked && !/\bthat\b/i.test(asked[1]!)) {
    // "… to undertake a review of the rates, and to report the findings to this Committee by September": the report is the review's.
    // So is "… to review the score for risk CR07 …, and to report any change to the next meeting" (Mid and West Wales).
    const tasks = asked[2]!.split(/,\s+and\s+to\s+(?!(?:the|a|an|all|each|its|their|his|her|members|officers)\b|report\s+(?:back\b|(?:the|its|their)\s+(?:findings|outcome|results|conclusions)\b|any\s+changes?\b)|(?:advise|inform|update)\s+(?:\w+\s+){0,3}?(?:of|on)\s+the\s+(?:outcome|findings|results|conclusions)\b)(?=[a-z]{3,}\b)/i);
    if (tasks.length >= 2 && tasks.length <= 4) return tasks.map((t) => `${asked[1]}${t}`.trim());
  }
  const lead = /^(.*?\b(?:agreed|requested|resolved|asked|recommended)\s+that\s+)/i.exec(s);
  const prefix = lead ? lead[1]! : "";
  const body = s.slice(prefix.length);
  // "an update … be included in the Work Programme for the March meeting, and the Senior Democratic Services Officer be
  // requested to invite representatives …": a second task with its own owner.
  // Not "… begin recruitment for an additional independent Board member …, and that a shortlist be presented to the Remuneration
  // and Nominations Committee in April 2026" (the London Pensions Fund Authority): the outcome of the same work, reported when due.
  // Nor "… the Town Clerk should obtain three quotations for …, and that a report with the quotations come to the March meeting"
  // (Berkhamsted): the quotations, brought when they are due.
  const byThat = (lead ? body.split(/[,;]\s+and\s+that\s+(?!(?:a|the)\s+(?:shortlist|outcome|findings|results|conclusions|report\s+(?:with|on)\s+(?:the|those|these)\s+(?:quotations|quotes|tenders|findings|results))\b[^,;.]{0,60}?\s+(?:be\s+(?:presented|brought|reported|submitted)|come|return)\b)|;\s+(?:and\s+)?(?=that\s)/i) : [body]).flatMap((p) => p.split(ROLE_ASKED));
  const parts: string[] = [];
  for (const part of byThat) {
    const pieces = part.split(/;\s+(?:and\s+)?(?=(?:the\s+)?[A-Z])/);
    parts.push(pieces[0]!);
    for (const piece of pieces.slice(1)) {
      const first = `${prefix}${parts[parts.length - 1]!}`;
      const unowned = !findOwner(first, abbreviations) && debateKind(first) !== "work-programme";
      if (SHORTHAND.test(piece) && !unowned) parts.push(piece);
      else parts[parts.length - 1] += `; ${piece}`;
    }
  }
  if (parts.length < 2 || parts.length > 6) return [s];
  return parts.map((p, n) => {
    if (n === 0) return `${prefix}${p}`.trim();
    if (SHORTHAND.test(p)) return p.charAt(0).toUpperCase() + p.slice(1);
    return `${prefix}${p.replace(/^that\s+/i, "")}`.trim();
  });
}
