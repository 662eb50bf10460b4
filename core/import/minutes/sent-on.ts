// A resolution's stem that sends its points to a dated meeting of the body that decides them: each point is due then.
// One pattern a wording, each with the council whose minutes taught it.

const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?`;
const ENDS = String.raw`\s*:-?$`;

const SENT_ON: RegExp[] = [
  // "Agreed: Recommend to Cabinet on 18th November 2025:" (Wyre Forest).
  new RegExp(String.raw`\b[Rr]ecommend(?:s|ed)?\s+to\s+(?:the\s+)?[A-Z][\w ]{1,40}?\s+on\s+${DAY}${ENDS}`),
  // "RECOMMEND TO FULL COUNCIL on 14 January 2026" (Arun).
  new RegExp(String.raw`^(?:RECOMMEND|recommend)\s+TO\s+(?:THE\s+)?[A-Z][A-Z ]{1,40}?\s+on\s+${DAY}\s*:?$`),
  // "To RECOMMEND TO CABINET on 8 December 2025 that:" (South Norfolk).
  new RegExp(String.raw`\b(?:to\s+)?recommend\s+TO\s+(?:THE\s+)?[A-Z][A-Z ]{1,40}?\s+on\s+${DAY}\s+that${ENDS}`, "i"),
  // "That it be recommended to Cabinet, at its meeting on 5 February 2026, that" (Sevenoaks), "(2) To recommend to Cabinet,
  // at its meeting on 11 February 2026, that:" (Eastbourne).
  // "RECOMMENDED to Cabinet at its meeting on 10 December 2025 that:" (Elmbridge), without the commas.
  // "RECOMMENDED to Cabinet on 4 December 2025 that:" (Hart) as well.
  // "2. RECOMMENDS to the Hub Committee at its meeting on 9 December 2025 that:" (West Devon) too.
  new RegExp(String.raw`\b(?:be\s+recommended|recommended|recommends|recommend)\s+to\s+(?:the\s+)?[A-Z][\w ]{1,40}?,?\s+(?:at\s+its\s+meeting\s+)?on\s+${DAY},?\s+(?:that|to)\s*:?-?$`),
  // "That Cabinet, when it considers the final proposal on 20 November 2025, be recommended:" (Dartford).
  new RegExp(String.raw`,\s+when\s+it\s+considers\s+[^,]{3,120}?\s+on\s+${DAY},\s+be\s+recommended(?:\s+to)?${ENDS}`),
  // "RECOMMENDED to the Executive Board, for consideration at its meeting on 11 December 2025, that:" (North Kesteven).
  // "That the Committee RECOMMEND to the Executive, for consideration at its meeting on 4 December 2025, that it:" (South Hams).
  new RegExp(String.raw`\brecommend(?:ed)?\s+to\s+(?:the\s+)?[A-Z][^,]{1,60},\s+for\s+(?:consideration|decision|approval)\s+at\s+its\s+meeting\s+on\s+${DAY},?\s+(?:that(?:\s+it)?|to)${ENDS}`),
  // "That the final report … be endorsed and submitted to Cabinet at its meeting on 14 January 2026, and that Cabinet be
  // recommended to:" (Amber Valley).
  new RegExp(String.raw`\b(?:submitted|referred|reported|forwarded)\s+to\s+(?:the\s+)?(?:Cabinet|Executive|Council)\s+(?:at\s+its\s+meeting\s+)?on\s+${DAY},?\s+and\s+that\s+(?:the\s+)?(?:Cabinet|Executive|Council)\s+be\s+recommended\s+to${ENDS}`),
  // "Cabinet be recommended, when considering the Household Waste Collection Policy on 11 February 2026, to:".
  new RegExp(String.raw`\bbe\s+recommended,\s+when\s+considering\s+[^,]{3,100}?\s+on\s+${DAY},\s+to${ENDS}`),
  // "The Panel agreed to recommend to Cabinet, via the Overview and Scrutiny Performance Board on 28 January 2026, that:".
  new RegExp(String.raw`\brecommend\s+to\s+[A-Z][\w ]{1,40}?,\s+via\s+[^,]{3,80}?\bon\s+${DAY},\s+that${ENDS}`),
  // "2. Agreed to submit the following recommendations to the Executive at its meeting on 11 February 2026:" (West Oxfordshire).
  // "2. The Panel made the following additional recommendation to Cabinet on 3rd February 2026:" (King's Lynn and West Norfolk).
  new RegExp(String.raw`\b(?:submit|send|forward|refer|report|make|made)\s+the\s+following\s+(?:additional\s+|further\s+)?(?:recommendations?|comments)\s+to\b[^:]{0,60}?\bon\s+${DAY}${ENDS}`),
  // "RESOLVED that the following comments and recommendations be reported to Cabinet on 17 February 2026:", "a) the following be
  // recommended to Cabinet for its meeting on 11th February 2026:" (Nuneaton and Bedworth), "A      The following
  // recommendations are made to Cabinet for its meeting on 22 January 2026:" (Harlow).
  new RegExp(String.raw`\b[Tt]he\s+following\b[^:]{0,80}?\b(?:be\s+)?(?:reported|submitted|referred|forwarded|sent|recommended|made)\s+to\b[^:]{0,60}?\bon\s+${DAY}\s*(?::-?|\s[–-])$`),
  // "Members agreed to make the following recommendations for consideration at the meeting of Cabinet on 3rd December 2025:"
  // over "RECOMMENDED that" (Bromsgrove).
  new RegExp(String.raw`\b[Tt]he\s+following\s+recommendations?\s+for\s+(?:consideration|decision|approval)\s+(?:at\s+the\s+meeting\s+of|by)\s+(?:the\s+)?[A-Z][\w ]{1,40}?\s+on\s+${DAY}\s*:\s*(?:recommended|RESOLVED|[Rr]esolved)\s+that\s*:?$`),
  // "R E C O M M E N D E D – that Council, at its meeting on 11th December 2025:" (Tandridge).
  new RegExp(String.raw`\brecommended\s*[–:-]?\s*that\s+(?:the\s+)?[A-Z][\w ]{1,40}?,\s+at\s+its\s+meeting\s+on\s+${DAY},?${ENDS}`),
  // "RESOLVED that the Executive be advised, at its meeting on 16 December 2025, that the Committee" over its list (Surrey Heath).
  new RegExp(String.raw`\bbe\s+(?:advised|informed),?\s+at\s+its\s+meeting\s+on\s+${DAY},?\s+that\s+the\s+(?:Committee|Panel|Board|Commission)\s*:?$`),
  // "(b) the Executive on 2 December 2025 be RECOMMENDED to:" (Teignbridge), "That Full Council on 1st December 2025 be
  // recommended to:" (Torridge).
  new RegExp(String.raw`\b[A-Z][\w&' ]{1,50}?\s+on\s+${DAY}\s+be\s+recommended(?:\s+to)?${ENDS}`),
  // "RESOLVED that (1) the draft report … be approved and submitted to Executive on 12th January 2026 with the following
  // recommendations:" (Bolsover).
  new RegExp(String.raw`\b(?:submitted|referred|reported|forwarded)\s+to\s+(?:the\s+)?[A-Z][\w ]{1,40}?\s+(?:at\s+its\s+meeting\s+)?on\s+${DAY}\s+with\s+the\s+following\s+(?:recommendations?|comments)${ENDS}`),
  // "RECOMMENDED to the meeting of Cabinet on 9 December 2025 – that:" (Broxbourne).
  new RegExp(String.raw`\brecommended\s+to\s+the\s+meeting\s+of\s+(?:the\s+)?[A-Z][\w ]{1,40}?\s+on\s+${DAY}\s*[–-]?\s*that${ENDS}`),
  // "RESOLVED: that the following be recommended to Cabinet for consideration when it agrees the draft budget in January
  // 2026:" (South Staffordshire): due that month.
  new RegExp(String.raw`\b[Tt]he\s+following\b[^:]{0,80}?\b(?:be\s+)?(?:recommended|reported|submitted|referred)\s+to\s+(?:the\s+)?[A-Z][^:]{0,100}?\bin\s+[A-Z][a-z]+\s+\d{4}${ENDS}`),
  // "That Cabinet, at its meeting on 18th February 2026, be recommended to:".
  // "That Cabinet, at its meeting on 10th December 2025, be recommended:" (Rossendale) with no "to".
  new RegExp(String.raw`,\s+at\s+its\s+meeting\s+on\s+${DAY},\s+be\s+recommended(?:\s+to)?${ENDS}`),
  // "1. That the following recommendations of the Task and Finish Group be referred to Cabinet for consideration at its
  // meeting in January 2026:" (Rossendale): due that month.
  new RegExp(String.raw`\b(?:be\s+)?(?:referred|submitted|reported|forwarded)\s+to\s+(?:the\s+)?[A-Z][\w ]{1,40}?\s+for\s+(?:consideration|decision|approval)\s+at\s+its\s+meeting\s+(?:on\s+${DAY}|in\s+[A-Z][a-z]+(?:\s+\d{4})?)${ENDS}`),
  // "(2) Cabinet be RECOMMENDED, at its meeting on 11 February, 2026, to:" (Wealden); "That the Finance, Policy and Resources
  // Committee be recommended, at its meeting on 5 February 2026, to:" (Richmond).
  // "Cabinet be RECOMMENDED at its meeting on 9 December 2025 to:" (Mole Valley), without the commas.
  // "(b) That Cabinet be recommended, at its meeting on 3 December 2025:" over "(i) to approve …" (New Forest) too.
  // "2. that Cabinet be recommended, at its meeting on 12 January 2026, to agree that:" (Watford) too.
  new RegExp(String.raw`\bbe\s+recommended,?\s+at\s+its\s+meeting\s+on\s+${DAY}(?:,?\s+to(?:\s+agree\s+that)?)?${ENDS}`),
];

/** Whether a stem (its "RECOMMEND" and "RECOMMENDED" lower-cased, "February, 2026" without the comma) sends its points to a dated meeting. */
export function sendsToDatedMeeting(stem: string): boolean {
  return SENT_ON.some((p) => p.test(stem));
}
