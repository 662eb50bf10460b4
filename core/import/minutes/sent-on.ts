import { FULL_MONTH } from "./dates.js";

// A stem that sends its points on ("recommend", "the following recommendations be made to", "referred", "submitted",
// "reported") to a body that meets on a named day or in a named month. Councils word it every way: "Agreed: Recommend to
// Cabinet on 18th November 2025:" (Wyre Forest), "RECOMMENDED to Cabinet at its meeting on 10 December 2025 that:"
// (Elmbridge), "the following be recommended to Cabinet for consideration when it agrees the draft budget in January
// 2026:" (South Staffordshire), "Resolved that the Chair report the following views of the Committee to the Cabinet
// meeting on 15 January 2026:" (Swansea). A date ahead of the verb counts only before "be recommended": "That Full Council
// on 1st December 2025 be recommended to:" (Torridge), "That Cabinet, when it considers the final proposal on 20 November
// 2025, be recommended:" (Dartford). "… for consideration by the States Assembly at its sitting commencing 2nd December
// 2025:" (Jersey) too. Whether the date is a due date at all (after this meeting) is findDue's to say.
const WHEN = String.raw`\b(?:(?:on|commencing)\s+(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${FULL_MONTH}(?:,?\s+\d{4})?|in\s+${FULL_MONTH}\s+\d{4})\b`;
const SENDS = String.raw`\b(?:recommend(?:s|ed|ations?)?|refer(?:s|red)?|submit(?:s|ted)?|report(?:s|ed)?|forward(?:s|ed)?|sen[dt]|advised|informed)\b`;
const TAKER = /\b(?:Cabinet|Executive|Council|Committee|Board|Panel|Mayor|Leader|Member|meeting)\b/i;
const SENDS_THEN_WHEN = new RegExp(String.raw`${SENDS}[^:;.]{0,140}?${WHEN}`, "i");
const WHEN_THEN_RECOMMENDED = new RegExp(String.raw`${WHEN}[^:;.]{0,40}?\bbe\s+recommended\b`, "i");

/** Whether a stem sends its points to a dated meeting. */
export function sendsToDatedMeeting(stem: string): boolean {
  return TAKER.test(stem) && (SENDS_THEN_WHEN.test(stem) || WHEN_THEN_RECOMMENDED.test(stem));
}
