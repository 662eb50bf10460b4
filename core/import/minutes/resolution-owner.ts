// Who carries out a point of a resolution: the role or person the point names, or the body its stem recommends to or
// sends it to ("That Cabinet be recommended to:", "… the following recommendations be submitted to Cabinet …:").
import { AFTER_LIMB_ABOVE, LOWER_ROLE_DOES, SENT_TO_EXECUTIVE, stripLead, withoutAside } from "./cues.js";
import { THAT_BODY_COLON, bodyAddressed, findOwner, ownerName, recommendedTo } from "./owners.js";
import { ownWords } from "./dates.js";
import type { ItemContext } from "./candidates.js";
import type { ActionKind } from "./types.js";

const RECOMMENDATIONS_SENT_TO = /\b(?:recommendations?\s+(?:be|are|were)\s+(?:submitted|referred|forwarded|made|sent)|RECOMMEND(?:ED|S)?|[Rr]ecommend(?:ed|s)?)\s+to\s+(?:the\s+)?([A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|for|of|and|&)){0,8})/;
// "… submitted to Executive on 12th January 2026 with the following recommendations:" (Bolsover).
const SENT_WITH_RECOMMENDATIONS = /\b(?:submitted|referred|forwarded)\s+to\s+(?:the\s+)?([A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|for|of|and|&)){0,8})[^:]{0,40}?\bwith\s+the\s+following\s+recommendations?\b/;
// "… the following recommendations for consideration at the meeting of Cabinet on 3rd December 2025:" (Bromsgrove), "… for the
// consideration of the Executive Committee:" (Redditch), "… be reported to Cabinet Executive at its meeting on …:" (Blaby) too.
const REFERRED_TO = /\b(?:(?:be\s+)?(?:referred|forwarded|submitted|made|reported)\s+to|for\s+(?:the\s+)?(?:consideration|decision|approval)\s+(?:at\s+the\s+meeting\s+of|by|of))\s+(?:the\s+)?([A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|for|of|and|&)){0,8})/;

const OWN_BODY = /\b(?:committee|panel|board|commission|sub-committee|forum|group|partnership|members|council)$/i;

const PASSIVE_SUBJECT = /^(?:the\s+)?([^,;]{3,120}?)\s+be\s+(?!recommended\b|asked\b|requested\b|invited\b|instructed\b|authori[sz]ed\b|delegated\b|encouraged\b|tasked\b)[a-z]+(?:ed|en|wn|ne)\b/i;

/** A resolution point's owner: named in the point, or the body the stem addresses ("that Cabinet be recommended to:"). */
export function resolutionOwner(given: string, stem: string, kind: ActionKind, ctx: ItemContext): string | null {
  // "(i) for the reasons contained in the Officer's report, Cabinet be recommended to retain …" (Caerphilly): why, before whom.
  const point = given.replace(/^for\s+the\s+reasons?\s+(?:contained|set\s+out|given|stated|outlined)\s+in\s+[^,]{3,80},\s*/i, "");
  // "That Executive Cabinet be recommended to: … (b) require the Community Safety Partnership to publish …": the body
  // recommended to decides, whoever the limb would have it ask.
  // "RECOMMENDED to the Executive Board, for consideration at its meeting on 11 December 2025, that:" (North Kesteven) too.
  // "That Cabinet, when it considers the final proposal at its meeting on 20 November 2025, be recommended:" (Dartford) too.
  // "Cabinet be RECOMMENDED at its meeting on 9 December 2025 to:" (Mole Valley) has no commas round it.
  const plainStem = stem.replace(/,\s+(?:for\s+(?:consideration|decision|approval)\s+)?at\s+its\s+meeting\s+(?:on|in)\s+[^,]{3,40}(?:,\s+\d{4})?,\s+/i, " ").replace(/,?\s+at\s+its\s+meeting\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?(?:\s+\d{4})?(?=\s+(?:to|that)\b|\s*:-?$)/, "")
    // "(b) the Executive on 2 December 2025 be RECOMMENDED to:" (Teignbridge): the day between whom and what.
    .replace(/\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?(?:\s+\d{4})?(?=\s+be\s+recommended\b)/i, "").replace(/,\s+when\s+(?:it\s+considers|considering)\s+[^,]{3,120},\s+/i, " ").trim();
  const recommendedBody = kind === "recommendation" && /\bbe\s+recommended(?:\s+to(?:\s+agree\s+that)?)?\s*:-?$/i.test(plainStem) ? recommendedTo(plainStem.replace(/\s+to\s+agree\s+that\s*:-?$/i, " to:"), ctx.abbreviations) : null;
  if (recommendedBody) return recommendedBody;
  // "That the Finance, Policy and Resources Committee be recommended … to:": a name with commas in it.
  const listed = kind === "recommendation" ? /(?:^|\bthat\s+)(?:the\s+)?([A-Z][\w'&]*(?:,?\s+(?:[A-Z][\w'&]*|and|of|for|&)){1,8})\s+be\s+recommended(?:\s+to)?\s*:-?$/i.exec(plainStem) : null;
  if (listed && /,/.test(listed[1]!)) { const name = ownerName(listed[1]!, ctx.abbreviations); if (name) return name; }
  // "That the Board RECOMMEND to Council that the Council …" (Gosport): the body it recommends to, not the Board.
  // "ii. that the Council recommends to North Yorkshire Council, as local planning authority, that …" (Ripon) too.
  const toBody = kind === "recommendation" && /^(?:that\s+)?the\s+(?:board|committee|panel|commission|sub-committee|authority|(?:(?:town|city|parish|community)\s+)?council)\s+recommends?\s+to\s/i.test(point) ? recommendedTo(point, ctx.abbreviations) : null;
  if (toBody) return toBody;
  // "That Cabinet, at its meeting on 9 December 2025, be recommended to …" (West Lancashire) in the point itself.
  const datedBody = kind === "recommendation" ? /^(?:that\s+)?(?:the\s+)?([A-Z][\w'&]*(?:\s+(?:[A-Z][\w'&]*|and|of|for|&)){0,6}),\s+at\s+its\s+meeting\s+on\s+[^,]{3,40},\s+be\s+(?:recommended|RECOMMENDED|asked|requested)\b/.exec(point) : null;
  if (datedBody) { const name = ownerName(datedBody[1]!, ctx.abbreviations); if (name) return name; }
  // "The Board NOTED the Chief Social Work Officer Annual Report 2024/25, and AGREED that the Chair write …" (Shetland): who the
  // second decision names.
  const found = findOwner(withoutAside(stripLead(point)).replace(/^(?:to\s+)?(?:it\s+was\s+(?:further\s+|also\s+)?)?(?:agrees?|agreed|agree)\s+that\s+/i, "").replace(/^(?:the\s+[\w ]{1,40}?\s+)?noted\b[^.;]{0,200}?,?\s+and\s+(?:agreed|requested|resolved)\s+that\s+/i, "").replace(AFTER_LIMB_ABOVE, ""), ctx.abbreviations, { resolution: true });
  // "Quarterly Victims' Code compliance data be published …", "ISVA capacity in Coventry and Solihull be reviewed …" (West
  // Midlands Police and Crime Panel): the thing to be done to, named with capitals, is not who does it.
  const passive = kind === "recommendation" && found ? PASSIVE_SUBJECT.exec(stripLead(point)) : null;
  const own = passive && passive[1]!.startsWith(found!) && passive[1]!.length > found!.length ? null : found;
  // Under a heading "Recommended to the Executive" (Rochford) the body is the owner, not the initials the point ends with
  // ("(DHC)"); an officer the point names is still its own.
  const heading = kind === "recommendation" && (!own || /^[A-Z]{2,5}$/.test(own)) && /^(?:recommended|recommendations?)\s+to\s+(?:the\s+)?[\w' &]{2,50}:?$/i.test(plainStem) ? recommendedTo(plainStem, ctx.abbreviations) : null;
  if (heading) return heading;
  // "(b) the following recommendations be submitted to Cabinet at its meeting on 11 February 2026:-" over "(ii) that the
  // Council work with the voluntary, community and faith sector …" (Knowsley, Warwick), and "RECOMMENDED to Cabinet at its
  // meeting on 14 January 2026 that:" over "(b) the Council publish …" (Elmbridge): the Council acts as Cabinet decides.
  // Not "the report be referred to Cabinet for a response to the following recommendations:" (the Council acts, Cabinet answers).
  const referred = kind === "recommendation" && own !== null && /^council$/i.test(own) ? RECOMMENDATIONS_SENT_TO.exec(stem) ?? SENT_WITH_RECOMMENDATIONS.exec(stem) : null;
  if (referred) { const name = ownerName(referred[1]!.replace(/\s+(?:for|of|and|&)$/i, ""), ctx.abbreviations); if (name) return name; }
  if (own) return own;
  // "RECOMMENDS that Cabinet:-" over "ensures that the final proposal sets out …" (Gloucester), "to recommend that Cabinet:" over
  // "Commission an independent review …" (Cambridge), "RECOMMENDED – That the Cabinet:" over "establishes …" (the North East
  // Combined Authority): each point goes on from the body the stem ends on. Not the body itself ("That the Committee:", "RESOLVED
  // THAT the Fire Authority:" in the Fire Authority's own minutes).
  const addressed = /\b(?:recommend(?:s|ed)?|resolved|agreed)\b/i.test(plainStem) ? THAT_BODY_COLON.exec(plainStem) : null;
  if (addressed && !OWN_BODY.test(addressed[1]!) && !ownWords(addressed[1]!, ctx.due)) { const name = ownerName(addressed[1]!, ctx.abbreviations); if (name) return name; }
  // "to recommend that Council writes to the Minister" is a letter, but Council's to write.
  if (kind === "recommendation" || /\brecommend/i.test(point)) {
    // "That Cabinet be recommended to …", "To recommend to Cabinet that …", in the point or its stem.
    // "That Cabinet, at its meeting on 18th February 2026, be recommended to:": the aside between whom and what.
    for (const t of [point, plainStem, `${plainStem} ${point}`]) {
      const name = recommendedTo(t, ctx.abbreviations);
      if (name) return name;
    }
    const body = bodyAddressed(stripLead(point)) ?? SENT_TO_EXECUTIVE.exec(point)?.[1];
    if (body) return body;
    // "That the following recommendations of the Group be referred to the Executive Cabinet Member for … –": whom the stem sends them to.
    const referredTo = REFERRED_TO.exec(stem);
    if (referredTo) { const name = ownerName(referredTo[1]!.replace(/\s+(?:for|of|and|&)$/i, ""), ctx.abbreviations); if (name) return name; }
    // "the Policy and Resources Committee be recommended, at its meeting on 11 February, to approve …".
    // "(b) Cabinet be RECOMMENDED, at its meeting on 10 December 2025, to require …" (Havant) in capitals too.
    const named = /^(?:the\s+)?([A-Z][\w'&]*(?:\s+(?:[A-Z][\w'&]*|and|of|for|&)){0,8})\s+be\s+(?:recommended|RECOMMENDED)\b/.exec(stripLead(point).replace(/^the\s/, ""));
    if (named) return ownerName(named[1]!, ctx.abbreviations);
  }
  // "… that the Executive be advised, at its meeting on 16 December 2025, that the Committee" over "(b) recommends …" (Surrey Heath).
  const advised = kind === "recommendation" ? /\bthat\s+(?:the\s+)?([A-Z][\w' ]{1,40}?)\s+be\s+(?:advised|informed)\b/.exec(stem) : null;
  if (advised) { const name = ownerName(advised[1]!, ctx.abbreviations); if (name) return name; }
  const asked = /\b(?:that\s+)?(?:the\s+)?([\w' ]{2,50}?)\s+be\s+(?:asked|requested|invited)\s+to\b/i.exec(stem);
  if (asked) return ownerName(asked[1]!, ctx.abbreviations);
  return LOWER_ROLE_DOES.exec(stripLead(point))?.[1] ?? null;
}
