// Owners: who the minutes say will do it. Only a role or a person the text names counts
// ("the director to circulate …", "the cabinet member will write to …", "(Action: Clerk)",
// "the DCF explained that a written response would be provided"); anything else is null.
import { escapeRegExp } from "./regexp.js";

const STOP_INITIALS = new Set(["and", "of", "the", "for", "in", "on", "&", "to", "at"]);

/** "director children and families (DCF)" anywhere in the minutes gives DCF its meaning. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/;

export function findAbbreviations(text: string): Map<string, string> {
  const map = new Map<string, string>();
  const re = /\(([A-Z][A-Za-z&]{1,9})\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const abbr = m[1]!;
    const letters = abbr.replace(/[^A-Za-z]/g, "").toLowerCase();
    if (letters.length < 2 || map.has(abbr)) continue;
    // "Cllr Sarah Okafor (Chair) (SO)": the role in brackets between the name and its initials is not part of either.
    const words = text.slice(Math.max(0, m.index - 160), m.index).trim().replace(/\s*\([^()]{1,25}\)$/, "").split(/\s+/).slice(-14);
    for (let n = 1; n <= words.length; n++) {
      const phrase = words.slice(-n);
      // A stop ends a sentence, not "K. Mallett (KM)" (Bungay): an initial's.
      if (/[.;:!?]$/.test(phrase[0]!) && !/^[A-Z]\.$/.test(phrase[0]!) && n > 1) break;
      const parts = phrase.flatMap((w) => w.split(/[-/]/)).map((w) => w.replace(/[^A-Za-z&']/g, ""))
        .filter((w) => w && !STOP_INITIALS.has(w.toLowerCase()));
      const initials = parts.map((w) => w[0]!.toLowerCase()).join("");
      // "… University NHS Foundation Trust (EWHUFT)": an acronym inside the name is often left out of the new one.
      const withoutAcronyms = parts.filter((w) => !/^[A-Z]{2,}$/.test(w)).map((w) => w[0]!.toLowerCase()).join("");
      // "Director of Resources (DoR)": a lower-case letter in the abbreviation stands for a small word.
      const withSmallWords = /[a-z]/.test(abbr) ? phrase.map((w) => w.replace(/[^A-Za-z&']/g, "")).filter(Boolean).map((w) => w[0]!.toLowerCase()).join("") : "";
      // "Alison McCaig (AMcC)" (Dumfries and Galloway): a "Mc" or "Mac" name keeps its prefix in the initials.
      const withMc = initialsOf(parts.join(" "));
      if (initials === letters || (withoutAcronyms === letters && withoutAcronyms.length >= 3) || withSmallWords === letters || withMc === letters) {
        // "Mr D Okafor (DO)" (St Ives): the name as the list prints it, its title with it.
        const title = HONORIFIC.test(words[words.length - n - 1] ?? "") && /^[A-Z]\.?$/.test(phrase[0]!) ? [words[words.length - n - 1]!] : [];
        // "the Department of Agriculture, Environment and Rural Affairs' (DAERA) proposals": the name, not its possessive.
        map.set(abbr, [...title, ...phrase].join(" ").replace(/^[("']+/, "").replace(/^the\s+/i, "").replace(/(?<=s)['’]$/, ""));
        break;
      }
      if (withoutAcronyms.length > letters.length) break;
    }
    // "Jas Bhogal – Policy and Performance Officer (JB)": the person's initials after their role; or in a table's columns,
    // "Mrs Helen Wylie        Secretary to the Board (HW)" (Belfast Harbour).
    // "Capt. David Jago – Harbour Master & Chief Executive      (DJ)" (Fowey Harbour): a captain's title before the name too.
    // "Mrs C Dodds – Deputy Town Clerk and Responsible Financial Officer (CD)" (Berwick-upon-Tweed): an initial and a surname, named
    // with the title the list gives them.
    const person = !map.has(abbr) ? /(?:^|\n)[ \t]*(?:[A-Z][\w ]{1,25}:[ \t]+)?(?:((?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Capt|Captain|Prof|Professor|Revd|Rev)\.?)\s+)?([A-Z][a-z'-]+(?:\s+(?:Ma?c)?[A-Z][a-z'-]+){1,2}|[A-Z]\.?\s+(?:Ma?c)?[A-Z][a-z'-]+)(?:\s*[–—-]\s*|[ \t]{2,}|,\s+(?=[A-Z]))[^\n()]{1,120}$/.exec(text.slice(Math.max(0, m.index - 200), m.index)) : null;
    const initialOnly = person !== null && /^[A-Z]\.?\s/.test(person[2]!);
    if (person && initialsOf(person[2]!.replace(/\./g, "")) === letters && (!initialOnly || person[1])) map.set(abbr, initialOnly ? `${person[1]} ${person[2]}` : person[2]!);
    // "(KM)       Kirsty MacAulay                 Chief Executive" (Highlands and Islands Airports): the initials first, then the name.
    const after = !map.has(abbr) ? /^[ \t]+([A-Z][a-z'-]+(?:\s+(?:Ma?c)?[A-Z][a-z'-]+){1,2})(?=[ \t]{2,}|[ \t]*(?:\n|$)|,)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80)) : null;
    if (after && (initialsOf(after[1]!) === letters || after[1]!.split(/\s+/).map((w) => w[0]!.toLowerCase()).join("") === letters)) map.set(abbr, after[1]!);
  }
  // "ACTION: DP" where the attendance list gives "Deborah Penhaligon      Superintendent and Registrar" and never her initials
  // (Mortlake Crematorium Board): the one person listed whose initials they are.
  const listed = new Map<string, string[]>();
  for (const row of text.slice(0, 6000).matchAll(ATTENDANCE_ROW)) {
    const name = row[1]!;
    const ini = initialsOf(name).toUpperCase();
    listed.set(ini, [...new Set([...(listed.get(ini) ?? []), name])]);
  }
  for (const [ini, names] of listed) {
    if (names.length !== 1 || map.has(ini) || ini.length < 2) continue;
    if (new RegExp(String.raw`(?:\baction\b[^\n]{0,12}?|\[Action:\s*|\s{3,})\b${ini}\b`, "i").test(text)) map.set(ini, names[0]!);
  }
  // "Initials used in the action lists: JH Jane Harcourt, SO Simon Okafor, CP Caroline Pryce, …" (Foxton): a legend, initials first.
  const legend = /\binitials\b[^:\n]{0,40}:\s*([^]{0,600}?)(?:\n\s*\n|$)/i.exec(text.slice(0, 6000));
  for (const pair of legend ? legend[1]!.matchAll(/\b([A-Z]{2,4})\s+([A-Z][a-z'-]+(?:\s+(?:Ma?c)?[A-Z][a-z'-]+){1,2})(?=\s*(?:,|\.|\band\b|$))/g) : []) {
    if (!map.has(pair[1]!) && initialsOf(pair[2]!) === pair[1]!.toLowerCase()) map.set(pair[1]!, pair[2]!.replace(/\s+/g, " "));
  }
  return map;
}

// A name opening a line, or after a label ("In Attendance:  Miss Lorna Veitch, Board Secretary") or a column's gap ("Mr Callum
// Ritchie, Chief Officer          Mrs Fiona Learmonth, Chief Financial Officer", the Scottish Borders Integration Joint Board).
const ATTENDANCE_ROW = /(?:^[ \t]*|^[A-Z][\w ]{1,25}:[ \t]+|[ \t]{3,})(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][a-z'-]+(?:\s+(?:Ma?c)?[A-Z][a-z'-]+){1,2})(?=[ \t]{2,}\S|,\s+[A-Z])/gm;
/** "Helen Wylie" is "hw"; "Alison McCaig" is "amcc". */
const initialsOf = (name: string) => name.split(/\s+/).filter(Boolean).map((w) => { const mc = /^(Ma?c)([A-Z])/.exec(w); return (mc ? mc[1]! + mc[2]! : w[0]!).toLowerCase(); }).join("");

const ROLE_NOUN = String.raw`(?:directors?|head|heads|managers?|officers?|clerk|chair(?:man|woman|person)?|vice[- ]chair(?:man|woman|person)?|cabinet(?:\s+members?)?|portfolio\s+holders?|leader|chief\s+executive|secretary|secretariat|treasurer|mayor|executive(?:\s+members?)?|lead\s+members?|members?|councillors?|commissioners?|teams?|conven[eo]r|panels?|(?:task\s+|working\s+)?groups?|(?:working\s+)?part(?:y|ies)|services|adviser|advisor|analyst|co-?ordinator|lead|solicitor|auditor|council|government|minister|partners?|police|superintendent|principal|governors?|mps?|ccg|nhs|board|trust|department|directorate|engineer|surveyor|planner|facilitator|accountant|consultants?|specialists?|practitioners?|nurses?|matron|inspectors?|commanders?|constables?|rangers?|wardens?|caretakers?|groundsm[ae]n|lengthsm[ae]n|stewards?|attendants?|administrators?|greffier|authority|actuar(?:y|ies))`;
const ROLE_ANYWHERE = new RegExp(String.raw`(?<![\w'-])${ROLE_NOUN}\b`, "gi");
// Words that may come before the role: these, or any capitalised word ("Democratic Services Officer").
// "Section 151 Officer" (South Hams): the section of the Act names the role.
const MODIFIER = /^(?:all|interim|acting|deputy|assistant|executive|strategic|corporate|service|senior|principal|chief|lead|statutory|democratic|scrutiny|finance|legal|relevant|appropriate|council's|committee's|county|borough|city|district|town|parish|housing|planning|health|education|highways|151|[A-Z][\w'&().-]*)$/;
const FUNCTION_WORD = /\b(?:from|with|about|on|in|at|that|which|who|was|were|is|are|had|has|would|will|this|these|those|it|its|there|their|report|letter|framework|plan|policy|review|proposal|issue|update|work)\b/i;
// "District Cllr Holt", "PCSO Grant", "Insp. Rowe": the title says a person follows. So do "CC Pettit" and "DC Hewitt" (Harleston's
// county and district councillors), and "C.Cllr. Maddox" and "C/Cllr Morris" (Fishguard's and Llandovery's county councillors).
const PERSON = /^(?:(?:(?:county|district|borough|city|town|parish|community|ward)\s+)?(?:cllr\.?|councillor)|conseiller|cc|dc|c\.\s?cllr|c\/cllr|pcso|pc|d?cfo|aco|acfo|sgt\.?|sergeant|insp\.?|inspector|supt\.?|rev(?:d|\.)?|reverend|canon|mr|mrs|ms|miss|mx|dr|professor|prof\.?|sir|dame|lord|lady)\.?\s+(?:[A-Z]\.\s?)*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}$/i;
// "Alison McCaig", "Fiona MacLeod": a capital inside a surname after "Mc" or "Mac".
const NAME = /^[A-Z][a-z'-]+(?:\s+(?:Ma?c)?[A-Z][a-z'-]+){1,2}$/;
const INITIAL_NAME = /^[A-Z]\.?\s+[A-Z][a-z'-]{2,}(?:-[A-Z][a-z'-]+)?$/;
// "to the Panel" after "Secretary", "Clerk": whom the officer serves, part of the title.
// "the Clerk to the Youth Town Council" (Tring) names the body served.
const SERVES = /^to\s+the\s+(?:[A-Z][\w'-]*\s+){0,3}(?:Panel|Committee|Board|Commission|Sub-Committee|Council|Authority|Forum)$/;
const INITIALS = /^[A-Z]{2,4}(?:\s*(?:\/|,|and|&)\s*[A-Z]{2,4})*$/;
// "That TfGM provide Members with route-level punctuality data …" (Greater Manchester): "TfL", "OfS", an agency's initials.
// "BOB ICB", "SWL ICB" (an integrated care board by its area's initials) and "NHS Devon" can be asked to act as "the ICB" can.
const AGENCY_INITIALS = /^Tf[A-Z]{1,3}$|^Of[A-Z]{1,3}$|^[A-Z]{2,5}\s+(?:ICB|ICS|CCG)$|^NHS\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}$/;
const VERBISH = /\b(?:was|were|is|are|has|had|have|be|been|being|will|would|should|could|may|might|must|did|does|do|explained|said|encouraged|asked|agreed|noted|reported|stated|confirmed|advised)\b/i;
// Capitalised words that make a title a thing, not a person ("Treasury Management Strategy").
const THING = /\b(?:strategy|plan|policy|report|review|programme|framework|scheme|fund|grant|settlement|budget|management|update|group|project|service|services|charter|statement|protocol|procedure|guidance|assessment|accounts?|register|minutes|consultation|proposals?|agreement|contract|board|committee)\b/i;
// And a named service, trust or authority of three words or more ("East Midlands Ambulance Service"), not "Winter Service";
// "the Association of Drainage Authorities" (Black Sluice) too.
// "Finance, Policy and Resources Committee" (Richmond): a name may list its parts.
const BODY = /^[A-Z][\w'-]*(?:,?\s+(?:[A-Z][\w'-]*|and|&|of|for))*?\s+(?:Committee|Sub-Committee|Board|Panel|Partnership|Forum|Task\s+(?:and|&)\s+Finish\s+Group|Working\s+Group|Task\s+Group|Review\s+Group)$|^[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|and|&)){1,5}\s+(?:Service|Trust|Authority|Authorities|Association)$/;
const NOT_OWNER = /^(?:the\s+)?(?:committee|panel|board|sub-committee|scrutiny\s+committee|meeting|report|it|this|there|members\s+of\s+the\s+public|public)$/i;

/** Whether a phrase names someone who can own an action, and what to call them. */
export function ownerName(phrase: string, abbreviations: Map<string, string>): string | null {
  // "that the Council formally consult on …": the adverb is not part of who.
  // "Full Council on 1st December 2025" (Torridge): the day it meets is not part of its name.
  let p = phrase.trim().replace(/^(?:that|and|but|also)\s+/i, "").replace(/[\s,;:.]+$/, "").replace(/^the\s+/i, "").replace(/\s+(?:formally|also|jointly|urgently|immediately|further)$/i, "")
    .replace(/\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?(?:\s+\d{4})?$/, "");
  // "the Trust's customer satisfaction results … be circulated": whose the results are, not who acts.
  if (!p || p.length > 90 || NOT_OWNER.test(p) || /['’]s$/.test(p)) return null;
  // "that the Council continued to bear …", "the Council intended to consult …": a subject and its verb, not a title.
  if (/\s(?:continued|intended|planned|expected|hoped|wanted|needed|proposed|appeared|seemed|tended|managed|failed|decided|chose|began|started|used)$/.test(p)) return null;
  // "County Cllr Rhys said he would raise …" (Crickhowell): the speaker and a pronoun, not a longer name.
  if (/\s(?:said|stated|confirmed|advised|explained|indicated|added)(?:\s+that)?\s+(?:he|she|they)$/.test(p)) return null;
  const expanded = abbreviations.get(p);
  // An abbreviation owns things only when it stands for a role ("DCF"), not a service ("CAMHS").
  if (expanded) return ownerName(expanded, new Map()) ? capitalise(expanded) : null;
  if (AGENCY_INITIALS.test(p)) return p;
  if (INITIALS.test(p)) {
    // "MC/PS" with both defined in the attendance list: "Mark Collins / Priya Shah".
    const parts = p.split(/\s*(?:\/|,|\band\b|&)\s*/);
    const names = parts.map((x) => abbreviations.get(x));
    if (parts.length > 1 && names.every((n) => n && ownerName(n, new Map()))) return names.map((n) => capitalise(n!)).join(/\//.test(p) ? " / " : " and ");
    return p;
  }
  // A body with a proper name ("People and Culture Committee", "Skills and Employment Board") can be asked to act.
  if (BODY.test(p)) return p;
  // "The Thames Water representatives agreed to provide …" (Richmond): the organisation they speak for.
  // "The Transport for Wales representative undertook to share …" (North Wales) too.
  const speakingFor = /^([A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|of|for|and|&)){0,5})\s+representatives?$/.exec(p);
  if (speakingFor && !/^(?:Council|Committee|Member|Members|Union)$/.test(speakingFor[1]!)) return speakingFor[1]!;
  // "Cllrs Morley and Pearce" (Cottenham): one title for two or more people.
  if (/^(?:Cllrs\.?|Councillors)\s+[A-Z][\w'-]+(?:,\s+[A-Z][\w'-]+)*\s+(?:and|&)\s+[A-Z][\w'-]+$/.test(p)) return p;
  if (/\/|&|\band\b/.test(p)) {
    const list = ownerList(p, abbreviations);
    if (list) return list;
  }
  // "CBC Cllr Ferris undertook to chase …" (Sandy): a councillor of Central Bedfordshire Council, by its initials.
  if (/^[A-Z]{2,5}\s+(?:Cllr\.?|Councillor)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}$/.test(p)) return p;
  // "AM Charters", "GM Rigby": a fire service's Area and Group Managers, as Lancashire's minutes name them.
  // "ACFO Service Delivery", "ACFO Technical Services" (South Wales): an Assistant Chief Fire Officer by portfolio.
  // "ACC Maxwell" (the Northern Ireland Policing Board): an Assistant Chief Constable, as police ranks are shortened.
  if (/^(?:AM|GM|SM|WM|CM|DCFO|ACFO|CFO|ACC|DCC|T\/ACC|DCS|DCI)\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,2}$/.test(p)) return p;
  // Not "Councillor Hallett would" (Southampton, once its aside is gone): the modal starts the verb.
  if (PERSON.test(p) && !/\s(?:would|will|should|shall|could|may|must|to|and)$/i.test(p)) return p;
  const words = p.split(/\s+/);
  if (words.length > 9 || VERBISH.test(p)) return ownerList(p, abbreviations);
  // Each role noun among the first words in turn: "Panel's task group on …" is a task group, not a panel.
  for (const role of p.matchAll(ROLE_ANYWHERE)) {
    // "Farming in Protected Landscapes Programme Manager" (New Forest): a programme's name before the role may run to six words.
    if (role.index! > 0 && p.slice(0, role.index!).trim().split(/\s+/).length > 6) break;
    // "letter from the MP" starts with a thing, not a role: only modifiers may come before the role.
    const before = p.slice(0, role.index!).trim();
    // "Parks and Greenspace Manager": "and" may join two capitalised words of the title.
    // "scrutiny liaison officer", "strategy manager" (Norwich writes job titles in lower case): a noun or two before
    // the role, short of a determiner, a pronoun or a word that tells which one.
    const modifies = (w: string, i: number, a: string[]) => MODIFIER.test(w) || (/^(?:and|&)$/.test(w) && i > 0 && /^[A-Z]/.test(a[i + 1] ?? "")) ||
      // "Vale of White Horse District Council" (Faringdon), "Forest of Dean District Council": "of" inside a place's name too.
      (/^(?:in|for|of)$/.test(w) && i > 0 && /^[A-Z]/.test(a[i - 1]!) && /^[A-Z]/.test(a[i + 1] ?? "") && (w !== "of" || /^Council$/.test(role[0]))) ||
      (a.length <= 2 && /^(?:officers?|managers?)$/i.test(role[0]) && /^[a-z]{4,}$/.test(w) && !/(?:ed|ing|ly|s)$/.test(w) && !LOWER_NOT_TITLE.test(w));
    // A title written in lower case stays as written ("scrutiny liaison officer").
    if ((!before || before.split(/\s+/).every(modifies)) && qualifies(p.slice(role.index! + role[0].length))) return before && before.split(/\s+/).some((w) => !MODIFIER.test(w)) ? p : capitalise(p);
  }
  if (NAME.test(p) && !FUNCTION_WORD.test(p) && !THING.test(p)) return p;
  // "F Booth agreed to arrange …", "A Sowerby agreed to provide …" (South Yorkshire Fire, whose minutes name officers by initial).
  if (INITIAL_NAME.test(p) && !THING.test(p) && !/^A\s+(?:Member|Councillor|Cllr|Resident|Representative|Report|Question|Letter|Motion)\b/i.test(p)) return p;
  return ownerList(p, abbreviations);
}

const LOWER_NOT_TITLE = /^(?:that|this|these|those|their|theirs|there|which|what|whose|some|each|every|such|other|same|former|previous|current|next|last|first|new|only|both|many|more|most|further|whole|local|external|independent|named|responsible|another)$/;

/** What may follow a role: "of Finance (Schools)", "for Adult Social Care", "Education and Skills", or a few words. */
function qualifies(rest: string): boolean {
  let r = rest.trim();
  if (!r || /^(?:\(|,|–|-)/.test(r)) return true;
  // "Combined Authority's approach": the role's own thing, not the role.
  if (/^['’]s\s+[a-z]/.test(rest)) return false;
  // "Secretary to the Panel", "Clerk to the Committee" (police and crime panels): whom the officer serves.
  if (SERVES.test(r)) return true;
  // "Head of" is half a title: in "the Head of SEND Services report", SEND is not the verb.
  if (/(?:^|\s)(?:of|for|and|&|the)$/i.test(r)) return false;
  // "Council write to DAERA": a verb after the role ends the name.
  if (VERB_FIRST.test(r)) return false;
  // "of Finance (Schools)", "for Children, Families and Lifelong Learning"; not "of Parking Services attend its next meeting".
  if (/^(?:of|for)\s/i.test(r)) {
    r = r.replace(/^(?:of|for)\s+/i, "");
    if (!r || /^[A-Z(]/.test(r) && !/\b(?:its|their|his|her|this|next|to|that|which|would|will|attend|be)\b/.test(r)) return true;
  }
  const words = r.split(/\s+/);
  if (words.every((w) => /^(?:[A-Z(][\w'&().-]*|and|of|the|for|&)$/.test(w))) return true;
  // "cabinet member children and families", as some councils write roles; never a clause.
  return words.length <= 6 && !/\b(?:the|a|an|to|that|which|with|its|their|his|her|this|next)\b/i.test(r) && !/\w(?:s|ed)\s+(?:the|a|an|its|their)\b/i.test(r);
}

/** "Cllr Thomas and the Clerk", "Chairman / DSO": every part must be an owner. */
function ownerList(p: string, abbreviations: Map<string, string>): string | null {
  const parts = p.split(/\s*(?:\/|&|,|\band\b)\s*/).filter(Boolean);
  if (parts.length < 2 || parts.length > 4) return null;
  const names = parts.map((x) => ownerName(x, abbreviations));
  if (!names.every(Boolean)) return null;
  // "Secretary/Monitoring Officer" as printed, "Chairman / DSO" too.
  return /\//.test(p) ? names.join(/\S\/\S/.test(p) ? "/" : " / ") : p;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const ACTION_STEMS = String.raw`(?:provid|circulat|shar|send|sent|writ|report|bring|brought|submit|present|arrang|investigat|review|consider|prepar|produc|updat|confirm|clarif|explor|look|seek|sought|obtain|ensur|contact|liais|meet|organis|organiz|set|establish|develop|publish|draft|issu|add|includ|invit|rais|follow|respond|repl|forward|distribut|email|e-mail|suppl|feed|discuss|check|examin|assess|amend|revis|identif|progress|implement|monitor|undertak|carry|schedul|book|attend|giv|mak|find|lobby|request|ask|reconsider|tak|come|return|continu|answer|chas|speak|talk|engag|work|visit|agree|lead|commission|appoint|nominat|refer|escalat|resolv|investigate|reassess|strengthen|enhanc|finalis|hold|held|call|circul|put|pass|highlight|brief|help|remind|secur|show|advertis|recruit|complet|execut|conclud|negotiat|sign)`;
const ACTION_VERB = String.raw`${ACTION_STEMS}[a-z]*`;
// "the Service Director: Commissioning", "the Strategic Manager – Highways Maintenance" name one role each.
const SUBJECT = String.raw`((?:[A-Za-z][\w&'’.()/-]*)(?:(?:,?|:(?=\s+[A-Z])|\s+[–-](?=\s+[A-Z]))\s+[\w&'’.()/-]+){0,8}?)`;
// Where a clause can begin: the start, after a comma or semicolon, or after "that" / "and".
// And after a topic set off by a dash: "Minute item 8 (Savings Delivery 2025/26) – the Chief Finance Officer undertook to …"
// (West Lothian's matters arising).
// "Agreed:- the Clerk to reply to …" (Morpeth) with a dash after the colon too.
const CLAUSE = String.raw`(?:^|[,;:]-?\s*(?:and\s+|but\s+|which\s+|who\s+|with\s+)?|\)\s+[–—-]\s+|\bthat\s+|\band\s+|\bwhereby\s+)`;
// "[Action: Public Health Lead (Substance Misuse)]": a name may have brackets of its own.
const LABEL_PAREN = /[(\[](?:action(?:\s+by)?|owner|lead(?:\s+officer)?|responsible(?:\s+officer)?|by)\s*[:\-–]\s*((?:[^()[\]]|\([^()[\]]*\)){2,80})[)\]]/i;
const LABEL_TAIL = /(?:^|[.;]\s+|\s[-–]\s+|\s)(?:ACTION(?:\s+BY)?|Action(?:\s+by)?|Owner|Lead(?:\s+officer)?|Responsible(?:\s+officer)?)\s*[:\-–]\s*([^.;:]{2,80})\.?$/;
// "a task group be established, with the Scrutiny Officer asked to draft its terms of reference".
const WITH_ASKED = new RegExp(String.raw`\bwith\s+(?:the\s+)?${SUBJECT}\s+(?:being\s+)?(?:asked|requested|tasked|instructed)\s+to\s+[a-z]{2,}\b`, "i");
// "The Assistant Director, Highways, would arrange …": a role and its service, set off by commas.
// "The Clerk is also to prepare and submit the application for listed building consent …" (Princes Risborough) too.
// Not "Members paid tribute to her contribution and authorised the Managing Director to send …" (East London Waste): "to her".
const SUBJECT_TO = new RegExp(String.raw`${CLAUSE}(?:the\s+)?${SUBJECT},?\s+(?:to|will|would|shall|should|is\s+(?:also\s+)?to|are\s+(?:also\s+)?to|agreed\s+to|undertook\s+to|undertaking\s+to|agreeing\s+to|offering\s+to|took\s+(?:away\s+)?an\s+action\s+to|committed\s+to|offered\s+to|promised\s+to|(?:was|were)\s+(?:also\s+)?(?:asked|instructed|requested|tasked|directed)\s+to|be\s+asked\s+to|is\s+asked\s+to|are\s+asked\s+to|be\s+requested\s+to|be\s+invited\s+to|would\s+be\s+asked\s+to|be\s+authori[sz]ed\s+to|be\s+instructed\s+to|be\s+directed\s+to|be\s+delegated\s+authority\s+to)\s+(?:\w+ly\s+)?(?!be\b|have\b|not\b|the\b|a\b|an\b|her\b|his\b|their\b|its\b)[a-z]{2,}\b`, "i");
const ASKED = new RegExp(String.raw`\b(?:requests?|requested|asks?|asked|calls?\s+(?:up)?on|called\s+(?:up)?on|invites?|invited|instructs?|instructed|requires?|required|recommends?|recommended|urges?|urged|directs?|directed)\s+(?:that\s+)?(?:the\s+)?${SUBJECT}\s+(?:to\s+|should\s+|be\s+asked\s+to\s+|is\s+asked\s+to\s+)?(?:\w+ly\s+)?${ACTION_VERB}\b`, "i");
// "asked the Scrutiny Liaison Officer to chase …": with "to" before the verb, a title's own words ("Liaison", "Lead",
// "Commissioning") are not taken for it.
const ASKED_TO = new RegExp(String.raw`\b(?:requested|asked|invited|instructed|instructs?|authori[sz](?:ed|es?)|directs?|remit(?:ted|s)?|directed|urged|called\s+(?:up)?on)\s+(?:the\s+)?${SUBJECT}\s+to\s+(?:\w+ly\s+)?${ACTION_VERB}\b`, "i");
// "proceed" ends as a past tense does, so it is named here rather than found as a bare verb; "includes" (East Suffolk's
// "That the Head of Housing includes the number of households …") has the "s" a bare verb lacks.
// "That the Head of Wellbeing & Leisure feed back the Committee's comments …" (West Lancashire) too.
export const DOES_VERB = String.raw`(?:(?:proceed|procure|commence|continue|pursue|write|provide|feed|include|publish|extend|circulate|share|arrange|review|undertake|develop|investigate|contact|meet|prepare|submit|report|ensure|consider|explore|seek|bring|liaise|increase|reduce|improve|hold|produce|monitor|engage|work|take|carry|look|raise|request|ask|invite|lobby|update|establish|set|introduce|install|implement|present|circulate|send|forward|organise|convene|commission|appoint|identify|assess|examine|check|confirm|clarify|respond|reply|obtain|complete|attend|notify|advertise|apply|approach|chase|instruct)(?:s|es)?|replies|clarifies|identifies|notifies|applies)`;
// "b) the Scrutiny Officer writing to Thames Water …" (South Oxfordshire): the verb's "-ing" form ends the name as surely.
const VERB_FIRST = new RegExp(String.raw`^(?:${DOES_VERB}|${ACTION_STEMS}ing)\b`);
const SUBJECT_DOES = new RegExp(String.raw`^(?:that\s+)?(?:the\s+)?${SUBJECT}\s+${DOES_VERB}\b`, "i");
// "RESOLVED that the Clerk instruct Wheelscape Ltd to carry out the coping repairs" (Tywyn), the decision's word kept: the Clerk
// acts, not whom the Clerk instructs.
// The verb in lower case: "… that the Far North Line Review be placed on the agenda" names no one.
const DECIDED_SUBJECT_DOES = new RegExp(String.raw`^(?:[Ii]t\s+was\s+)?(?:RESOLVED|AGREED|DECIDED|[Rr]esolved|[Aa]greed|[Dd]ecided)\s*[:\-–]?\s*(?:that|THAT)\s+(?:[Tt]he\s+)?${SUBJECT}\s+${DOES_VERB}\b`);
// "That a grant of £500 be awarded to Malton Amateur Operatic Society and that the Clerk write to the Society …" (Malton): the
// second limb of a decision names who acts.
const AND_THAT_DOES = new RegExp(String.raw`\band\s+that\s+(?:the\s+)?${SUBJECT}\s+${DOES_VERB}\b`, "i");
// "b) the Scrutiny Officer writing to Thames Water …", a limb under "subject to the following:" (South Oxfordshire): a name
// in capitals, then the "-ing" word in lower case, as "Head of Adult Commissioning" is a title.
const SUBJECT_DOING = new RegExp(String.raw`^(?:[Tt]hat\s+)?(?:[Tt]he\s+)?([A-Z][\w&'’.()-]*(?:\s+(?:[A-Z][\w&'’.()-]*|of|for|and|&|the|[–-])){0,8}?)\s+(${ACTION_STEMS}ing)\b`);
// "The Head of Service did not have the figures to hand and would circulate them": the subject of the first clause.
// "The Director said that she did not have the figure with her but would circulate it": the speaker, too.
// "The Town Mayor paid tribute to the volunteers of Hexham Food Bank, …, and would write on behalf of the Council to thank …" (Hexham),
// "The Mayor thanked all those involved and said that she would write personally to thank the volunteers …" (Saltash).
const SUBJECT_THEN_UNDERTAKES = new RegExp(String.raw`^(?:the\s+)?${SUBJECT}\s+(?:(?:said|explained|stated|confirmed|advised)\s+(?:that\s+)?(?:she|he|they)\s+)?(?:did|was|were|had|could|accepted|acknowledged|recognised|apologised|explained|said|confirmed|reported|outlined|presented|introduced|highlighted|described|summarised|identified|paid\s+tribute|thanked|praised|welcomed|congratulated)\b[^.;]{0,160}?\b(?:and|but)\s+(?:(?:said|stated|added)\s+(?:that\s+)?(?:she|he|they)\s+)?(?:would|will|agreed\s+to|undertook\s+to|offered\s+to|promised\s+to)\s+(?:\w+ly\s+)?${ACTION_VERB}\b\b`, "i");
// "County Cllr Rhys said he would raise the condition of the Tower Street footway …" (Crickhowell): the speaker's own promise.
const SUBJECT_SAID_WOULD = new RegExp(String.raw`^(?:the\s+)?${SUBJECT}\s+(?:said|stated|confirmed|advised|indicated|explained|added)\s+(?:that\s+)?(?:he|she|they)\s+(?:would|will)\s+(?:\w+ly\s+)?${ACTION_VERB}\b`, "i");
// "Councillor Ellerby stated that several developers … had told him …, and undertook to pass the details …" (Central Lincolnshire):
// a member's remark, then his own promise.
const SUBJECT_REMARKS_THEN_UNDERTAKES = new RegExp(String.raw`^(?:the\s+)?${SUBJECT}\s+(?:stated|commented|observed)\b[^.;]{0,160}?\band\s+(?:undertook|offered|promised)\s+to\s+(?:\w+ly\s+)?${ACTION_VERB}\b`, "i");
// "delegated sign-off of the draft to the Director of Public Health in consultation with the Chair".
const DELEGATED_TO = new RegExp(String.raw`\bdelegat(?:ed|es|e)\b[^.]{0,120}?\bto\s+(?:the\s+)?${SUBJECT}(?=\s+(?:in\s+consultation|to|for|and|with)\b|\s*[.,;]|\s*$)`, "i");
// "be circulated to Members of the Committee by the Quality Assurance and Compliance Manager" too, and "be issued to the Mayor
// by the Legal Adviser" (South Yorkshire).
const PASSIVE_BY = /\b(?:be|is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ne)\s+(?:(?:to|with)\s+(?:(?:all\s+)?(?:members|councillors)(?:\s+of\s+the\s+(?:committee|panel|board))?|the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+)?by\s+(?:the\s+)?([A-Za-z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,5}?)(?=[.,;]|\s+(?:and|to|in|by|with|before|within|at|for|following|after|once|when|subject)\b|$)/i;
// Who is speaking: "The DCF explained that …" anywhere a clause begins; "The ADED&S was working …" only at the start.
const SUBJECT_SAYS = new RegExp(String.raw`${CLAUSE}(?:in\s+future\s+|also\s+)?(?:the\s+)?${SUBJECT},?\s+(?:explained|confirmed|said|stated|advised|agreed|indicated|undertook|reported|responded|replied|informed|assured|promised|offered|committed|noted|added|suggested|acknowledged|accepted|recognised|apologised|apologized|updated|briefed)\b`, "i");
// "The Chair thanked Mr Tomlinson for attending and undertook to …": the sentence's subject, two verbs on.
const SUBJECT_DID_AND = /^(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|&|[–-])){0,6}?)\s+[a-z]+ed\b[^.;]{0,120}?\band\s+(?:(?:he|she|they)\s+)?(?:undertook|agreed|offered|promised)\s+to\b/;
const SUBJECT_IS = new RegExp(String.raw`^(?:in\s+future\s+|also\s+)?(?:the\s+)?${SUBJECT}\s+(?:was|were|had|has|have|would|will)\b`, "i");

// "The Harbour Master, Weymouth agreed to …", "The Harbour Master, Bridport and Lyme Regis undertook to …" (Dorset's Harbours
// Committee): a role held at one place of several, the place part of who it is.
const ROLE_AT_PLACE = /^(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}),\s+((?!(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b)[A-Z][\w'-]+(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'-]+){0,3})\s+(?=(?:agreed|undertook|offered|promised|would|will|was\s+asked|is\s+to)\b)/;

/** The owner a sentence or resolution point names, in order of how directly it names them. */
export function findOwner(text: string, abbreviations: Map<string, string>, opts: { resolution?: boolean } = {}): string | null {
  // "Members who had not yet returned their forms were asked to do so by Friday 13 March 2026" (Witham Fourth District), "Members
  // wishing to join the FBA Sub-group were asked to notify the Secretariat …" (the English Severn and Wye flood committee).
  const some = MEMBERS_WHO_ASKED.exec(text);
  if (some) return asBody(some[1]!);
  const placed = ROLE_AT_PLACE.exec(text);
  const role = placed ? ownerName(placed[1]!, abbreviations) : null;
  if (role) return `${role}, ${placed![2]}`;
  const name = namedOwner(text, abbreviations, opts);
  // "ask the Clerk to the Committee to arrange …", "That the Secretary to the Panel write to the PCC …": whom the officer
  // serves is part of the title, though "to" usually starts what they are to do.
  const serves = name && /(?:Secretary|Clerk|Adviser|Advisor|Officer)$/.test(name) ? new RegExp(String.raw`\b${escapeRegExp(name)}\s+(${SERVES.source.slice(1, -1)})\b`).exec(text) : null;
  return serves ? `${name} ${serves[1]}` : name;
}

function namedOwner(text: string, abbreviations: Map<string, string>, opts: { resolution?: boolean }): string | null {
  // "Councillor Brackenbury, as a member of the GLCCA Housing and Infrastructure Committee, undertook to raise …" (Central
  // Lincolnshire): the aside between the person and the promise says why, not who. So does "Cllr Fearnall, as Chair of the
  // Personnel Committee, to arrange …" (Whitchurch).
  const t = (text.length > 1500 ? text.slice(0, 1500) : text)
    .replace(/^((?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,5}),\s+as\s+(?:(?:a|an|the)\s+)?[^,]{1,120},\s+(?=(?:undertook|agreed|offered|promised|would|will|to)\b)/, "$1 ");
  // "… repair the verge outside the school (Clerk).": a bare owner in brackets closing the sentence.
  const bare = /\(([A-Z][\w'. &/-]{1,40})\)\s*[.;]?\s*$/.exec(t);
  // Not "(NC)", a vote carried with none against (Barnstaple).
  const bareName = bare && !/^(?:chair(?:man)?|vice[- ]chair|item|minute|appendix|page|see)\b|^(?:NC|nem\.?\s*con\.?)$/i.test(bare[1]!) ? ownerName(bare[1]!, abbreviations) : null;
  if (bareName && /\b(?:clerk|cllr|councillor|officer|manager|director|head|rfo|chair)\b|^[A-Z]{2,5}$/i.test(bareName)) return bareName;
  for (const re of [LABEL_PAREN, LABEL_TAIL]) {
    const m = re.exec(t);
    if (m) {
      const name = ownerName(m[1]!, abbreviations) ?? (m[1]!.trim().split(/\s+/).length <= 5 ? m[1]!.trim().replace(/[.;]$/, "") : null);
      // "The Chief Officer would circulate a briefing note … [Action: LH]" (Fife's column of initials): where the words name who
      // acts, they say it more plainly than initials nothing in the minutes spells out.
      // So do they where the initials stand for a name ("The Chair would write to … [Action: GT]", Northamptonshire's joint
      // audit committee): the role the sentence gives is the owner the tracker needs.
      // "The Town Clerk to write to … [Action: TOWN CLERK]", "The Environment Manager to prepare … [Action: ENV. MANAGER]" (Buckingham's
      // column in capitals): the words' own spelling of the name, or failing it who the words say acts.
      const label = m[1]!.trim();
      if (name && ((/^[A-Z][A-Z.'&/ ]*[A-Z.]$/.test(label) && /\s/.test(label)) || label === "CHAIR" || label === "CLERK")) {
        const rest = t.slice(0, m.index) + t.slice(m.index + m[0].length);
        const spelt = new RegExp(String.raw`\b${escapeRegExp(label).replace(/\s+/g, "\\s+")}(?![\w])`, "i").exec(rest);
        if (spelt && spelt[0] !== label) return ownerName(spelt[0], abbreviations) ?? spelt[0];
        const said = namedOwner(rest, abbreviations, opts);
        if (said) return said;
      }
      if (name && /^[A-Z]{2,4}(?:\s*\/\s*[A-Z]{2,4})*$/.test(m[1]!.trim())) {
        const said = namedOwner(t.slice(0, m.index) + t.slice(m.index + m[0].length), abbreviations, opts);
        if (said) return said;
      }
      if (name) return name;
    }
  }
  const doing = opts.resolution ? SUBJECT_DOING.exec(t) : null;
  const doer = doing ? ownerName(doing[1]!, abbreviations) : null;
  if (doer) return doer;
  // A resolution point says first who is to do it ("That the Chair write to X, Member of Parliament for Y, asking him to …").
  for (const re of opts.resolution ? [SUBJECT_DOES, SUBJECT_TO, ASKED_TO, ASKED, DELEGATED_TO, WITH_ASKED, AND_THAT_DOES] : [DECIDED_SUBJECT_DOES, SUBJECT_TO, ASKED_TO, ASKED, DELEGATED_TO, SUBJECT_THEN_UNDERTAKES, SUBJECT_REMARKS_THEN_UNDERTAKES, SUBJECT_SAID_WOULD, WITH_ASKED]) {
    const name = firstOwner(re, t, abbreviations);
    if (name) return name;
  }
  // "(a) Christmas lights switch-on – Conseiller Perrot undertook to liaise …" (Sark): a topic set off by a dash, then the sentence.
  // Not "Service Lead – Housing Services present …": there the dash is inside the title.
  const topic = /^[A-Z][^.;:–—]{1,60}?\s[–—]\s+(?=(?:the|The|Cllr\.?|Councillor|Conseiller|Mr|Mrs|Ms|Miss|Dr|Professor)\s)/.exec(t);
  if (topic) {
    const name = namedOwner(t.slice(topic[0].length), abbreviations, opts);
    if (name) return name;
  }
  if (opts.resolution) {
    const name = subjectThatDoes(t, abbreviations);
    if (name) return name;
  }
  // "is developed by the council": only in a resolution, where the sentence is an instruction.
  // And in an ask: "Members requested that a breakdown … be circulated by the Treasurer before the February meeting" (Merseyside
  // Recycling and Waste Authority).
  // And in a promise: "Details of the … network event … would be circulated to Members by the Governance Officer" (South Yorkshire).
  // Only an officer's, there: "… would be considered by Full Council" is where the matter goes, not who acts.
  const promised = !opts.resolution && !/\b(?:requested|asked|agreed)\s+that\s/i.test(t);
  const m = !promised || /\b(?:would|will)\s+be\s+[a-z]+(?:ed|en|wn)\b/i.test(t) ? PASSIVE_BY.exec(t) : null;
  if (m && !/\b(?:before|after|when|until|once|if)\s+(?:it|this|they)?\s*$/i.test(t.slice(Math.max(0, m.index - 20), m.index))) {
    // "… by the Quality Assurance and Compliance Manager": a title may have "and" in it, between capitals.
    const more = /^\s+and\s+((?:[A-Z][\w'’-]*\s*){1,4})(?=[.,;]|$|\s+[a-z])/.exec(t.slice(m.index + m[0].length));
    const name = ownerName(more ? `${m[1]} and ${more[1]!.trim()}` : m[1]!, abbreviations);
    if (name && (!promised || /(?:Officer|Adviser|Advisor|Director|Manager|Clerk|Secretary|Treasurer|Engineer|Solicitor|Accountant)$/.test(name))) return name;
  }
  return null;
}

const DOES_WORD = new RegExp(String.raw`^${DOES_VERB}$`, "i");
// "That the Town Clerk reconcile the register": after a named owner, any verb in its bare form is an instruction,
// whether or not it is one of the verbs listed; not one that only takes a view, nor a word that is not a verb.
const NOT_BARE_VERB = /^(?:be|have|has|had|do|does|did|not|also|only|and|or|of|for|to|in|on|at|with|the|a|an|as|by|from|into|note|support|welcome|endorse|approve|accept|agree|thank|receive|recognise|acknowledge|congratulate|commend|adopt|express|record|remain|retain|continue|was|were|is|are|will|would|should|shall|may|might|can|could|must|who|which|that|this|these|their|its|his|her|our|all|any|each|both|new|own|other|further|more|most|said|made|gave|took|told|felt|found|thought|went|came|saw|met|held|led|left|sent|spoke|wrote|began|knew|heard|kept|paid|became|about|after|before|over|under|within|without|between|through|across|against|towards|upon|via|per|than|then|there|here|where|when|how|why|what|such|some|many|much|few|very|well|just|even|still|yet|now|ever|never|once|only|too|out|off|up|down|due|re)$/i;
// "the Clerk apply to the Football Foundation for a grant" (Kidlington): "apply", "supply", "reply" are verbs, not adverbs.
// "… that the Clerk press the Public Transport team for a firm installation date" (Morpeth): "press", "assess", "address" end in "s".
const bareVerb = (w: string) => /^(?:re-)?[a-z]{3,}$/.test(w) && (!/(?:s|ed|ing|ly|al|ive|ous|ful|tion|ment)$/.test(w) || /^(?:re-)?(?:apply|supply|reply|press|assess|address|discuss)$/.test(w)) && !NOT_BARE_VERB.test(w);

/** "members", "COUNCILLORS" as an owner is written: "Members", "Councillors". */
const asBody = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
const MEMBERS_WHO_ASKED = /^(?:any\s+)?(?:other\s+|further\s+)?(members|councillors)\s+(?:who|that|wishing\s+to)\s+[^.;]{3,100}?\s+(?:were|are|be)\s+(?:asked|requested)\s+to\s/i;
const WISHING_MEMBERS = /^(?:that\s+)?(?:any\s+)?(?:other\s+|further\s+)?(members|councillors)\s+(?:wishing|who\s+wish)\s+to\s+[^;,.]{3,80}?\s+(?:notify|contact|inform|advise|submit|send|e-?mail|let)\s/i;

/** "That the Head of SEND Services report on …": the owner before the verb, trying every split, since a
 *  word of the title may look like a verb ("SEND") and stop the shortest match too early. */
export function subjectThatDoes(t: string, abbreviations: Map<string, string>): string | null {
  // "(2) any further Members wishing to serve on the Task and Finish Group notify the Panel Support Officer by 20 February 2026"
  // (Merseyside): the members who wish it, and what they are to do.
  const wishing = WISHING_MEMBERS.exec(t);
  if (wishing) return asBody(wishing[1]!);
  // "the Group Head of Law and Governance and Monitoring Officer circulate …" (Arun): a title may run to nine words.
  const words = t.replace(/^(?:that\s+)?(?:the\s+)?/i, "").split(/\s+/, 13);
  // A bare verb counts only as the first word in lower case after a name or title in capitals ("Town Clerk reconcile").
  let bare = 0;
  for (let n = 1; n <= Math.min(11, words.length - 1); n++) {
    if (/^(?:of|for|and|&|the)$/.test(words[n]!) || !/^[a-z]/.test(words[n]!)) continue;
    bare = /^[A-Z]/.test(words[n - 1]!) && bareVerb(words[n]!.replace(/[^\w-]/g, "")) ? n : 0;
    break;
  }
  for (let n = 1; n <= Math.min(11, words.length - 1); n++) {
    // A verb in lower case: "… Standing Scrutiny Panel – Update" is a title.
    if (n !== bare && (!/^[a-z]/.test(words[n]!) || !DOES_WORD.test(words[n]!.replace(/[^\w-]/g, "")))) continue;
    const name = ownerName(words.slice(0, n).join(" "), abbreviations);
    if (name) return name;
  }
  return null;
}

/** Who a recommendation goes to: "To recommend to Cabinet that …", "That Cabinet be recommended to …". */
/** A stem that ends on the body its points go on from: "That Cabinet:", "RECOMMENDS that Cabinet:-", "RESOLVED THAT the Fire Authority:". */
export const THAT_BODY_COLON = /\b(?:[Tt]hat|THAT)\s+(?:the\s+)?([A-Z][\w'&-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'&-]*){0,6})\s*:-?\s*$/;

export function recommendedTo(t: string, abbreviations: Map<string, string>): string | null {
  // "It was resolved to RECOMMEND TO FULL COUNCIL:" (East Cambridgeshire): the body in capitals as a name.
  const plain = t.replace(/\bRECOMMEND(?:S|ED)?\s+TO\s+(?:THE\s+)?([A-Z]{2,}(?:\s+[A-Z]{2,}){0,4})\b(?![a-z])/g, (_m, body: string) =>
    `recommend to ${body.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()).replace(/\s(And|Of|For|The)\b/g, (_w, x: string) => ` ${x.toLowerCase()}`)}`);
  // "to the Executive Member for Environment that": "for" and a capital continue the name; "to Cabinet, at its meeting on
  // 10 December 2025, that" (Warwick) ends it at the comma, "to Cabinet when it considers the strategy on 9 December 2025:"
  // (North West Leicestershire) at "when"; "to the meeting of Cabinet on 9 December 2025" (Broxbourne) names Cabinet.
  // So does an aside after a comma, a lower-case word next (a comma before a capital may be a name's own, "Finance, Policy and
  // Resources", and is left alone):
  // "to the Commissioner, in advance of the Panel's consideration …, that:-" (Cleveland), ", ahead of the precept meeting …"
  // (Cambridgeshire), ", to be responded to in …" (Avon and Somerset), ", with a response to be provided …" (Wiltshire).
  const to = /\brecommend(?:s|ed|ations?)?\s+to\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?([\w' ]{2,50}?(?:\s+for\s+[A-Z][\w']*(?:\s+(?:and\s+)?[A-Z][\w']*)*)?)(?:\s+(?:that|for|to)\b|\s+on\s+\d|[:.;]|,\s+via\b|,?\s+(?:also\s+)?(?:at|for)\s+its\s+meeting\b|\s+when\s+it\b|,\s+(?=[a-z])|$)/.exec(plain.replace(/\b(?:Recommend|RECOMMEND)[A-Za-z]*/g, (w) => w.toLowerCase()));
  // "That Cabinet be recommended to reconsider …", and "RESOLVED – That Cabinet be recommended to:" over its list.
  // "Resolved that: Cabinet be recommended, when considering …, to:" (St Helens) with a colon after "that".
  const subject = /(?:^(?:(?:resolved|agreed|decided)\s*[:\-–]?\s*)?(?:that\s*:?\s+)?|\bthat\s*:?\s+)(?:the\s+)?([\w' ]{2,50}?)\s+be\s+recommended(?:\s+to(?:\s+(?!\w+\s+(?:for|that)\b)|\s*:-?\s*$)|\s*:-?\s*$)/i.exec(t);
  const back = /\brefer(?:red|s)?\s+(?:the\s+(?:\w+\s+)?decision\s+)?back\s+to\s+(?:the\s+)?([\w' ]{2,50}?)(?:\s+(?:for|with|to)\b|[:.;,]|$)/i.exec(t);
  // "to recommend that Council adopts the motion", or a list under "That Cabinet:": the body is named by its capitals.
  // "R E C O M M E N D E D – that Council, at its meeting on 11th December 2025:" (Tandridge) over its list, too.
  const that = /\b[Rr]ecommend(?:s|ed)?\s+that\s+(?:the\s+)?([A-Z][\w'&-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'&-]*){0,6})\s+[a-z]/.exec(t) ??
    /\bRECOMMENDED\s*[–:-]?\s*that\s+(?:the\s+)?([A-Z][\w'&-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'&-]*){0,6})(?:,[^:]{3,120})?\s*:-?$/.exec(t) ??
    THAT_BODY_COLON.exec(t);
  // "RECOMMENDED: to the Board that …" (the Education Authority's audit committee): the body it reports to, by the one word
  // that elsewhere names the meeting's own body.
  const bodyOrName = (name: string) => ownerName(name, abbreviations) ?? (/^(?:Board|Authority)$/.test(name) ? name : null);
  return (to ? bodyOrName(to[1]!) : null) ?? (subject ? ownerName(subject[1]!, abbreviations) : null) ??
    (back ? ownerName(back[1]!, abbreviations) : null) ?? (that ? bodyOrName(that[1]!) : null);
}

// The global twin of each owner pattern, made once: compiled afresh per sentence, V8 starts every copy in its slow tier.
const GLOBAL = new WeakMap<RegExp, RegExp>();
const globalOf = (re: RegExp) => {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g")));
  return g;
};

/** The first match of a pattern whose subject is an owner; later clauses are tried when an earlier one names none. */
function firstOwner(re: RegExp, t: string, abbreviations: Map<string, string>): string | null {
  const g = globalOf(re);
  g.lastIndex = 0;
  let m: RegExpExecArray | null;
  let text = t;
  for (let tries = 0; tries < 20 && (m = g.exec(text)); tries++) {
    // Not the "and" inside a name: in "write to the Police and Crime Commissioner to …" the Commissioner is written to.
    const insideName = /^and\s(?!that\s)/i.test(m[0]) && /[A-Z][\w'-]*\s$/.test(text.slice(0, m.index)) && /^[A-Z]/.test(m[1]!);
    // "the Chief Social Work Officer provide …": "Work" in capitals is the title's, not the verb.
    if (re === SUBJECT_DOES && /\s[A-Z][\w-]*$/.test(m[0])) continue;
    // "requested that the Head of Integrated Commissioning provide …" (Cornwall): "Commissioning" is the title's too, not the
    // verb; joined to the words before it, the title is looked for again from the same place.
    if ((re === ASKED || re === ASKED_TO) && /\s[A-Z][\w-]*$/.test(m[0])) {
      const at = m.index + m[0].search(/\s[A-Z][\w-]*$/);
      text = `${text.slice(0, at)}_${text.slice(at + 1)}`;
      g.lastIndex = m.index;
      continue;
    }
    // "Invite the Portfolio Holder for Environment to attend …": the guest, not who invites them.
    const guest = /^invit/i.test(m[0]) && /\battend$/i.test(m[0]);
    const name = insideName || guest ? null : ownerName(m[1]!.replace(/_/g, " "), abbreviations);
    if (name) return name;
    g.lastIndex = m.index + 1;
  }
  return null;
}

/** The person or role a sentence is about ("The DCF explained that …"), for commitments made in debate. */
export function speakerOf(sentence: string, abbreviations: Map<string, string>): string | null {
  // "Rachel Ferris, Assistant Director, who was present for Item 43, agreed to …": the aside is not the speaker.
  // So is "The Audit and Risk Manager, in response to questions from Members on …, advised that …".
  // So is "Councillor K F Ellery, the Council's representative on the Panel, agreed to …" (Tewkesbury): a member's
  // place on another body, not a role of the council's, said of the person who will act.
  const t = sentence.slice(0, 400).replace(/,\s+who\s+(?:was|were|had|is)\s[^,]{1,80},/g, ",").replace(/,\s+in\s+(?:response|reply|answer)\s+to\s+[^,]{1,160},/gi, "")
    .replace(/^((?:Councillor|Cllr\.?)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4}),\s+the\s+(?:Council's|Committee's|Panel's)\s+(?:representative|nominee|member|appointee)\s+(?:on|to)\s+[^,]{2,80},/, "$1");
  return firstOwner(SUBJECT_SAYS, t, abbreviations) ?? firstOwner(SUBJECT_IS, t, abbreviations) ?? firstOwner(SUBJECT_DID_AND, t, abbreviations);
}

/** "That the Executive prioritises …", "that Council approve …": the body a recommendation addresses, named first. */
export function bodyAddressed(t: string): string | null {
  const m = /^(?:[Tt]hat\s+)?(?:[Tt]he\s+)?(Cabinet|Executive|Full Council|Council|Leader|Mayor|(?:Cabinet|Executive|Lead)\s+Member(?:\s+for\s+[A-Z][\w'&,]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'&,]*){0,5})?)\s+(?:should\s+|be\s+asked\s+to\s+)?[a-z]{3,}\b/.exec(t.trim());
  return m ? m[1]!.replace(/,$/, "") : null;
}

const CONNECTOR = /^(?:of|for|and|&|the|de|van|von|du|da|le|la|y)$/;
const ACTION_WORD = new RegExp(String.raw`^(?:to|${ACTION_VERB})$`);
const NOUN_ENDING = /(?:ment|tion|sion|ance|ence|ity|ness|ship|ing)$/;
const ROLE_IN = new RegExp(ROLE_ANYWHERE.source, "i");
const hasRole = (s: string) => ROLE_IN.test(s);
// A name alone, without "Cllr" or "Dr" before it: minutes that give an honorific are naming the person, not the post.
const bareName = (s: string) => NAME.test(s) && !hasRole(s) && !THING.test(s) && !PERSON.test(s);

/** The owner as a tracker would list it: the role, without the clause or verb a pattern ran on into, and without
 *  the name of whoever holds it today ("Laura Agnew, Head of Waste Management" is the head of the service; the role
 *  outlasts the person). */
export function tidyOwner(owner: string | null): string | null {
  if (!owner) return owner;
  // "Chair, on behalf of the Committee", "Clerk, in liaison with Police Scotland", "Executive, when it …".
  let o = owner.replace(/,\s+(?:on\s+behalf\s+of|in\s+(?:liaison|consultation|conjunction)\s+with|as|when|at|with|who|which|following|after|before|once)\b.*$/, "");
  // "Director of Resources circulate", "Cabinet gives consideration", "Mr Pollard to": a verb after a capitalised title.
  const words = o.split(" ");
  // And "Corporate Director, Places apologised for the delay and": any verb in the past tense there.
  // Not "Scrutiny liaison officer", a title in lower case whose second word looks like a verb.
  const verbAt = words.findIndex((w, k) => k > 0 && /^[A-Z]/.test(words[k - 1]!) && (ACTION_WORD.test(w) || /^[a-z]{3,}ed$/.test(w)) && !NOUN_ENDING.test(w) &&
    !/^(?:[a-z]+\s+){0,2}(?:officers?|managers?)$/.test(words.slice(k).join(" ")) &&
    words.slice(0, k).every((x) => /^[A-Z(]/.test(x) || CONNECTOR.test(x)));
  // Not "Secretary to the Panel": whom the officer serves.
  if (verbAt > 0 && !SERVES.test(words.slice(verbAt).join(" "))) o = words.slice(0, verbAt).join(" ").replace(/,$/, "");
  const comma = o.indexOf(", ");
  if (comma > 0) {
    const [first, rest] = [o.slice(0, comma), o.slice(comma + 2)];
    // Not "Service Director, Adult Social Care" nor "Director of Libraries, Glasgow Life", whose second half is the post's.
    if (bareName(first) && hasRole(rest)) return rest;
    // "Councillor Kaur, Cabinet Member for Parks", "Dr Strachan, Principal Psychologist": the person named, as written.
    if (PERSON.test(first) && hasRole(rest)) return first;
  }
  return o;
}
