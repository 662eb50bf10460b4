// The meeting itself: its date, time and place from the opening lines ("Minutes of the meeting of
// … held at <place> on Monday 16 March 2020 at 10.15 am", or "Date:", "Time:", "Venue:" lines),
// and the date of the next meeting from wherever the minutes give it.
import type { Block } from "./blocks.js";
import type { ItemBlocks } from "./structure.js";
import { SCHEDULE_OF_MEETINGS, findDates, parseTime, rangeStart } from "./dates.js";
import { splitSentences } from "./sentences.js";

export interface MeetingFacts { date: string | null; time: string | null; place: string | null }

// "Commenced: 6.00pm        Terminated: 8.10pm" (Tameside) gives the start as plainly as "Time:".
// "Time of Commencement: 7.00 pm" (Newcastle-under-Lyme) too.
// "Date and Time:           Tuesday 11 November 2025 at 7.00 pm" (Hart) too.
const LABEL = /^(date(?:\s+(?:and|&)\s+time)?|meeting\s+date|time(?:\s+commenced|\s+of\s+commencement)?|start\s+time|start|commenced|at|place|venue|location|where)\s*[:\-–]\s*(.+)$/i;
// "Date        Tuesday, 25 November 2025" over "Time        6.00 pm" (Folkestone and Hythe): a label and its value with only
// the gap between them.
const BARE_LABEL = /^(date|time)\s+((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?))\s*$/i;
const HELD_AT = /\bheld\s+(?:at|in)\s+(.{3,200}?)\s*,?\s+on\s+(?:\w+day\b,?\s*)?\d/i;
const HELD_REMOTE = /\bheld\s+((?:remotely|virtually|online|as\s+an?\s+(?:remote|virtual|online|hybrid)\s+meeting)(?:\s+(?:via|using|on|through)\s+[A-Z][\w ]{1,40}?)?)\s*,?\s+on\s/i;
const PLACE_AFTER_TIME = /\d\s*(?:am|pm|a\.m\.|p\.m\.)\s+(?:at|in)\s+(?:the\s+)?([A-Z][^.;]{2,150})/;
const PLACE_AFTER_DATE = /\b\d{4}\s+(?:at|in)\s+(?:the\s+)?([A-Z][^.;]{2,150})/;
// "Motherwell, 20 November 2025 at 2 pm." (North Lanarkshire) opens with the place.
// "13/11/2025 at 6.00 pm" under the committee's name (Oldham) says when it met as plainly as "held on".
// So does "COUNCIL CHAMBER, WOODHILL HOUSE, ABERDEEN, 5 MARCH 2026 AT 10.00 AM" (Aberdeenshire), the place in parts.
// "Health and Social Wellbeing Overview and Scrutiny Commission 16th January, 2026" (Hull), the committee's name over
// the date with no blank line between them, reads as one line; so does Walsall's "… Committee Thursday 15 January 2026 at 6.00 p.m.".
const HEADER_DATE_OK = /\b(?:Committee|Commission|Panel|Board|Forum|Sub-Committee)\s+(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\b|^[A-Z][a-z'’.-]+(?:,?\s+[A-Z][a-z'’.-]+){0,8},\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\b|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$|\b\d{1,2}\/\d{1,2}\/\d{4}\s+at\s+\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)|\bheld\b|\bminutes\b|\bmeeting\b|\bdecisions\s+of\b|^(?:\w+day\b)|^\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4}/i;

// "PERFORMANCE, ASSETS AND STRATEGY OVERVIEW AND        27 January 2026" (Cambridge): the committee's name in capitals
// with the date set right beside it, which pdftotext runs into one line.
const CAPITALS_THEN_DATE = /^[A-Z][A-Z ,&'’()-]{8,}?\s\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\b/;

export function readHeader(header: Block[]): MeetingFacts {
  const facts: MeetingFacts = { date: null, time: null, place: null };
  const blocks = header.slice(0, 60);
  for (const b of blocks) {
    // "Date: Tuesday 20th January, 2026        Time: 10.00 a.m." (Blaenau Gwent): two labels on a line; "HELD: Thursday, 27
    // November 2025     Start: 7.00 pm" (West Lancashire) too.
    for (const part of (b.cells ?? [b.text]).flatMap((t) => t.split(/(?<!\b(?:and|&))\s+(?=(?:Date|Time|Start(?:\s+[Tt]ime)?|Finish|Place|Venue|Location)\s*:\s)/))) {
      const m = LABEL.exec(part) ?? BARE_LABEL.exec(part);
      if (!m) continue;
      const label = m[1]!.toLowerCase();
      if (label.includes("date") && !facts.date) {
        const d = findDates(m[2]!, "1900-01-01", { requireYear: true }).find((x) => x.precision === "day");
        // "Meeting Date:     Tuesday, 27 January 2026, starting at 6.30 pm" (Ribble Valley): the time after it.
        if (d) { facts.date = d.date; facts.time ??= d.time ?? timeAfter(m[2]!.slice(d.index)); }
      } else if (label.includes("time") || label === "start" || label === "commenced") facts.time ??= parseTime(m[2]!);
      // "Meeting: 12 January 2026" over "At: 6.00 pm" (Stockport); "At: Town Hall" is a place.
      else if (label === "at" && parseTime(m[2]!)) facts.time ??= parseTime(m[2]!);
      else facts.place ??= cleanPlace(m[2]!);
    }
  }
  // "MINUTES OF THE … MEETING HELD ON 21 JANUARY 2026" is the meeting's date even below a box that gives another
  // (Shropshire's front box shows the meeting the minutes go to).
  // Not "B. The Minutes of the meeting held on 14 November 2025" in a list of the papers before the meeting (Worcestershire).
  // Nor "Resolved – That the minutes of the proceedings of the meeting of the panel held on 10 December 2025 …" below.
  const heldOn = facts.date ? -1 : blocks.findIndex((b, k) => /\bheld\s+on\b/i.test(b.text) && !b.marker && !/^The\s+[Mm]inutes\s+of\s+the\s+meeting\s+held\s+on\b/.test(b.text) &&
    !(k > 2 && /\b(?:that|the)\s+(?:draft\s+)?minutes\s+of\s+the\s+(?:\w+\s+){0,8}?held\s+on\b/i.test(b.text)) && findDates(b.text.slice(0, 1000), "1900-01-01", { requireYear: true }).some((d) => d.precision === "day"));
  // "Advance Copy: … cannot do this until the next meeting on 20 January 2026" over the minutes (South Tyneside), with that
  // day again in the agenda pack's running head: the next meeting's day is not this one's.
  // So is "DRAFT - subject to ratification at the meeting on 17th March 2026" under the opening (Church Stretton).
  const nextDays = new Set(blocks.flatMap((b) => {
    const m = NEXT.exec(b.text) ?? /\b(?:ratification|confirmation|approval|signature)\s+(?:at|by)\s+(?:the\s+)?(?:next\s+)?meeting\b/i.exec(b.text);
    return m ? findDates(b.text.slice(m.index, m.index + 200), "1900-01-01", { requireYear: true }).map((d) => d.date) : [];
  }));
  const order = blocks.map((_b, k) => k);
  if (heldOn > 0) order.unshift(...order.splice(heldOn, 1));
  for (const k of order) {
    const b = blocks[k]!;
    const text = b.text.slice(0, 1000);
    if (!facts.date && (HEADER_DATE_OK.test(text) || CAPITALS_THEN_DATE.test(text))) {
      const d = findDates(text, "1900-01-01", { requireYear: true }).find((x) => x.precision === "day" && !nextDays.has(x.date));
      if (d) {
        facts.date = d.date;
        // A capitalised opening that a PDF wrapped may put "AT 6.00 P.M." on the next line, a block of its own.
        // Or end "… 28 NOVEMBER 2025 AT" over "10.00 AM IN THE COUNCIL CHAMBER" (Fife).
        // Or "8 DECEMBER 2025" over "10.00 – 12.40" (Mid and West Wales): the meeting's times, a line of their own.
        // (pdftotext may leave "10.00" read as a paragraph's number, the rest its text.)
        const below = blocks[k + 1] ? `${blocks[k + 1]!.marker?.style === "outline" ? `${blocks[k + 1]!.marker!.label} ` : ""}${blocks[k + 1]!.text}`.trim() : "";
        const nextRange = /^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*[-–]\s*\d{1,2}[.:]\d{2}\b/i.test(below) ? rangeStart(below) ?? clockRange(below) :
          // "Monday, 24 November 2025" over "6.00 pm" alone (Wirral's Pensions Committee).
          /^\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)$/i.test(below) ? parseTime(below) : null;
        // Or "… HELD ON TUESDAY 20TH JANUARY 2026" over "IN THE COUNCIL CHAMBER, TOWN HALL, MARKET PLACE, WINCANTON AT 7.00PM" (Wincanton,
        // Ilminster's "… AT 19:30 HRS"): the place and the time, a line of their own.
        const placeThenTime = blocks[k + 1] !== undefined && blocks[k + 1]!.text.length <= 160 && /^in\s+the\s/i.test(blocks[k + 1]!.text) && /\bat\s+\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?|hrs)?\.?$/i.test(blocks[k + 1]!.text);
        const wrapped = blocks[k + 1] && (/^(?:at|commencing|starting|from)\s|\b(?:commencing|starting)\s+at\b/i.test(blocks[k + 1]!.text) || placeThenTime ||
          (/\bat$/i.test(text.trimEnd()) && /^\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)(?:\s|$)/i.test(blocks[k + 1]!.text))) ? ` ${blocks[k + 1]!.text}` : "";
        // "20 January 2026 (7.00 - 9.40 pm)" (Havering): the range's start, not the "9.40 pm" a parser reads as the time.
        // "27 January 2026 SCRUTINY COMMITTEE 5.30 - 8.55 pm" (Cambridge): the rest of the name in capitals between them.
        // "… held on Thursday, 22 January, 2026 in the Council Chamber, … Hailsham (10.00 a.m. to 1.07 p.m.)" (Wealden).
        const bracketed = /\((\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:to|[-–])\s*\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?))\)/i.exec(text.slice(d.index));
        // "THURSDAY, 6TH NOVEMBER 2025 (6.00 PM)" (Wyre Forest): the start alone in brackets.
        const bracketedStart = /^\s*\((\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?))\)/i.exec(text.slice(d.index + d.text.length));
        facts.time ??= rangeStart(text.slice(d.index + d.text.length, d.index + d.text.length + 60).replace(/^\s+[A-Z][A-Z ,&'’-]*\s(?=\(?\d)/, "")) ?? d.time ?? timeAfter(text.slice(d.index) + wrapped) ?? (bracketed ? rangeStart(bracketed[1]!) : null) ?? (bracketedStart ? parseTime(bracketedStart[1]!) : null) ?? nextRange;
      }
    }
    if (!facts.place) facts.place = placeIn(text);
    if (facts.date && facts.place) break;
  }
  // A capitalised opening wrapped by a PDF ("… ON THURSDAY 5 OCTOBER" / "2023 AT 10.00 AM") is split into
  // lines that each look like a heading: the date, and the words that say it is the meeting's, may span three.
  for (let i = 0; !facts.date && i + 1 < blocks.length; i++) {
    const text = blocks.slice(i, i + 3).map((b) => b.text).join(" ").slice(0, 1000);
    if (!HEADER_DATE_OK.test(text)) continue;
    const d = findDates(text, "1900-01-01", { requireYear: true }).find((x) => x.precision === "day");
    if (d) {
      facts.date = d.date;
      facts.time ??= d.time ?? timeAfter(text.slice(d.index));
      if (!facts.place) facts.place = placeIn(text);
    }
  }
  // "19 January 2026" alone at the top right, over "MINUTES OF THE MEETING … ON MONDAY 19" / "JANUARY 2026 AT 7.30PM" (South Woodham
  // Ferrers): the date came from the line that has no time; the opening, wrapped, says the same day and when.
  for (let i = 0; facts.date && !facts.time && i + 1 < Math.min(blocks.length, 12); i++) {
    const text = blocks.slice(i, i + 3).map((b) => b.text).join(" ").slice(0, 1000);
    if (!/\b(?:held|meeting)\b/i.test(text)) continue;
    const d = findDates(text, "1900-01-01", { requireYear: true }).find((x) => x.precision === "day" && x.date === facts.date);
    if (d) facts.time = d.time ?? timeAfter(text.slice(d.index));
  }
  // "Commenced 1630" / "Concluded 1914" (Bradford), the start on the twenty-four hour clock with nothing after it;
  // or the start and end as a range.
  for (const b of facts.time ? [] : blocks.slice(0, 15)) {
    const m = /^(?:meeting\s+)?(?:commenced|started|began|start)\s*:?\s*(?:at\s+)?([01]\d|2[0-3])[.:]?([0-5]\d)\b/i.exec(b.text);
    if (m) { facts.time = `${m[1]}:${m[2]}`; break; }
    // "(2.00 – 4.41 pm)" under the date (Newcastle).
    const range = rangeStart(b.text);
    if (range) { facts.time = range; break; }
  }
  // A "Date | Time | Venue" table flattened to one cell a line: the labels, then "Monday, 19 January 2026", then "10:00".
  const timeLabel = facts.time ? -1 : blocks.findIndex((b) => /^time$/i.test(b.text.trim()));
  for (const b of timeLabel < 0 ? [] : blocks.slice(timeLabel + 1, timeLabel + 8)) {
    if (/^\d{1,2}[:.]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?))?$/i.test(b.text.trim())) { facts.time = parseTime(b.text.trim()); break; }
  }
  // Below a long attendance list: "Meeting held at 6.00pm in Committee Room 3" (Wolverhampton), "10.00 am, Oak Room,
  // County Buildings" (Staffordshire), "… County Hall, Carmarthen and remotely: 10.00 am - 12.55 pm".
  for (const b of facts.time ? [] : blocks) {
    // "The panel met at Church Square House, Scunthorpe, at 4.00 pm." (North Lincolnshire) too.
    // "Held at 7.00 pm in the Council Chamber, Rushcliffe Arena" under the date (Rushcliffe) too.
    // "Minutes of the meeting of the Overview and Scrutiny Committee held at 6.00pm in the Jeffrey Room" (Northampton) too.
    // "The meeting was held at 10.00 am in the Oak Room" (Staffordshire), "The meeting was held in Committee Room 2, Shire Hall,
    // Warwick and commenced at 2.00pm." (Warwickshire) too.
    const at = /(?:\bmeeting\s+(?:was\s+)?(?:of\s+(?:the\s+)?(?:[\w&'-]+\s+){1,8})?|^)held\s+at\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?))/i.exec(b.text) ??
      /\bmeeting\s+was\s+held\b[^.]{0,150}?\band\s+(?:commenced|started|began)\s+at\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?))/i.exec(b.text) ?? /^(\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)|[01]\d:[0-5]\d)\s*,/i.exec(b.text) ??
      /^the\s+(?:committee|panel|board|sub-committee|commission)\s+(?:met|convened)\b[^.]{0,100}?\bat\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?))/i.exec(b.text) ??
      // "Held in the Whickham Room, Civic Centre, Gateshead at 2.00 pm" under the date (Northumbria Police and Crime Panel).
      /^held\s+in\s+[^.]{3,150}?\s+at\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?))\s*\.?$/i.exec(b.text) ??
      // "Meeting held in Committee Room 1, City Chambers, …, and by remote video-conference, at 10am." (Glasgow).
      /(?:^|\.\s+)(?:the\s+)?meeting\s+held\s+in\s+[^.]{3,200}?,?\s+at\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?))\s*\.?$/i.exec(b.text) ??
      // "… HELD IN CONFERENCE ROOM 1, BLACKBURN TOWN HALL, COMMENCING AT 4.00 PM" (Lancashire); "… County Hall, Carmarthen. SA31
      // 1JP and remotely - 10.00 am - 12.55 pm" (Dyfed-Powys), the place, then the start and the end.
      // "… Butterley Hall, Ripley commencing at 1000 hours on Thursday 4 December 2025" (Derbyshire Fire and Rescue Authority).
      /\b(?:commencing|starting)\s+at\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|[01]\d[.:]?[0-5]\d\s*(?:hours|hrs)\b)/i.exec(b.text) ??
      // "… held at Headquarters, Church Lane, Lewes, BN7 2DZ at 10:00 hours on Thursday 13 November 2025." (East Sussex).
      /\bat\s+([01]\d[.:]?[0-5]\d\s*(?:hours|hrs))\s+on\s+(?:[A-Z][a-z]+day,?\s+)?\d/i.exec(b.text) ??
      /\s[-–]\s+(\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?))\s*[-–]\s*\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)\s*$/i.exec(b.text);
    const time = at ? parseTime(at[1]!) : rangeStart(/:\s*(\d{1,2}[.:]\d{2}[^:]*)$/.exec(b.text)?.[1] ?? "");
    if (time) { facts.time = time; break; }
  }
  // "WEDNESDAY, 21 JANUARY 2026" alone, then "… HELD ON WEDNESDAY 21 JANUARY 2026 AT 1000 HOURS" (or a wrapped
  // "ON THURSDAY, 12th FEBRUARY, 2026 AT 5.15 P.M."): the time is in the second.
  for (const [k, b] of (facts.date && !facts.time ? blocks.slice(0, 15) : []).entries()) {
    // "IRVINE, 25 November 2025 - At a Meeting of the Audit and Scrutiny Committee … at 10.00 a.m." (North Ayrshire).
    // "Monday, 1 December 2025 at 7.00 pm" on a line of its own under the committee's name (Crawley) too.
    const d = /\bheld\b|^on\s|\bat\s+a\s+meeting\s+of\b/i.test(b.text) || /\bheld\b/i.test(blocks[k - 1]?.text ?? "") || WEEKDAY_DATE_AT.test(b.text) ? findDates(b.text, "1900-01-01", { requireYear: true }).find((x) => x.date === facts.date) : undefined;
    // "… ON MONDAY, 19 JANUARY 2026" / "AT 10:00" (Bridgend): the time a line of its own.
    const wrapped = blocks[k + 1] && /^(?:at|commencing|starting)\s/i.test(blocks[k + 1]!.text) ? ` ${blocks[k + 1]!.text}` : "";
    // "HELD IN THE COUNCIL CHAMBER, QUAY HOUSE AT 7.00 P.M. ON TUESDAY" over "13th JANUARY 2026" (Kingsbridge): the time before the
    // day, on the line the date wrapped from.
    const before = d && k > 0 && /\bheld\b[^\n]*\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day,?$/i.test(blocks[k - 1]!.text) ? /\bat\s+(\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?))/i.exec(blocks[k - 1]!.text) : null;
    if (d) { facts.time = d.time ?? timeAfter(b.text.slice(d.index) + wrapped) ?? (before ? parseTime(before[1]!) : null); if (facts.time) break; }
  }
  // "12 December 2025" alone, then "Meeting held at 10:00 in the Board Room, …" (the Humber Bridge Board): the time with the place.
  if (facts.date && !facts.time) {
    const held = blocks.slice(0, 15).map((b) => /^(?:the\s+)?meeting\s+(?:was\s+)?held\s+at\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)(?=\s|,|$)/i.exec(b.text)).find((m) => m !== null);
    if (held) facts.time = parseTime(held[1]!) ?? null;
  }
  return facts;
}

const WEEKDAY_DATE_AT = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4},?\s+(?:at|commencing\s+at)\s+\d/i;

function placeIn(text: string): string | null {
  const held = HELD_AT.exec(text);
  // "held at 10.00 am on 21 September 2023 at Woodhatch Place": the first "at" is the time.
  const m = (held && !/^\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?$/i.test(held[1]!.trim()) ? held : null) ?? HELD_REMOTE.exec(text) ??
    (/\bheld\b/i.test(text) ? PLACE_AFTER_TIME.exec(text) ?? PLACE_AFTER_DATE.exec(text) : null);
  return m ? cleanPlace(m[1]!) : null;
}

function timeAfter(text: string): string | null {
  // "… at 10.00 am", and "Friday, 16 January 2026, County Hall, Worcester - 10.00 am" (Worcestershire).
  // Not the end of a range: "Time:   10.00am – 12.30pm" (Leicester and Leicestershire) starts at 10.00, its first time.
  // "… at 09.30 hrs in the Board Room" (the Port of Milford Haven) too.
  // "THURSDAY 30 OCTOBER 2025 @ 1000 HRS" (the Scottish Fire and Rescue Service Board): "@" for "at".
  // "Held on Thursday 8th January 2026, commencing 7.30 pm. in the Village Hall." (Lavenham): "commencing" alone.
  const m = /(?:\b(?:at|commencing(?:\s+at)?|starting\s+at|from)|@)\s*:?\s+([\d.:]+\s*(?:a\.?m\.?|p\.?m\.?|noon|hours?|hrs)?)|\b(?:time|start)\s*:?\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?))|(?<!\d[.:]\d{2}\s*(?:[ap]\.?m\.?)?)\s[-–]\s+(\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?))/i.exec(text.slice(0, 200));
  const time = m ? parseTime(m[1] ?? m[2] ?? m[3]!) : null;
  if (time) return time;
  // "… Henley-on-Thames RG9 6RP commencing at 10.00" (Chilterns Conservation Board): a start with neither "am" nor "hours",
  // read only where it can be nothing but the day's (from eight in the morning on).
  const bare = /\b(?:commencing|starting)\s+at\s+(\d{1,2})[.:](\d{2})(?![\d.:]|\s*(?:a\.?m|p\.?m))/i.exec(text.slice(0, 200));
  return bare && Number(bare[1]) >= 8 && Number(bare[1]) <= 23 && Number(bare[2]) <= 59 ? `${bare[1]!.padStart(2, "0")}:${bare[2]}` : null;
}

function cleanPlace(place: string): string | null {
  // "in the Village Hall at 7.30pm": the time after the place is not part of it.
  const p = place.replace(/^(?:the)\s+/, "").replace(/\s+(?:at|from|commencing\s+at)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|noon)?.*$/i, "").replace(/[\s,.;:\-–]+$/, "").trim();
  return p.length >= 2 ? p.slice(0, 200) : null;
}

// "the next committee meeting on Friday 6 March 2026" (Newport) as well.
const NEXT = /\bnext\s+(?:ordinary\s+|scheduled\s+|committee\s+|panel\s+|board\s+)?meeting\b|\bwill\s+next\s+meet\b|\bnext\s+meet(?:s|ing)?\b/i;

/** The next meeting: from an item about it first, else a sentence that names it with a date. */
const EXTRA_MEETING = /\b(?:additional|extraordinary|special)\s+meeting\b(?!\s+of\s+(?:the\s+)?(?:full\s+)?(?:council|cabinet|executive)\b)[^.]{0,60}?\b(?:scheduled|arranged|to\s+be\s+held|will\s+be\s+held)\s+(?:for|on)\b/i;

export function readNextMeeting(items: ItemBlocks[], after: Block[], meetingDate: string, header: Block[] = []): { date: string; time: string | null } | null {
  // "14 Dyddiad y cyfarfod nesaf" over "Date of next meeting" (Aberystwyth, Welsh first): the English heading inside the item.
  // "DATE AND VENUE OF FUTURE JIAC MEETINGS" (Northamptonshire's joint audit committee) too.
  const own = items.filter((i) => /next\s+(?:\w+\s+)?meeting|future\s+(?:\w+\s+)?meeting|dates?\s+of\s+(?:the\s+)?next/i.test(i.title) ||
    i.blocks.some((b) => /^dates?\s+of\s+(?:the\s+)?next\s+meeting\s*:?$/i.test(b.text)));
  for (const item of own.reverse()) {
    // "Date of next programmed meeting - Thursday 14 March 2024": some give it in the title alone.
    const text = [item.title, ...item.blocks.map((b) => b.text)].join(" ").slice(0, 1000);
    // "… the Joint Meeting … on Monday, 2 February 2026. It was noted that the next meeting of the … Committee would be
    // held on Wednesday, 4 March 2026" (Peterborough): the sentence that names the next meeting, where one does.
    const named = item.blocks.flatMap((b) => splitSentences(b.text)).filter((s) => NEXT.test(s)).map((s) => firstFutureDay(s.slice(s.search(NEXT)), meetingDate)).find(Boolean);
    const found = named ?? firstFutureDay(text, meetingDate);
    // "All meetings will … start at 6.00 pm unless otherwise stated" over the list of dates (Oxford); "… the dates of future
    // meetings of the Committee, all to be held at 1.00pm at the Tootal Buildings, be noted" (Greater Manchester).
    // "… the dates of future meetings, all to be held at Shire Hall, Gloucester, commencing at 10.00 am:" (Gloucestershire) too.
    const allStart = /\b(?:all\s+)?meetings\b[^.]{0,120}?\b(?:start|begin|commence|commencing|starting|be\s+held)\s+at\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?))/i.exec(text);
    if (found) return found.time === null && allStart ? { ...found, time: parseTime(allStart[1]!) } : found;
  }
  const sentences = [...items.flatMap((i) => i.blocks), ...after.slice(0, 6)].flatMap((b) => splitSentences(b.text)).filter((s) => NEXT.test(s)).reverse();
  // "… raise Members' concerns at the Panel's next meeting on 5 December 2025" (Tewkesbury, of the Police and Crime Panel):
  // a body's own next meeting may be another body's, so it counts only when no sentence names the next meeting plainly.
  // So is "The group would next meet on 28th January 2026" (Redditch, of a working group reporting to the committee).
  const another = (s: string) => /'s\s+next\s+(?:\w+\s+)?meeting\b|\b(?:group|party)\s+(?:would|will|was\s+due\s+to|is\s+due\s+to)\s+next\s+meet\b/i.test(s);
  // "Winter planning to be considered at the next meeting on 19 September 2024" states the date as plainly as "will be held".
  for (const s of [...sentences.filter((x) => !another(x)), ...sentences.filter(another)]) {
    // "… attend the next meeting of the Committee on 12 May 2026" names it as plainly.
    // "Date of next meeting Thursday, 22 January 2026 at 1.00 pm" (Merseyside Fire and Rescue Authority): a label, its colon lost.
    if (!/\b(?:is|was|will\s+be|would\s+be|be\s+held|take\s+place|scheduled|meet|:)\b|:|\bnext\s+(?:committee\s+|panel\s+|board\s+)?meeting\s+(?:of\s+(?:the|this)\s+[\w-]+\s+)?on\b|^dates?\s+of\s+(?:the\s+)?next\s+meeting\s+(?:\w+day\b|\d)/i.test(s)) continue;
    const found = firstFutureDay(s.slice(s.search(NEXT)), meetingDate);
    if (found) return found;
  }
  // "Approved as a correct record … in the minutes of the meeting held on 17th March 2026" closing the minutes (Caerphilly).
  for (const b of [...(items.at(-1)?.blocks ?? []), ...after].slice(-8)) {
    const m = /\bapproved\s+as\s+a\s+correct\s+record\b[^.]{0,160}?\bmeeting\s+held\s+on\b/i.exec(b.text);
    const found = m ? firstFutureDay(b.text.slice(m.index + m[0].length - 8), meetingDate) : null;
    if (found) return found;
  }
  // "… would be considered at the additional meeting already scheduled for Monday 19 January 2026 at 5.00 pm": the
  // committee's own next meeting, said another way (Isle of Wight); not an extra meeting of Council or Cabinet.
  for (const s of [...items.flatMap((i) => i.blocks), ...after.slice(0, 6)].flatMap((b) => splitSentences(b.text))) {
    const m = EXTRA_MEETING.exec(s);
    const found = m ? firstFutureDay(s.slice(m.index), meetingDate) : null;
    if (found) return found;
  }
  // Some front pages give it as a label among the opening lines ("Next meeting: Tuesday 10 September 2024").
  for (const b of header.slice(0, 60)) {
    if (/^(?:date\s+of\s+(?:the\s+)?)?next\s+meeting\s*[:\-–]/i.test(b.text)) {
      const found = firstFutureDay(b.text, meetingDate);
      if (found) return found;
    }
  }
  // "That meetings of the Integration Joint Board be held in the Council Chamber, …, at 09:30 on the following dates in 2026:" over
  // the dates (Orkney, whose minutes name no next meeting): the first of them after this one.
  for (const item of items) {
    const k = item.blocks.findIndex((b) => SCHEDULE_OF_MEETINGS.test(b.text));
    if (k < 0) continue;
    const text = item.blocks.slice(k, k + 8).map((b) => b.text).join(" ").slice(0, 1500);
    const found = firstScheduled(text, meetingDate);
    if (found) return found;
  }
  return null;
}


/** The earliest day of a schedule after the meeting, with the time the schedule gives them all ("at 09:30"). */
function firstScheduled(text: string, meetingDate: string): { date: string; time: string | null } | null {
  const days = findDates(text, meetingDate).filter((x) => x.precision === "day" && x.date > meetingDate).sort((a, b) => a.date.localeCompare(b.date));
  if (!days.length) return null;
  const at = /\bat\s+(\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?)(?=[\s,]|$)/i.exec(text.slice(0, days[0]!.index));
  return { date: days[0]!.date, time: days[0]!.time ?? (at ? parseTime(at[1]!) : null) };
}

function firstFutureDay(text: string, meetingDate: string): { date: string; time: string | null } | null {
  // "… had been rescheduled from 14 January 2026 and would now be held on Wednesday 21 January 2026" (Gosport): where it
  // moved to, not where it was.
  const days = findDates(text, meetingDate).filter((x) => x.precision === "day" && x.date > meetingDate);
  const d = days.find((x, k) => k === days.length - 1 || !/\bfrom\s+(?:\w+day,?\s+)?$/i.test(text.slice(Math.max(0, x.index - 20), x.index)));
  if (!d) return null;
  // "… agreed for 10:00 hours on 11 March 2026" (Lancashire Combined Fire Authority): the time before the day.
  const before = /(\d{1,2}[.:]\d{2}\s*(?:hours|hrs|a\.?m\.?|p\.?m\.?))\s+(?:on\s+)?(?:\w+day,?\s+)?$/i.exec(text.slice(Math.max(0, d.index - 40), d.index));
  return { date: d.date, time: d.time ?? timeAfter(text.slice(d.index + d.text.length - 1)) ?? (before ? parseTime(before[1]!) : null) };
}

// "The Meeting was held at the Civic Offices, …, commencing at 6.00pm." (South Derbyshire) and "Time of commencement: 18:30
// hours" at the foot (Gloucester) too.
// "… welcomed everyone to the meeting, which was held at Yare House, 62-64 Thorpe Road, Norwich and started at 10:00am." (Broads Authority).
const STARTED = /\b(?:duration\s+of\s+(?:the\s+)?meeting|meeting,?\s+(?:which\s+|having\s+)?(?:started|commenced|began|opened)(?:\s+at)?|meeting,?\s+which\s+was\s+held\b[^.]{0,160}?\band\s+(?:started|commenced|began)\s+at|(?:opened|commenced|started)\s+the\s+meeting\s+at|having\s+(?:commenced|started|begun)\s+at|meeting\s+was\s+held\b[^.]{0,120}?,\s+commencing\s+at|time\s+of\s+commencement)\s*:?\s*(\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|noon)|\d{1,2}[.:]\d{2}\s*(?:hours|hrs))/i;

/** "The meeting started at 6.00 pm", "Duration of the meeting: 7.00 - 9.52 pm" (the start taking the end's pm). */
function statedStart(b: Block): string | null {
  const m = STARTED.exec(b.text);
  if (m) return parseTime(m[1]!);
  const duration = /\bduration\s+of\s+(?:the\s+)?meeting\s*:?\s*(.*)$/i.exec(b.text);
  return duration ? rangeStart(duration[1]!) : null;
}

/**
 * The start time when the opening lines do not give it with the date: said under the attendance or as the first item
 * opens ("The Chairperson opened the meeting at 2.00 pm"), or at the end, perhaps above an appendix of questions
 * (Dorset's "Duration of meeting"); last, a bare range at the foot ("2.00 - 4.21 pm        CHAIRMAN").
 */
export function startTimeOutsideHeader(items: ItemBlocks[], after: Block[], header: Block[]): string | null {
  const closing = [...(items[items.length - 1]?.blocks ?? []), ...after];
  for (const b of [...header, ...(items[0]?.blocks.slice(0, 6) ?? []), ...closing.slice(-400)]) {
    const start = statedStart(b);
    if (start) return start;
  }
  for (const b of closing.slice(-12)) {
    const start = rangeStart(b.marker?.style === "outline" ? `${b.marker.label} ${b.text}` : b.text); // "2.00" reads as a paragraph number
    if (start) return start;
  }
  return null;
}

/** "10.00 – 12.40" with no am or pm: the twenty-four hour clock when it starts in the working day and ends later. */
function clockRange(text: string): string | null {
  const m = /^(\d{1,2})[.:](\d{2})\s*[-–]\s*(\d{1,2})[.:](\d{2})\b/.exec(text);
  if (!m) return null;
  const [start, end] = [Number(m[1]), Number(m[3])];
  return start >= 8 && start < end && end <= 23 ? `${String(start).padStart(2, "0")}:${m[2]}` : null;
}
