// Cue phrases that many minutes use and the first rules missed: the committee's wish put politely
// ("Members would like to see …", "The Panel would welcome a report …"), an officer's agreement put
// passively ("The Director agreed that the rate would be reviewed"), a motion carried, and a view
// ("Members agreed that the repair was urgent"), which is not a decision to do anything.

// "Members would like to see …", "The Panel would welcome …", "Members wished to receive …".
// Not "… advised that, while Members would welcome additional provision, there was no budget": a concession, not a wish.
export const WISH = /(?<!\b(?:while|whilst|although|though)\s+)\b(?:members|councillors|the\s+(?:committee|panel|board|commission|sub-committee|group))\s+(?:also\s+|further\s+)?(?:would\s+(?:like|welcome|wish|want|appreciate)|wished|asked\s+to\s+(?:see|receive))\b/i;
// A cheap test before the patterns, which every sentence of debate goes through: most have none of these words.
export const mayWishOrMotion = (s: string) => s.includes("would") || s.includes("wished") || s.includes("asked") || s.includes("proposed") || s.includes("moved") || s.includes("duly") || s.includes("formally");
export const mayAgreePassive = (s: string) => s.includes(" that ") && (s.includes("agreed") || s.includes("undertook") || s.includes("confirmed"));

// "It was proposed and agreed that …", "It was moved by Cllr A, seconded by Cllr B and carried that …",
// "It was duly resolved that …": the motion is the decision.
export const CARRIED_MOTION = /\bit\s+was\s+(?:(?:duly|formally)\s+(?=resolved|agreed)|(?:proposed|moved)\b[^.]{0,160}?\b(?:and\s+)?(?:(?:unanimously|duly)\s+)?(?=agreed|carried|resolved|supported|approved))(?:agreed|carried|resolved|supported|approved)\s+(?:that|to)\b/i;

// "The Executive Director agreed that the mileage rate would be reviewed": the speaker undertakes it.
// Not "confirmed that no child … would be required to move placement": an assurance, nothing to do.
// What an officer "confirmed … would be represented" is an assurance; "confirmed … would be circulated", a promise.
export const AGREED_PASSIVE = /\b(?:agreed|undertook)\s+that\s+(?!(?:no|none|neither|nobody)\b)[^.]{3,150}?\b(?:would|will|should)\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?(?!(?:required|expected|affected|disadvantaged)\b)[a-z]+(?:ed|en|wn|ne|nt)\b|\bconfirmed\s+that\s+(?!(?:no|none|neither|nobody)\b)[^.]{3,150}?\b(?:would|will|should)\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?(?:circulated|provided|shared|sent|forwarded|distributed|supplied|e-?mailed|made\s+available|arranged|scheduled|brought|presented|added|included|reported|published|written|investigated|reviewed|updated|amended|revised|checked|raised|followed\s+up|pursued|explored)\b/i;

// "Members agreed that the repair was urgent": a shared view, not something to do.
export function isView(s: string): boolean {
  const m = /\b(?:agreed|felt|considered)\s+that\s+(.*)$/i.exec(s);
  if (m && /^(?:the|this|that)\s+(?:issue|matter|topic|subject|area)\s+would\s+benefit\s+from\b/i.test(m[1]!)) return true;
  // "agreed that this would help to inform its consideration …", "… that the scope should remain as agreed", "… that the
  // issue could be considered when the work programme for 2026/27 is developed": a view, no change, a maybe.
  // "… that a ward-level picture would help them to respond to residents", "… that this would be a useful item for the Committee".
  if (m && (/^(?:this|it|(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+){0,3})\s+would\s+(?:help|assist|inform|be\s+(?:(?:a|an)\s+)?(?:very\s+)?(?:useful|helpful|valuable|beneficial))\b/i.test(m[1]!) || /\b(?:should|would|will)\s+remain\b/i.test(m[1]!) || /\bcould\s+be\s+(?:considered|looked\s+at|revisited)\s+(?:when|as|once|if)\b/i.test(m[1]!))) return true;
  // "Members agreed that it was important for the Board to respond." (Norfolk Health and Wellbeing Board): the response is
  // the next sentence's.
  if (m && /^it\s+(?:was|is)\s+(?:important|essential|vital|right)\s+(?:for\s+[^.]{2,60}?\s+)?to\s+[a-z]+\s*\.?$/i.test(m[1]!)) return true;
  // "Members agreed that a constructive approach was preferable to enforcement in the first instance, though the byelaws should
  // be applied …" (Malvern Hills Trust): which way is better, a view.
  if (m && /^(?:a|an|the)\s+[^.;]{2,80}?\s+(?:was|were|is|are|would\s+be)\s+(?:preferable|better|more\s+appropriate)\b/i.test(m[1]!)) return true;
  // "Members agreed that the topic met the criteria for scrutiny", "… that this placed the Council at a disadvantage …", "… that the
  // MBacc merited more detailed scrutiny in its own right": a judgement in the past tense.
  if (m && /^(?:this|that|it|(?:the|this|that|its|their)\s+(?!(?:be|been|being|is|are|was|were)\b)[\w-]+(?:\s+(?!(?:be|been|being|is|are|was|were)\b)[\w-]+){0,3})\s+(?:met|merited|warranted|deserved|placed|showed|demonstrated|represented|reflected|remained|seemed|appeared)\b/i.test(m[1]!) && !/\b(?:would|will|should|shall|must)\b/i.test(m[1]!)) return true;
  return m !== null && /\b(?:was|were|is|are|had\s+been)\b/i.test(m[1]!) && !/\b(?:would|will|should|shall|must|be|to)\b/i.test(m[1]!);
}
