// Resolutions: "RESOLVED: That the committee:" with its bullets, "RESOLVED that (a) …; (b) …",
// "It was RESOLVED to:", numbered or lettered recommendation lists with sub-items, and the bare
// "That the committee:" stem some minutes print after "proposed and seconded".
import type { Block, Marker } from "./blocks.js";
import { collapse } from "./blocks.js";
import { motions } from "./motions.js";
import { classifyPoint } from "./cues.js";
import { splitSentences } from "./sentences.js";

/** tail: what follows a resolution in the middle of a paragraph ("… AGREED that X. The report was noted."), read as debate. */
/** head: the debate before a resolution that begins mid-paragraph ("Cllr X will contact … It was RESOLVED that …"). */
export interface Resolution { stem: string; points: string[]; start: number; end: number; tail?: string; head?: string }

// How it was carried, in brackets after the word: "(unanimously)", "(unanimous)", "(by 7 votes to 0, with 2 abstentions)",
// "(9 for, 2 against, 1 abstention)", "(7:4)".
// "RESOLVED (6 in favour, 1 abstention): That" (Isles of Scilly) too, and "RESOLVED (11:1:1)", for, against and abstaining (Ludlow),
// and "RESOLVED (6 votes in favour, 1 abstention):-" (Swanage), "RESOLVED (all in favour) that …" (Ilfracombe), "RESOLVED: (NC)", carried
// with none against (Barnstaple), and "RESOLVED (For 14, Against 1, Abstentions 1) that …" (Newton Abbot).
const VOTE = String.raw`\((?:unanimous(?:ly)?|UNANIMOUS(?:LY)?|all\s+in\s+favour|NC|nem\.?\s*con\.?|by\s+[^)]{1,50}|\d{1,2}\s*[:\-–]\s*\d{1,2}(?:\s*[:\-–]\s*\d{1,2})?|\d{1,2}\s+(?:votes?\s+)?(?:for|in\s+favour)\b[^)]{0,60}|(?:for|For|FOR)\s*:?\s*\d{1,2}\b[^)]{0,60})\)`;
// Bilingual minutes print the label in both languages: "PENDERFYNWYD / RESOLVED:", "RESOLVED / PENDERFYNWYD:".
const OTHER_LANGUAGE = String.raw`[A-Z\u00C0-\u017F]{3,}`;
// "It was resolved by a majority to:" in lower case counts only as the head of a list; mid-paragraph it is debate's.
// North Somerset's panels record "Concluded:" where others write "Resolved:"; Warrington "Resolved, That –"; Powys
// "RESOLVED      (i)  that …", the first limb straight after the word; Tewkesbury "RESOLVED          1. That …".
// Norwich: "RESOLVED, unanimously, to:".
// Bromham: "RESOLVED further to recommend that Bedford Borough Council refer …".
// North Devon: "RESOLVED (unanimous), that:", "RESOLVED (9 for, 2 against, 1 abstention), that it be RECOMMENDED …".
// Nottinghamshire numbers its decisions: "RESOLVED 2025/030" over "1)  That the work programme be noted."; Lancashire's
// fire authority writes "Resolved also: - That the Chair write …". The Education Authority's audit committee labels what it
// asks for "REQUESTED:" beside "AGREED:" and "RECOMMENDED:".
const STEM_KEYWORD = new RegExp(String.raw`^(?:${OTHER_LANGUAGE}\s*\/\s*(?=[A-Z]))?(?:following\s+(?:the\s+)?debate,?\s+|after\s+discussion,?\s+)?(?:[Ii]t\s+was\s+)?(?:(?:unanimously|further|also|UNANIMOUSLY|FURTHER|ALSO|Unanimously|Further|Also)\s+)?(?:(?<=[Ii]t\s+was\s+(?:(?:unanimously|further|also)\s+)?)(?:resolved|agreed|decided)(?=(?:\s+(?:unanimously|by\s+a\s+majority|by\s+majority))?(?:\s+to)?\s*:)|RESOLVED|AGREED|DECIDED|RECOMMENDED|RECOMMEND(?=\s+TO\s)|REQUESTED(?=\s*:)|CONCLUDED|DECISIONS?|RESOLUTIONS?|RECOMMENDATIONS?|OUTCOMES?|Resolved|Agreed|Decided|Recommended|Concluded|Decisions?|Resolutions?|Recommendations?|Outcomes?)\b(?:\s*\/\s*${OTHER_LANGUAGE}\b)?(?:\s+\d{4}\/\d{1,4}(?=\s*$)|(?<=Resolution)\s+(?:Record\s+)?(?:No\.?|Number)\s*[A-Z0-9][\w/.-]*(?=\s*:))?(?:\s+(?:also|further)(?=\s*:|\s+(?:that|to)\b))?` + String.raw`(?:\s*:?\s*${VOTE})?(?:,?\s+(?:unanimously|accordingly|UNANIMOUSLY|ACCORDINGLY|by\s+a\s+majority|by\s+majority)(?:,(?=\s+(?:to|TO)\b))?)?(?:,(?=\s+(?:that|That|THAT)\b))?\s*(?::-|\/-|:\s+-\s+(?=[A-Z])|[:\-–—.]\s*|(?=\s+(?:that|That|THAT|to|To|TO)\b)|(?=\s+(?:\((?:1|a|i|A|I)\)|1[.)]|a\))\s)|$)(.*)$`);
// "Resolution Record No. BSETC/114/28/Jan/26:" over "That the Town Clerk write …" (Bury St Edmunds): a decision's number as its label.
// "12.5   The Panel agreed its work programme, subject to:" over "(a) rural and wildlife crime being added …" (Hertfordshire).
// "It was proposed by Councillor R Wallace, seconded by Alderman W Thompson and agreed that:" (Lisburn) heads a list too.
// "The Committee AGREED, subject to the foregoing, to recommend …" and "… AGREED Option 1, namely that …" (Blaenau Gwent).
// "The Committee resolved, in terms of delegated powers:" (Orkney) heads its numbered paragraphs.
// "The Committee RESOLVED (by 7 votes to 0, with 2 abstentions) to recommend that Cabinet:" (Cambridge) too, and
// "Whereupon, it was RESOLVED" ending its paragraph over "(a) that Cabinet be recommended …" (Huntingdonshire), and
// "A vote was taken by a show of hands and it was RESOLVED UNANIMOUSLY:" (Brentwood), and "the Committee resolved with 8
// Members voting for and 1 Member abstaining to:" (Epsom and Ewell).
// "Somerset Waste Board RESOLVED to:" (the Somerset Waste Board): the body's name with no article, the word in capitals.
// "… during heavy rain. Council RESOLVED:" (Nailsworth): the body without its article, after a sentence.
const STEM_MIDDLE = new RegExp(String.raw`\b(?:[Ii]t\s+was\s+|IT\s+WAS\s+|^(?:[A-Z][\w&'-]*\s+){1,5}(?:Committee|Board|Panel|Partnership|Authority|Council)\s+(?=RESOLVED|AGREED|DECIDED)|[Ii]t\s+is\s+(?=recommended\b)|and\s+(?=agreed\s+that\s*:)|and\s+(?=requested\s+that\s*:-?$)|[Tt]he\s+(?:(?:[A-Z][\w&'-]*|and|&)\s+){0,5}?(?:[Cc]ommittee|[Pp]anel|[Bb]oard|[Ss]ub-[Cc]ommittee|[Cc]abinet|[Cc]ouncil|[Cc]ommission|[Gg]roup|[Ff]orum|[Aa]ssembly|[Pp]artnership)(?:,\s+as\s+[A-Z][^,;:.]{2,40},)?\s+|(?<=(?:^|[.!?]\s+))(?:Council|Committee|Board)\s+(?=RESOLVED|AGREED|DECIDED)|[Mm]embers\s+|and\s+(?=[A-Z]{5}))(?:(?:unanimously|further|therefore|then|accordingly)\s+)?(RESOLVED|resolved|Resolved|AGREED|agreed|DECIDED|decided|RECOMMENDED|recommended|requested(?=\s+the\s+following\b|\s+that\s*:-?$))(?:\s*${VOTE})?(?:\s+(?:UNANIMOUSLY|unanimously)(?=\s*[:\-–]))?(?:,\s+[a-z][^,.;:]{2,60}(?:,|(?=:))|\s+Option\s+\d{1,2},\s+namely|\s+(?:with|by)\s+\d[^.;:]{3,100}?(?=\s+(?:to|that)\s*:))?\s*(?::-|[:\-–—]\s*|(?=\s*(?:that|to|the\s+following)\b)|(?=\s*\((?:1|a|i)\)\s)|(?=\s*(?:its|the)\s+(?:[\w-]+\s+){0,3}?(?:work\s*programme|work\s*plan|forward\s+plan)\b[^.:]{0,60}:-?$)|$)(.*)$`);
// "Thereafter, the Integration Joint Board agreed (i) that …; (ii) that …" (East Ayrshire): its first limb straight after the verb.
// "By affirmation, the Committee" over "(a) noted the report; … (d) requested that the Head of Finance circulate …" (South
// Cambridgeshire).
const BARE_STEM = /^(?:(?:thereafter|accordingly|after\s+discussion|following\s+discussion),?\s+)?(?:that\s*(?:(?:the\s+)?(?:committee|panel|board|council|cabinet|executive|members?|sub-committee|mayor|leader|authority|commission|group|forum)\b[^.]{0,80})?|the\s+(?:[\w-]+\s+){0,3}(?:committee|panel|board|sub-committee|commission|group|forum)(?:\s+(?:agreed|resolved|recommends?))?|the\s+following\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:agreed|resolved|decided)|council\s+(?:agreed|resolved|decided)):-?$|^by\s+affirmation,?\s+the\s+(?:committee|panel|board|sub-committee|commission)\s*:?-?$/i;
// "The JAC:" over "(a) approved …", "(b) asked the Communications and Engagement Officer to …" (the Norfolk Coast Partnership's
// joint advisory committee): the body by its initials.
const INITIALS_STEM = /^The\s+[A-Z]{2,6}\s*:-?$/;
const bareStem = (text: string) => BARE_STEM.test(text) || INITIALS_STEM.test(text);

// … and "Members discussed the work plan and the following changes were agreed:" (Cheltenham).
// … and "Members asked that the following be placed on future agendas:" (Cirencester).
// … and "The following additions to the work programme were AGREED:" (Mid Devon), and "Members suggested a number of topics for
// inclusion, and the following was agreed:" (East Midlands Combined County Authority).
// "The Panel agreed the following recommendations for inclusion in the Comments paper, for consideration by the States
// Assembly at its sitting commencing 2nd December 2025:" (Jersey) too.
const FOLLOWING_RECOMMENDATIONS = /\b(?:made|makes|make|agreed|agrees)\s+the\s+following\s+recommendations?\s+for\s+inclusion\s+in\b[^.:]{0,200}:-?$|\b(?:made|makes|make|agreed|agrees)\s+the\s+following\s+recommendations?\s+to\s+(?:the\s+)?(?:Cabinet|Executive|Full\s+Council|Council|Leader|Mayor)\b[^.:]{0,40}:-?$|\bthe\s+following\s+(?:(?:changes|additions|amendments|actions)\b(?:\s+to\s+the\s+[\w ]{2,40}?)?\s+)?(?:was|were|have\s+been)\s+agreed\s*:-?$|\bthe\s+following\s+(?:items|topics|reports)\s+(?:were|have\s+been)\s+agreed\s+for\s+(?:addition|inclusion)\s+(?:to|in|on)\s+[^.:]{2,80}:-?$|^(?:members|the\s+(?:committee|council|panel))\s+(?:asked|requested|agreed)\s+that\s+the\s+following\s+be\s+(?:placed|added|included)\s+(?:on|to|in)\s+(?:future|forthcoming|the\s+next)\s+agendas?\b[^.:]{0,40}:-?$/i;
// "The Joint Committee (1) instructed the Head of Concessionary Travel … to commission …; and (2) …" with no "After discussion",
// or "The Joint Committee" alone over its numbered list.
const BODY_THEN_LIMBS = /^the\s+(?:joint\s+)?(?:committee|panel|board|sub-committee|commission)\b((?:\s+\((?:1|a|i)\)\s.*)?)$/i;
// "After discussion and having heard the Director of Subway … in answer to members' questions, the committee" (Strathclyde
// Partnership for Transport) too, and "After discussion, the Joint Committee (1) noted …" (its concessionary travel committee).
const AFTER_CONSIDERATION = /^after\s+(?:consideration|discussion|debate|further\s+discussion)(?:\s+and\s+having\s+heard\s+[^,]{1,200})?,?\s+the\s+(?:joint\s+)?(?:committee|panel|board|sub-committee|commission)\b(.*)$/i;
// "The substantive motion was put to the vote and was carried." (Derbyshire Fire and Rescue Authority) too.
// "The motion as altered was put to the vote and RESOLVED (all in favour)." (Ilfracombe) too.
const MOTION_CARRIED = /\bthe\s+(?:substantive\s+|original\s+)?motion\s+(?:as\s+(?:altered|amended)\s+)?was\s+(?:then\s+)?(?:put\s+to\s+the\s+vote\s+and\s+(?:was\s+)?)?(?:accordingly\s+|therefore\s+)?(?:declared\s+)?(?:carried\b|RESOLVED\b)/i;
// "… This Council resolves that the Mayor write to NHS Devon and to the Member of Parliament …" (Ilfracombe): a motion whose one
// decision is in its last sentence.
const MOTION_RESOLVES_THAT = /(?:^|[.!?:]\s+)"?((?:This|The)\s+(?:Authority|Council|Committee|Board|Panel|Assembly|Partnership)\s+(?:therefore\s+|further\s+)?resolves\s+that)\s+(\S[^"]{10,600}?)\.?(?:"|\s*$)/;
// "“This Authority notes … This Authority resolves:" over "(a) to request the Chief Fire Officer to review …": a motion on
// notice, quoted, whose limbs are what was decided once it was carried.
// "“This Council notes with concern the number … of storm overflow discharges …, and resolves:" (Bishop's Stortford) in one sentence too.
const MOTION_RESOLVES = /(?:^|[.!?]\s+)"?(?:This|The)\s+(?:Authority|Council|Committee|Board|Panel|Assembly|Partnership)\s+(?:therefore\s+|further\s+)?resolves\s*(?:to|that)?\s*:-?$|^"?(?:This|The)\s+(?:Authority|Council|Committee|Board|Panel|Assembly|Partnership)\s+(?:notes|is\s+concerned|believes|recognises)\b[^.]{0,400},?\s+and\s+(?:therefore\s+)?resolves\s*(?:to|that)?\s*:-?$|^"?(?:That\s+)?(?:[Tt]his|The)\s+(?:Authority|Council|Committee|Board|Panel|Assembly|Partnership)\s*:-?$/;
const RESTATED = /\b(?:committee|panel|board|commission)\s+(?:therefore|accordingly)\s+(?:agreed|resolved|decided)\s*:-?$/i;
const MOVED_STEM = /\bmoved\s+(?!as\s+an\s+amendment)that\s+(?:the\s+)?(?:committee|panel|board|council|commission|sub-committee)\s*:?-?$/i;

/** Finds resolutions among an item's blocks. */
export function findResolutions(blocks: Block[]): Resolution[] {
  const out: Resolution[] = [];
  // "Councillor Curran, seconded by Councillor Rahman, moved that the committee (1) … (2) …" is what was decided
  // when "The motion was accordingly declared carried" follows; an amendment that fell is not.
  const motionCarried = blocks.some((b) => MOTION_CARRIED.test(b.text));
  const seconded = new Map(motions(blocks).map((m) => [m.proposal, m.carried]));
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.cells || b.text.length > 6000) continue;
    if (seconded.get(i) === false) { out.push({ stem: "", points: [], start: i, end: i }); continue; }
    // "Reasons for recommendations" (Vale of Glamorgan): why it was decided, not more to do.
    if (/^reasons?\s+for\s+(?:the\s+)?(?:recommendations?|decisions?|resolutions?)\s*:?$/i.test(b.text)) {
      const reasons = collectList(blocks, i + 1);
      out.push({ stem: "", points: [], start: i, end: Math.max(i, reasons.end) });
      i = Math.max(i, reasons.end);
      continue;
    }
    // A carried proposal is a resolution when its words say what is to be done; otherwise the debate rules read it.
    // One that ends "… it was agreed to recommend to Council:" heads the list below it, read as any other stem.
    const proposal = seconded.get(i) && !/:-?$/.test(b.text) ? splitInline(b.text) : null;
    if (proposal?.points.some((p) => classifyPoint(p, "RESOLVED"))) { out.push({ ...proposal, stem: `RESOLVED ${proposal.stem}`.trim(), start: i, end: i }); continue; }
    let content: string | null = null;
    let stem = "";
    let tail: string | undefined;
    let head: string | undefined;
    const m = STEM_KEYWORD.exec(b.text);
    const moved = motionCarried && !m ? MOVED_STEM.exec(b.text) : null;
    const limbs = !m && !moved ? BODY_THEN_LIMBS.exec(b.text) : null;
    const considered = !m && !moved ? AFTER_CONSIDERATION.exec(b.text) ?? (limbs && (limbs[1] || blocks[i + 1]?.marker) ? limbs : null) : null;
    if (moved) {
      // "The amendment accordingly fell and the motion was declared carried. The Committee therefore agreed:-" over the
      // same list again (East Dunbartonshire): the decision is the restated list; the motion's is only what was moved.
      if (blocks.slice(i + 1).some((x) => RESTATED.test(x.text))) {
        const moved = collectList(blocks, i + 1);
        out.push({ stem: "", points: [], start: i, end: Math.max(i, moved.end) });
        i = Math.max(i, moved.end);
        continue;
      }
      content = "";
      stem = b.text;
    } else if (considered) {
      // "After consideration, the committee (1) noted the report; (2) instructed …", or "… subject to the following additions:-".
      content = /:-?$/.test(b.text) ? "" : considered[1]!.trim();
      stem = content ? b.text.slice(0, b.text.length - considered[1]!.length).trim() : b.text;
    } else if (m && (b.marker === null || b.marker.style !== "bullet" || /^(?:RESOLVED|Resolved)\b/.test(b.text))) {
      // "*      Resolved that:" (St Helens stars each decision) is as much a stem as "Resolved that:" alone.
      content = m[1]!.trim();
      stem = b.text.slice(0, b.text.length - m[1]!.length).trim();
      // "RESOLVED to delegate … (Proposed Cllr Ashworth, seconded Cllr Whitlock, all in favour) Members were concerned that …"
      // (Histon & Impington, with no blank lines between paragraphs): the vote closes the decision; what follows is debate.
      const vote = /\((?:[Pp]roposed|[Mm]oved)\b[^()]{0,160}\)\s+(?=[A-Z][a-z])/.exec(content);
      if (vote) { tail = content.slice(vote.index + vote[0].length); content = content.slice(0, vote.index + vote[0].length).trim(); }
      // "RESOLVED: that the Clerk write to … season. Cllr Mair Owen undertook to raise …" (Caernarfon): a named member's promise
      // after the decision is debate again.
      else {
        const sentences = splitSentences(content);
        // So is a decision of its own after it ("… grants be awarded …. The Town Clerk would notify the applicants …. It was
        // AGREED that a review of the Council's Grants Policy be added to the agenda of the March meeting.", Kingsbridge), and an
        // officer's promise before it. So is an aside in brackets after it ("… on the agenda for the February meeting of the
        // Council. (Cllr Mrs Pilgrim left the room for this item.)", Downham Market), and "County Cllr Sandell agreed to raise …" or
        // "Members asked that the play equipment supplier be contacted …" after it (Downham Market too).
        // So is "Resolved to recommend to the Local Highways Panel that …" after "Resolved that the Clerk write to …" (Great Wakering),
        // and "The Clerk was also asked to request passenger numbers …" after "… that the Chairman write to the Mayor …" (Burwell).
        const promise = sentences.findIndex((x, k) => k > 0 && (/^\([^()]{10,}\)\.?$/.test(x) || /^(?:Members|Councillors)\s+(?:also\s+)?(?:asked|requested)\s+that\b/.test(x) || /^(?:(?:(?:County|District|Borough)\s+)?(?:Cllr\.?|Councillor|Mr|Mrs|Ms|Dr|PCSO)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?|[A-Z][a-z]+\s+[A-Z][\w'-]+)\s+(?:undertook|agreed|offered)\s+to\b/.test(x) ||
          /^It\s+was\s+(?:further\s+)?(?:AGREED|RESOLVED)\s+that\b|^(?:Resolved|RESOLVED)\s+(?:that|to)\s|^The\s+(?:Town\s+|Deputy\s+(?:Town\s+)?)?Clerk\s+(?:would|will|to|was\s+(?:also\s+)?asked\s+to)\s+[a-z]+/.test(x)));
        if (promise > 0) { tail = sentences.slice(promise).join(" "); content = sentences.slice(0, promise).join(" "); }
      }
      // "Decision: The Committee" over "(a) noted …", "(c) requested that …" (the Anglian (Northern) flood committee): the
      // body deciding, whose decisions are the list below.
      if (/^(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}(?:committee|board|panel|council|authority|partnership|members)$/i.test(content) && blocks[i + 1]?.marker) {
        stem = b.text;
        content = "";
      }
    } else if (bareStem(b.text)) {
      content = b.text;
      stem = "";
    } else if (motionCarried && MOTION_RESOLVES_THAT.test(b.text)) {
      const m2 = MOTION_RESOLVES_THAT.exec(b.text)!;
      content = m2[2]!;
      stem = m2[1]!;
      // What follows the quotation in the same paragraph (an amendment, an addition the mover accepted) is debate again.
      tail = b.text.slice(m2.index + m2[0].length).trim() || undefined;
    } else if (motionCarried && MOTION_RESOLVES.test(b.text)) {
      content = "";
      stem = b.text.slice(MOTION_RESOLVES.exec(b.text)!.index).replace(/^[.!?]?\s*"?/, "");
    } else if (FOLLOWING_RECOMMENDATIONS.test(b.text) && b.marker === null) {
      // "The Committee noted the report and made the following recommendation to the Cabinet:" (Newport) over its list.
      const at = b.text.search(FOLLOWING_RECOMMENDATIONS);
      const from = Math.max(0, b.text.slice(0, at).search(/(?<=[.!?]\s)[A-Z][^.!?]*$/));
      if (from > 0) head = b.text.slice(0, from).trim();
      content = "";
      stem = b.text.slice(from).trim();
    } else {
      const mid = STEM_MIDDLE.exec(b.text);
      // Lower-case "agreed" only counts as a stem when it introduces a list: "The Committee agreed:-".
      // So does "… it was agreed to recommend to Council:" over its list.
      // So does "The Committee agreed to (a) note the report; (b) …" (North Ayrshire): a list begun on the stem's line.
      if (mid && (mid[1] === mid[1]!.toUpperCase() || (/^(?:the|members)/i.test(b.text.slice(mid.index)) && (/resolved|decided/i.test(mid[1]!) || /^[:\-–]*$/.test(mid[2]!.trim()) || /:$/.test(mid[2]!.trim()) || FIRST_LIMB.test(mid[2]!.trim()))) ||
          (/^it\s+was/i.test(b.text.slice(mid.index)) && /^to\s+recommend\b[^.]{0,80}:-?$/i.test(mid[2]!.trim())) ||
          // "It was recommended to the WMCA Board on 12 December 2025 that:" (West Midlands Combined Authority) over its list.
          (/^it\s+was\s+recommended\b/i.test(b.text.slice(mid.index)) && /^to\s[^.]{0,100}\bthat\s*:-?$/i.test(mid[2]!.trim())) ||
          // "Following detailed discussion it is recommended to Council that:" (Abergavenny's committees) over its list, and
          // "… it is recommended that Council approve the following grants:" over the table of them.
          (/^it\s+is\s+recommended\b/i.test(b.text.slice(mid.index)) && /^(?:to\s[^.]{0,100}\s)?that\b[^.]{0,100}:-?$/i.test(mid[2]!.trim())) ||
          // "It was moved by …, seconded by … and with the vote being unanimous, it was resolved that:" (West Suffolk).
          (/^it\s+was/i.test(b.text.slice(mid.index)) && /^(?:that\s*)?:-?$/i.test(mid[2]!.trim())) ||
          // "… Two cameras … required replacement. It was agreed:" over "i)  that the Clerk contact …" (Wem): the colon taken with the word.
          (/^it\s+was\s+(?:agreed|resolved|decided)\s*:-?$/i.test(mid[0]!) && !mid[2]!.trim()) ||
          // "It was resolved that the work programme be agreed, subject to the following additions:" (Runnymede).
          (/^it\s+was\s+resolved\b/i.test(b.text.slice(mid.index)) && /^that\s/i.test(mid[2]!.trim())) ||
          // "5.7    The Panel noted the report and requested that:" over "(a) a breakdown … be circulated …" (Hertfordshire) too.
          (mid[1] === "requested" && /^(?:the\s+following\b[^.]{0,40}|that\s*):-?$/i.test(mid[2]!.trim())) ||
          (/^and\s/i.test(b.text.slice(mid.index)) && /^(?:that\s*)?:-?$/i.test(mid[2]!.trim())))) {
        content = mid[2]!.trim();
        stem = b.text.slice(mid.index, b.text.length - mid[2]!.length).trim();
        // Whole sentences before it are debate; "Following discussion it was resolved" is part of the stem.
        const before = b.text.slice(0, mid.index).trim();
        // So are those before an action column's words run into the paragraph ("… by 6th February, 2026. Head of
        // Children's Services The Committee AGREED …", Blaenau Gwent): the head keeps its whole sentences.
        if (/[.!?]$/.test(before)) head = before;
        else if (/[.!?]\s/.test(before)) head = before.slice(0, before.search(/[.!?]\s(?!.*[.!?]\s)/) + 1);
        // In the middle of a paragraph the resolution is one sentence; the rest is debate again.
        // Limbs "(ii) …; (iii) …" after the first are still the resolution (East Ayrshire), though each reads as a sentence.
        const sentences = splitSentences(content);
        let n = 1;
        while (n < sentences.length && /^(?:and\s+|or\s+)?\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s/i.test(sentences[n]!)) n++;
        if (sentences.length > n && !/[:\-–]$/.test(content)) {
          content = sentences.slice(0, n).join(" ");
          tail = sentences.slice(n).join(" ");
        }
      }
    }
    // "RESOLVED – That:          IV" (Blackburn with Darwen): an action column's initials beside the stem.
    if (content !== null) content = content.replace(/^((?:[Tt]hat|THAT)\s*:-?)\s+[A-Z]{2,4}(?:\s*[\/,&]\s*[A-Z]{2,4})*$/, "$1");
    // "RESOLVED: 2025/062" (Nottinghamshire): the decision's number, its points below; "Resolved: (For 7 Against 2 Abstain 1)"
    // and "Resolved: (Unanimously)" (South Ribble): the vote, the decision below.
    if (content !== null && (/^(?:[A-Z]{0,4}\s?)?\d{1,4}\/\d{1,4}\.?$/.test(content.trim()) || /^\((?:for\s+\d|unanimous|carried|by\s+a\s+majority|majority)[^()]*\)$/i.test(content.trim()))) { stem = `${stem} ${content}`.trim(); content = ""; }
    // "Recommendations to Cabinet: None": a heading with nothing under it.
    if (content === null || /^(?:to\s+[\w' &]{2,50}[:\-–]\s*)?(?:none|nil|n\/a|not\s+applicable)\.?$/i.test(content)) continue;
    // "RECOMMENDATIONS TO CABINET" as a heading, its list (and perhaps "That Cabinet:") below.
    // "Recommended to the Executive" over "(1) That the Executive approve …" (Rochford) as well, and
    // "RECOMMEND TO FULL COUNCIL on 14 January 2026" over "That the Treasury Management Mid-Year Review … be approved." (Arun).
    const toHeading = /^to\s+(?:the\s+)?[\w' &]{2,50}:?$/i.test(content) && /^(?:RECOMMENDATIONS?|RECOMMENDED|RECOMMEND|Recommendations?|Recommended)\s/.test(b.text);
    // "RESOLVED: That the Board" over "1) notes the report;" (Halton): the colon left out.
    const bareBody = /^that\s+(?:the\s+)?(?:committee|panel|board|sub-committee|commission)$/i.test(content) && blocks[i + 1]?.marker != null;
    // "Resolved: That it be recommended to Cabinet that" over "a)   officers be asked to …" (Sevenoaks): the stem runs on into the list.
    // So does "RESOLVED that the Executive be advised, at its meeting on 16 December 2025, that the Committee" over "(a) notes …",
    // "(b) recommends …" (Surrey Heath).
    const runsInto = (/\b(?:that|to)$/i.test(content) || /\bthat\s+the\s+(?:committee|panel|board|commission)$/i.test(content)) && blocks[i + 1]?.marker != null && !blocks[i + 1]!.cells;
    const wantsList = content === "" || toHeading || /[:\-–]$/.test(content) || bareStem(content) || /^that$/i.test(content) || bareBody || runsInto;
    // "RESOLVED – (1) That the report be noted." with "(2) That …" in the paragraphs below: one list, begun on the stem's line.
    const first = FIRST_LIMB.exec(content);
    // The first point may run on in a paragraph of its own, a page break having cut it ("… Matthew Dunsford, Graham" /
    // "Hinchcliffe and Priya Menon be appointed …"), before "(2)".
    const runsOn = first && !/[.;]$/.test(first[2]!) && blocks[i + 1] && !blocks[i + 1]!.marker && !blocks[i + 1]!.cells && blocks[i + 2]?.marker && !blocks[i + 2]!.cells ? 1 : 0;
    if (!wantsList && first && blocks[i + 1 + runsOn]?.marker && !blocks[i + 1 + runsOn]!.cells) {
      const rest = collectList(blocks, i + 1 + runsOn);
      const firstPoint = runsOn ? collapse(`${first[2]} ${blocks[i + 1]!.text}`) : first[2]!;
      // "(i) to note …; (ii) that …; (iii) that …;" run on in the stem's paragraph before "(iv)" starts a line (East Ayrshire).
      const inline = runsOn ? [] : splitInline(content).points;
      out.push({ stem: first[1] ? `${stem} ${first[1]}` : stem, points: [...(inline.length > 1 ? inline : [firstPoint]), ...rest.points], start: i, end: rest.end, head });
      i = rest.end;
      continue;
    }
    if (!wantsList) {
      const inline = splitInline(content);
      out.push({ stem: inline.stem ? `${stem} ${inline.stem}`.trim() : stem, points: inline.points, start: i, end: i, tail, head });
      continue;
    }
    // "Recommendations:" then "The Select Committee:" then the list.
    // "Recommendation" then "On the proposal of …, it was agreed to recommend to Council:" then the list, too.
    // "… the board agreed the following recommendations to Cabinet:" over "Resolved: That" over the list (Herefordshire);
    // "Members agreed to make the following recommendations for consideration at the meeting of Cabinet on 3rd December
    // 2025:" over "RECOMMENDED that" over the list (Bromsgrove).
    const restated = blocks[i + 1] && /^(?:RESOLVED|Resolved|AGREED|Agreed|RECOMMENDED|Recommended)\s*[:\-–]?\s*(?:that|That|THAT)\s*:?-?$/.test(blocks[i + 1]!.text) && blocks[i + 2]?.marker != null;
    const second = blocks[i + 1] && !blocks[i + 1]!.marker && !blocks[i + 1]!.cells &&
      (((content === "" || toHeading) && (bareStem(blocks[i + 1]!.text) || (/:-?$/.test(blocks[i + 1]!.text) && blocks[i + 2]?.marker != null) || restated)) ||
        (/:-?$/.test(content) && restated)) ? 1 : 0;
    if (second) { stem = `${stem} ${content} ${blocks[i + 1]!.text}`.replace(/\s+/g, " "); content = ""; }
    // "RESOLVED that (1) the draft report … be approved and submitted to Executive on 12th January 2026 with the following
    // recommendations:" over "(a) …", "(b) …", then "(2) a report … be added …" (Bolsover): the first limb heads the letters,
    // and the second is its own.
    const opener = !second ? FIRST_LIMB.exec(content) : null;
    const seed = opener && RECOMMENDATION_INTRO.test(opener[2]!) ? { text: opener[2]!, style: limbStyle(content) } : null;
    if (seed) { stem = `${stem} ${opener![1] ?? ""}`.trim(); content = ""; }
    const { points, end } = collectList(blocks, i + 1 + second, sectionOf(b), b.marker, seed);
    const next = second ? undefined : blocks[i + 1];
    if (points.length === 0 && (content === "" || toHeading || /:-?$/.test(content)) && next && !next.cells && !next.marker && !STEM_KEYWORD.test(next.text) && !STEM_MIDDLE.test(next.text)) {
      // "Decision" or "RESOLVED" on a line of its own, the resolution in the paragraph below; so too "Recommendation to the
      // Executive Board" over "That the schedule of fees and charges … be accepted." (North Warwickshire).
      const inline = splitInline(next.text);
      // "… it was resolved to RECOMMEND to Cabinet that:" over "The communications plan … include …" (West Suffolk): the
      // stem's words say what the paragraph is.
      out.push({ stem: `${stem} ${content} ${inline.stem}`.replace(/\s+/g, " ").trim(), points: inline.points, start: i, end: i + 1 });
      i++;
    } else if (points.length === 0 && content && (!bareStem(content) || (next?.cells && /\bthe\s+following\s+[a-z]+\s*:-?$/i.test(content))) && !/^that$/i.test(content)) {
      // "… it is recommended that Council approve the following grants:" over a table of them (Abergavenny): the stem is the
      // recommendation, the rows what it approves.
      out.push({ stem, points: [content.replace(/[:\-–]$/, "").trim()], start: i, end: i, head });
    } else if (points.length) {
      // "that the Chair report the following views of the Committee to Cabinet on 15 January:" is a task of its own
      // as well as the head of the views it lists.
      const task = CONVEY_FOLLOWING.exec(content);
      // "ii) that Cllr Dodd circulate the notes of the site visit to all councillors. The installer's quotation … had been received and
      // will be considered by the working party at its next meeting." (Wem): the list ends with its last point's stop; news after it
      // is debate again.
      const last = splitSentences(points.at(-1)!);
      // Not "… Recommends that a summary is provided … The summary should explain that …" (Herefordshire): the point said more.
      const after = last.length > 1 && /\.$/.test(last[0]!) && /^The\s/.test(last[1]!) && /\b(?:had|has|have)\s+been\b/.test(last[1]!) ? last.slice(1).join(" ") : undefined;
      if (after) points[points.length - 1] = last[0]!;
      out.push({ stem: `${stem} ${content}`.trim(), points: task ? [task[1]!, ...points] : points, start: i, end, head, tail: after });
      i = end;
      // "(2) that the risk assessment … be published …;" / "and that the Chief Officer – Finance and Performance provide
      // members …" (Rugby): a decision of its own after the list, out of line, which the list's stem does not head.
      const below = blocks[end + 1];
      if (below && !below.marker && !below.cells && /^and\s+that\s/i.test(below.text) && /[;,]\s*(?:and)?$/.test(points.at(-1)!)) {
        out.push({ stem: "RESOLVED", points: [below.text.replace(/^and\s+/i, "")], start: end + 1, end: end + 1 });
        i = end + 1;
      }
    }
  }
  return out;
}

// "(1) That the report be noted." after "RESOLVED –"; "to (a) note …" after "agreed"; "1. That …" (Tewkesbury's
// "RESOLVED          1. That the Performance Report …", "2. That …" below).
// "RESOLVED:     A.   That the report be noted." over "B.", "C." (West Lancashire) too.
const FIRST_LIMB = /^(?:(to|that)\s+)?(?:\((?:1|a|i)\)|1[.)]|a[.)])\s+(.*)$/i;
/** The style of the first limb's label: "(1)", "1." a number, "(a)", "a)" a letter, "(i)" a Roman numeral. */
const limbStyle = (content: string): Marker["style"] => /^(?:(?:to|that)\s+)?\(?1/i.test(content) ? "number" : /^(?:(?:to|that)\s+)?\(i\)/i.test(content) ? "roman" : "letter";

/** A stem in which someone other than the committee is to pass on what follows ("the Chair write to … setting out the following"). */
// Not "that the final report of the … Task Group be endorsed and that the following recommendations be submitted …" (Wyre):
// "report" there is the noun.
const CONVEY_FOLLOWING = /^that\s+((?:the\s+)?(?!(?:committee|panel|board|commission|sub-committee|following)\b)[A-Z]?[\w'&-]+(?:\s+[\w'&-]+){0,5}?\s+(?:report|write|convey|submit|send|forward|present|feed\s+back)\b(?!\s+(?:of|be)\b)[^:]{0,200}?\bthe\s+following\b[^:]{0,200}?)\s*:-?$/i;

/** "2" for a stem numbered "2.0" (a report's section), whose list is "2.1", "2.2". */
function sectionOf(b: Block): string | null {
  return b.marker?.style === "outline" && /^\d+\.0$/.test(b.marker.label) ? b.marker.label.split(".")[0]! : null;
}

/** "that (a) the report be noted; and (b) officers report back" as two points; so too "that A, and that B". */
function splitInline(content: string): { stem: string; points: string[] } {
  const re = /(?:^|[\s;:,])\(([a-z]|[ivx]{1,4}|\d{1,2})\)\s+/g;
  const starts: { at: number; len: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(content))) starts.push({ at: m.index, len: m[0].length });
  if (starts.length < 2) {
    // "to note the report; to recommend …; and that an update be brought …": one decision per clause.
    // "… that the correspondence be noted, that the Clerk reply to the resident …, and that …" (Wisbech): after what was only
    // noted or approved, a comma alone may part the next decision.
    const parts = content.split(/(?:[,;]\s+|\s+)and\s+(?=that\s)|;\s+(?:and\s+)?(?=(?:that|to)\s)|(?<=\bbe\s+(?:noted|received|approved|accepted|adopted)),\s+(?=that\s+the\s+[A-Z])/i);
    return { stem: "", points: parts.length > 1 && parts.length <= 6 ? parts : [content] };
  }
  const points = starts.map((s, k) => content.slice(s.at + s.len, starts[k + 1]?.at ?? content.length).trim()).filter(Boolean);
  return { stem: content.slice(0, starts[0]!.at).trim(), points };
}


/** The list after a stem: one point per list block; sub-items join their parent, except the recommendations a
 *  point introduces ("… the following recommendations:"), which are points of their own; a split point is rejoined. */
function collectList(blocks: Block[], from: number, section: string | null = null, paragraph: Marker | null = null, seed: { text: string; style: Marker["style"] } | null = null): { points: string[]; end: number } {
  const points: string[] = seed ? [seed.text] : [];
  let style: Marker["style"] | null = seed?.style ?? null;
  let lastLetter = "";
  let intro: { index: number; text: string } | null = null;
  let end = from - 1;
  for (let j = from; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.cells) break;
    // "2.0 Recommendations" in a quoted report lists "2.1", "2.2"; "3.0 Main Report" is the next section.
    if (section !== null && b.marker?.style === "outline" && b.marker.label.split(".")[0] !== section) break;
    // "10.5 RESOLVED to RECOMMEND to Cabinet … that:" over "a)", "b)", "c)", then "10.6 RESOLVED that …" (Forest of Dean):
    // the next numbered paragraph, not another point.
    if (paragraph?.style === "outline" && style !== null && style !== "outline" && b.marker?.style === "outline" && b.marker.label.split(".").length === paragraph.label.split(".").length) break;
    // "37.8 Members noted that a budget scrutiny training session … had been arranged" after "(a)" to "(c)" (Babergh), the
    // stem itself unnumbered: the item's paragraphs are numbered so above it, and this is the next of them.
    if (style !== null && style !== "outline" && b.marker?.style === "outline" && blocks.slice(0, from).some((x) => x.marker?.style === "outline" && x.marker.label.split(".")[0] === b.marker!.label.split(".")[0] && x.marker.label.split(".").length === b.marker!.label.split(".").length)) break;
    let marker = b.marker;
    if (marker?.style === "roman" && (style === "letter" || intro) && marker.label.length === 1 && nextLetter(lastLetter) === marker.label) {
      marker = { style: "letter", label: marker.label };
    }
    if (!marker) {
      const nextIsPoint = blocks[j + 1]?.marker != null;
      const first = points.length === 0;
      // The first point may have lost its bullet; a paragraph between two points continues the one before.
      if (first && (/^[a-z]/.test(b.text) || nextIsPoint || /[;,]\s*(?:and|or)?$/.test(b.text))) {
        points.push(b.text);
        end = j;
        continue;
      }
      // "2. The Panel made the following additional recommendation to Cabinet on 3rd February 2026:" over "That Cabinet
      // consider …" (King's Lynn and West Norfolk): what the point introduces, in a paragraph of its own.
      if (!first && /:-?$/.test(points[points.length - 1]!) && /^that\b/i.test(b.text)) {
        const intro = points[points.length - 1]!;
        points[points.length - 1] = RECOMMENDATION_INTRO.test(intro) ? `${SUB_MARK}${intro.slice(0, 300)}\u0001${b.text}` : collapse(`${intro} ${b.text}`);
        end = j;
        continue;
      }
      // "(b) That future quarterly reports include …" / "ACTION: Head of Health, Safety and Wellbeing" / "(c) …" (Avon Fire
      // Authority): who acts on the point above, and the list goes on.
      if (!first && nextIsPoint && /^actions?\s*:\s*\S.{0,80}$/i.test(b.text)) {
        points[points.length - 1] = `${points[points.length - 1]} [Action: ${b.text.replace(/^actions?\s*:\s*/i, "")}]`;
        end = j;
        continue;
      }
      // "(1) THAT the following dates of Authority meetings for 2026/27 be agreed …:" over "Thursday, 25th June, 2026" and four
      // more such lines, then "(2) THAT a report …" (North London Waste Authority): what the point lists, unmarked; the list goes on.
      if (!first && /:-?$/.test(points[points.length - 1]!) && b.lines === 1 && b.text.length <= 80) {
        let k = j;
        while (k < blocks.length && k - j < 15 && !blocks[k]!.marker && !blocks[k]!.cells && blocks[k]!.lines === 1 && blocks[k]!.text.length <= 80) k++;
        if (blocks[k]?.marker?.style === style) {
          points[points.length - 1] = collapse(`${points[points.length - 1]} ${blocks.slice(j, k).map((x) => x.text).join("; ")}`);
          end = k - 1;
          j = k - 1;
          continue;
        }
      }
      if (!first && nextIsPoint && !/[.]$/.test(points[points.length - 1]!)) {
        points[points.length - 1] = collapse(`${points[points.length - 1]} ${b.text}`);
        end = j;
        continue;
      }
      break;
    }
    if (style === null) style = marker.style;
    end = j;
    if (marker.style === "letter") lastLetter = marker.label;
    if (marker.style === style) {
      intro = null;
      const limbs = runOnLimbs(b.text, marker);
      points.push(...limbs.texts);
      if (limbs.last) lastLetter = limbs.last;
      continue;
    }
    const parent = points[points.length - 1];
    if (intro || (parent !== undefined && (RECOMMENDATION_INTRO.test(parent) || ADDITIONS_INTRO.test(parent)))) {
      if (!intro) { intro = { index: points.length - 1, text: parent! }; points.pop(); }
      points.push(`${SUB_MARK}${intro.text.slice(0, 300)}\u0001${b.text}`);
    } else if (parent !== undefined && (/:\s*$/.test(parent) || isSubStyle(style, marker.style) || parent.startsWith(SUB_MARK))) {
      points[points.length - 1] = collapse(`${parent} (${marker.label === "•" ? "-" : marker.label}) ${b.text}`);
    } else {
      points.push(b.text);
    }
  }
  return { points, end };
}

/** "(b) that X arrange a briefing …; and (c) that the Chair write …": the next limb, where a line's wrap left it
 *  mid-line, is a point of its own. Only the label that comes next counts ("(c)" after "(b)"), as "(i)" would not. */
function runOnLimbs(text: string, marker: Marker): { texts: string[]; last: string | null } {
  if (marker.style !== "letter" && marker.style !== "number") return { texts: [text], last: null };
  const texts: string[] = [];
  let label = marker.label;
  let rest = text;
  for (;;) {
    const next = marker.style === "letter" ? nextLetter(label) : String(Number(label) + 1);
    const at = rest.search(new RegExp(String.raw`;\s+(?:and\s+)?\(${next}\)\s+\S`));
    if (at < 0) break;
    texts.push(rest.slice(0, at + 1).trim());
    rest = rest.slice(at + 1).replace(/^\s+(?:and\s+)?\(\w+\)\s+/, "");
    label = next;
  }
  texts.push(rest);
  return { texts, last: marker.style === "letter" && texts.length > 1 ? label : null };
}

/** Roman numerals under letters, and letters under numbers, are sub-items. */
function isSubStyle(parent: Marker["style"] | null, child: Marker["style"]): boolean {
  return (parent === "letter" && child === "roman") || (parent === "number" && (child === "letter" || child === "roman"));
}

const nextLetter = (l: string) => (l ? String.fromCharCode(l.charCodeAt(0) + 1) : "a");

/** A point that introduces recommendations whose sub-items are each tracked on their own. */
// "a) the following recommendations be submitted to Cabinet for consideration at its meeting on 20 January 2026:-" (Ashfield).
export const RECOMMENDATION_INTRO = /\brecommend(?:s|ed|ations?)?\b[^:]*(?::-?|\s[–—-])\s*$|\b(?:be\s+)?recommended\s+to\s*:?\s*$/i;
/** "the Work Programme be approved, subject to the addition of: (i) …; (ii) …": each addition is an entry. */
/** So is "… the work programme …, subject to the following amendments:", or "… subject to the following:" (Torbay). */
/** And "(b) agreed that the following items be added to the work plan:" over "(i) …", "(ii) …" (Glasgow). */
const ADDITIONS_INTRO = /\b(?:work\s*programme|forward\s+plan|planner)\b[^:]{0,80}\b(?:(?:addition|inclusion)s?\s+of|subject\s+to(?:\s+the\s+following(?:\s+(?:amendments?|additions?|changes?|being\s+(?:added|included)))?)?)\s*:-?\s*$|\bthe\s+following\b[^:]{0,40}\bbe\s+(?:added|included)\s+(?:to|in|on)\s+(?:the\s+|its\s+)?(?:[\w']+\s+){0,2}(?:work\s*(?:programme|plan)|forward\s+plan|planner)\s*:-?\s*$/i;
/** Marks a sub-point split from its parent: "\u0002<parent>\u0001<point>". */
export const SUB_MARK = "\u0002";

/** A sub-point with the parent that introduced it, as splitSubPoint reads it back. */
export const joinSubPoint = (parent: string, text: string) => `${SUB_MARK}${parent}\u0001${text}`;

/** A split sub-point's own words and the parent that introduced it. */
export function splitSubPoint(point: string): { parent: string | null; text: string } {
  if (!point.startsWith(SUB_MARK)) return { parent: null, text: point };
  const cut = point.indexOf("\u0001");
  return { parent: point.slice(1, cut), text: point.slice(cut + 1) };
}


