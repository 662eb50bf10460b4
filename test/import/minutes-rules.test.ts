// The rules one at a time: due dates, owners, cue phrases, item numbering and HTML.
import { describe, expect, it } from "vitest";
import { findDue } from "../../core/import/minutes/dates.js";
import { findAbbreviations, findOwner, recommendedTo } from "../../core/import/minutes/owners.js";
import { classifyPoint } from "../../core/import/minutes/cues.js";
import { agreedAfter, classifySentence } from "../../core/import/minutes/sentence-cues.js";
import { extractMinutes } from "../../core/import/minutes/extract.js";
import { splitMarker } from "../../core/import/minutes/blocks.js";
import { refHeading } from "../../core/import/minutes/heading-refs.js";
import { sendsToDatedMeeting } from "../../core/import/minutes/sent-on.js";
import { dedupe } from "../../core/import/minutes/dedupe.js";
import { position, type Candidate } from "../../core/import/minutes/candidates.js";
import { minutesSourceKey } from "../../core/import/minutes/save.js";
import { resolutionOwner } from "../../core/import/minutes/resolution-owner.js";
import { htmlToText } from "../../core/import/text/html.js";

const ctx = (over: Partial<Parameters<typeof findDue>[1]> = {}) => ({ meetingDate: "2020-11-16", nextMeeting: null, knownMeetings: [], ...over });
const due = (text: string, over?: Partial<Parameters<typeof findDue>[1]>) => findDue(text, ctx(over)).due;
// Minutes of committee "c", with the meetings we know of on its calendar.
const recommendedOwner = (t: string) => recommendedTo(t, new Map());
const opts = (knownMeetings: string[] = []) => ({ committee: "c", knownMeetings: knownMeetings.map((date) => ({ date, time: null })) });

describe("due dates", () => {
  it("makes explicit dates exact, forward from the meeting when the year is left out", () => {
    expect(due("The Clerk to circulate the figures by 31 January 2021.")).toBe("2021-01-31");
    expect(due("to provide a response by 31st Jan")).toBe("2021-01-31");
    expect(due("report back no later than 5/3/2021")).toBe("2021-03-05");
    expect(due("the allocation of an update to the meeting of the committee on 1 December")).toBe("2020-12-01");
  });

  it("gives a month alone month precision", () => {
    expect(due("report back in March 2021")).toBe("2021-03");
    expect(due("before the end of February")).toBe("2021-02");
    expect(due("by mid-January")).toBe("2021-01");
  });

  it("resolves the next meeting and 'the March meeting' against meetings we know", () => {
    expect(due("to bring an update to the next meeting", { nextMeeting: { date: "2021-01-12" } })).toBe("2021-01-12");
    expect(due("to bring an update to the next meeting")).toBeNull();
    expect(due("for consideration at the March meeting", { knownMeetings: [{ date: "2021-03-23", time: "13:00" }] })).toBe("2021-03-23");
    expect(due("for consideration at the March meeting")).toBe("2021-03");
    expect(due("a report to the June 2021 meeting of the Committee", { knownMeetings: [{ date: "2021-06-08", time: null }] })).toBe("2021-06-08");
    expect(due("be brought to the Panel's September 2021 meeting", { knownMeetings: [{ date: "2021-09-16", time: null }] })).toBe("2021-09-16");
  });

  it("never guesses: relative, past, impossible and merely mentioned dates give null", () => {
    expect(due("to circulate it within two weeks")).toBeNull();
    expect(due("to respond by Friday")).toBeNull();
    expect(due("as agreed in March 2019")).toBeNull();
    expect(due("by 31/02/2021")).toBeNull();
    expect(due("the CSO report of April 2017 to be shared")).toBeNull();
    expect(due("in the new year")).toBeNull();
    expect(due("the revised scheme with effect from 1 April 2021")).toBeNull();
  });
});

describe("owners", () => {
  const abbr = findAbbreviations("The director children and families (DCF) and the Head of Community Commissioning (HCC) attended, with CAMHS (child and adolescent mental health service).");

  it("reads defined abbreviations, and only roles among them own things", () => {
    expect(abbr.get("DCF")).toBe("director children and families");
    expect(findOwner("The DCF to circulate the figures.", abbr)).toBe("Director children and families");
    expect(findOwner("CAMHS to provide a briefing.", abbr)).toBeNull();
  });

  it("finds the role or person the text names", () => {
    expect(findOwner("the director to circulate the performance figures", abbr)).toBe("Director");
    expect(findOwner("The cabinet member will write to the minister", abbr)).toBe("Cabinet member");
    expect(findOwner("Provide the figures by ward (Action: Head of Finance)", abbr)).toBe("Head of Finance");
    expect(findOwner("Footpath 23 is blocked; Cllr Pritchard agreed to contact the landowner.", abbr)).toBe("Cllr Pritchard");
    expect(findOwner("Recommends that the executive considers a working group", abbr)).toBe("Executive");
    // "SEND" in the title is not the verb.
    expect(findOwner("That the Head of SEND Services report on travel training in March.", abbr, { resolution: true })).toBe("Head of SEND Services");
  });

  it("does not mistake things for owners", () => {
    expect(findOwner("The framework would be taken to the market in January.", abbr)).toBeNull();
    expect(findOwner("The letter from the MP would be shared with the committee.", abbr)).toBeNull();
    expect(findOwner("Members were encouraged to respond individually.", abbr)).toBeNull();
  });
});

describe("cue phrases", () => {
  it("treats noting, approving and procedure as not actions", () => {
    for (const p of ["That the report be noted.", "Notes the report and the good results", "That the minutes of the meeting held on 1 May be approved as a correct record.",
      "Approves the revised budget", "Welcomes the progress made", "To note the report.", "receives and notes the executive response (appendix b)"]) {
      expect({ p, kind: classifyPoint(p, "RESOLVED: That the committee:") }).toEqual({ p, kind: null });
    }
  });

  it("recognises requests, recommendations, letters and work programme items", () => {
    expect(classifyPoint("requests a briefing note on the mind of my own (MOMO) app.", "")).toBe("request");
    expect(classifyPoint("Recommends that the executive considers a working group on recruitment", "")).toBe("recommendation");
    expect(classifyPoint("the Chair write to the Secretary of State setting out the Committee's concerns", "")).toBe("letter");
    expect(classifyPoint("That an item on the cost of living be added to the work programme", "")).toBe("work-programme");
    expect(classifyPoint("Supports the proposals and requests further information is submitted to the committee", "")).toBe("request");
    expect(classifyPoint("an update on dental services at the January meeting", "RESOLVED that the work programme be agreed with the addition of:")).toBe("work-programme");
    expect(classifyPoint("that the work programme be approved, with the addition of an item on home education", "")).toBe("work-programme");
    expect(classifyPoint("the decision be referred back to Cabinet for reconsideration", "RESOLVED that:")).toBe("recommendation");
    expect(classifyPoint("A further update on dentistry to come to the Committee's December meeting.", "")).toBe("work-programme");
    expect(classifyPoint("That the review of allocations policy be moved to the November 2024 meeting.", "")).toBe("work-programme");
  });

  it("tells a request answered at the meeting from one to be answered after it", () => {
    expect(classifySentence("It was requested that a briefing note be shared with the committee.")?.type).toBe("strong");
    expect(classifySentence("Details of the Herefordshire Challenge were requested.")?.type).toBe("weak");
    expect(classifySentence("It was queried whether the council was funding the NLEs.")).toBeNull();
    expect(classifySentence("The DCF explained that a written response would be provided.")?.type).toBe("commitment");
    expect(classifySentence("The DCF explained that this detail could be circulated after the meeting.")).toBeNull();
    expect(classifySentence("The framework would be taken to the market in January 2021.")).toBeNull();
  });
});

describe("document structure", () => {
  const minutes = (body: string) => extractMinutes(`Minutes of the meeting held on Monday 2 November 2020 at 6.00 pm\n\n${body}`, { committee: "c" });

  it("reads item numbers in several styles", () => {
    expect(minutes("45. APOLOGIES\n\nNone.\n\n46. BUDGET\n\nNoted.").items.map((i) => i.number)).toEqual(["45", "46"]);
    expect(minutes("112 MINUTES\n\nAgreed.\n\n113 HOUSING REPAIRS\n\nNoted.").items.map((i) => i.number)).toEqual(["112", "113"]);
    expect(minutes("Item 7: Budget monitoring\nNoted.\n\nItem 8: Work programme\nNoted.").items).toEqual([{ number: "7", title: "Budget monitoring" }, { number: "8", title: "Work programme" }]);
    expect(minutes("Minute 23/45 Apologies\n\nNone.").items[0]).toEqual({ number: "23/45", title: "Apologies" });
    expect(minutes("41/20 Apologies\n\nNone.\n\n42/20 Minutes\n\nAgreed.").items.map((i) => i.number)).toEqual(["41/20", "42/20"]);
    // Headings with the first paragraph straight after them, no blank line between.
    expect(minutes("OSC/23/41 Apologies for Absence\nNone.\n\nOSC/23/42 School Place Planning\nNoted.").items.map((i) => i.number)).toEqual(["OSC/23/41", "OSC/23/42"]);
    expect(minutes("1  Welcome and apologies\nNone were sent.\n\n2  Fostering recruitment\nNoted.").items).toEqual([{ number: "1", title: "Welcome and apologies" }, { number: "2", title: "Fostering recruitment" }]);
  });

  it("does not take a numbered resolution for a new item", () => {
    const p = minutes("5. HOUSING STRATEGY\n\nRESOLVED that:\n\n1. the report be noted;\n2. the Director of Housing to circulate the void figures to members.\n\n6. WORK PROGRAMME\n\nNoted.");
    expect(p.items.map((i) => i.number)).toEqual(["5", "6"]);
    expect(p.actions).toEqual([expect.objectContaining({ item: "5", owner: "Director of Housing", kind: "request" })]);
  });

  it("tells a list's next number from the next item", () => {
    const p = minutes("1. APOLOGIES\n\nNone.\n\n2. BUDGET MONITORING\n\nRESOLVED:\n1. To note the report.\n2. To ask the Director of Finance to provide a breakdown of the overspend.\n3. Officers to circulate the savings tracker\n\n3. Work programme\n\nNoted.");
    expect(p.items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["2", "Director of Finance"], ["2", "Officers"]]);
  });

  it("reads 'AGREED' mid-paragraph, 'Recommendations to Cabinet:' lists and bare undertakings", () => {
    const p = extractMinutes(`Minutes of the Overview and Scrutiny Committee held on Wednesday 6 March 2024 at 6.30pm

7. PARKING REVIEW

The Committee considered the task group's findings. The Committee AGREED that the Head of Parking would attend the June meeting. The report was NOTED.

Recommendations to Cabinet:
1. That the Council reviews its residents' parking permit charges before April 2025.
2. That a consultation is held with businesses in the town centre.

Officers to provide a written response to Cllr Smith's question on enforcement.

Minute No. 9 - Date of next meeting
The next meeting will be on 5 June 2024.`, { committee: "c", knownMeetings: [{ date: "2024-06-05", time: null }] });
    expect(p.items.map((i) => i.number)).toEqual(["7", "9"]);
    expect(p.actions.map((a) => [a.kind, a.owner, a.due, a.text])).toEqual([
      ["action", "Head of Parking", "2024-06-05", "The Head of Parking would attend the June meeting."],
      ["recommendation", "Council", "2025-04", "The Council reviews its residents' parking permit charges before April 2025."],
      // A recommendation that names no one else is Cabinet's to answer, as the heading says.
      ["recommendation", "Cabinet", null, "A consultation is held with businesses in the town centre."],
      ["request", "Officers", null, "Officers to provide a written response to Cllr Smith's question on enforcement."],
    ]);
  });

  it("reads the next meeting and refuses minutes with no meeting date", () => {
    expect(minutes("9. DATE OF NEXT MEETING\n\nThe next meeting will be held on Tuesday 12 January 2021 at 2.00 pm.").nextMeeting).toEqual({ date: "2021-01-12", time: "14:00" });
    expect(() => extractMinutes("Some notes with no date at all.\n\n1. ITEM\n\nText.", { committee: "c" })).toThrow(/meeting date/);
    // A "Next meeting:" label among the opening lines, and a "Start:" time.
    const labelled = extractMinutes("Housing Sub-Committee\n\nWednesday 3 July 2024\n\nStart: 6.30pm\nNext meeting: Tuesday 10 September 2024, 6.30pm\n\n1. Apologies\nNone.", { committee: "c" });
    expect([labelled.meeting.time, labelled.nextMeeting]).toEqual(["18:30", { date: "2024-09-10", time: "18:30" }]);
  });

  it("takes '4. Title' with its paragraph on the next line as a heading, but not a numbered point that wraps", () => {
    const p = minutes("1. Apologies\nNone were received.\n\n2. Repairs performance\nThe Manager reported.\n\nRESOLVED that:\n\n1. The Director of Housing\nto circulate the void figures.");
    expect(p.items).toEqual([{ number: "1", title: "Apologies" }, { number: "2", title: "Repairs performance" }]);
    expect(p.actions.map((a) => a.owner)).toEqual(["Director of Housing"]);
  });
});

describe("headings and cues no one council uses", () => {
  const minutes = (body: string) => extractMinutes(`Minutes of the meeting held on Monday 2 November 2020 at 6.00 pm\n\n${body}`, { committee: "c" });
  const numbers = (body: string) => minutes(body).items.map((i) => i.number);

  it("takes any reference shape as an item number once it recurs with rising numbers", () => {
    expect(numbers("20.061 Apologies\nNone.\n\n20.062 Minutes\nAgreed.\n\n20.063 Planning\nNoted.")).toEqual(["20.061", "20.062", "20.063"]);
    expect(numbers("HSC.4   APOLOGIES\n\nNone.\n\nHSC.5   MINUTES\n\nAgreed.\n\nHSC.6   BUDGET\n\nNoted.")).toEqual(["HSC.4", "HSC.5", "HSC.6"]);
    expect(numbers("1 - Apologies\n\nNone.\n\n2 - Minutes\n\nAgreed.\n\n3 - Bus services\n\nNoted.")).toEqual(["1", "2", "3"]);
    // Once is not a shape: a planning reference in a paragraph is not an item.
    expect(numbers("1. Planning\n\n20.061 Smith - extension. No objection.\n\n2. Finance\n\nNoted.")).toEqual(["1", "2"]);
  });

  it("reads Markdown headings, arrow bullets and unnumbered sentence-case headings", () => {
    expect(numbers("### 4. Apologies\n\nNone.\n\n---\n\n### 5. Budget\n\nNoted.")).toEqual(["4", "5"]);
    const arrows = minutes("1) Survey\nDraft agreed.\n→ SSO to circulate the survey by 9 November.\nAgreed that it closes in December.\n\n2) Notes of the last meeting\nAgreed.\n\n3) Timetable\nNoted.");
    expect(arrows.items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    expect(arrows.actions[0]).toEqual(expect.objectContaining({ item: "1", due: "2020-11-09" }));
    const plain = minutes("Apologies for absence\n\nNone.\n\nAllotments\n\nThe waiting list was reported.\n\nResolved: that the Town Clerk reconcile the plot register.\n\nMarket House roof\n\nNoted.");
    expect(plain.items.map((i) => i.title)).toEqual(["Apologies for absence", "Allotments", "Market House roof"]);
    expect(plain.actions).toEqual([expect.objectContaining({ item: "2", owner: "Town Clerk", kind: "action" })]);
  });

  it("reads wishes, carried motions and passive undertakings, but not a shared view", () => {
    expect(classifySentence("Members would like to see the waiting list broken down by district.")).toEqual({ type: "strong", kind: "request" });
    expect(classifySentence("It was proposed by Cllr Gale, seconded by Cllr Adey and carried that the plots be divided.")?.type).toBe("strong");
    expect(classifySentence("It was proposed and agreed that the working group prepare a plan.")?.type).toBe("strong");
    expect(classifySentence("The Executive Director agreed that the mileage rate would be reviewed.")?.type).toBe("commitment");
    expect(classifySentence("Members agreed that the repair was urgent.")).toBeNull();
    expect(findOwner("The Head of Commissioning took an action to share the map with members.", new Map())).toBe("Head of Commissioning");
  });

  it("expands a short portfolio title when the minutes name only one", () => {
    const p = minutes("1. Safety\n\nPresent: Cllr Reeve (Cabinet Member for Community Safety).\n\nThe Cabinet Member agreed to circulate the figures.");
    expect(p.actions[0]?.owner).toBe("Cabinet Member for Community Safety");
    expect(findAbbreviations("Cllr Sarah Okafor (Chair) (SO) opened the meeting.").get("SO")).toBe("Sarah Okafor");
  });
});

describe("lettered items, numbered action lists and summaries of actions", () => {
  const minutes = (body: string) => extractMinutes(`Minutes of the meeting held on Tuesday 14 January 2025 at 7.00 pm\n\n${body}`, { committee: "c", knownMeetings: [{ date: "2025-02-12", time: null }] });

  it("takes a run of capital letters or Roman numerals from A (or I) as item numbers, not a list inside an item", () => {
    const roman = minutes("I.  APOLOGIES\n\nNone.\n\nII.  BUDGET MONITORING\n\nThe Committee RESOLVED to:\n\n(i) note the report; and\n\n(ii) schedule the annual question and answer session for the February meeting.\n\nIII.  WORK PROGRAMME\n\nNoted.");
    expect(roman.items.map((i) => i.number)).toEqual(["I", "II", "III"]);
    expect(roman.actions).toEqual([expect.objectContaining({ item: "II", kind: "work-programme", due: "2025-02-12" })]);
    const letters = minutes("A. Apologies\n\nNone.\n\nB. Housing\n\nThe Commission AGREED: to note the report; to recommend to the Executive Member for Housing that the Council publish the data; and that a further update be brought to the meeting on 12 February 2025.\n\nC. Any other business\n\nNone.");
    expect(letters.items.map((i) => i.number)).toEqual(["A", "B", "C"]);
    expect(letters.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([
      ["B", "recommendation", "Executive Member for Housing", null], ["B", "work-programme", null, "2025-02-12"]]);
    // Numbered items with lettered sub-headings keep their numbers.
    expect(minutes("1. Apologies\n\nNone.\n\n2. Budget\n\nA. Revenue\n\nB. Capital\n\nC. Reserves\n\n3. Close\n\nNone.").items.map((i) => i.number)).toEqual(["1", "2", "3"]);
  });

  it("reads 'Action 4.1: … (Owner: …, by …)' lines and lets them stand for the debate above", () => {
    const p = minutes("4) Urgent care\n\nDiscussion\nMembers asked for the figures to be split by hospital site.\n\nOutcomes and actions\nThe Committee noted the update.\nAction 4.1: Provide a breakdown of handover times by site (Owner: Director of Urgent Care, ICB, by 28/02/2025)\nRecommendation 4.2: That Cabinet fund two more step-down beds");
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due, a.text.slice(0, 20)])).toEqual([
      ["4", "request", "Director of Urgent Care, ICB", "2025-02-28", "Provide a breakdown "], ["4", "recommendation", "Cabinet", null, "Cabinet fund two mor"]]);
  });

  it("files each line of a summary of actions under the item it names, lending its date to the decision", () => {
    const p = minutes("5. Delayed discharges\n\nThe Committee:\na) noted the report;\nb) agreed that the Chair write to the Cabinet Secretary about interim care beds.\n\n6. Date of next meeting\n\n12 February 2025.\n\nSummary of actions\n\nAP1 – Write to the Cabinet Secretary about interim care beds (item 5) – Chair – 30 April 2025");
    expect(p.actions).toEqual([expect.objectContaining({ item: "5", kind: "letter", owner: "Chair", due: "2025-04-30" })]);
  });

  it("reads a space-aligned action table whose rows are set apart by blank lines, by its Item column rather than its No.", () => {
    const p = minutes("Agenda item 1     Apologies\n\nNone.\n\nAgenda item 2 (a)     Evidence session\n\n• Discussion.\n\nActions arising\n\nNo.   Item    Action                                      Lead     Deadline\n\n1     2(a)    Circulate the number of licence             PSHM     14/03/2025\n              applications awaiting determination\n\n2     2(a)    Chair to write to the local MP              Chair    Next meeting\n\nDate of next meeting: Wednesday 12 February 2025");
    expect(p.items.map((i) => i.number)).toEqual(["1", "2(a)"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["2(a)", "request", "2025-03-14"], ["2(a)", "letter", "2025-02-12"]]);
  });

  it("gives a list of recommendations the owner and date of the sentence that says who takes them forward", () => {
    const p = minutes("58. Leisure contract\n\nThat Cabinet be RECOMMENDED to:\n\n1. extend the contract for two years; and\n2. require the operator to publish usage figures.\n\nThe Head of Leisure will report the Committee's recommendations to the meeting of Cabinet on 6 March 2025.");
    expect(p.actions.map((a) => [a.kind, a.owner, a.due])).toEqual([["recommendation", "Head of Leisure", "2025-03-06"], ["recommendation", "Head of Leisure", "2025-03-06"]]);
  });

  it("does not track what was done before the meeting, and reads a person's initials after their role", () => {
    expect(classifySentence("Councillor Frye stated that he had already asked directors to bring forward proposals.")).toBeNull();
    expect(classifySentence("The Director said the data had already been collated and would circulate it by Friday.")).not.toBeNull();
    expect(findAbbreviations("Jas Bhogal – Policy and Performance Officer (JB)\n").get("JB")).toBe("Jas Bhogal");
  });
});

describe("paragraph-numbered, compact and sectioned minutes", () => {
  const minutes = (body: string) => extractMinutes(`Minutes of the meeting held on Tuesday 4 March 2025 at 10.00 am\n\n${body}`, { committee: "c", knownMeetings: [{ date: "2025-04-15", time: null }, { date: "2025-06-10", time: null }] });

  it("reads 'AH24.3<tab>…' paragraphs as paragraphs of item AH24, not as table rows", () => {
    const p = minutes("AH23.\tAPOLOGIES\n\nAH23.1\tNone.\n\nAH24.\tPUBLIC HEALTH ANNUAL REPORT\n\nAH24.1\tThe Director introduced the report.\n\nAH24.2\tThe Consultant in Public Health agreed to circulate the ward-level smoking figures.\n\nAH25.\tCLOSE\n\nAH25.1\tNone.");
    expect(p.items.map((i) => i.number)).toEqual(["AH23", "AH24", "AH25"]);
    expect(p.actions).toEqual([expect.objectContaining({ item: "AH24", owner: "Consultant in Public Health", kind: "request" })]);
  });

  it("takes every line as a paragraph in minutes typed with no blank lines and never wrapped", () => {
    const long = "The Deputy Clerk presented the year-end schedule of earmarked reserves and explained the movements on each of them in turn.";
    const p = minutes(`1. Reserves\n${long}\n${long}\n2. Items for next agenda\nMembers asked for the following to be placed on the agenda for the next meeting:\nQuarter 1 budget monitoring report\nReview of hall hire charges\nDate of next meeting: Tuesday 15 April 2025`);
    expect(p.actions.map((a) => [a.item, a.text, a.due])).toEqual([["2", "Quarter 1 budget monitoring report", "2025-04-15"], ["2", "Review of hall hire charges", "2025-04-15"]]);
  });

  it("reads 'Further information requested' lists, 'For the X to …' action lists, and moves on the work programme", () => {
    const p = minutes("5. Workforce\n\nFurther information requested\n\n- A breakdown of agency social worker numbers by team (due: 31/03/2025)\n\nActions/further information to be provided:\n\nFor the Director of Adult Social Care to provide agency spend by locality.\n\nFor the Scrutiny Officer to arrange a visit to the hub.\n\nRecommendations:\n\n6. Work programme\n\nThe Board agreed the following changes:\n\n- The Youth Justice Plan was moved from the April meeting to the June meeting.\n- School attendance was removed from the April meeting.");
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([
      ["5", "request", null, "2025-03-31"], ["5", "request", "Director of Adult Social Care", null], ["5", "action", "Scrutiny Officer", null], ["6", "work-programme", null, "2025-06-10"]]);
  });

  it("does not end the minutes at 'The Board concluded that', and reads the Board's present-tense requests", () => {
    const p = minutes("5. Ofsted\n\nThe Board concluded that good progress had been made.\n\nThe Board requests that the Director of Children's Services provides a briefing note on placements.\n\n6. Close\n\nNone.");
    expect(p.items.map((i) => i.number)).toEqual(["5", "6"]);
    expect(p.actions).toEqual([expect.objectContaining({ item: "5", kind: "request", owner: "Director of Children's Services" })]);
  });

  it("reads a role set off by commas as the owner, and leaves out what is for Cabinet or was decided against", () => {
    expect(findOwner("The Assistant Director, Highways, would arrange for a joint site inspection.", new Map())).toBe("Assistant Director, Highways");
    expect(classifySentence("The Assistant Director confirmed that the revised manual would be presented to Cabinet in July.")).toBeNull();
    expect(classifySentence("Members agreed that it would not be a good use of the Committee's time to scrutinise a draft.")).toBeNull();
    expect(classifySentence("It was resolved that the internal audit report be received and the proposed responses be noted.")).toBeNull();
  });
});

describe("minutes kept as tables and schedules", () => {
  const minutes = (body: string) => extractMinutes(`Minutes of the meeting held on Thursday 19 June 2025 at 10.00 am\n\nLaura Brook (LB), Public Health Principal\n\n${body}`, { committee: "c", knownMeetings: [{ date: "2025-09-18", time: null }] });

  it("reads a table whose rows are items, its Action column listing each item's actions and nothing in the discussion", () => {
    const p = minutes("| Item | Discussion | Action |\n|---|---|---|\n| 1. Welcome | The Chair welcomed everyone. | |\n| 2. GP access | LB said the survey would be published on 3 July. Members agreed the figures were worrying. | LB to circulate the GP survey results by 4 July<br>Panel endorsed the draft strategy |\n| 3. Any other business | LB said the annual report would be published in July and she would circulate it. | None |");
    expect(p.items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["2", "request", "Laura Brook", "2025-07-04"]]);
  });

  it("reads a schedule of actions as labelled lines under the minute each comes from", () => {
    const p = minutes("6. Housing repairs\n\nThe Committee NOTED the report.\n\n7. Close\n\nThe meeting closed at 9.00 pm.\n\nSCHEDULE OF ACTIONS\n\nMinute 6 – Housing repairs\nAction: Provide ward-level repairs data\nOwner: Director of Housing\nDeadline: 30 June 2025");
    expect(p.actions).toEqual([expect.objectContaining({ item: "6", kind: "request", owner: "Director of Housing", due: "2025-06-30" })]);
  });

  it("puts 'the September agenda' at the September meeting and reads business to come back next municipal year", () => {
    expect(findDue("JT to add NHS dental access to the September agenda", { meetingDate: "2025-06-19", nextMeeting: null, knownMeetings: [{ date: "2025-09-18", time: null }] }).due).toBe("2025-09-18");
    expect(classifyPoint("That the review of the property portfolio be removed from the work programme to come back in the new municipal year.", "")).toBe("work-programme");
  });
});

describe("records of decisions, promises and dates in prose", () => {
  const minutes = (body: string) => extractMinutes(`Minutes of the meeting held on Tuesday 14 October 2025 at 6.30 pm\n\n${body}`, { committee: "c", knownMeetings: [{ date: "2025-12-09", time: null }, { date: "2026-01-21", time: null }] });

  it("reads a record of decisions laid out as labelled fields", () => {
    const p = minutes("ITEM 5 – LEISURE STRATEGY\n\nSummary:\nThe Head of Leisure presented the strategy.\n\nDecision:\nThe Committee noted the strategy. The Committee agreed to make the recommendations to Cabinet set out below.\n\nRecommendation(s) to Cabinet:\n(a) That Cabinet defers any decision on the future of Ashcombe Pool.\n\nAction required by:\nHead of Leisure – circulate usage data for each site – 31 October 2025\nChair – write to the operator about opening hours – 7 November 2025\n\nITEM 6 – WASTE\n\nDecision:\nThe report was noted.\n\nRecommendation(s) to Cabinet: None\n\nAction required by: None");
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([
      ["5", "recommendation", "Cabinet", null], ["5", "request", "Head of Leisure", "2025-10-31"], ["5", "letter", "Chair", "2025-11-07"]]);
  });

  it("reads '[Action: …]' owners, week-commencing dates and 'the Board's meeting in January'", () => {
    const p = minutes("4.0  PERFORMANCE\n\n4.1  Members asked for call waiting times by channel, to be provided by w/c 3 November. [Action: Head of Customer Services]\n\n4.2  The Board RESOLVED to: (a) note the report; (b) request that an equality impact assessment be brought to the Board's meeting in January 2026.");
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["4", "request", "Head of Customer Services", "2025-11-03"], ["4", "work-programme", null, "2026-01-21"]]);
  });

  it("keeps both a member's request and the officer's promise that answers it, but not an answer that only points back", () => {
    const both = minutes("7. Stock condition\n\nCouncillor Hartley asked for a summary of the stock condition survey. Ms Raman agreed to share the stock condition survey summary with all Panel members by 12.12.25.");
    expect(both.actions).toEqual([expect.objectContaining({ owner: "Ms Raman", due: "2025-12-12", text: expect.stringMatching(/^Councillor Hartley asked .* Ms Raman agreed to share/) })]);
    expect(classifySentence("Councillor Ashdown agreed and said that not everybody had a bank account that allowed them to pay online.")).toBeNull();
  });
});

describe("sub-items, escalations, terse notes and unbulleted lists", () => {
  const minutes = (body: string) => extractMinutes(`Minutes of the meeting held on Thursday 30 October 2025 at 10.00 am\n\nChief Operating Officer (COO)\n\n${body}`, { committee: "c", knownMeetings: [{ date: "2026-01-22", time: null }] });

  it("takes decimal sub-items that are reports in their own right as items", () => {
    const p = minutes("7. Reports by the Executive Director\n\n7.1 Attainment in Secondary Schools\n\nThe report set out attainment in 2024/25 across the city's schools.\n\nDecision\n\nTo request a further report on attainment gaps.\n\n7.2 Additional Support for Learning\n\nDecision\n\nTo note the report.");
    expect(p.items.map((i) => i.number)).toEqual(["7", "7.1", "7.2"]);
    expect(p.actions.map((a) => a.item)).toEqual(["7.1"]);
  });

  it("reads escalations as recommendations, and skips list entries that only record a decision", () => {
    const p = minutes("Item 4 | Winter plan\n\nAgreed actions:\n- Winter plan 2025/26 noted\n- NHS Trust to share bed occupancy figures weekly (Owner: COO; by end Nov)\n- No further action on the section 136 suite\n\nEscalations:\n- Recommend that the Integrated Care Board fund weekend opening of the SDEC unit.");
    expect(p.actions.map((a) => [a.kind, a.owner, a.due])).toEqual([["request", "Chief Operating Officer", "2025-11"], ["recommendation", "Integrated Care Board", null]]);
  });

  it("ends a sentence at 'Ltd.' when the next one opens, and reads short unbulleted lines as a list", () => {
    const p = minutes("Item Six – Play areas\n\nIt was RESOLVED to accept the quotation from Playsafe Supplies Ltd. Clerk to place the order for the swing seats.\n\nItem Seven – Items for the next agenda\n\nThe following were agreed for the next agenda:\nAllotment rents for 2026/27\nReview of the Tree Management Policy");
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.text])).toEqual([
      ["6", "action", "Clerk", "Clerk to place the order for the swing seats."],
      ["7", "work-programme", null, "Allotment rents for 2026/27"], ["7", "work-programme", null, "Review of the Tree Management Policy"]]);
  });

  it("reads a member's remark with an aside before the ask, and not 'difficult to follow' as a promise", () => {
    expect(classifySentence("Councillor Stowe, who had joined in May, said that the reports were difficult to follow and asked that a briefing session be arranged.")?.type).toBe("strong");
    expect(findOwner("The Head of Risk and Insurance accepted the point and undertook to review the scoring of SR04.", new Map())).toBe("Head of Risk and Insurance");
  });
});

describe("outcomes in the passive, the future tense and labelled lines", () => {
  const minutes = (body: string) => extractMinutes(`Minutes of the meeting held on Tuesday 13 January 2026 at 7.00 pm\n\n${body}`, { committee: "c", knownMeetings: [{ date: "2026-04-21", time: null }] });

  it("reads the committee's own future-tense outcomes, and leaves business as usual alone", () => {
    const p = minutes("5 Housing\n\nThe Commission noted the report. The Commission will write to the Minister for Housing and Planning about the cap. The Commission will recommend to Cabinet that funding for the wardens be maintained. Officers will continue to monitor the use of bed and breakfast accommodation. The item will return to the Commission in April.\n\n6 Close\n\nNone.");
    expect(p.actions.map((a) => [a.kind, a.owner, a.due])).toEqual([["letter", null, null], ["recommendation", "Cabinet", null], ["work-programme", null, "2026-04"]]);
  });

  it("reads passive outcomes: a suggestion that Cabinet be asked, a letter to be sent by the Chairman", () => {
    expect(classifySentence("It was suggested that Cabinet be asked to reconsider the proposed reduction in the fund.")).toEqual({ type: "strong", kind: "recommendation" });
    const p = minutes("12. Estates\n\nA letter would be sent by the Chairman to the Secretary of State about the grant.\n\n13. Close\n\nNone.");
    expect(p.actions).toEqual([expect.objectContaining({ kind: "letter", owner: "Chairman" })]);
  });

  it("reads labelled outcome lines, and 'Recommended:' paragraphs addressed to Council", () => {
    const p = minutes("Agenda item 6 – Discharge\n\nMembers asked for reassurance on therapy waits.\nRecommendation 1: That the Executive prioritises home care capacity in the rural wards.\nInformation request: breakdown of the patients by reason for delay, to be provided by the Director of Adult Social Services.\nOutcome: noted\n\nAgenda item 7 – Festivals fund\n\nProposed by Alderman Graham, seconded by Councillor Boyle and\n\nRecommended: that Council approve the fund awards listed at Appendix 1.\n\nMrs Breen undertook to revert to Members with the figures.");
    expect(p.actions.map((a) => [a.item, a.kind, a.owner])).toEqual([
      ["6", "recommendation", "Executive"], ["6", "request", "Director of Adult Social Services"], ["7", "recommendation", "Council"], ["7", "request", "Mrs Breen"]]);
  });
});

describe("summaries, speakers' notes and run-on parish minutes", () => {
  const minutes = (body: string) => extractMinutes(`Minutes of the meeting held on Monday 12 January 2026 at 7.30 pm\n\nMonitoring Officer (MO)\n\n${body}`, { committee: "c", knownMeetings: [{ date: "2026-02-09", time: null }] });

  it("files each line of a closing summary of decisions under the item it names", () => {
    const p = minutes("5. Ambulance handovers\n\nMembers discussed delays.\n\n6. Close\n\nSUMMARY OF DECISIONS AND ACTIONS\n\n• Item 5 – The Committee requested that the ambulance trust provide response times by council area.\n• Item 5 – The Committee noted the report.");
    expect(p.actions).toEqual([expect.objectContaining({ item: "5", kind: "request" })]);
  });

  it("reads speakers' lines, and an 'Agreed:' list one decision a line with no bullets", () => {
    const p = minutes("Item 4 — Governance Statement\n\nCllr Moss: asked whether the waivers should be included.\nMO: accepted the point; will add a short evidence column to the action plan.\n\nAgreed:\nDraft statement noted.\nWaste contract issue closed.\nRevised statement to come back to the February meeting.\nNo new risks to be added at this stage.");
    expect(p.actions.map((a) => [a.kind, a.owner, a.due, a.text.slice(0, 30)])).toEqual([
      ["action", "Monitoring Officer", null, "MO: accepted the point; will a"], ["work-programme", null, "2026-02-09", "Revised statement to come back"]]);
  });

  it("reads run-on parish minutes: owners in closing brackets, a deadline's own date, an 'it' within its own sentence", () => {
    const p = minutes("Minute 26/07 Highways\n\nIt was resolved to ask the County Council to repair the verge (Clerk). The footpath sign at Church Walk is missing; Cllr Dunn will replace it. Following the workshop on 15 December, it was resolved to submit the precept form by 30 January 2026 (Clerk).\n\nMinute 26/08 Close\n\nNone.");
    expect(p.actions.map((a) => [a.owner, a.due])).toEqual([["Clerk", null], ["Cllr Dunn", null], ["Clerk", "2026-01-30"]]);
    expect(findOwner("updated guidance on the code of conduct and the Clerk will circulate it", new Map())).toBe("Clerk");
    expect(classifyPoint("the Parks and Greenspace Manager review the watering arrangements for new trees.", "RESOLVED that:")).toBe("action");
  });
});

describe("Scottish committee minutes and the twenty-four hour clock", () => {
  it("reads headings that name the outcome over paragraphs that start with the item number, and carried motions", () => {
    const p = extractMinutes(`MINUTES OF A MEETING HELD ON THURSDAY 5 MARCH 2026 AT 1000 HOURS\n\nDeclaration of interest.\n\n1 Councillor Nolan declared an interest in item 3 and took no part in that item.\n\nMinutes of previous meeting approved.\n\n2 The minutes of the meeting of 15th January 2026 were submitted and approved.\n\nLibrary Service Performance - Recommendation.\n\n3 There was submitted a report by the Chief Executive of Glasgow Life regarding library service performance.\n\nThe Director of Libraries, Glasgow Life, advised that visits had fallen. In response to a question, she undertook to circulate the footfall figures to members.\n\nCouncillor Curran, seconded by Councillor Rahman, moved that the committee\n(1) note the report; and\n(2) recommend to the City Administration Committee that the opening hours be reviewed.\n\nCouncillor Dunlop moved as an amendment that the committee note the report.\n\nThe motion was accordingly declared carried.\n\nWork Programme - Approved.\n\n4 There was submitted the committee's work programme.\n\nAfter consideration, the committee approved the work programme, subject to the following additions:-\n(1) a presentation on delayed discharge to be scheduled for a future meeting.`, { committee: "c" });
    expect(p.meeting.time).toBe("10:00");
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["1", "Declaration of interest"], ["2", "Minutes of previous meeting approved"], ["3", "Library Service Performance"], ["4", "Work Programme"]]);
    expect(p.actions.map((a) => [a.item, a.kind, a.owner])).toEqual([
      ["3", "request", "Director of Libraries, Glasgow Life"], ["3", "recommendation", "City Administration Committee"], ["4", "work-programme", null]]);
  });
});

describe("lists inside items and wrapped capitalised openings", () => {
  it("does not take a heading '3.' for the next point of a list numbered '1)' '2)'", () => {
    const p = extractMinutes("Minutes of the meeting held on Tuesday 24 March 2026 at 10.00am\n\n2. Work Programme\n\nDecision\n\n1) To note the Work Programme.\n\n2) To agree that a report on agency staff be added to the Work Programme for the meeting on 12 May 2026.\n\n3. Rolling Actions Log\n\nDecision\n\n1) To request that the Head of Democracy provide revised completion dates for the next meeting of the Committee on 12 May 2026.", { committee: "c" });
    expect(p.items.map((i) => i.number)).toEqual(["2", "3"]);
    expect(p.nextMeeting).toEqual({ date: "2026-05-12", time: null });
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["2", "work-programme", "2026-05-12"], ["3", "request", "2026-05-12"]]);
  });

  it("reads the time from a wrapped capitalised opening after a date line of its own", () => {
    const p = extractMinutes("People and Communities Committee\n\nThursday, 12th February, 2026\n\nMEETING OF THE PEOPLE AND COMMUNITIES COMMITTEE\nHELD IN THE LAVERY ROOM\nON THURSDAY, 12th FEBRUARY, 2026 AT 5.15 P.M.\n\n1. Apologies\n\nNone.", { committee: "c" });
    expect(p.meeting).toEqual(expect.objectContaining({ date: "2026-02-12", time: "17:15" }));
  });
});

describe("resolutions carried unanimously, updates to receive, and a start time given at the end", () => {
  it("reads them", () => {
    const p = extractMinutes("MINUTES OF THE MEETING HELD ON 10 MARCH 2026 AT COUNTY HALL\n\n57 Budget Monitoring\n\nRESOLVED UNANIMOUSLY: That the Committee:-\n\n(a) notes the report;\n\n(b) recommends to the Strategy and Resources Policy Committee that the Council enters into the scheme.\n\n58 Leisure Review\n\nResolved:\n\n1. To endorse the comments of the task group and refer them to Cabinet for its meeting on 24 March 2026.\n\n2. To receive a further update on the Leisure Services Review at the Committee's meeting on 14 July 2026.\n\n(Duration of meeting: 10.30 am - 1.05 pm)", { committee: "c" });
    expect(p.meeting.time).toBe("10:30");
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["57", "recommendation", null], ["58", "recommendation", "2026-03-24"], ["58", "work-programme", "2026-07-14"]]);
  });
});

describe("unnumbered headings over quoted reports, and motions moved and seconded", () => {
  const belfast = [
    "MEETING OF THE PEOPLE AND COMMUNITIES COMMITTEE", "HELD IN THE LAVERY ROOM", "ON THURSDAY, 12th FEBRUARY, 2026 AT 5.15 P.M.", "",
    "Apologies", "", "\tNone.", "", "Restricted Items", "",
    "\tResolved – That the Committee agrees to exclude the members of the Press and public from the meeting.", "",
    "Committee/Strategic Issues", "", "Open Spaces Strategy – Consultation", "", "\tThe Committee considered the undernoted report:",
    "\t\"1.0\tPurpose of Report", "\t1.1\tTo update Members on the consultation.", "\t2.0\tRecommendations",
    "\t2.1\tThe Committee is asked to:", "\t\t·\tnote the findings of the consultation; and",
    "\t\t·\tagree that the final Strategy be presented to the April meeting of the Committee.",
    "\t3.0\tMain Report", "\t3.1\tMembers will recall that the Committee agreed to a consultation.", "\t4.0\tFinancial Implications", "\t4.1\tNone.\"", "",
    "\tThe Committee noted that the contract had been awarded under the authority delegated to the Strategic Director.", "",
    "Dog Fouling Enforcement", "", "\tThe Manager reported.", "", "\tMoved by Councillor Whiteside,", "\tSeconded by Councillor Ferguson,", "",
    "\t\tThat the Committee notes the report and agrees to recommend to the Strategic Policy and Resources Committee that £60,000 be allocated.", "",
    "\tThe following amendment was then proposed:", "", "\tMoved by Alderman Kerr,", "\tSeconded by Councillor Stewart,", "",
    "\t\tThat the Committee agrees to defer consideration of the report to allow party group briefings to be held.", "",
    "\tOn a vote, six Members voted for the amendment and eleven against and it was declared lost.", "",
    "\tThe original proposal was then put to the meeting and it was declared carried.",
  ].join("\n");

  it("numbers every heading in order, a section heading over an item included, and reads no section of a quoted report as an item", () => {
    const p = extractMinutes(belfast, { committee: "c" });
    expect(p.items.map((i) => `${i.number} ${i.title}`)).toEqual(["1 Apologies", "2 Restricted Items", "3 Committee/Strategic Issues", "4 Open Spaces Strategy – Consultation", "5 Dog Fouling Enforcement"]);
  });

  it("takes the quoted report's recommendations, not its narrative; the carried proposal, not the lost amendment; not the exclusion of the press", () => {
    const p = extractMinutes(belfast, { committee: "c", knownMeetings: [{ date: "2026-04-09", time: null }] });
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([
      ["4", "work-programme", null, "2026-04-09"],
      ["5", "recommendation", "Strategic Policy and Resources Committee", null],
    ]);
  });
});

describe("twelfth round: Scottish paragraph numbers, starred minutes, settled business and agreement to an ask", () => {
  const kinds = (text: string, known: string[] = []) =>
    extractMinutes(text, { committee: "c", knownMeetings: known.map((date) => ({ date, time: null })) }).actions.map((a) => [a.item, a.kind, a.owner, a.due]);

  it("takes a heading in capitals over a paragraph numbered '1.  The Convener …' as item 1", () => {
    const p = extractMinutes("ABERDEEN, 26 February 2026.  Minute of Meeting of the AUDIT COMMITTEE.\n\nANNOUNCEMENT\n\n1.  The Convener advised that this was the last meeting of the Chief Internal Auditor.\n\nDETERMINATION OF URGENT BUSINESS\n\n2.  The Convener advised that there was no urgent business at all.\n\nHOUSING VOIDS\n\n3.  The Committee had before it a report by the Chief Officer - Housing.\n\nThe Committee resolved:-\n(i)  to request the Chief Officer - Housing to provide members with an estimate of the rent loss.", { committee: "c" });
    expect(p.items.map((i) => `${i.number} ${i.title}`)).toEqual(["1 ANNOUNCEMENT", "2 DETERMINATION OF URGENT BUSINESS", "3 HOUSING VOIDS"]);
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["3", "request"]]);
  });

  it("reads starred minute numbers, a date line the later pages repeat as their header, and '2025 be signed' as 2025", () => {
    const page = (n: number, body: string) => `CHILDREN'S SCRUTINY COMMITTEE\n20/01/26\n\n${body}\n\n${n}\n`;
    const p = extractMinutes([
      page(1, "* 41    Minutes\n\nRESOLVED that the minutes of the meeting held on 18 November 2025 be signed as a correct record.\n\n42    SEND Update\n\nThe Director undertook to provide a breakdown of EHCP timeliness by locality."),
      page(2, "* 43    Work Programme\n\nRESOLVED that the Youth Justice Plan be added to the work programme for the March meeting."),
    ].join("\f"), { committee: "c", knownMeetings: [{ date: "2026-03-17", time: null }] });
    expect(p.meeting.date).toBe("2026-01-20");
    expect(p.items.map((i) => i.number)).toEqual(["41", "42", "43"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["42", "request", null], ["43", "work-programme", "2026-03-17"]]);
  });

  it("takes a title-cased heading as the next item even where a list's next number would be", () => {
    const p = extractMinutes("Minutes of the meeting held on 21 January 2026\n\n4.  Highways Maintenance\n\nResolved: That:\n\n1. The report be noted.\n2. Cabinet be recommended to prioritise preventative surface treatment.\n3. A further update be added to the work programme.\n4. The Director be asked to report back in June 2026.\n\n5.  Bus Service Improvement Plan - Progress Update\n\nThe Head of Transport undertook to circulate patronage figures to members.", { committee: "c" });
    expect(p.items.map((i) => i.number)).toEqual(["4", "5"]);
    expect(p.actions.at(-1)).toEqual(expect.objectContaining({ item: "5", kind: "request" }));
  });

  it("leaves out what the meeting settled: not to add, to remove, to close actions, membership, 'not necessary'", () => {
    const head = "Minutes of the meeting held on 12 January 2026\n\n5. Work Programme\n\n";
    for (const t of [
      "RESOLVED that the part-night operation of street lighting not be added to the work programme at this time.",
      "RESOLVED that the proposed item on school place planning be removed from the Work Programme.",
      "RESOLVED that the Committee notes the tracker and agrees to close completed actions A17/25 and A19/25.",
      "RESOLVED that Councillor G A Powell be added to the membership of the Child & Family Services Scrutiny Performance Panel.",
      "The Committee agreed that this was not necessary at present, as the issues would be considered through the bus network review.",
      "Members agreed.",
    ]) expect(kinds(head + t)).toEqual([]);
    expect(kinds(head + "RESOLVED that the review of the commercial property portfolio be removed from the 2024/25 work programme to come back in the new municipal year.")).toEqual([["5", "work-programme", null, null]]);
  });

  it("reads 'The Chairman agreed.' as agreement to the ask before it, and the committee looking at something as its work programme", () => {
    expect(kinds("Minutes of the meeting held on 12 January 2026\n\n8. Work Programme\n\nA Member asked that the Committee look at the rollout of public electric vehicle charging points. The Chairman agreed.")).toEqual([["8", "work-programme", null, null]]);
  });

  it("keeps apart two asks about one subject that name different people or dates, and does not take an owner's title for a shared phrase", () => {
    const text = "Minutes of the meeting held on 22 January 2026\n\n43. Dental Services\n\n(d)  members asked how many appointments had been used. Priya Anand undertook to confirm to members by the end of February 2026 how many of the additional urgent dental care appointments had been taken up;\n\n(e)  The Director of Adult Social Care undertook to share the results of the reablement survey with the Committee;\n\nResolved to:\n\n(1)  request that the ICB reports back on the take-up and impact of the additional urgent dental care appointments at the April meeting;\n\n(2)  request that the Director of Adult Social Care provides a written update on delayed discharges in June 2026.";
    expect(kinds(text, ["2026-04-16"])).toEqual([
      ["43", "request", "Priya Anand", "2026-02"],
      ["43", "request", "Director of Adult Social Care", null],
      ["43", "request", "ICB", "2026-04-16"],
      ["43", "request", "Director of Adult Social Care", "2026-06"],
    ]);
  });

  it("reads 'expected in May 2026 and agreed to share', 'agreed to ensure', each addition to a work programme, and the next meeting from the calendar", () => {
    expect(kinds("Minutes of the meeting held on 21 January 2026\n\n5. Buses\n\nThe Head of Transport advised that the results were expected in May 2026 and agreed to share the findings with the committee at that time. The Head of Highways agreed to ensure that county councillors received details of planned resurfacing schemes.\n\n6. Work Programme\n\nRESOLVED\n\n(a) that the Work Programme be approved, subject to the addition of:\n    (i) the Youth Justice Plan 2026/27, to be considered at the June meeting; and\n    (ii) the outcome of the consultation on the Post-16 Transport Policy Statement;\n(b) that the Chief Officer attend the next meeting of the Committee to provide an update.", ["2026-03-11", "2026-06-17"])).toEqual([
      ["5", "request", "Head of Transport", "2026-05"],
      ["5", "request", "Head of Highways", null],
      ["6", "work-programme", null, "2026-06-17"],
      ["6", "work-programme", null, null],
      ["6", "request", "Chief Officer", "2026-03-11"],
    ]);
  });
});

describe("thirteenth round: page furniture, sub-items, an action column, motions agreed and asks turned down", () => {
  const acts = (text: string, known: string[] = []) =>
    extractMinutes(text, { committee: "c", knownMeetings: known.map((date) => ({ date, time: null })) }).actions.map((a) => [a.item, a.kind, a.owner, a.due]);

  it("drops a page reference that changes from page to page even atop page 1, and reads 'Minute 44 (…) –' under matters arising as a reference back", () => {
    const page = (n: number, body: string) => `                                        2026 P.C.S.C. ${n}\n\n${body}\n`;
    const p = extractMinutes([
      page(21, "THE FIFE COUNCIL - PEOPLE SCRUTINY COMMITTEE\n\n5th March, 2026    10.00 a.m. - 12.45 p.m.\n\n58.      DECLARATIONS OF INTEREST\n\n         None.\n\n59.      MINUTE\n\n         Minute 44 (School Place Planning) – the Scrutiny Officer confirmed that the note had been circulated."),
      page(22, "60.      HOUSING ALLOCATIONS\n\n         Gordon Lorimer undertook to provide members with figures on the number of families placed in bed and breakfast accommodation by"),
      page(23, "         31st March, 2026."),
    ].join("\f"), { committee: "c" });
    expect(p.items.map((i) => i.number)).toEqual(["58", "59", "60"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["60", "Gordon Lorimer", "2026-03-31"]]);
  });

  it("takes '38(a) Title' sub-items as items, and a title that breaks off inside its bracket", () => {
    const p = extractMinutes("Minutes of the meeting held on 11 March 2026\n\n41 PUBLIC INVOLVEMENT\n\n41(a) Petitions\n\n41.1 There were no petitions.\n\n41(b) Written questions\n\n41.2 Rachel Ferris, Assistant Director, who was present for Item 43, agreed to provide Mr Okafor with a written answer.\n\nHC 22/26     Notice of Motion – Defibrillators (referred from Council,\n\n29 January 2026)\n\nThe Chair write to the Minister.", { committee: "c" });
    expect(p.items.map((i) => i.number)).toEqual(["41", "41(a)", "41(b)"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["41(b)", "Assistant Director"]]);
    const q = extractMinutes("Minutes of the meeting held on 12 February 2026\n\nHC 21/26     Community Planning\n\nMembers noted the report.\n\nHC 22/26     Notice of Motion – Defibrillators (referred from Council,\n             29 January 2026)\n\nIt was AGREED that the Director of Health and Community liaise with Donegal County Council.", { committee: "c" });
    expect(q.items.map((i) => i.number)).toEqual(["HC 21/26", "HC 22/26"]);
    expect(q.actions.map((a) => a.item)).toEqual(["HC 22/26"]);
  });

  it("folds a right-hand ACTION column into the owner of its paragraph", () => {
    const col = (body: string, who = "") => `${body.padEnd(84)}${who}`.trimEnd();
    const text = ["Minutes of the meeting held on 10 March 2026", "", col("3.     SEND TRANSPORT", "ACTION"), "",
      col("3.3    In response to a question about the variation in costs between", "Director of"), col("       areas, the Director undertook to provide members with a breakdown of", "Children's"), col("       SEND transport costs by district, showing the cost per pupil.", "Services"), "",
      col("3.4    Members discussed the re-procurement of the term contract. It was", "Head of"), col("       agreed that an all-member briefing on the re-procurement options", "Highways"), col("       would be arranged by 30 April 2026.", "Operations"), "",
      col("3.5    Members welcomed the new online fault reporting tool, which allowed"), col("       residents to upload photographs and track the progress of repairs.")].join("\n");
    expect(acts(text)).toEqual([["3", "request", "Director of Children's Services", null], ["3", "action", "Head of Highways Operations", "2026-04-30"]]);
  });

  it("reads a decision word wrapped to its own line, 'proposed, seconded by …, that the Chair write', 'The following was agreed:' and 'Members AGREED to recommend'", () => {
    expect(acts("Minutes of the meeting held on 12 February 2026\n\nHC 16/26     GP Out of Hours\n\nCouncillor Quigley proposed, seconded by Councillor Gallen, that the Chair write to the\nMinister of Health on behalf of the Committee. This was\nAGREED.\n\nOn the proposal of Councillor O'Kane, seconded by Alderman Bell, Members AGREED to\nrecommend to Council that the Leisure Services fees be approved.\n\nHC 17/26     Work Plan\n\nThe following was agreed:\n-   That the Senior Democratic Services Officer arrange an informal briefing in April 2026.\n-   That the Committee receive the annual report on the Minerals and Waste Local Plan at its April meeting.", ["2026-04-16"])).toEqual([
      ["HC 16/26", "letter", "Chair", null],
      ["HC 16/26", "recommendation", "Council", null],
      ["HC 17/26", "action", "Senior Democratic Services Officer", "2026-04"],
      ["HC 17/26", "work-programme", null, "2026-04-16"],
    ]);
    const p = extractMinutes("Minutes of the meeting held on 12 February 2026\n\nHC 17/26     Leisure Fees\n\nOn the proposal of Councillor O'Kane, seconded by Alderman Bell, Members AGREED to recommend to Council that the fees be approved.", { committee: "c" });
    expect(p.actions[0]!.text).toBe("Agreed to recommend to Council that the fees be approved.");
  });

  it("drops an ask that is turned down or already done, and what is not added, disclosed or only recommended by the report", () => {
    expect(acts("Minutes of the meeting held on 12 February 2026\n\n3. Disclosures of Interest\n\nNeither interest was such that the Members were required to leave the meeting.\n\nACTION: City Solicitor\n\n4. Statement of Progress\n\nCouncillor Harkin asked that the section on housing reflect the Committee's concerns. Ms Breen advised that the draft had already been amended to reflect the discussion.\n\nCouncillor Bradley asked that an update on the Foyle Arena be scheduled. Members agreed that this was more properly a matter for the Environment Committee.\n\nIt is recommended that Members recommend to Council the approval of the fees.\n\nMembers agreed that it was not added to the work plan.")).toEqual([]);
  });

  it("reads the start as 'Commenced 1630', '(2.00 – 4.41 pm)' under the date, or '2.00 - 4.21 pm' by the Chairman's signature, and 'at 1630'", () => {
    const m = (text: string) => { const p = extractMinutes(text, { committee: "c" }); return [p.meeting.time, p.nextMeeting?.time ?? null]; };
    expect(m("Minutes of a meeting of the Committee held on Thursday, 15 January 2026 in City Hall\n\nCommenced 1630\nConcluded 1914\n\n39. Disclosures of Interest\n\nNone.\n\n46. Work Programme\n\nIt was noted that the next meeting of the Committee would be held on Thursday, 12\nFebruary 2026 at 1630 in City Hall.")).toEqual(["16:30", "16:30"]);
    expect(m("NEWCASTLE CITY COUNCIL\n\nOVERVIEW AND SCRUTINY COMMITTEE\n\nThursday 22 January 2026\n\n(2.00 – 4.41 pm)\n\n49  APOLOGIES FOR ABSENCE\n\nNone.")).toEqual(["14:00", null]);
    expect(m("Minutes of a meeting held at County Hall on Thursday, 15 January 2026.\n\n41. Minutes\n\nThe minutes were approved.\n\n\n2.00 - 4.21 pm                                                                  CHAIRMAN\n15 January 2026\n")).toEqual(["14:00", null]);
  });

  it("ends a wrapped heading in capitals where sentence case starts, and starts an item at a bare number, with no blank lines", () => {
    const p = extractMinutes("Minutes of the meeting held on 5 March 2026\nI.  DECLARATIONS OF INTEREST\nNone.\nII.  MINUTE\nThe minute was approved.\nIII.  POLICE SCOTLAND - PERFORMANCE REPORT - QUARTER 3,\n         2025-2026\nThe Committee considered a report by the Divisional Commander.\nThe Committee requested that Police Scotland provide a further update to the next meeting.", { committee: "c" });
    expect(p.items.map((i) => i.number)).toEqual(["I", "II", "III"]);
    expect(p.actions.map((a) => a.item)).toEqual(["III"]);
    const q = extractMinutes("Minutes of the meeting held on 15 January 2026\n43\nHOME CARE\nThe Committee requested that the Director provide a breakdown of hours by locality.\nACTION: Strategic Director, Health and Wellbeing\n        Overview and Scrutiny Lead\n44\nORAL HEALTH AND ACCESS TO NHS DENTISTRY\nThe Consultant in Public Health undertook to provide all Members with a list of practices.", { committee: "c" });
    expect(q.items.map((i) => i.number)).toEqual(["43", "44"]);
    expect(q.actions.map((a) => a.item)).toEqual(["43", "44"]);
  });

  it("gives another body's meeting only its month, and a meeting moved to a date that date", () => {
    expect(acts("Minutes of the meeting held on 22 January 2026\n\n54. Buses\n\nThe Cabinet Member undertook to raise the withdrawal of evening journeys with the Combined Authority's Transport Committee at its meeting in March.\n\nRESOLVED that the report on Mental Health Crisis Services be moved from the February meeting to the meeting of the Committee on 12 March 2026.", ["2026-02-12", "2026-03-12"])).toEqual([
      ["54", "action", "Cabinet Member", "2026-03"],
      ["54", "work-programme", null, "2026-03-12"],
    ]);
  });
});

describe("a stray heading before the items", () => {
  it("leaves out a first heading that would swallow every later item ('2026 PROGRAMME OF MEETINGS' over items 58 to 60)", () => {
    const p = extractMinutes("Minutes of the meeting held on 5 March 2026\n\n2026 PROGRAMME OF MEETINGS\n\n58. DECLARATIONS OF INTEREST\n\nNone.\n\n59. MINUTE\n\nThe minute was approved.\n\n60. HOUSING ALLOCATIONS\n\nThe Director undertook to circulate the figures to members.", { committee: "c" });
    expect(p.items.map((i) => i.number)).toEqual(["58", "59", "60"]);
    expect(p.actions.map((a) => a.item)).toEqual(["60"]);
  });
});

describe("fourteenth round: lower-case resolutions, roles with dashes and colons, votes, and minute numbers with no stop", () => {
  const acts = (text: string, known: string[] = []) =>
    extractMinutes(text, { committee: "c", knownMeetings: known.map((date) => ({ date, time: null })) }).actions.map((a) => [a.item, a.kind, a.owner, a.due]);

  it("reads 'It was resolved by a majority to:' and 'Thereafter, the Committee:-' as the heads of lists, not 'including … at the meeting' as business", () => {
    expect(acts("Minutes of the meeting held on 12 March 2026\n\n151.  Reablement\n\nIt was resolved by a majority to:\n\na)  note the performance of the reablement service;\n\nb)  recommend to the Strategy, Resources and Performance Committee that the £640,000 investment be included.\n\n152.  Agenda Plan\n\nIt was resolved unanimously to:\n\na)  note the agenda plan, including the updates reported at the meeting;\n\nb)  appoint Councillor L Sandhu as the Committee's representative, in place of Councillor Grey.\n\n153.  Scrutiny Review\n\nThereafter, the Committee:-\n\n    i.    NOTED the findings of the Scrutiny Panel;\n    ii.   AGREED the seven recommendations and that\n          these be referred to the Economy and Infrastructure Committee for\n          consideration in May 2026.")).toEqual([
      ["151", "recommendation", null, null],
      ["153", "action", null, "2026-05"],
    ]);
  });

  it("finds owners written 'Service Director: Commissioning', 'Strategic Manager – Highways Maintenance', 'the scrutiny project manager', and the subject of 'thanked … and undertook to'", () => {
    expect(acts("Minutes of the meeting held on 12 March 2026\n\n150.  Public Questions\n\nIn response to a supplementary question, the Service Director: Commissioning undertook to provide Mr Farrow with a written answer.\n\nThe Chair thanked Mr Tomlinson for attending and undertook to ensure that a written response was sent to him.\n\n151.  Highways\n\nCllr Carew asked for figures for individual divisions. The Strategic Manager – Highways Maintenance agreed to circulate a division-level breakdown of pothole repairs.\n\nRESOLVED:\n\n1. That the scrutiny project manager circulate the revised draft report to members by 6 February 2026.", ["2026-06-11"]).map((a) => [a[0], a[2]])).toEqual([
      ["150", "Service Director: Commissioning"], ["150", "Chair"], ["151", "Strategic Manager – Highways Maintenance"], ["151", "scrutiny project manager"],
    ]);
  });

  it("reads 'Resolved (7:4) – That (1) … be recommended, at its meeting on …, to approve', keeps 'to undertake a review … and to report the findings' as one, and 'Requested a further report'", () => {
    expect(acts("Minutes of the meeting held on 27 January 2026\n\n43 ADULT SOCIAL CARE FEES\n\nResolved (7:4) – That (1) the Policy and Resources Committee be recommended, at its meeting on 11 February 2026, to approve the fee rates; (2) the Director of Care and Health be requested to undertake a review of the rates paid for dementia nursing placements, including top-up payments, and to report the findings to this Committee by September 2026; and (3) the Chair write to the Secretary of State.\n\n44 HIGHWAYS\n\nResolved that the Committee:\n\n1.  Noted the report.\n2.  Requested a further report on pothole repair performance to the Committee's meeting in July 2026.", ["2026-07-23"])).toEqual([
      ["43", "recommendation", "Policy and Resources Committee", "2026-02-11"],
      ["43", "action", "Director of Care and Health", "2026-09"],
      ["43", "letter", "Chair", null],
      ["44", "request", null, "2026-07-23"],
    ]);
  });

  it("takes '47      Title - Agenda Item 7' over its paragraph as a heading, and a long title over its Gaelic subtitle", () => {
    const p = extractMinutes("Minutes of a Meeting held on 22 January 2026\n\n46      Climate Emergency Strategy - Agenda Item 6\n\nThe report was noted.\n\n47      Bus Service Improvement Plan and Enhanced Partnership - Update - Agenda Item 7\nThe Transport Policy Manager introduced the update.\n\n8.   Accounts Commission: Local Government in Scotland – Financial Bulletin 2024/25\n     Coimisean nan Cunntasan: Riaghaltas Ionadail ann an Alba – Iris Ionmhais 2024/25\n\nThe Committee NOTED the bulletin.", { committee: "c" });
    expect(p.items.map((i) => i.number)).toEqual(["46", "47"]);
    const q = extractMinutes("Minutes of a Meeting held on 19 March 2026\n\n7.   External Audit Plan\n\nNoted.\n\n8.   Accounts Commission: Local Government in Scotland – Financial Bulletin 2024/25\n     Coimisean nan Cunntasan: Riaghaltas Ionadail ann an Alba – Iris Ionmhais 2024/25\n\nThe Committee NOTED the bulletin.", { committee: "c" });
    expect(q.items.map((i) => i.number)).toEqual(["7", "8"]);
  });

  it("does not take 'Item 9: Mrs M Gunn' under declarations for an item, and reads '45: Title - Agenda Item 5' over its paragraph with no blank lines", () => {
    const p = extractMinutes("Minutes of the meeting held on 19 March 2026\n\n[1]  APOLOGIES\n\nNone.\n\n[2]  DECLARATIONS OF INTEREST\n\nItem 9: Mrs M Gunn (non-financial)\n\n[3]  MINUTES\n\nApproved.", { committee: "c" });
    expect(p.items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    const q = extractMinutes("Minutes of a Meeting held on 22 January 2026\n44: Public Question Time - Agenda Item 4\nOne question was received.\n45: Highways Winter Service and Pothole Repair Performance - Agenda Item 5\nThe Committee considered a report.\nThe Service Director undertook to provide members with a note on spending.", { committee: "c" });
    expect(q.items.map((i) => i.number)).toEqual(["44", "45"]);
    expect(q.actions.map((a) => a.item)).toEqual(["45"]);
  });

  it("leaves out a proposal not supported, a report that asked Members to review, and what an Executive Member 'would be willing to' do; pairs 'asked that the report include …' with 'agreed that future reports would include …'", () => {
    expect(acts("Minutes of the meeting held on 27 January 2026\n\n46 PERFORMANCE\n\nConsidered - The report of the Principal Scrutiny Officer which asked Members to review the work programme.\n\nThe Executive Member indicated that he would be willing to look at the criteria again.\n\nA proposal that a separate item on the Better Care Fund be added to the work programme was not supported.\n\nCouncillor Ian Rimmer asked that the report include a measure of how quickly safeguarding enquiries were concluded. The Director of Care and Health agreed that future performance reports would include an indicator on the timeliness of safeguarding enquiries.")).toEqual([
      ["46", "action", "Director of Care and Health", null],
    ]);
  });
});

describe("fifteenth round: headings in another shape, numbered resolutions, and a meeting's dates from its front box and sign-off", () => {
  it("leaves out an attendance table's '8   Name' when the minutes go on '9/26', '10/26' …, and reads Roman articles with no stop", () => {
    const p = extractMinutes("MINUTES of the meeting held on Wednesday, 4 March 2026 commencing at 10.00 am\n\nAgenda Item            Officer Attending\n8                      Elliot Brammer (Waste Strategy Manager)\n\n9/26  APOLOGIES FOR ABSENCE\n\nNone.\n\n10/26  DECLARATIONS OF INTEREST\n\nNone.\n\n11/26  WASTE STRATEGY\n\nThe Waste Strategy Manager undertook to circulate the tonnage figures to members.", { committee: "c" });
    expect(p.items.map((i) => i.number)).toEqual(["9/26", "10/26", "11/26"]);
    const q = extractMinutes("At a MEETING of the SCRUTINY COMMITTEE held at Dundee on 28th January, 2026.\n\nI DECLARATION OF INTEREST\n\nNone.\n\nII MINUTE OF PREVIOUS MEETING\n\nApproved.\n\nIII INTERNAL AUDIT REPORTS\n\nThe Committee agreed:-\n\n(i) to instruct the Executive Director to submit a progress report to the meeting of this Committee in May, 2026.", { committee: "c", knownMeetings: [{ date: "2026-05-27", time: null }] });
    expect(q.items.map((i) => `${i.number} ${i.title}`)).toEqual(["I DECLARATION OF INTEREST", "II MINUTE OF PREVIOUS MEETING", "III INTERNAL AUDIT REPORTS"]);
    expect(q.actions.map((a) => [a.item, a.due])).toEqual([["III", "2026-05-27"]]);
  });

  it("names the items of minutes that number only their resolutions ('2. RESOLVED that:-') by those numbers", () => {
    const p = extractMinutes("At a meeting of the HEALTH SCRUTINY COMMITTEE held in the CITY HALL on WEDNESDAY, 4th FEBRUARY, 2026 at 5.30 p.m.\n\nApologies for Absence\n\nApologies were received.\n\nUrgent and Emergency Care – Winter 2025/2026 Update\n\nMs Lowery undertook to provide Members with a monthly breakdown of ambulance handover times.\n\n2. RESOLVED that:-\n\n(i) the report be noted.\n\nNHS Dental Services in Sunderland\n\nThe report was presented.\n\n3. RESOLVED that:-\n\n(i) the report be noted; and\n\n(ii) the Chair write to the Secretary of State for Health and Social Care.\n\nWork Programme 2025/2026\n\n4. RESOLVED that:-\n\n(i) an item on hospital discharge be added to the work programme.", { committee: "c" });
    expect(p.items.map((i) => i.number)).toEqual(["1", "2", "3", "4"]);
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["2", "request"], ["3", "letter"], ["4", "work-programme"]]);
  });

  it("reads 'RESOLVED – (1) That …' with '(2) That …' below as one list, and leaves out who 'attended the meeting to answer questions' and what 'was not needed'", () => {
    const p = extractMinutes("Minutes of the meeting held on 12 January 2026\n\n6.  BEE NETWORK\n\nThe Assistant Director attended the meeting to answer members' questions.\n\nMembers agreed that a task and finish group was not needed at this stage.\n\nRESOLVED – (1) That the report be noted.\n\n(2) That the Chair write to the Mayor of Greater Manchester on behalf of the Committee.", { committee: "c" });
    expect(p.actions.map((a) => [a.item, a.kind, a.owner])).toEqual([["6", "letter", "Chair"]]);
  });

  it("takes the date 'HELD ON' over a front box's date, 'At: 6.00 pm' as the time, and the next meeting from 'Approved as a correct record … meeting held on'", () => {
    const p = extractMinutes("Committee and Date\n\nPeople Overview and Scrutiny Committee\n\n18 March 2026\n\nMINUTES OF THE PEOPLE OVERVIEW AND SCRUTINY COMMITTEE MEETING HELD ON 21 JANUARY 2026\n10.00 am - 12.52 pm\n\n34  Apologies\n\nNone.", { committee: "c" });
    expect([p.meeting.date, p.meeting.time]).toEqual(["2026-01-21", "10:00"]);
    const q = extractMinutes("COMMUNITIES & TRANSPORT SCRUTINY COMMITTEE\n\n                               Meeting: 12 January 2026\n                                     At: 6.00 pm\n\n1.  MINUTES\n\nApproved.\n\nThe meeting closed at 7.48 p.m.\n\nApproved as a correct record and subject to any amendments or corrections agreed and\nrecorded in the minutes of the meeting held on 17th March 2026, they were signed by\nthe Chair.", { committee: "c" });
    expect([q.meeting.time, q.nextMeeting?.date]).toEqual(["18:00", "2026-03-17"]);
  });
});

describe("sixteenth round: agenda-pack stamps, spaced-out THAT, reasons, sub-items in brackets, and times in a long opening", () => {
  it("drops the pack's 'Agenda Item 3' stamp, and reads the start from '… COMMENCING AT 10.00 AM' a line below the date", () => {
    const p = extractMinutes("                                                                          Agenda Item 3\nBuckinghamshire Council\n\nMINUTES OF THE MEETING OF THE SELECT COMMITTEE HELD ON\nTHURSDAY 29 JANUARY 2026 IN THE OCULUS, BUCKINGHAMSHIRE COUNCIL, GATEHOUSE ROAD,\nAYLESBURY HP19 8FF, COMMENCING AT 10.00 AM AND CONCLUDING AT 12.48 PM\n\n1    Apologies for Absence\nNone.\n\n2    Minutes\nThe minutes of the meeting held on 27 November 2025 were agreed.\n\n3    Dental Access\nThe Director agreed to circulate the refreshed improvement plan to Members.", { committee: "c" });
    expect([p.meeting.date, p.meeting.time]).toEqual(["2026-01-29", "10:00"]);
    expect(p.items.map((i) => i.number)).toEqual(["1", "2", "3"]);
  });

  it("reads 'T H A T … be noted' as noting, and leaves out the reasons listed under 'Reasons for recommendations' even where a page edge took that heading's place in the running-line count", () => {
    const page = (n: number, body: string) => `${body}\n\n${" ".repeat(40)}${n}\n`;
    const p = extractMinutes([
      page(1, "HOMES SCRUTINY COMMITTEE: 14TH JANUARY, 2026\n\nMinutes of the meeting held on 14 January 2026\n\n616     HOUSING BUDGET (REF) –\n\nRECOMMENDED –\n\n(1)  T H A T the Initial Housing Revenue Account Budget Proposals 2026/27 be noted.\n\n(2)  T H A T Cabinet be requested to consider a lower increase.\n\nReasons for recommendations"),
      page(2, "(1)  Having regard to the contents of the report.\n\n(2)  To advise Cabinet of the views of the Committee.\n\nReasons for recommendations"),
      page(3, "617     DAMP AND MOULD (DEH) –\n\nRECOMMENDED –\n\n(1)  T H A T the progress made be noted.\n\nReasons for recommendations"),
      page(4, "(1)  To enable the Committee to continue to monitor progress."),
    ].join("\f"), { committee: "c" });
    expect(p.actions.map((a) => [a.item, a.text])).toEqual([["616", "Cabinet be requested to consider a lower increase."]]);
  });

  it("does not take '(1) Apologies' under '1. General' for the next items, and resolves 'in advance of the next meeting'", () => {
    const p = extractMinutes("Minutes of the meeting held on 28 January 2026\n\n1. General\n\n(1) Apologies\n\nNone.\n\n(2) Disclosures of Interests\n\nNone.\n\n2. Public Speaking\n\nNone.\n\n3. Questions\n\nNone.\n\n4. Care at Home\n\nThe Head of Social Care undertook to provide members with figures on unmet hours by locality in advance of the next meeting.", { committee: "c", knownMeetings: [{ date: "2026-03-18", time: null }] });
    expect(p.items.map((i) => i.number)).toEqual(["1", "2", "3", "4"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["4", "2026-03-18"]]);
  });
});

describe("a resolution whose stem is itself a task", () => {
  // The views are due when Cabinet meets to hear them, as every other stem sending a list to a dated meeting (sent-on.ts).
  it("tracks 'that the Chair report the following views … to Cabinet on …' as well as the views it lists, each due that day", () => {
    const p = extractMinutes("Minutes of the meeting held on Tuesday 2 December 2025 at 10.00 am\n\n1. Apologies\n\nNone.\n\n2. School Transport Review\n\nMembers raised concerns about costs.\n\nRESOLVED that the Chair report the following views of the Committee to Cabinet on 15 January 2026:\n\n(a) the Cabinet be asked to publish the eligibility criteria in plain English;\n\n(b) the Cabinet be asked to review the appeals process.", { committee: "c" });
    expect(p.actions.map((a) => [a.item, a.owner, a.due, a.text.slice(0, 40)])).toEqual([
      ["2", "Chair", "2026-01-15", "The Chair report the following views of "],
      ["2", "Cabinet", "2026-01-15", "The Cabinet be asked to publish the elig"],
      ["2", "Cabinet", "2026-01-15", "The Cabinet be asked to review the appea"],
    ]);
  });

  it("leaves a committee's own stem ('that the Committee submit the following comments:') as the head of its list only", () => {
    const p = extractMinutes("Minutes of the meeting held on Tuesday 2 December 2025\n\n1. Budget\n\nRESOLVED that the Committee submit the following comments:\n\n(a) the Cabinet be asked to review the savings proposal for libraries;\n\n(b) the Cabinet be asked to publish the equality impact assessment.", { committee: "c" });
    expect(p.actions.map((a) => a.text.slice(0, 30))).toEqual(["The Cabinet be asked to review", "The Cabinet be asked to publis"]);
  });
});

describe("a reference back to a minute, and a proposal turned down in a sentence of its own", () => {
  it("reads 'Minute 4 above. It was agreed that …' at the start of a wrapped line as the paragraph going on, and keeps the ask before 'A suggestion that … was not taken forward'", () => {
    const p = extractMinutes("Minutes of the meeting held on 14 January 2026\n\n1. Apologies\n\nNone.\n\n2. Review scope\n\nMembers discussed the draft scope and agreed that the crossing patrol service\nshould be brought within the review in the light of the budget proposals considered at\nMinute 4 above. It was agreed that the Vice-Chair would contact the Schools\nForum to invite headteachers to give evidence to the review panel. A suggestion that\nthe review also consider home-to-school transport was not taken forward.\n", { committee: "c" });
    expect(p.actions.map((a) => [a.item, a.owner, a.text])).toEqual([
      ["2", "Vice-Chair", "It was agreed that the Vice-Chair would contact the Schools Forum to invite headteachers to give evidence to the review panel."],
    ]);
  });

  it("still drops an ask that the next sentence turns down", () => {
    const p = extractMinutes("Minutes of the meeting held on 14 January 2026\n\n1. Parks\n\nCouncillor Bradley asked that an update on the car park be scheduled. This was not taken forward, as the works were complete.", { committee: "c" });
    expect(p.actions).toEqual([]);
  });
});

describe("seventeenth round: numbers alone over titles, sub-items, proposals agreed, and things already done or withdrawn", () => {
  it("reads '4.' alone atop a page, over a title that runs straight into its paragraph, as item 4, and takes the start from 'opened the meeting at'", () => {
    const page = (n: number, body: string) => `${body}\n\n\n- ${n} -\n150126\n`;
    const p = extractMinutes([
      page(1, "SCRUTINY COMMITTEE\n\nMembers Present:\n\n15 January 2026\n\n1.\n\nChairs Announcement(s)\nThe Chairperson opened the meeting at 2.00 pm and welcomed all\nto the meeting.\n\n2.\n\nDeclarations of Interest\nNone.\n\n3.\n\nMinutes of Previous Meeting\nThe minutes were approved as an accurate record."),
      page(2, "4.\n\nForward Work Programme 2025/26\nMembers considered the Committee's Forward Work Programme for\n2025/26.\nIt was agreed that the Scrutiny Officer would add an item on the\nRapid Rehousing Plan to the Forward Work Programme.\n\n5.\n\nQuarter 2 Performance Monitoring Report 2025/26 – Social\nServices, Health and Housing\nMembers received the performance information.\nMembers requested a breakdown of agency costs."),
      page(3, "6.\n\nUrgent Items\nThere were no urgent items."),
    ].join("\f"), opts());
    expect(p.meeting.time).toBe("14:00");
    expect(p.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Chairs Announcement(s)"], ["2", "Declarations of Interest"], ["3", "Minutes of Previous Meeting"],
      ["4", "Forward Work Programme 2025/26"], ["5", "Quarter 2 Performance Monitoring Report 2025/26 – Social Services, Health and Housing"], ["6", "Urgent Items"],
    ]);
    expect(p.actions.map((a) => a.item)).toEqual(["4", "5"]);
  });

  it("makes '4.1 Title', '4.2 Title' under '4. REPORTS FOR CONSIDERATION' items of their own, and leaves numbered paragraphs in their item", () => {
    const p = extractMinutes("Minutes of the meeting held on 20 January 2026\n\n3.\nMINUTES OF THE PREVIOUS MEETING\n\nThe minutes were agreed.\n\n4.\nREPORTS FOR CONSIDERATION\n\n4.1\nCabinet Member Spotlight: Cabinet Member for Housing\n\nThe Cabinet Member agreed to provide a written breakdown of the council homes programme by site.\n\n4.2\nHousing Revenue Account Budget 2026-27\n\nMembers requested a breakdown of the capital programme by ward.\n\n5.\nWORK PROGRAMME\n\n5.1 The Committee considered its work programme.\n\n5.2 Members asked that an item on voids be added to the work programme.", opts());
    expect(p.items.map((i) => i.number)).toEqual(["3", "4", "4.1", "4.2", "5"]);
    expect(p.actions.map((a) => a.item)).toEqual(["4.1", "4.2", "5"]);
  });

  it("reads 'Resolved   That …' with a capital That, '… to note' recommended to Council as noting, and 'The Forum recommended to the Executive Committee:' over its paragraph", () => {
    const p = extractMinutes("Minutes of the meeting held on 12 February 2026\n\nSC006/26     Recycling Centres\n\n             Resolved   That the Committee note the performance report.\n\nSC007/26     Quarter 3 Monitoring\n\n             Resolved   That it be recommended to the Council to note the Quarter 3 Monitoring Report.\n\nSC008/26     Complaints\n\n      The Forum recommended to the Executive Committee:\n\n              that the Stage 1 complaints response target of 85% be reviewed", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.text])).toEqual([["SC008/26", "recommendation", "Executive Committee", "The Stage 1 complaints response target of 85% be reviewed"]]);
  });

  it("gives an ask put to officers at large to the officer who takes it up in the next sentence, and reads 'She asked that …' after a councillor's remark as the councillor's, not a deputation's", () => {
    const p = extractMinutes("Minutes of the meeting held on 12 February 2026\n\n1. Leisure\n\nThe Chair invited Mr Forbes to address the Committee. Mr Forbes said that carers were charged full price. He asked that the Council consider free entry for a carer.\n\nCouncillor Quinn said that rural areas were poorly served. She asked that officers explore whether a combined travel and leisure offer could be piloted, and report back to the Committee. The Strategic Director of Communities agreed to explore this and report back to the May meeting.", opts(["2026-03-12", "2026-05-14"]));
    expect(p.actions.map((a) => [a.owner, a.due, a.text.slice(0, 40)])).toEqual([["Strategic Director of Communities", "2026-05-14", "She asked that officers explore whether "]]);
  });

  it("merges a proposal with the agreement in the next sentence, and a work-programme ask with the resolution on the same topic", () => {
    const p = extractMinutes("Minutes of the meeting held on 12 February 2026\n\n9. Work Programme\n\nCouncillor Stewart proposed that a review of public conveniences across the district, including opening hours, be included in the work programme. Members agreed that a review of public conveniences be added to the work programme for the June meeting.\n\nCouncillor Milburn asked that the Committee look at local bus services, in particular the reliability of services to the west of the county. Members agreed that this should be scheduled.\n\nRESOLVED that local bus services and the Bus Service Improvement Plan be included in the work programme for June.", opts(["2026-03-12", "2026-06-11"]));
    expect(p.actions.map((a) => [a.kind, a.due, a.text.slice(0, 40)])).toEqual([
      ["work-programme", "2026-06-11", "Councillor Stewart proposed that a revie"],
      ["work-programme", "2026-06-11", "Local bus services and the Bus Service I"],
    ]);
  });

  it("drops asks withdrawn after the answer, done already, circulated before, or turned down as inappropriate, and undertakings the matter has since overtaken", () => {
    const p = extractMinutes("Minutes of the meeting held on 27 January 2026\n\n5. Complaints\n\nCouncillor Gallagher asked that the Committee scrutinise the use of agency staff. The Chief Executive advised that an audit was already planned. Councillor Gallagher said that he was content not to proceed on that basis.\n\nCouncillor Duffy asked that the Annual Letter be circulated to all members. The Administration Officer advised that the letter had been circulated to all elected members by email on 12 December 2025.\n\nCouncillor Ferrie asked that an item on the City Deal be included. The Chair advised that she did not consider it appropriate for the Forum to duplicate that scrutiny.\n\n•     A member asked for the subsidy per passenger for each route.\n      It was pointed out that this information was already set out at Appendix B.\n\nOfficers explained that these were complex cases, and agreed to look into the specific case raised by the Member. The Member confirmed that the matter had since been resolved.", opts());
    expect(p.actions).toEqual([]);
  });

  it("does not take a report's own plans, assurances, purposes or a briefing's news for actions", () => {
    const p = extractMinutes("Minutes of the meeting held on 15 January 2026\n\n6. Housing Support\n\nOfficers advised that, once the Strategy was approved, the Housing Options team would meet with each registered social landlord during February.\n\nThe Directorate would also be reviewing all vacant posts as part of the normal budget process and would report the outcome in the Quarter 3 report.\n\nIn response to a question, officers confirmed that no child currently placed with a private provider would be required to move placement.\n\nThe Cabinet Member confirmed that the Tenants' Federation would be represented on the steering group.\n\nThe Council faced a budget gap; the People Directorate had been asked to identify £6.4 million of savings.\n\nThe new timescales had come into force and the service had restructured its repairs triage to meet them.\n\nMembers were informed that 212 properties had flooded. The Lead Local Flood Authority would publish each report once the investigation had been completed.", opts());
    expect(p.actions).toEqual([]);
  });

  it("reads matters arising under the minutes item, but not an amendment to the minutes; 'thanked … and asked that', 'For the Democratic Advisor to …', and 'to be carried forward to the 2026/27 work programme'", () => {
    const p = extractMinutes("Minutes of the meeting held on 15 January 2026\n\n41. MINUTES\n\nCouncillor Huckerby asked that minute 35 be amended to record that he had been present. The Committee agreed to the amendment.\n\nFurther to Minute No. 33, it was noted that the response from the ICB had not yet been received. The Senior Governance Officer would seek an update from the ICB and report back to Members.\n\n42. PUBLIC STATEMENTS\n\nThe Chair thanked Mr Holroyd for his statement and asked that the Director of Place provide Mr Holroyd with a written response.\n\n43. WORK PROGRAMME\n\nRESOLVED:\n\n1. For the Democratic Advisor to liaise with the Chair of the Education Panel to arrange a joint session;\n\n2. the planned item on Right to Buy receipts to be carried forward to the 2026/27 work programme.", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner])).toEqual([
      ["41", "action", "Senior Governance Officer"], ["42", "request", "Director of Place"],
      ["43", "action", "Democratic Advisor"], ["43", "work-programme", null],
    ]);
  });
});

describe("eighteenth round: item tables, paragraph labels, stems over lists, quoted questions, and plans that are not promises", () => {
  it("reads an 'Item No. / Title' table flattened to '1', '2', '3' over their titles, and 'Meeting held at 6.00pm in …' below the attendance", () => {
    const p = extractMinutes("Economy Scrutiny Panel\nMinutes - 21 January 2026\nAttendance\nCllr A Sangha (Chair)\nScrutiny Officer\n\nMeeting held at 6.00pm in Committee Room 3, Civic Centre\n\nItem No.\n\nTitle\n\n1\n\nApologies for absence\nApologies were received from Cllr Evans.\n\n2\n\nDeclarations of interest\nThere were none.\n\n3\n\nWolves at Work Annual Update\nThe Head of Skills undertook to provide a breakdown of job outcomes by ward.\n", opts());
    expect(p.meeting.time).toBe("18:00");
    expect(p.items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["3", "Head of Skills"]]);
  });

  it("does not take '37.2 Summary of responses to committee members' questions and comments: -' for an item, and reads the ask in a bullet with no full stop", () => {
    const p = extractMinutes("Minutes of the meeting held on 21 January 2026 at 10.30 am\n\n36.    Urgent Matters\n\n36.1   None.\n\n37.    Highways Annual Works Programme\n\n37.1   The Committee considered a report by the Director.\n\n37.2   Summary of responses to committee members' questions and comments: -\n\n       •    Members requested a breakdown of the number of potholes repaired in\n            each district, together with the average time taken\n            to complete a permanent repair. The Director undertook to circulate\n            this by the end of February\n       •    A member asked how many claims had been received.\n\n38.    Work Programme\n\n38.1   Noted.", opts());
    expect(p.items.map((i) => i.number)).toEqual(["36", "37", "38"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due, a.text.slice(0, 34)])).toEqual([["37", "Director", "2026-02", "Members requested a breakdown of t"]]);
  });

  it("reads 'UNANIMOUSLY RESOLVED that:', a 'Recommendation' label over 'On the proposal of …, it was agreed to recommend to Council:', and leaves out what Council is only asked to note", () => {
    const p = extractMinutes("Minutes of the meeting held on 19 January 2026\n\n4.   REVENUE BUDGET\n\n     UNANIMOUSLY RESOLVED that:\n\n     4.1   the Revenue Budget Strategy be received;\n\n     4.2   it be recommended to Cabinet that the proposed reduction in the Events grant be reconsidered.\n\n6.   PLANNING PERFORMANCE\n\nRecommendation\n\nOn the proposal of Councillor J Boyd, seconded by Alderman M Ferris, it was agreed to\nrecommend to Council:\n\n(i) that the Quarter 2 planning performance report be noted; and\n(ii) that funding for two additional temporary Senior Planning Officer posts be considered as part of the rates estimates process.\n\n7.   AUDIT\n\nOn the proposal of Councillor D Hughes, seconded by Councillor S Wallace, it was agreed to\nrecommend to Council that the Audit Office Report to those Charged with Governance be noted.\n\nOn the proposal of the Chair, seconded by Alderman M Ferris, it was agreed that Councillor S Wallace be appointed to the Member Working Group.", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.text.slice(0, 30)])).toEqual([
      ["4", "recommendation", "It be recommended to Cabinet t"], ["6", "recommendation", "Funding for two additional tem"],
    ]);
  });

  it("tracks each quoted question an officer committed to answer outwith the meeting, and no date looked back to with 'since'", () => {
    const p = extractMinutes("Motherwell, 20 November 2025 at 2 pm.\n\n4.     PERFORMANCE\n\n        During discussion on this matter, a number of questions were asked in respect of\n        which the Chief Officer (Business and Digital) committed to respond outwith the\n        meeting:-\n\n        \"In relation to sickness absence, can a breakdown of the average number of days\n        lost per employee be provided by Service?\" (Councillor O'Rourke)\n\n        \"In respect of missed bin collections, can further information be provided on the\n        reasons for the increase in missed collections since the route changes in August?\" (Councillor A. McLaren)\n\n        Decided: that the report be noted.", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([
      ["4", "request", "Chief Officer (Business and Digital)", null], ["4", "request", "Chief Officer (Business and Digital)", null],
    ]);
  });

  it("drops asks met at the meeting, withdrawn once answered, pointed to an action below, or recalled from before; and a body's plans", () => {
    const p = extractMinutes("Minutes of the meeting held on 14 January 2026\n\n6. Housing\n\nThe Chair introduced the item, explaining that the Commission had asked for an update following its session in July 2025.\n\nCllr Natarajan asked for a copy of the Damp and Mould Policy. The Director noted that this was published on the website and the Scrutiny Officer shared the link with Members during the meeting.\n\nMembers asked to see the latest version of this dashboard (see action below).\n\nCouncillor Rigby asked for a list of the locations of the deployable CCTV cameras. The Assistant Director explained that the locations could not be made public. Councillor Rigby indicated he was content with that.\n\nThe Chair agreed that the Commission would not pursue this request.\n\nThe Chair asked for a Member to join the budget working group. Cllr Natarajan was nominated.\n\nThe Climate Change Manager advised that the Council would publish its Climate Adaptation Plan in summer 2026.\n\nWith reference to paragraph 4 of the Minute of the meeting held on 13 March 2025, when it was agreed to undertake a scrutiny review of fleet costs, there was submitted a report by the Chief Officer.\n\nACTION:\n\nDirector of Property to circulate the compliance dashboard to Members by 31 January 2026.", opts());
    expect(p.actions.map((a) => [a.owner, a.due])).toEqual([["Director of Property", "2026-01-31"]]);
  });

  it("keeps what officers take on apart from what the committee sets up, and finds who 'he' is when the sentence names him first", () => {
    const p = extractMinutes("Minutes of the meeting held on 19 January 2026\n\n8. AUDIT\n\nThe Director of Finance acknowledged that progress had been slower than anticipated, and he undertook to complete the reconciliation of the fixed asset register by 31 March 2026.\n\nThe Audit and Risk Manager, in response to questions from Members on Purchase Cards, advised that 34 cardholders had not provided receipts. He undertook to circulate the full Purchase Cards audit report to Members by 12 December 2026.\n\nThe Committee agreed to establish a Task and Finish Group on Gatwick. The Senior Advisor would circulate draft terms of reference for the Task and Finish Group to members by 13 February 2026.\n\nThe Scrutiny Support Officer would escalate the matter to the Head of Highways and report back to the next meeting.", opts(["2026-03-09"]));
    expect(p.actions.map((a) => [a.owner, a.due])).toEqual([
      ["Director of Finance", "2026-03-31"], ["Audit and Risk Manager", "2026-12-12"], [null, null], ["Senior Advisor", "2026-02-13"], ["Scrutiny Support Officer", "2026-03-09"],
    ]);
  });

  it("resolves 'for that meeting' to the meeting the paragraph before names, 'the Panel's next meeting', and the Panel's own month over Cabinet's date", () => {
    const p = extractMinutes("Minutes of the meeting held on 12 January 2026\n\n11. FORTHCOMING ITEMS\n\nThe Committee received a list of forthcoming items to be considered at its next meeting to be held on Thursday, 5th March 2026.\n\nMembers requested that a report on the Private Sector Housing Enforcement Policy be added to the list of forthcoming items for that meeting.\n\nThe Scrutiny Officer would arrange a site visit for Panel Members before the Panel's next meeting.\n\nMembers asked that the report on the restructure, scheduled for Cabinet on 17th March 2026, be brought to the February meeting of the Panel.", opts(["2026-02-09", "2026-03-05"]));
    expect(p.actions.map((a) => [a.kind, a.due])).toEqual([["work-programme", "2026-03-05"], ["action", "2026-03-05"], ["work-programme", "2026-02-09"]]);
  });

  it("merges an ask with 'It was agreed that …' on it in the next sentence, and 'Officers noted a request for …' is a request", () => {
    const p = extractMinutes("Minutes of the meeting held on 12 January 2026\n\n44. LICENSING\n\nCouncillor Connolly asked that councillors for the affected wards be offered a briefing before the consultation closed. It was agreed that ward briefings would be arranged for the affected wards during February.\n\nMembers welcomed the evaluation. Officers noted a request for the independent evaluation to be shared with the relevant local ward members once finalised.", opts());
    expect(p.actions.map((a) => [a.kind, a.due, a.text.slice(0, 28)])).toEqual([["action", "2026-02", "Councillor Connolly asked th"], ["request", null, "Officers noted a request for"]]);
  });
});

describe("nineteenth round: pack stamps above the title, markers alone on a line, wrapped titles, and appointments", () => {
  it("drops 'AGENDA ITEM 1' alone above the title, so the meeting is the one the title gives, not one the minutes mention", () => {
    const p = extractMinutes("AGENDA ITEM 1\n\nDecisions of the Overview and Scrutiny Committee\n\n18 November 2025 at 7.00 pm\nHendon Town Hall\n\n1.    MINUTES OF THE PREVIOUS MEETING (Agenda Item 1):\n\nRESOLVED that the minutes of the meeting held on 16 September 2025 be agreed as a correct record.\n\n2.    ABSENCE OF MEMBERS (Agenda Item 2):\n\nNone.\n\n3.    LIBRARIES (Agenda Item 3):\n\nThe Director undertook to circulate the opening hours survey to Members.", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-11-18", "19:00"]);
    expect(p.items.map((i) => i.number)).toEqual(["1", "2", "3"]);
  });

  it("reads '(a)' on a line of its own over its words, a 'Time' cell flattened below its label, and a title wrapped under '8/26' alone", () => {
    const p = extractMinutes("Minute of Meeting\nAudit, Risk and Scrutiny Board\n\nDate\n\nTime\n\nVenue\n\nMonday, 19 January 2026\n\n10:00\n\nCouncil Chambers, Paisley\n\n7/26 Temporary Accommodation\n\nNoted.\n\n8/26\nPre-Decision Scrutiny: Housing Revenue Account Budget and Rent Setting\n2026-27\n\nDECIDED:\n\n(a)\n\nThat the report be noted; and\n\n(b)\n\nThat the Chief Executive write to the Scottish Public Services Ombudsman seeking clarification.", opts());
    expect(p.meeting.time).toBe("10:00");
    expect(p.items.map((i) => i.number)).toEqual(["7/26", "8/26"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.owner])).toEqual([["8/26", "letter", "Chief Executive"]]);
  });

  it("does not take appointments, nominations or a lead member's role for actions, nor a list's stem alone", () => {
    const p = extractMinutes("Minutes of the meeting held on 11 February 2026\n\n9. WORK PROGRAMME\n\nCouncillor Lodge was nominated and, there being no other nominations, it was agreed that she be appointed.\n\nIt was proposed that Councillor Galt be appointed as lead member for the review. This was agreed.\n\nThe Committee agreed to appoint Councillor Whitcombe to the vacancy on the Task and Finish Group.\n\nThe Panel agreed that Councillor Haigh would act as lead Member for the Panel's work on hospital discharge.\n\nRESOLVED that the Committee:", opts());
    expect(p.actions).toEqual([]);
  });

  it("tracks what is endorsed and forwarded or referred to Cabinet, with Cabinet's own month, and each point under 'requested the following information:'", () => {
    const p = extractMinutes("Minutes of the meeting held on 18 November 2025\n\n12. FOOD INSECURITY REVIEW\n\nRESOLVED:\n\n1. That the recommendations of the review, as set out in Section 6 of the report, be endorsed and forwarded to Cabinet for consideration.\n\n2. The report and its recommendations be referred to Cabinet for consideration at its meeting in January 2026.\n\n13. REPAIRS\n\nThe Sub-Committee requested the following information:\n\n1. A breakdown of all repairs outstanding for more than 90 days, by contractor and by ward.", opts(["2026-01-20"]));
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([
      ["12", "recommendation", "Cabinet", null], ["12", "recommendation", "Cabinet", "2026-01"], ["13", "request", null, null],
    ]);
  });

  it("drops an ask turned down as 'therefore not added' or withdrawn, and a procedure rule for Cabinet; reads 'Duration of meeting' above an appendix of questions", () => {
    const p = extractMinutes("Minutes of the meeting held on 20 January 2026\n\n10. WORK PROGRAMME\n\nCouncillor Whitlock asked whether an update on Regina Road could be added to the work programme. The Chair advised that this was already scheduled elsewhere; it was therefore not added.\n\nCouncillor Bissett proposed that a review of school transport be added to the Annual Programme 2025/26. The Convener advised that it would not be appropriate for this Board to duplicate that work. Councillor Bissett indicated that he did not wish to pursue the proposal at this time.\n\nThe Governance Advisor reported that the Procedure Rules required Cabinet to respond to the recommendations within two months.\n\n11. EXEMPT BUSINESS\n\nThere was none.\n\nAppendix 1 - Public Questions\n\nDuration of meeting: 10.00 am - 1.35 pm\n\nQuestion 1 - from Mr Smith\n\nWhen will the bridge reopen?\n\nResponse\n\nIn March.", opts());
    expect(p.meeting.time).toBe("10:00");
    expect(p.actions).toEqual([]);
  });
});

describe("twentieth round: attendance notes, a table of contents, promises beside an action list, and 'is noted'", () => {
  it("does not take 'P Haigh (Head of Housing) – Minute 43' in the attendance list for an item", () => {
    const p = extractMinutes("MINUTES of the meeting of the Overview and Scrutiny Committee held on Wednesday, 14th January 2026, commencing at 6.00 pm.\n\nALSO PRESENT:       Councillor Brearley (Cabinet Member for Regeneration and\n                    Transport) – Minute 42\n\nIN ATTENDANCE:      P Haigh (Head of Housing) – Minute 43\n\n34        APOLOGIES FOR ABSENCE\n\n          None.\n\n35        BUDGET\n\n          Members requested a breakdown of the home to school transport overspend.", opts());
    expect(p.items.map((i) => i.number)).toEqual(["34", "35"]);
    expect(p.actions.map((a) => a.item)).toEqual(["35"]);
  });

  it("leaves out a table of contents listing each item with its decision in a word", () => {
    const p = extractMinutes("MINUTES OF THE PROCEEDINGS OF THE COMMITTEE HELD ON TUESDAY 24 FEBRUARY 2026 AT 7.00PM\n\nTable of Contents\n\nNo.\n\nItem\n\nSummary of Key Decisions\n\n1.\n\nApologies\n\nCouncillor McGuigan\n\n2.\n\nSickness Absence Report\n\nNoted\n\n3.\n\nCorrespondence\n\nNoted; letters to issue\n\n1. APOLOGIES\n\nApologies were recorded for Councillor McGuigan.\n\n2. SICKNESS ABSENCE REPORT\n\nThe Head of Human Resources undertook to provide Members with the absence figures by depot.\n\n3. CORRESPONDENCE\n\nNoted.", opts());
    expect(p.items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["2", "Head of Human Resources"]]);
  });

  it("keeps what someone named undertook in an item that lists its actions, but not a short 'agreed to share it'", () => {
    const p = extractMinutes("Minutes of the meeting held on Thursday 15 January 2026 at 7.00 pm\n\nCH38      TEMPORARY ACCOMMODATION\n\n          (a)  Members raised concerns about rents. It was agreed that the Chair would write to the Minister of State for Housing setting out the impact of the freeze.\n\n          (b)  Councillor Brennan suggested a visit. The Cabinet member for Housing undertook to arrange a visit for Committee members to the Housing Solutions hub.\n\n          (c)  Members asked for the policy. Ms Hollis agreed to share it.\n\n          ACTIONS:\n\n          1.   That the Head of Housing Solutions provide a month-by-month breakdown of placements.", opts());
    expect(p.actions.map((a) => [a.kind, a.owner])).toEqual([["letter", "Chair"], ["action", "Cabinet member for Housing"], ["request", "Head of Housing Solutions"]]);
  });

  it("reads '(1) that the Cabinet Forward Plan is noted' as noting, 'did not refer the decision back' as settled, and 'provided on request' as no promise", () => {
    const p = extractMinutes("Minutes of the meeting held on 20 November 2025\n\n52/25   Cabinet Forward Plan\n\nResolved:-\n\n(1)   that the Cabinet Forward Plan is noted;\n\n(2)   that the Board did not refer the decision back to the decision maker.\n\n53/25   Leisure\n\nThe summary was tabled. A further copy would be provided on request.", opts());
    expect(p.actions).toEqual([]);
  });
});

describe("who undertook it, when the sentence names someone else first", () => {
  it("finds 'the Head of Human Resources and OD' after 'Councillor Devlin referred to … and', and 'She' in '… was not aware … and undertook to check'", () => {
    const p = extractMinutes("Minutes of the meeting held on 22 January 2026\n\n40. ABSENCE\n\nCouncillor Devlin referred to the high level of absence in Environmental Services and the Head of Human Resources and OD undertook to provide Members with a breakdown of absence by section.\n\n41. GP ACCESS\n\nCouncillor Orme asked about the proposed closure of the branch surgery in Somerstown. Jo Raddings explained that an application had been received in November. She was not aware whether a decision had yet been made and undertook to check whether the application had been decided and to let members know.", { committee: "c" });
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["40", "Head of Human Resources and OD"], ["41", "Jo Raddings"]]);
  });
});

describe("twenty-first round: amendments listed under the work programme, appointments, asks the resolution settles", () => {
  const head = "Minutes of the meeting held on Thursday 8 January 2026 at 6.30pm\n\n";

  it("splits the work programme's 'subject to the following amendments:' and a group's recommendations 'referred to … –' into their limbs", () => {
    const p = extractMinutes(`${head}609 Work programme\n\nThe Committee:\n\na) agreed the work programme as set out at Appendix 1, subject to the following amendments:\n\ni) that a report on the Local Plan consultation be added to the work programme for the meeting on 5 March 2026;\n\nii) that the Senior Democratic Services Officer arrange a briefing for all Members on the Heritage Action Zone before the end of March 2026;\n\n610 Fly-tipping task group\n\nResolved –\n\n(i) That the report be noted.\n\n(ii) That the following recommendations of the Group be referred to the Executive Cabinet Member for Environmental Services for consideration –\n\n(a) that the fixed penalty be increased to £1,000;\n\n(b) that the number of CCTV cameras be increased from 12 to 20.`, opts(["2026-03-05"]));
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([
      ["609", "work-programme", null, "2026-03-05"], ["609", "action", "Senior Democratic Services Officer", "2026-03"],
      ["610", "recommendation", "Executive Cabinet Member for Environmental Services", null], ["610", "recommendation", "Executive Cabinet Member for Environmental Services", null],
    ]);
  });

  it("does not take members appointed or nominated at the meeting, an officer inviting comments, or a scope amended there, for actions", () => {
    const p = extractMinutes(`${head}58/25 ROAD SAFETY REVIEW\n\nRESOLVED that the Committee:\n\n(1) Appoints Councillors Cresswell, Dakin and Wragg to the review working group; and\n\n(2) agreed to establish a Town Centre Task Group and appointed Councillors Okafor, Bains and Lowther to the Task Group.\n\n59/25 VISITOR LEVY\n\nThe Committee agreed that two of its Members should sit on the Reference Group, and Councillors Sian Lloyd-Davies and Paul Crowther were nominated.\n\nThe Scrutiny Officer presented the Notice of Key Decisions and invited Members to identify any decisions for pre-decision scrutiny.\n\nCouncillor Tideswell asked that the review include the accessibility of hubs, and this was agreed as an amendment to the scope.`, opts());
    expect(p.actions).toEqual([]);
  });

  it("drops an ask done already behind a '- Place' the line wrapped to, one the committee did not support after the answer, and one 'covered within' another item", () => {
    const p = extractMinutes(`${head}54/25 FLOOD RISK\n\n          •    Councillor Needham asked that the Committee receive a briefing on\n               the responsibilities of riparian landowners. The Executive Director\n               - Place advised that an all-Member briefing on riparian responsibilities had been held on 14 October 2025 and that the slides had been circulated to all Members afterwards.\n\n55/25 ASSETS\n\nCouncillor Graves asked that the Committee call for a moratorium on disposals. The Deputy Leader advised that a moratorium would put capital receipts at risk. The Chair noted that the matter had been considered by the Executive and the Committee did not support the request.\n\n56/25 WORK PROGRAMME\n\nCouncillor Ainsworth suggested that a separate item on street lighting be added to the work programme. Following discussion, the Committee agreed that this would be covered within the Highways update to be considered in March 2026.`, opts());
    expect(p.actions).toEqual([]);
  });

  it("puts business 'brought to the Committee in November 2026' on the work programme, and an invitation 'to attend that meeting' at the meeting before it", () => {
    const p = extractMinutes(`${head}94 COUNCIL TAX SUPPORT\n\nRESOLVED - That:\n\n(1) the outcome of the consultation be noted; and\n\n(2) a report on the first six months' operation of the revised scheme, including its impact on collection rates and recovery action, be brought to the Committee in November 2026.\n\n95 WORK PROGRAMME\n\nRESOLVED that the Committee:\n\n(1) agrees that an item on the Electric Vehicle Charging Strategy be added to the work programme for its meeting on 28 January 2026; and\n\n(2) asks the Improvement and Scrutiny Officer to invite the Cabinet Member to attend that meeting for the item.\n\n96 HEALTH\n\nRESOLVED: That\n\n(1) the report be noted;\n\n(2) progress against the Improvement Plan be included in the Work Programme as a six-monthly item, commencing June 2026; and\n\n(3) an update on dentistry be included in the Work Programme for the March 2026 meeting, and the Senior Democratic Services Officer be requested to invite representatives of NHS Cheshire and Merseyside to attend;`, opts(["2026-01-28", "2026-03-10"]));
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([
      ["94", "work-programme", null, "2026-11"],
      ["95", "work-programme", null, "2026-01-28"], ["95", "action", "Improvement and Scrutiny Officer", "2026-01-28"],
      ["96", "work-programme", null, "2026-06"], ["96", "work-programme", null, "2026-03-10"], ["96", "action", "Senior Democratic Services Officer", "2026-03-10"],
    ]);
  });

  it("lets the resolution settle what debate asked and nobody took up, but not an ask taken up there or one the resolution only sends to Cabinet", () => {
    const p = extractMinutes(`${head}97 ICT DISAGGREGATION\n\nMembers expressed concern at the forecast overspend on disaggregation and asked for more detail on the remaining workstreams and the final cost.\n\nRESOLVED - That:\n\n(1) the presentation be noted; and\n\n(2) the Head of ICT submit a further report on the completion of ICT disaggregation, including the final cost position, to the March meeting of the Committee.\n\n98 SAVINGS\n\nMembers requested a breakdown of the proposed savings by service area, to be provided before the Board met. The Chief Finance Officer agreed to provide this.\n\nRESOLVED to request that the Chief Finance Officer provide an update on the implications of the settlement for the savings by service area.\n\n99 DRAFT LETTINGS POLICY\n\nCouncillor Holloway asked that a copy of the equality impact assessment for the draft lettings policy be circulated.\n\nRESOLVED that the Committee's comments on the draft lettings policy be forwarded to Cabinet.`, opts(["2026-03-10"]));
    expect(p.actions.map((a) => a.item)).toEqual(["97", "98", "98", "99", "99"]);
    expect(p.actions[0]!.text).toMatch(/^The Head of ICT submit a further report/i);
    expect(p.actions[1]!.text).toMatch(/^Members requested a breakdown of the proposed savings/);
    expect(p.actions[3]!.text).toMatch(/^Councillor Holloway asked that a copy of the equality impact assessment/);
  });

  it("keeps a promise's words when they say by when, reads 'would be circulated to all Members' as the speaker's, and finds no owner in 'the Council continued to'", () => {
    const p = extractMinutes(`${head}42 BUDGET\n\n•  Councillor Ellis-Hughes requested a breakdown of car parking income by car park. The Finance Business Partner agreed to circulate the breakdown to Members of the Committee by 6 February 2026, ahead of the Cabinet meeting.\n\n•  Councillor Whittle asked when Members would be told of the delivery dates. The Head of Waste and Fleet Services advised that the phased rollout timetable was being finalised with the supplier and would be circulated to all Members by the end of February, 2026;\n\n43 HOUSING\n\nMembers expressed concern that the Council continued to bear a significant share of the cost, and the Committee agreed that this should be raised with the Government.`, opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([
      ["42", "request", "Finance Business Partner", "2026-02-06"], ["42", "request", "Head of Waste and Fleet Services", "2026-02"], ["43", "action", null, null],
    ]);
    expect(p.actions[0]!.text).toContain("agreed to circulate the breakdown to Members of the Committee by 6 February 2026");
  });

  it("takes 'asked for an update on …' answered there as a question, and joins a decision a page break cut after 'before'", () => {
    const p = extractMinutes(`${head}56/25 ASSETS\n\nCouncillor Laidlow asked for an update on the community asset transfer of the former youth centre. The Assistant Director advised that heads of terms had been agreed in principle.\n\n57/25 WINTER SERVICE\n\nRESOLVED that the Committee:\n\n(1) notes the Winter Service Plan; and\n\n(2) requests that the Director - Highways circulate the updated gritting route maps to all Members of the Council before\n\n\f1 December 2025.\n\n58/25 WORK PROGRAMME\n\nNoted.`, { committee: "c", meeting: { date: "2025-11-19" } });
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["57/25", "2025-12-01"]]);
  });
});

describe("twenty-second round: references alone over titles, numbered decisions a line apart, motions and amendments", () => {
  it("reads '13/11/2025 at 6.00 pm' under the committee's name, and 'ASCH/33/25' alone above its title as the item", () => {
    const p = extractMinutes("PLACE SCRUTINY BOARD\n13/11/2025 at 6.00 pm\n\nPresent: Councillor Whitehead (Chair)\n\nASCH/33/25\n\nEvacuation Procedure\n\nThe evacuation procedure was noted.\n\nASCH/34/25\n\nDay Opportunities\n\nAGREED that:\n\n1) the evidence be noted.\n\n2) a further progress update be provided to the Committee in May\n\n\f2026.\n\nASCH/35/25\n\nWork Programme\n\nAGREED that community pharmacy provision be added to the work programme.", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-11-13", "18:00"]);
    expect(p.items.map((i) => i.number)).toEqual(["ASCH/33/25", "ASCH/34/25", "ASCH/35/25"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["ASCH/34/25", "2026-05"], ["ASCH/35/25", null]]);
  });

  it("does not take Cabinet's 'Minute 71.' for an item, nor end the minutes at 'The Chair declared the motion carried'", () => {
    const p = extractMinutes("Minutes of a meeting held on Tuesday, 13th January 2026 at 6.00 p.m.\n\n37.      Consideration of Cabinet Decisions\n\n         Minute 71. Housing Revenue Account Business Plan\n\n         Resolved – That Minute 71 of the Cabinet be noted.\n\n38.      Notice of Motion\n\nThe Chair declared the motion carried and it was\n\nRESOLVED – (a)   That the Notice of Motion be adopted;\n\n            (b)  That the Chief Executive write to the Minister for Infrastructure.\n\n39.      Public Toilets\n\nRESOLVED – That the Head of Property engage with Translink and report back to the next meeting.", opts(["2026-03-10"]));
    expect(p.items.map((i) => i.number)).toEqual(["37", "38", "39"]);
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["38", "letter"], ["39", "request"]]);
  });

  it("reads West Lothian's 'Decision' with each number on a line of its own, and a motion carried over an amendment", () => {
    const p = extractMinutes("MINUTE of MEETING of the PANEL held on 30 January 2026 at 10:00am\n\n3.\n\nWASTE SERVICES\n\nDecision\n\n1.\n\nTo note the terms of the report.\n\n2.\n\nTo recommend to Council Executive that the proposed naturalised grassland\nprogramme for 2026 be approved.\n\n3.\n\nTo ask the Waste Services Manager to provide panel members with a breakdown of contamination rates by ward.\n\n4.\n\nRECYCLING CENTRES\n\nMotion\n\nTo note the terms of the report; to recommend to Council Executive that the booking system be retained; and to ask the Head of Operational Services to report to the panel in September 2026 on the permit scheme.\n\n- Moved by Councillor Keddie and seconded by Councillor Dunsmore\n\nAmendment\n\nTo note the terms of the report and to recommend to Council Executive that the requirement to book be removed.\n\n- Moved by Councillor Imrie and seconded by Councillor Wishart\n\nDecision\n\nFollowing a vote the motion was successful by 4 votes to 2 and it was agreed accordingly.", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([
      ["3", "recommendation", "Council Executive", null], ["3", "request", "Waste Services Manager", null],
      ["4", "recommendation", "Council Executive", null], ["4", "request", "Head of Operational Services", "2026-09"],
    ]);
  });

  it("leaves out question lists, 'No further information was requested', a report's recommendations to the panel, and what only notes or supports", () => {
    const p = extractMinutes("Minutes of the meeting held on 13 November 2025\n\n6. HOUSING\n\nMembers asked questions and sought clarification on the following:\n\n• how many homes were empty.\n\nNo further information was requested.\n\nIt was recommended that the panel:\n\n1. Notes the performance of the service; and\n\n2. Notes the proposed campaign.\n\nRESOLVED that:\n\n1. The Scrutiny Board supports the proposals set out in the report to be considered by the Cabinet on 15th December 2025.\n\n2. The Care Quality Commission (CQC) Inspection Results – Quarterly Summary (Q2 2025-2026) be noted.\n\n3. That the Committee otherwise NOTES the draft budget proposals relevant to its remit.", opts());
    expect(p.actions).toEqual([]);
  });

  it("gives each point the date and the body of 'reported to Cabinet on 17 February 2026:' and 'Cabinet, at its meeting on 18th February 2026, be recommended to:'", () => {
    const p = extractMinutes("Minutes of the meeting held on 22 January 2026\n\n8. BUDGET\n\nThe Committee RESOLVED that the following comments and recommendations be reported to Cabinet on 17 February 2026:\n\n(a) that Cabinet reconsider the proposed reduction to the day opportunities budget;\n\n9. CARERS\n\nResolved – That Cabinet, at its meeting on 18th February 2026, be recommended to:\n\n(a)  include in the Strategy a measurable target for carers' assessments;\n\n(b)  consider extending the Carers Emergency Card scheme.", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([
      ["8", "recommendation", "Cabinet", "2026-02-17"], ["9", "recommendation", "Cabinet", "2026-02-18"], ["9", "recommendation", "Cabinet", "2026-02-18"],
    ]);
  });

  it("drops a work-programme ask already scheduled or in another panel's remit, and joins an ask to 'It was agreed that this be added …'", () => {
    const p = extractMinutes("Minutes of the meeting held on 26 January 2026\n\n57 WORKPLAN\n\nCouncillor Kingdon asked that the leisure centre contract be added to the workplan. The Chair advised that this fell within the remit of the Climate Emergency Panel.\n\nCouncillor Fallon asked that an item on housing for care leavers be added to the Work Programme. The Scrutiny Officer confirmed that this item was already scheduled for the meeting on 10th March 2026, to be considered jointly.\n\nCouncillor Pritchard asked for a report on childhood immunisation uptake in B&NES.\nIt was agreed that childhood immunisation uptake be added to the workplan for a future meeting.\n\nCouncillor Ainsworth asked that the Panel receive a more detailed report on the community health services transformation programme. It was agreed that this be added to the Panel's workplan for the May 2026 meeting.", opts(["2026-05-18"]));
    expect(p.actions.map((a) => [a.kind, a.due])).toEqual([["work-programme", null], ["work-programme", "2026-05-18"]]);
    expect(p.actions[0]!.text).toMatch(/^Councillor Pritchard asked for a report .* It was agreed that childhood immunisation uptake be added/);
  });

  it("keeps an agreed breakdown when another member's follow-up is turned down, and reads 'agreed to re-send' and 'She said that she would circulate …'", () => {
    const p = extractMinutes("Minutes of the meeting held on 20 January 2026\n\nCHW31 APOLOGIES\n\nNone.\n\nCHW32 MINUTES\n\nMinute 40 (Public Health Annual Report) - Councillor Pritchard asked for an update\non the dental access data that had been requested at the last meeting. The Director of Public Health apologised that this had not yet been provided. She said that she would circulate the dental access data to the Panel before the March meeting.\n\nCouncillor Gowland advised that he had not received a copy. The Democratic Services Officer agreed to re-send the briefing note to Councillor Gowland following the meeting.\n\nCHW36 REABLEMENT\n\nCouncillor Ellison asked whether reablement outcomes differed across the borough. It was agreed that a breakdown of reablement outcomes by locality be circulated to members of the Committee by the end of February 2026. Councillor Ellison also asked whether the figures could be provided at ward level; the Service Director advised that ward level figures could not be published.", opts(["2026-03-03"]));
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([
      ["CHW32", "request", "Director of Public Health", "2026-03-03"], ["CHW32", "action", "Democratic Services Officer", null], ["CHW36", "request", null, "2026-02"],
    ]);
  });

  it("names 'the Quality Assurance and Compliance Manager' after 'by', keeps that officer's other undertaking, and reads a first point a page break cut", () => {
    const p = extractMinutes("Minutes of the meeting held on 18 November 2025\n\n36 CARE HOMES\n\nMembers asked how many Stockton-funded residents were placed at Fairfield Grange. The Quality Assurance and Compliance Manager was not able to give a precise figure at the meeting and undertook to confirm the number of Stockton-funded residents to Members following the meeting.\n\nAGREED that:\n\n1) the report be noted.\n\n2) the improvement action plan for Fairfield Grange be circulated to Members of the Committee by the Quality Assurance and Compliance Manager.\n\n44 TASK GROUP\n\nResolved – (1) That Councillors Lorraine Beckett, Matthew Dunsford, Graham\n\nHinchcliffe and Priya Menon be appointed to the Task Group.\n\n(2) That the terms of reference be approved.\n\n(3) That the Task Group report its findings and recommendations to the Committee by July 2026.", opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([
      ["36", "Quality Assurance and Compliance Manager", null], ["36", "Quality Assurance and Compliance Manager", null], ["44", "Task Group", "2026-07"],
    ]);
  });

  it("takes views, no change, a maybe, a concession and one member's wish for nothing, and one letter agreed in debate and resolved", () => {
    const p = extractMinutes("Minutes of the meeting held on 20 January 2026\n\n37 CARE\n\nThe Committee agreed that this would help to inform its consideration of the next progress report.\n\nFollowing discussion, the Committee agreed that the scope of the review should remain as agreed in June 2025.\n\nFollowing discussion, the Committee agreed that the issue could be considered when the work programme for 2026/27 is developed.\n\nThe Director advised that, while Members would welcome additional Changing Places provision, there was currently no budget for this.\n\nCllr Sewell said that she would like the review to look at opening day centres at weekends.\n\nIt was felt that the ICB should be asked to do more to promote vaccination in care settings, and Members agreed that the Chair should write to the ICB.\n\nAGREED that:\n\n1) the Chair write to the North East and North Cumbria Integrated Care Board setting out the Committee's concerns regarding flu vaccine uptake.", opts());
    expect(p.actions.map((a) => [a.kind, a.owner])).toEqual([["letter", "Chair"]]);
    expect(p.actions[0]!.text).toMatch(/^The Chair write to the North East/);
  });
});

describe("twenty-third round: references split from their titles, 'Concluded:', furniture a header wrapped, members' promises", () => {
  it("reads 'CYP' beside the title with '12' below it as item 'CYP 12', a wrapped title too, and North Somerset's 'Concluded:'", () => {
    const p = extractMinutes("Minutes\nof the Meeting of the\nChildren's Panel\nThursday, 13 November 2025\n\nMeeting Commenced: 10.00 am\n\nCYP     Public Discussion (Agenda Item 1)\n12\nThere were no speakers.\n\nCYP     Matters referred by Council, the Executive, other Committees and Panels (if\n13      any) (Agenda Item 2)\n\nThere were no matters referred.\n\nCYP     Fostering Sufficiency and Recruitment (Agenda Item 3)\n14\nThe Head of Corporate Parenting presented the report.\n\nConcluded:\n\n(1)     that the report be noted;\n(2)     that the Executive Member for Children's Services be\n        recommended to bring forward the review of foster carer fees and allowances\n        so that any changes can take effect from April 2026; and\n(3)     that the Panel receive an update on the impact of the recruitment campaign\n        at its meeting in June 2026 as part of the 2026/27 work plan.", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-11-13", "10:00"]);
    expect(p.items.map((i) => i.number)).toEqual(["CYP 12", "CYP 13", "CYP 14"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["CYP 14", "recommendation", "2026-04"], ["CYP 14", "work-programme", "2026-06"]]);
    expect(p.actions[1]!.text).toMatch(/^The Panel receive an update/);
  });

  it("drops '2026' that a wrapped running header leaves atop later pages, so a list runs on across the page, and reads a Cabinet Member's promise as the answer", () => {
    const page = (n: number, body: string) => `MINUTES OF SCRUTINY COMMITTEE MEETING - WEDNESDAY, 21 JANUARY\n2026\n\n${body}\n\n                                            ${n}\n`;
    const p = extractMinutes([
      page(1, "Present: Councillor Marsden (in the Chair)\n\n4 CARE FEES\n\nCouncillor Critchley asked for a more detailed understanding of how the uplift applied to different types of home. Councillor Sutcliffe agreed to circulate a breakdown of the fee uplift by provider type to members of the Committee following the meeting."),
      page(2, "9 CARE AT HOME\n\nThe Committee agreed:\n\n     1.  To note the update.\n\n     2.  To establish a Task and Finish Group on dual diagnosis, and to appoint Councillors Fielding and Kenyon to serve on the group."),
      page(3, "     3.  That the Head of Adult Commissioning circulate the draft service specification to members of the Committee by 27 February 2026.\n\n10 WORKPLAN\n\nNoted."),
    ].join("\f"), opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["4", "Councillor Sutcliffe", null], ["9", "Head of Adult Commissioning", "2026-02-27"]]);
    expect(p.actions[0]!.text).toMatch(/asked for a more detailed understanding .* Councillor Sutcliffe agreed to circulate/);
  });

  it("takes 'the additional meeting already scheduled for Monday 19 January 2026' for the next meeting and 'Members' Question Time' for an item", () => {
    const p = extractMinutes("Minutes of the meeting held on Monday 8 December 2025 at 5.00 pm\n\n37.   Committee's Workplan\n\n      The budget proposals would be considered at the additional meeting already\n      scheduled for Monday 19 January 2026 at 5.00 pm.\n\n      RESOLVED:\n\n      THAT the workplan be approved subject to:\n\n      (a)   an item on hospice care being added for the March 2026 meeting;\n\n38.   Members' Question Time\n\n      Cllr Langdon asked about sharps bins. The Cabinet Member agreed to provide a written response to all members of the committee.", opts(["2026-03-09"]));
    expect(p.nextMeeting).toEqual({ date: "2026-01-19", time: "17:00" });
    expect(p.items.map((i) => i.number)).toEqual(["37", "38"]);
    expect(p.actions.map((a) => a.item)).toEqual(["37", "38"]);
  });

  it("leaves out a statute's duty, what the committee considered, an ask found not necessary, and 'said he would like'", () => {
    const p = extractMinutes("Minutes of the meeting held on 22 January 2026\n\n7. FLOODING\n\nSection 19 of the Flood and Water Management Act 2010 required the Council, as Lead Local Flood Authority, to investigate flooding incidents within its area.\n\nThe Committee considered the Council's Forward Plan of key decisions to be taken by the Cabinet or an Individual Portfolio Holder.\n\nCouncillor Crompton asked that the improvement plan be submitted to Full Council. The Chair advised that it had been considered by Cabinet and that a further referral to Council was not necessary.\n\nCouncillor Pascoe said he would like the Panel to establish a standing sub-group to monitor the plan monthly.", opts());
    expect(p.actions).toEqual([]);
  });

  it("gives '(b) That the following recommendations be submitted to Cabinet at its meeting on 10 February 2026:' to each limb, and reads 'the Council formally consult' as the Council's", () => {
    const p = extractMinutes("Minutes of the meeting held on 20 January 2026\n\n46 DENTAL SERVICES REVIEW\n\nResolved – (a) That the final report be endorsed;\n\n(b) That the following recommendations be submitted to Cabinet at its meeting on 10 February\n2026:\n\n(i) that the supervised toothbrushing programme be extended to all primary schools; and\n\n(ii) that the Council formally consult on a community water fluoridation scheme.", opts());
    expect(p.actions.map((a) => [a.kind, a.owner, a.due])).toEqual([["recommendation", "Cabinet", "2026-02-10"], ["recommendation", "Council", "2026-02-10"]]);
  });

  it("keeps the words of a promise that points back to the ask, when it says who", () => {
    const p = extractMinutes("Minutes of the meeting held on 18 February 2026\n\nSE/024/2026 FOOD HYGIENE\n\nCouncillor Rooney asked for a breakdown of the premises rated 0, 1 or 2 by District Electoral Area. Mr Rafferty agreed that the Head of Environmental Health would provide the breakdown by District Electoral Area to Members.", opts());
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["SE/024/2026", "Head of Environmental Health"]]);
    expect(p.actions[0]!.text).toContain("would provide the breakdown by District Electoral Area");
  });
});

describe("twenty-fourth round: 'AS(26)01', owners listed under 'Action', 'ACTION BY:', and asks answered or settled there", () => {
  it("reads 'AS(26)01' items, lends the names under 'Action' and 'ACTION BY:' to the decision above, and takes none of them for a task", () => {
    const p = extractMinutes("MINUTES OF MEETING of the AUDIT AND SCRUTINY COMMITTEE held on 12 February 2026 at 9.30 am\n\nAS(26)01 APOLOGIES\n\nNone.\n\nAS(26)02 INTERNAL AUDIT\n\nDecision\n\nThe Committee agreed unanimously to:\n\n    (a) note the progress made;\n\n    (b) ask the Chief Internal Auditor to provide members with a briefing note on the overdue recommendations by the end of March 2026; and\n\n    (c) request that a report on single person discount reviews be submitted to the Committee.\n\nAction\n\nChief Finance Officer\n\nAS(26)03 NOISE\n\n            AGREED that the report be noted.\n\n            ACTION BY: David Blair, Head of Environmental Health\n\nAS(26)04 HRCS\n\n            AGREED that:\n\n            (a)  the Head of Waste and Recycling bring a report to the April meeting of the Committee.\n\n            ACTION BY: Jane Craig, Head of Waste and Recycling", opts(["2026-04-13"]));
    expect(p.items.map((i) => i.number)).toEqual(["AS(26)01", "AS(26)02", "AS(26)03", "AS(26)04"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([
      ["AS(26)02", "Chief Internal Auditor", "2026-03"], ["AS(26)02", "Chief Finance Officer", null], ["AS(26)04", "Head of Waste and Recycling", "2026-04-13"],
    ]);
  });

  it("reads a title carrying the agenda's purpose or its author in brackets, and 'proceed with the procurement' as a task", () => {
    const p = extractMinutes("Minutes of the meeting held on 20 January 2026\n\n4. Draft Budget – To scrutinise the budget\nproposals for services within the committee's remit (pre-decision scrutiny)\n\nNoted.\n\n5. Domiciliary Care and Unmet Need – To scrutinise the progress made in reducing\nunmet care need and the sustainability of the domiciliary care market\n\nACTION: Lowri Evans to provide the hours of unmet need by locality.\n\n6.     Dog Control Public Spaces Protection Order – Outcome of\n       Consultation (Executive Director of Development, Neighbourhoods\n       and Regulatory Services)\n\n       Decision\n\n       (i)  That the Executive Director of Development, Neighbourhoods and Regulatory Services proceed with the procurement of eight vehicles.", opts());
    expect(p.items.map((i) => i.number)).toEqual(["4", "5", "6"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.owner])).toEqual([["5", "request", "Lowri Evans"], ["6", "action", "Executive Director of Development, Neighbourhoods and Regulatory Services"]]);
  });

  it("joins the ask to an 'ACTION:' that answers it, in the line below or the same sentence run, and a promise a page cut after 'undertook to provide'", () => {
    const p = extractMinutes("Minutes of the meeting held on 20 January 2026\n\n5. CARE\n\n• Querying unmet need in the Llanover area. Members asked for figures for each locality. –\n  ACTION: Lowri Evans to provide the hours of unmet need by locality in time for the\n  next meeting\n• Asking about bed and breakfast. Members asked for the monthly figures for the last twelve months. ACTION: Sharon Hurley to provide the net monthly cost of bed and breakfast use by 30th January 2026\n\n6. BUDGET\n\n          Mr Hollis confirmed the collection rate. Mr Hollis undertook to provide\n\n\f          Members with the modelling assumptions behind the collection rate.", opts(["2026-03-03"]));
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["5", "Lowri Evans", "2026-03-03"], ["5", "Sharon Hurley", "2026-01-30"], ["6", "Mr Hollis", null]]);
    expect(p.actions[1]!.text).toContain("Sharon Hurley to provide the net monthly cost");
    expect(p.actions[2]!.text).toContain("undertook to provide Members with the modelling assumptions");
  });

  it("takes what the resolution sends to Government for what debate agreed to raise, and leaves out what was settled, given or pointed to there", () => {
    const p = extractMinutes("Minutes of the meeting held on 12 February 2026\n\n7 HOUSING\n\nMembers agreed that this should be raised with the Scottish Government.\n\nRESOLVED that the Convener write to the Cabinet Secretary for Housing about rent controls.\n\n8 WORK PROGRAMME\n\nThe Scrutiny Officer proposed removing the leisure item. Members agreed to its removal.\n\nIt was agreed that Councillor Carrow would chair the Group.\n\nRESOLVED that the request for a scheme on Victoria Road be deferred pending the completion of the highway works.\n\nThe Cabinet Member indicated that a formal response would be provided in accordance with the Council's scrutiny protocol.\n\nCouncillor Rankin asked for the number of noise complaints received over the Christmas period. The Head of Environmental Health advised that 41 complaints had been received.\n\nCouncillor Whitmore asked for information on alcohol-related hospital admissions by ward. The Director referred Members to the ward-level data already published in the Joint Strategic Needs Assessment.", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner])).toEqual([["7", "letter", "Convener"]]);
  });

  it("names a 'Senior Finance Business Partner', keeps '… would be circulated to Members … by Friday 13 February 2026' beside the ask, and dates 'attend for that item'", () => {
    const p = extractMinutes("Minutes of the meeting held on 9 February 2026\n\n6 BUDGET\n\nCouncillor Ashworth questioned the deliverability of the saving. The Senior Finance Business Partner agreed to provide a breakdown of the assumptions underpinning the saving.\n\nCouncillor Crawford requested that Members be provided with the evaluation scores for all three tenderers. The Head of Waste and Recycling advised that the scoring summary would be circulated to Members, on a confidential basis, by Friday 13 February 2026.\n\nThe Committee agreed that an update on the schools strand be added to the agenda for the April meeting, and that the Chair of the Children and Families Scrutiny Committee be invited to attend for that item.", opts(["2026-04-28"]));
    expect(p.actions.map((a) => [a.owner, a.due])).toEqual([
      ["Senior Finance Business Partner", null], ["Head of Waste and Recycling", "2026-02-13"], [null, "2026-04-28"], [expect.anything(), "2026-04-28"],
    ]);
    expect(p.actions[1]!.text).toContain("the scoring summary would be circulated to Members");
  });
});

describe("twenty-fifth round: sub-items alone over titles, attendance notes, times said another way, proposals agreed", () => {
  it("does not take 'Minute 34 onwards …' in the attendance list for an item, and reads '3.1' alone over its title as a sub-item", () => {
    const p = extractMinutes("MINUTES OF THE MEETING OF THE COMMITTEE HELD ON WEDNESDAY,\n21 JANUARY 2026 AT 6.00 P.M.\n\nALSO IN               Ms C Yates – Chief Executive, Healthwatch Knowsley (from\nATTENDANCE:           Minute 34 onwards as a non-voting co-opted Member)\n\n2.    APOLOGIES FOR ABSENCE\n\n       None.\n\n3.    REPORT FROM THE DIRECTOR\n\n3.1\n\nWaste Collection and Recycling Performance\n\nThe Head of Waste Management undertook to circulate a breakdown of missed collections by DEA to Members before the next meeting of the Committee.\n\n3.2\n\nStreet Naming\n\nNoted.", opts(["2026-03-04"]));
    expect(p.items.map((i) => i.number)).toEqual(["2", "3", "3.1", "3.2"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["3.1", "2026-03-04"]]);
  });

  it("reads 'chaired the meeting, which commenced at 9.30am', '… Worcester - 10.00 am', a time on the line below, and 'the next meeting of this Committee on 17 March 2026'", () => {
    const moray = extractMinutes("MORAY COUNCIL\n\nMinute of Meeting of the Housing Committee\n\nTuesday, 20 January 2026\n\n1.      Chair\n\nCouncillor Grant chaired the meeting, which commenced at 9.30am.\n\n2.      Rent Setting\n\nThe Head of Housing would report to the next meeting of this Committee on 17 March 2026.", opts());
    expect([moray.meeting.time, moray.nextMeeting?.date]).toEqual(["09:30", "2026-03-17"]);
    const worcs = extractMinutes("Economy and Environment Overview and Scrutiny Panel\nFriday, 16 January 2026, County Hall, Worcester - 10.00 am\n\nAvailable papers\n\nB. The Minutes of the meeting held on 14 November 2025\n\n861  Apologies\n\nNone.", opts());
    expect([worcs.meeting.date, worcs.meeting.time]).toEqual(["2026-01-16", "10:00"]);
    const bridgend = extractMinutes("SUBJECT OVERVIEW AND SCRUTINY COMMITTEE 3 - MONDAY, 19 JANUARY 2026\n\nMINUTES OF A MEETING OF THE SUBJECT OVERVIEW AND SCRUTINY COMMITTEE 3 HELD IN HYBRID IN THE\nCOUNCIL CHAMBER - CIVIC OFFICES, ANGEL STREET, BRIDGEND, CF31 4WB ON MONDAY, 19 JANUARY 2026\nAT 10:00\n\nPresent\n\n34. DECLARATIONS OF INTEREST\n\nNone.", opts());
    expect(bridgend.meeting.time).toBe("10:00");
  });

  it("reads 'It was proposed by …, seconded by … and agreed that:' over a list, and leaves out what it only approves, going into committee and a tender awarded", () => {
    const p = extractMinutes("Minutes of the meeting held on 4 February 2026\n\n3.\n\nReport from the Director\n\n3.2\n\nOpening Hours\n\nIt was proposed by Councillor R Wallace, seconded by Alderman W Thompson and agreed that:\n\n(a) the revised opening hours be approved; and\n\n(b) the Head of Waste Management bring back a report to the April 2026 meeting.\n\n3.4\n\nFood Service Plan\n\nIt was proposed by Councillor E O'Neill, seconded by Councillor D Mulholland and agreed that the Food Service Plan 2026/27 be approved.\n\nIt was proposed by Councillor R Wallace, seconded by Alderman M Gillespie and agreed that the Committee go 'into committee' to consider the following confidential item.\n\nIt was proposed by Alderman W Thompson, seconded by Councillor J McCartney and agreed that the tender for the supply of six refuse collection vehicles be awarded to Dennis Eagle Ltd.\n\nMembers of the Committee sought clarification with regard to the following issues:", opts(["2026-04-01"]));
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["3.2", "Head of Waste Management", "2026-04-01"]]);
  });

  it("dates 'during February and March 2026' by March, not 'ends in March 2028'; joins 'by' to 'Friday, 30th January 2026.' below; dates 'via the Board on 28 January 2026, that:'", () => {
    const p = extractMinutes("Minutes of the meeting held on 21 January 2026\n\n47 IMMUNISATIONS\n\na.    The Head of Environmental Health agreed to arrange targeted patrols in Wallace Park during February and March 2026.\n\nb.    The Consultant in Public Health agreed to provide Members with ward-level MMR uptake figures by\n\nFriday, 30th January 2026.\n\nRESOLVED – That the Chair write to the Minister seeking clarity on what will apply when the statutory override ends in March 2028.\n\n48 BUDGET\n\nThe Panel agreed to recommend to Cabinet, via the Overview and Scrutiny Performance Board on 28 January 2026, that:\n\na) the proposed saving from the reduction in rural verge cutting be reconsidered.", opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([
      ["47", "Head of Environmental Health", "2026-03"], ["47", "Consultant in Public Health", "2026-01-30"], ["47", "Chair", null], ["48", "Cabinet", "2026-01-28"],
    ]);
  });
});

describe("twenty-sixth round: an attendance table's minute references and key, 'RESOLVED: That the Board', Council's own decisions", () => {
  it("does not take 'Minute 64, 67' beside an attendee, 'Minute 69' over 'Minute 68, 70', or '(1) Denotes …' for items, and reads 'having commenced at 6.30 pm'", () => {
    const p = extractMinutes("OVERVIEW AND SCRUTINY\nCOMMITTEE\n\nMINUTES\n\n27 JANUARY 2026\n\nIn attendance:\n(Councillors)\n\nRohan Kotecha\nElaine Whitfield\n\nMinute 64, 67\nMinute 69\nMinute 68, 70\n\n* Denotes Member present\n(1) Denotes category of Reserve Members\n\n61.\n\nAttendance by Reserve Members\nRESOLVED: To note the attendance.\n\n62.\n\nHousing Repairs\nRESOLVED: That the Director of Housing circulate the repairs backlog by ward to Members.\n\n(Note: The meeting, having commenced at 6.30 pm, closed at 9.42 pm)", opts());
    expect(p.items.map((i) => i.number)).toEqual(["61", "62"]);
    expect(p.meeting.time).toBe("18:30");
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["62", "Director of Housing"]]);
  });

  it("reads 'RESOLVED: That the Board' over '1) … 2) …' with no colon, and 'prior to 1 April 2026' as a deadline", () => {
    const p = extractMinutes("Minutes of the meeting held on 19 November 2025\n\nEUR21 FOOD WASTE\n\nRESOLVED: That the Board\n\n1) notes the report;\n\n2) recommends to the Executive Board that Option A be approved; and\n\n3) agrees that the Chair, on behalf of the Board, write to the Secretary of State seeking confirmation of funding.\n\nEUR22 PARKING\n\nAGREED that the Head of Assets meets with the Chambers of Commerce to explain the revised tariffs prior to 1 April 2026.", opts());
    expect(p.actions.map((a) => [a.kind, a.due])).toEqual([["recommendation", null], ["letter", null], ["action", "2026-04-01"]]);
  });

  it("reads 'RECOMMENDED that the Council notes the report' and '… grants the above licences' as noting, and another committee's 'at its March 2026 meeting' as a month", () => {
    const p = extractMinutes("Minutes of the meeting held on 4 February 2026\n\n4. BUDGET\n\nRECOMMENDED that the Council notes the report.\n\n6. LICENCES\n\nRECOMMENDED that the Council grants the above licences.\n\n12. NOTICE OF MOTION\n\nAGREED TO RECOMMEND that the Notice of Motion be referred to the Community and Wellbeing Committee for consideration at its March 2026 meeting.", opts(["2026-03-04"]));
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["12", "2026-03"]]);
  });
});

describe("twenty-seventh round: starred decisions, sub-items under a heading read any way, titles that run into their paragraph", () => {
  it("reads '*      Resolved that:' over its list, and '3.1   WM/WM/018 KERBSIDE …' under '3     ITEMS FOR DECISION'", () => {
    const p = extractMinutes("At a meeting of the Committee held on Monday, 12 January 2026\n\n36     HIGHWAYS\n\n       *      Resolved that:\n\n              (1)    the report be noted;\n              (2)    the Chair write to the Metro Mayor setting out Members' concerns.\n\n37     ITEMS FOR DECISION\n\n37.1   WM/WM/018 KERBSIDE GLASS COLLECTION PILOT – PROPOSED EXTENSION\n\n      1.    Purpose\n\n      RESOLVED - that the Head of Waste Management report on participation rates to the Committee in September 2026.", opts());
    expect(p.items.map((i) => i.number)).toEqual(["36", "37", "37.1"]);
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["36", "letter"], ["37.1", "request"]]);
  });

  it("sets apart 'HH42 URGENT AND EMERGENCY CARE – WINTER 2025/26 – The Associate Director …' as a heading, and reads '44a' alone over its title", () => {
    const p = extractMinutes("Minutes of the meeting held on 21 January 2026\n\nHH40 HOUSING REVENUE ACCOUNT – The Director submitted a report.\n\nRESOLVED – That the report be noted.\n\nHH41 HOUSING SERVICES – DAMP AND MOULD AND IMPLEMENTATION OF AWAAB'S\nLAW – The Director submitted a report.\n\nRESOLVED – That the Director circulate the damp and mould case figures by ward.\n\nHH42 URGENT AND EMERGENCY CARE – WINTER 2025/26 – The Associate Director of\nOperations presented the winter plan.\n\nRESOLVED – That a further update be brought to the March meeting.", opts(["2026-03-04"]));
    expect(p.items.map((i) => i.number)).toEqual(["HH40", "HH41", "HH42"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["HH41", null], ["HH42", "2026-03-04"]]);
    const q = extractMinutes("Minutes of the meeting held on 27 January 2026\n\n43\n\nMINUTES\n\nNoted.\n\n44\n\nBUDGET\n\nNoted.\n\n44a\n\nDRAFT 2026/27 BUDGET\n\nRESOLVED that the Head of Finance provide a breakdown of the parking income shortfall.", opts());
    expect(q.items.map((i) => i.number)).toEqual(["43", "44", "44a"]);
    expect(q.actions.map((a) => a.item)).toEqual(["44a"]);
  });
});

describe("twenty-eighth round: a header the running header repeats, a place in parts, '2A.', owners named as the tracker would", () => {
  it("keeps the first page's '11 FEBRUARY 2026' though later pages repeat it as '11 February 2026', and reads 'COUNCIL CHAMBER, WOODHILL HOUSE, ABERDEEN, 5 MARCH 2026 AT 10.00 AM'", () => {
    const page = (n: number, body: string) => `                    Scrutiny Committee\n                    11 February 2026\n\n${body}\n\n                    ${n}\n`;
    const text = `                    SCRUTINY COMMITTEE\n\n                    11 FEBRUARY 2026\n\nPRESENT\n\nCouncillor S. Haddad (In the Chair).\n\n38.    MINUTES\n\nRESOLVED: That the minutes be approved.\n\n                    1\n\f${page(2, "39.    HIGHWAYS\n\nRESOLVED: That the Head of Highways circulate the repair times by ward.")}\f${page(3, "40.    HOUSING\n\nRESOLVED: That the report be noted.")}`;
    expect(extractMinutes(text, opts()).meeting.date).toBe("2026-02-11");
    const p = extractMinutes("                ABERDEENSHIRE COUNCIL\n\n        INFRASTRUCTURE SERVICES COMMITTEE\n\nCOUNCIL CHAMBER, WOODHILL HOUSE, ABERDEEN, 5 MARCH 2026 AT 10.00 AM\n\nPresent: Councillors R Mackintosh (Chair).\n\n1.     DECLARATION OF MEMBERS' INTERESTS\n\nNone.\n\n2A.    PUBLIC SECTOR EQUALITY DUTY\n\nThe Committee noted the duty.\n\n2B.    EXEMPT INFORMATION\n\nItem No. Paragraph No. of Schedule 7A\n\n12 6 and 9\n\n3.     ROADS\n\nThe Committee agreed:-\n\n(1)   to instruct the Chief Executive to write to Transport Scotland.", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2026-03-05", "10:00"]);
    expect(p.items.map((i) => i.number)).toEqual(["1", "2A", "2B", "3"]);
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["3", "letter"]]);
  });

  it("does not take 'Item 3.5 – Councillor Reid' under declarations for item 3, nor a report's '4.    Proposed Extension' for item 4 where items are '3     ITEMS FOR DECISION'", () => {
    const p = extractMinutes("MINUTES OF A MEETING HELD ON MONDAY 9 FEBRUARY 2026 AT 6.30 PM\n\n1     APOLOGIES\n\nNone.\n\n2     DECLARATIONS OF INTEREST\n\nItem 3.5 – Councillor Reid\n\n3     ITEMS FOR DECISION\n\n3.1   WM/WM/018 KERBSIDE GLASS COLLECTION PILOT\n\n      1.    Purpose\n\n      2.    Background\n\n      3.    Performance to Date\n\n      4.    Proposed Extension\n\n      RESOLVED - that the Head of Waste Management report back in September 2026.\n\n3.2   PK/PK/031 PLAY INVESTMENT PROGRAMME\n\n      RESOLVED - that the programme be approved.\n\n4     ITEMS FOR NOTING\n\n4.1   WM/WM/019 NIEA WASTE STATISTICS\n\n      The Head of Waste Management agreed to circulate a breakdown of tonnages.", opts());
    expect(p.items.map((i) => i.number)).toEqual(["1", "2", "3", "3.1", "3.2", "4", "4.1"]);
    expect(p.actions.map((a) => a.item)).toEqual(["3.1", "4.1"]);
  });

  it("names the role, not 'Chair, on behalf of the Committee', 'Director of Resources circulate' or 'Laura Agnew, Head of Waste Management'", () => {
    const p = extractMinutes("Minutes of the meeting held on 21 January 2026\n\n41 ENERGY\n\nRESOLVED – That the Chair, on behalf of the Committee, write to the Secretary of State for Energy.\n\n42 BUDGET\n\nRESOLVED – That the Director of Resources circulate to Members a breakdown of the reserves.\n\n43 WASTE\n\nRESOLVED - that a report on contamination rates be brought back to the Committee in September 2026.\n\nACTION BY: Laura Agnew, Head of Waste Management\n\n44 PARKS\n\nCouncillor Kaur, Cabinet Member for Parks, agreed to circulate the tree survey.", opts());
    expect(p.actions.map((a) => a.owner)).toEqual(["Chair", "Director of Resources", "Head of Waste Management", "Councillor Kaur"]);
  });

  it("reads the next meeting's time after '… at' / '7.30 p.m. in the Council Chamber', and 'the next committee meeting on Friday 6 March 2026 at 10.00 am'", () => {
    const p = extractMinutes("Minutes of the meeting held on 27 November 2025 at 7.30 p.m.\n\n1. HOUSING\n\nNoted.\n\n2. NEXT MEETING\n\nThe next meeting of the Committee will be held on Wednesday, 21st January 2026 at\n7.30 p.m. in the Council Chamber, Wandsworth Town Hall.", opts());
    expect(p.nextMeeting).toEqual({ date: "2026-01-21", time: "19:30" });
    const q = extractMinutes("Minutes of the meeting held on 30 January 2026 at 10.00 am\n\n10 Scrutiny Adviser Reports\n\nThe Scrutiny Adviser informed the Committee of the topics due to be discussed at the next committee meeting on Friday 6 March 2026 at 10.00 am:", opts());
    expect(q.nextMeeting).toEqual({ date: "2026-03-06", time: "10:00" });
  });

  it("reads 'made the following recommendation to the Cabinet:' over its bullet, 'the Panel receive a further update …' and a report 'referred to the Board …, and thereafter to the Executive'", () => {
    const p = extractMinutes("Minutes of the meeting held on 19 January 2026\n\n7 Equality\n\nThe Committee noted the report and made the following recommendation to the Cabinet:\n\n•  That Fairness and Equality Impact Assessments be published alongside all Cabinet reports.\n\n8 Winter\n\nAGREED that:\n\n    a)  the update be noted;\n    b)  the Panel receive a further update on winter performance in April 2026.\n\n9 Final report\n\nAGREED that:\n\n    1.  the final report be approved and referred to the Overview and Scrutiny Board on 4 February 2026, and thereafter to the Executive.", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["7", "recommendation", null], ["8", "work-programme", "2026-04"], ["9", "recommendation", "2026-02-04"]]);
  });

  it("leaves out a standing power to vary the programme, urgent business taken, 'no visit was agreed', the usual process, and comments introduced, but not 'agreed to remind all Members'", () => {
    const p = extractMinutes("Minutes of the meeting held on 13 January 2026\n\n44. FORWARD WORK PROGRAMME\n\nRESOLVED:\n\n(a)  That the Forward Work Programme be approved; and\n\n(b)  That the Facilitator, in consultation with the Chair of the Committee, be authorised to vary the Forward Work Programme between meetings, as the need arises.\n\nThe Facilitator agreed to add an item on fly-tipping enforcement to the Forward Work Programme.\n\n45. BUSINESS\n\nThe Chair agreed to consider the following item as urgent business due to the need to raise the matter before the next meeting.\n\nThe Chair said that she would discuss the suggestion with the Cabinet Member but that time was limited; no visit was agreed.\n\nThe Executive Member stated that the budget timetable would be shared with all Members in the summer as part of the usual process.\n\nThe Committee wished to make the following comments to the Cabinet:\n\nThe Democratic Services Manager agreed to remind all Members who had not completed the mandatory training.\n\nThe Committee noted the report and the Council's performance in relation to information governance.", opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.kind])).toEqual([["44", "Facilitator", "work-programme"], ["45", "Democratic Services Manager", "action"]]);
  });
});

describe("twenty-ninth round: 'No. 5' items under an ITEM / SUBJECT / ACTION header, 'Resolved, That –', a rolling action log", () => {
  it("reads 'No. 1     SIMULTANEOUS TRANSLATION' under 'ITEM  SUBJECT  ACTION' as item 1, not 'Item No. 10 – …' under declarations, and 'Date: … Time: 10.00 a.m.' on one line", () => {
    const p = extractMinutes("                 COUNTY BOROUGH OF BLAENAU GWENT\n\nDate: Tuesday 20th January, 2026        Time: 10.00 a.m.\n\nPRESENT:                COUNCILLOR L. PRICE (CHAIR)\n\n\nITEM      SUBJECT                                                        ACTION\n\n\nNo. 1     SIMULTANEOUS TRANSLATION\n\n          It was noted that no requests had been received.\n\n\nNo. 2     DECLARATIONS OF INTEREST AND DISPENSATIONS\n\n          Councillor E. Probert\n          Item No. 10 – Youth Service Annual Report 2024/25\n\n\nNo. 3     ACTION SHEET\n\n          The Head of Children's Services agreed to circulate the updated foster carer figures to Members by 6th February, 2026.\n\n          The Committee AGREED, subject to the foregoing, that the action sheet be noted.\n\n\nNo. 4     BUDGET\n\n          The Committee AGREED, subject to the foregoing, to recommend to Cabinet that the proposed charge for post-16 transport be removed.", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2026-01-20", "10:00"]);
    expect(p.items.map((i) => i.number)).toEqual(["1", "2", "3", "4"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["3", "request", "2026-02-06"], ["4", "recommendation", null]]);
  });

  it("joins 'home-to-' at the foot of a page to 'school transport.' atop the next, keeping the compound's hyphen", () => {
    const p = extractMinutes("Minutes of the meeting held on 20 January 2026\n\nNo. 12    FORWARD WORK PROGRAMME\n\n          The Committee AGREED Option 1, namely that the Forward Work\n          Programme for the meeting on 3rd March, 2026 be approved,\n          subject to the inclusion of a report on the safety of home-to-\n\n\n\f          school transport.\n\n          The Committee further AGREED that the Officer arrange a joint session.\n", opts(["2026-03-03"]));
    expect(p.actions.map((a) => [a.kind, a.due])).toEqual([["work-programme", "2026-03-03"], ["action", null]]);
    expect(p.actions[0]!.text).toContain("safety of home-to-school transport");
  });

  it("reads 'Resolved, That –' over its limbs, and 'The Chair proposed, and the Committee agreed, that the Chair write …'", () => {
    const p = extractMinutes("Minutes of the meeting held on 21 January 2026\n\nSC35       Highways\n\n           Resolved, That –\n\n           (1)  the presentation be noted;\n\n           (2)  the Chair write to the Secretary of State for Transport seeking early confirmation of funding.\n\nSC36       Regeneration\n\n           The Chair proposed, and the Committee agreed, that the Chair write to the Minister for Local Growth seeking confirmation.\n\nSC37       Work Programme\n\n           Resolved, That the work programme be noted.", opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.kind])).toEqual([["SC35", "Chair", "letter"], ["SC36", "Chair", "letter"]]);
  });

  it("leaves out a rolling log's actions from earlier meetings, 'asked whether … could be added to the work programme', 'the time taken to answer calls' and 'no further action was taken'", () => {
    const p = extractMinutes("Minutes of the meeting held on 19 February 2026\n\nARC45     ROLLING ACTION LOG\n\n          Ref       Meeting      Action                        Owner              Status\n          ARC31     25/09/25     Roads condition survey        Senior Manager     Open\n          ARC44     19/02/26     Fuel card review              Chief Auditor      New\n\nARC46     BUSINESS\n\n          A member asked whether the Teesworks site could be added to the work programme.\n\n          Councillor Bretherton referred to complaints about the time taken to answer calls to the Contact Centre.\n\n          It was agreed that this would be considered as part of the work programme discussions and no further action was taken at this meeting.\n\n          The Head of Planning agreed to hold a briefing session for all Members by 31 March 2026.\n\nARC47     WORK PROGRAMME\n\n          The Committee noted the work programme.", opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["ARC45", "Chief Auditor", null], ["ARC46", "Head of Planning", "2026-03-31"]]);
  });

  it("joins 'ACTION: Director … to circulate the 2025 Tenant Satisfaction' to the line it wrapped to, but not 'ACTION: Clerk' to the prose below", () => {
    const p = extractMinutes("Minutes of the meeting held on 27 January 2026\n\n5. REPAIRS\n\nACTION: Director of Repairs and Maintenance to circulate the 2025 Tenant Satisfaction\nMeasures survey results by 27 February 2026.\n\n6. PARKS\n\nThe Clerk will order two new benches.\nACTION: Clerk\nThe Committee then discussed the bowling green.", opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["5", "Director of Repairs and Maintenance", "2026-02-27"], ["6", "Clerk", null]]);
  });
});

describe("thirtieth round: report rows wrapped beside their presenter, a title wrapped to a capitalised word, the next meeting's own sentence", () => {
  it("reads '6.1  Midlothian Council Quarter 2  Pauline Yule, Continuous' wrapped over two lines as sub-item 6.1, and not '5.2' twice", () => {
    const p = extractMinutes("Minute of Meeting held on Tuesday 27 January 2026 at 11.00 am\n\n5.     Minutes of Previous Meetings\n\n5.2    Action Log\n\n Report No.    Report Title                              Presented by:\n 5.2           Action Log                                Hannah Lennie, Democratic Services\n                                                         Officer\n\n The Committee noted the Action Log and agreed that actions 1 and 3 be closed.\n\n6.     Public Reports\n\n 6.1           Midlothian Council Quarter 2              Pauline Yule, Continuous\n               Performance Report 2025/26                Improvement Manager\n\n Outline of report and summary of discussion\n\n Decision\n\n a) Requested that the Chief Officer Corporate Solutions circulate a breakdown of sickness absence by service area to members by 27 February 2026.", opts());
    expect(p.items.map((i) => i.number)).toEqual(["5", "5.2", "6", "6.1"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["6.1", "2026-02-27"]]);
  });

  it("keeps '35.  SCRUTINY REVIEW – … DRAFT' / 'RECOMMENDATIONS' as one title, and reads 'Commenced: 6.00pm   Terminated: 8.10pm'", () => {
    const p = extractMinutes("                         PLACE AND EXTERNAL RELATIONS SCRUTINY PANEL\n\n                                        20 January 2026\n\nCommenced: 6.00pm                                                            Terminated: 8.10pm\n\n34.    MINUTES\n\nRESOLVED: That the minutes be approved.\n\n35.    SCRUTINY REVIEW – ANTI-SOCIAL BEHAVIOUR IN TAMESIDE'S TOWN CENTRES: DRAFT\n       RECOMMENDATIONS\n\nThe Scrutiny Manager presented the draft report of the Panel's review.\n\nRESOLVED\n(i)    That Executive Cabinet be recommended to:\n       (a) establish a single point of contact for businesses; and\n       (b) require the Community Safety Partnership to publish quarterly data.", opts());
    expect(p.meeting.time).toBe("18:00");
    expect(p.actions.map((a) => [a.item, a.owner, a.kind])).toEqual([["35", "Executive Cabinet", "recommendation"], ["35", "Executive Cabinet", "recommendation"]]);
  });

  it("takes the next meeting from the sentence that names it, not an earlier joint meeting in the same item", () => {
    const p = extractMinutes("Minutes of the meeting held on 14 January 2026 at 7:00pm\n\n38.    BUDGET\n\nThe Director agreed to bring the revised delivery timetable to the next meeting.\n\n39.    DATE OF NEXT MEETING\n\nMembers were reminded that the Joint Meeting of the Scrutiny Committees would take place on Monday, 2 February 2026.\n\nIt was noted that the next meeting of the Committee would be held on Wednesday, 4 March 2026 at 7:00pm.", opts(["2026-03-04"]));
    expect(p.nextMeeting).toEqual({ date: "2026-03-04", time: "19:00" });
    expect(p.actions.map((a) => a.due)).toEqual(["2026-03-04"]);
  });

  it("reads a report agreed 'for submission to Cabinet', 'She also undertook …', 'was asked to arrange …' and 'asked the … Officer to schedule …'", () => {
    const p = extractMinutes("Minutes of the meeting held on 11 February 2026\n\n49.    REVIEW\n\nRESOLVED: That the Committee:\n\n1.   agreed the draft final report and its recommendations, as amended, for submission to Cabinet on 19 March 2026.\n\n50.    FLOODING\n\nThe Flood and Water Management Officer agreed to circulate a map of the sites to all Members. She also undertook to report the outcome of the Yiewsley investigation to the next meeting.\n\n51.    SAFETY\n\nMembers requested more information on the Serious Violence Duty. The Democratic Services Officer was asked to arrange an informal briefing session for all Members on the Serious Violence Duty in February 2026.\n\nMembers requested that the Committee review the delivery of savings quarterly. The Chairman asked the Principal Policy Officer (Scrutiny) to schedule a quarterly savings delivery report on the work programme.", opts(["2026-03-18"]));
    expect(p.actions.map((a) => [a.item, a.owner, a.kind, a.due])).toEqual([
      ["49", null, "recommendation", "2026-03-19"], ["50", "Flood and Water Management Officer", "request", null], ["50", "Flood and Water Management Officer", "request", "2026-03-18"],
      ["51", "Democratic Services Officer", "request", "2026-02"], ["51", "Principal Policy Officer (Scrutiny)", "work-programme", null],
    ]);
  });

  it("leaves out an action log's 'Action 24 (…) – … the action could be closed', a draft recommendation amended there, and members asked to identify items; joins a numbered point that wraps after a point above it", () => {
    const p = extractMinutes("Minutes of the meeting held on 20 January 2026\n\n37.    Actions from previous Minutes\n\n       •    Action 19 (Northbrook flood alleviation) – Members noted the delay. The Service Director – Environment agreed to bring a progress report on the business case to the next meeting.\n\n       •    Action 24 (Council Tax Reduction Scheme) – It was confirmed that the scheme had been approved. Members agreed that the action could be closed.\n\n38.    REVIEW\n\nIt was agreed that recommendation 4 be amended to refer expressly to charge points.\n\nThe panel received the Forward Plan and members were asked to identify any items for examination.\n\n39.    FLOODS\n\n          Resolved that:\n\n          1.   The contents of the report be noted.\n\n          2.   The Flood and Drainage Manager complete and publish the outstanding\n               Section 19 reports by 31 March 2026.", opts(["2026-03-03"]));
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["37", "Service Director – Environment", "2026-03-03"], ["39", "Flood and Drainage Manager", "2026-03-31"]]);
  });
});

describe("thirty-first round: titles in a left-hand column, 'IT' / 'WAS RESOLVED:-', earlier actions with their updates", () => {
  it("reads 'MINUTE OF PREVIOUS MEETING    2.    The Minute …' with its title wrapped down the left-hand column", () => {
    const p = extractMinutes("MINUTES OF MEETING HELD ON FRIDAY 13 MARCH 2026 AT 1000 HOURS IN THE COUNCIL CHAMBERS\n\nDECLARATIONS OF INTEREST      1.    There were no declarations of interest.\n\nINTERNAL AUDIT PROGRESS       2.    There was submitted a report dated 24 February 2026\nREPORT: 1 OCTOBER 2025 TO           (circulated) by the Chief Auditor. The Committee agreed\n31 JANUARY 2026                     that the Chief Auditor submit a follow-up report in June 2026.\n\nAYRSHIRE ROADS ALLIANCE:      3.    There was submitted a report dated 2 March 2026. The Committee\nCARRIAGEWAY DEFECTS                 agreed that the Head of Roads report back in September 2026.\n", opts());
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["1", "DECLARATIONS OF INTEREST"], ["2", "INTERNAL AUDIT PROGRESS REPORT: 1 OCTOBER 2025 TO 31 JANUARY 2026"], ["3", "AYRSHIRE ROADS ALLIANCE: CARRIAGEWAY DEFECTS"]]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["2", "2026-06"], ["3", "2026-09"]]);
  });

  it("does not take '27. Epsom and St Helier …' under '22.   DECLARATIONS OF INTEREST' for item 27, and reads 'Time commenced:   6.00pm'", () => {
    const p = extractMinutes("Minutes of the meeting held on 26 November 2025\n\nTime commenced:   6.00pm\n\n22.   DECLARATIONS OF INTEREST\n\n      Councillor Bellamy, Non Pecuniary, in respect of:\n      27. Epsom and St Helier University Hospitals - Building Your Future Hospitals\n\n23.   MINUTES OF THE LAST MEETING\n\n      The Democratic Services Officer agreed to recirculate the CCTV briefing note to all Members.\n\n24.   WORK PROGRAMME\n\n      RESOLVED: that the Overview and Scrutiny Work Programme be approved subject to the following:\n\n      (a) a report on seafront shelters be added to the agenda for the meeting on 11 March 2026; and\n\n      (b) Town Centre Regeneration be added to the Work Programme for the 2026/27 Municipal Year.", opts());
    expect(p.meeting.time).toBe("18:00");
    expect(p.items.map((i) => i.number)).toEqual(["22", "23", "24"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["23", "request", null], ["24", "work-programme", "2026-03-11"], ["24", "work-programme", null]]);
  });

  it("reads '… the points raised, IT' / 'WAS RESOLVED:-' over its bullets, not 'ACTION: As noted above.' nor an earlier action over its 'Update:'", () => {
    const p = extractMinutes("Minutes of the meeting held on 12 November 2025\n\n3     MINUTES\n\n      Action: That the Scrutiny Manager arranges a joint workshop with the Corporate Scrutiny Committee.\n\n      Update: Completed – the workshop was held on 5 November 2025.\n\n4     WELSH LANGUAGE\n\n      Having considered the report and the responses of Officers to the points raised, IT\n      WAS RESOLVED:-\n\n      •   To note the Welsh Language Standards Annual Report for 2024/25;\n\n      •   To recommend to the Executive that a target for staff at level 3 be included in the revised Policy.\n\n      ACTION: As noted above.\n\n5     BUDGET\n\n      1.    that the Cabinet be recommended:\n\n            (a)   to reconsider the proposed £150,000 reduction in the Community Grants budget.", opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.kind])).toEqual([["4", "Executive", "recommendation"], ["5", "Cabinet", "recommendation"]]);
  });

  it("names 'Corporate Director, Places' without 'apologised for the delay and', and the body after 'RECOMMENDED to Cabinet that'", () => {
    const p = extractMinutes("Minutes of the meeting held on 22 January 2026\n\n5. PARKING\n\nThe Corporate Director, Places apologised for the delay and agreed to circulate the suspended bays data by 5 December 2025.\n\n6. WASTE\n\nRESOLVED:\n\nb)  RECOMMENDED to Cabinet that the proposed increase in the garden waste charge be reconsidered.", opts());
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["5", "Corporate Director, Places"], ["6", "Cabinet"]]);
  });
});

describe("thirty-second round: 'Item 27 (…)' mid-sentence, 'RESOLVED: 2025/062', headed lists of requests and suggestions", () => {
  it("does not take '… spoke in relation to' / 'Item 27 (Housing Repairs …). He' for a heading, and reads '20 January 2026 (7.00 - 9.40 pm)' as starting at 7.00 pm", () => {
    const p = extractMinutes("                                  20 January 2026 (7.00 - 9.40 pm)\n\n  26.      Public Participation (5:34 pm)\n\n           Mr Geoffrey Plowman, a resident of Tang Hall, spoke in relation to\n           Item 27 (Housing Repairs and Voids Performance Update). He\n           asked about damp.\n\n  27.      Housing Repairs and Voids Performance Update (5:39 pm)\n\n           Resolved: That the Head of Housing circulate the void figures by 31 January 2026.\n\n  28.      Homelessness (6:21 pm)\n\n           Resolved: That the report be noted.", opts());
    expect(p.meeting.time).toBe("19:00");
    expect(p.items.map((i) => i.number)).toEqual(["26", "27", "28"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["27", "2026-01-31"]]);
  });

  it("reads the points under 'RESOLVED: 2025/062', with a body of three words or more ('East Midlands Ambulance Service') as owner", () => {
    const p = extractMinutes("Minutes of the meeting held on 9 December 2025\n\n  6.     AMBULANCE HANDOVERS\n\n  RESOLVED: 2025/064\n\n  1)   That the report be noted.\n\n  2)   That East Midlands Ambulance Service provide the Committee with response time data for each district by March 2026.", opts());
    expect(p.actions.map((a) => [a.owner, a.kind, a.due])).toEqual([["East Midlands Ambulance Service", "request", "2026-03"]]);
  });

  it("reads 'Information requests:' and 'Suggestions for improvement:' over their numbered points, and still reads the debate above them", () => {
    const p = extractMinutes("Minutes of the meeting held on 25 November 2025\n\n8.     Childhood Immunisations\n\n       •   Members expressed concern about low uptake. The Director of Public Health agreed to meet ward councillors by 27 February 2026 to discuss local outreach plans.\n\n       Suggestions for improvement:\n\n       (1)  That Public Health develop a targeted outreach plan for the lowest uptake areas, to be in place by September 2026.\n\n       Information requests:\n\n       (1)  To provide a breakdown of MMR2 uptake by Primary Care Network for the last three years.", opts());
    expect(p.actions.map((a) => [a.kind, a.due])).toEqual([["action", "2026-02-27"], ["action", "2026-09"], ["request", null]]);
  });

  it("keeps 'Decided:' at a page's foot, reads 'to agree that the Chair write, on behalf of the Panel, to …', 'a standing item from March 2026', and leaves out 'agreed to note …' and a comfort break", () => {
    const page = (n: number, body: string) => `${body}\n\n                                             ${n}\n`;
    const text = [page(1, "Minutes of the meeting held on 10 March 2026\n\n3.     Action Log.\n\n       There was submitted an update of the Action Log.\n\n       Decided:"), page(2, "       (1)    to note the current status of the Action Log;\n\n       (2)    to agree that the Chair write, on behalf of the Panel, to the Cabinet Secretary for Health highlighting recruitment.\n\n4.     Work Plan.\n\n       Decided:"), page(3, "       (1)    That Local Government Reorganisation is added to the work plan as a standing item from March 2026.\n\n5.     Fraud.\n\n       The Audit and Scrutiny Committee agreed to note the progress made on the National Fraud Initiative exercise.\n\n       The Chair ruled, and the Committee agreed, to adjourn the meeting for a short comfort break at 11:50 am.")].join("\f");
    const p = extractMinutes(text, opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["3", "letter", null], ["4", "work-programme", "2026-03"]]);
  });
});

describe("thirty-third round: titles that run into their paragraph after a bare number, action-column initials beside a stem", () => {
  it("sets '241     SUBSTITUTIONS – Apologies …' apart as a heading, reads 'The panel met at …, at 4.00 pm.', and not the earlier meeting 'held on' in the minutes item", () => {
    const p = extractMinutes("                                    PLACE SCRUTINY PANEL\n\n                                      21 January 2026\n\nPRESENT: –   Councillor Ross in the Chair.\n\nThe panel met at Church Square House, Scunthorpe, at 4.00 pm.\n\n241     SUBSTITUTIONS – Apologies for absence were received from Councillor Ali.\n\n242     MINUTES – Resolved – That the minutes of the proceedings of the meeting of the panel\n        held on 10 December 2025 be approved.\n\n243     FLOOD RISK MANAGEMENT – The Chair welcomed the Head of Environment.\n\n        Resolved – That the Head of Environment circulate the gully cleansing schedule by 27 February\n        2026.\n", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2026-01-21", "16:00"]);
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["241", "SUBSTITUTIONS"], ["242", "MINUTES"], ["243", "FLOOD RISK MANAGEMENT"]]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["243", "2026-02-27"]]);
  });

  it("reads 'RESOLVED – That:          IV' over its limbs, and 'the following changes were agreed:' over its bullets", () => {
    const p = extractMinutes("Minutes of the meeting held on 19 January 2026\n\n  5.    Food Waste\n\n        RESOLVED – That:                                                          IV\n\n        (1) the report be noted;\n\n        (2) the Head of Environmental Services circulate the final communications plan to all Members by 13th February 2026.\n\n  6.    Work Plan\n\n        Members discussed the work plan and the following changes were agreed:\n\n          •   add an item on the Council's response to local government reorganisation to the meeting on 30 March 2026;\n          •   schedule an item on the leisure contract for a future meeting.", opts(["2026-03-30"]));
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["5", "request", "2026-02-13"], ["6", "work-programme", "2026-03-30"], ["6", "work-programme", null]]);
  });

  it("reads the second decision of 'that the action … remain open and that the Chief Officer … provide a written update …', a 'Scrutiny Task Group' as an owner, and 'outlined … and undertook to circulate'", () => {
    const p = extractMinutes("Minutes of the meeting held on 10 December 2025\n\n3. ROLLING ACTION LIST\n\nThe Committee agreed:\n\n(1)      to note the Rolling Action List; and\n\n(2)      that the action on fleet fuel card controls remain open and that the Chief Officer provide a written update to the next meeting of the Committee.\n\n4. AUDIT\n\nThe Shared Service Manager – Audit & Fraud outlined the main findings and undertook to circulate a copy of the final audit report to all Members.\n\n5. COST OF LIVING\n\nRESOLVED THAT:\n\n1.   The Cost of Living Scrutiny Task Group report its findings to the committee by 30 April 2026.", opts(["2026-03-18"]));
    // The second limb names who provides the update (round 106 taught the owner reader "… and that the Clerk write …").
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["3", "Chief Officer", "2026-03-18"], ["4", "Shared Service Manager – Audit & Fraud", null], ["5", "Cost of Living Scrutiny Task Group", "2026-04-30"]]);
  });
});

describe("thirty-fourth round: a time range under the date, 'RESOLVED      (i)', the date of what was promised", () => {
  it("reads '7.30 - 10.05 PM' under the date as the start, and 'RESOLVED      (i)  that …' over its limbs", () => {
    const p = extractMinutes("OVERVIEW AND SCRUTINY COMMISSION\n22 JANUARY 2026\n7.30 - 10.05 PM\n\n\nPresent:\nCouncillors Ashworth (Chair)\n\n5.     BUDGET\n\n       RESOLVED      (i)  that the report be noted;\n\n                     (ii) to recommend to Cabinet that an equality impact assessment\n                          be published for each proposed service reduction.\n\n6.     HOUSING\n\n       RESOLVED      (a)  that the report be noted;\n\n                     (b)  that Cabinet be recommended to bring forward the review of the Common Housing Register allocation policy to June 2026.\n", opts());
    expect(p.meeting.time).toBe("19:30");
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["5", "recommendation", null], ["6", "recommendation", "2026-06"]]);
  });

  it("dates an undertaking by what was promised, not an earlier date in the same sentence", () => {
    const p = extractMinutes("Minutes of the meeting held on 13 January 2026\n\n37. CAR PARKS\n\nThe Chief Executive confirmed that it was scheduled for Cabinet in April 2026 and agreed to arrange for the draft strategy to be presented to the Committee on 10 March 2026 for pre-decision scrutiny.", opts(["2026-03-10"]));
    expect(p.actions.map((a) => [a.owner, a.due])).toEqual([["Chief Executive", "2026-03-10"]]);
  });
});

describe("thirty-fifth round: four-digit minute numbers under their headings, an action column with dates, paragraph-numbered items", () => {
  it("reads capitals headings over paragraphs numbered '1612.', keeps a capitals title whole, and takes what future reports are to include", () => {
    const p = extractMinutes("                                             MINUTE\n\n                                  AUDIT AND SCRUTINY COMMITTEE\n\nMinute of meeting held at 2.00pm in the Council Chamber, Council Headquarters, Giffnock on 27\nNovember 2025.\n\nDECLARATIONS OF INTEREST\n\n1612.     There were no declarations of interest intimated.\n\nMINUTE OF PREVIOUS MEETING\n\n1613.     The committee considered and approved as a correct record the Minute of the meeting\n          held on 25 September 2025.\n\n2024/25 ANNUAL AUDIT REPORT – PROGRESS ON ACTION PLAN\n\n1614.     The committee considered a report by the Head of Finance on progress.\n\n          The committee:-\n\n          (a)  noted the report; and\n\n          (b)  agreed that future progress reports include the capital slippage figures by service.\n\nMANAGING ABSENCE\n\n1615.     The committee considered a report on absence.\n\n          The committee noted the report.\n", opts());
    expect(p.meeting.date).toBe("2025-11-27");
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["1612", "DECLARATIONS OF INTEREST"], ["1613", "MINUTE OF PREVIOUS MEETING"], ["1614", "2024/25 ANNUAL AUDIT REPORT – PROGRESS ON ACTION PLAN"], ["1615", "MANAGING ABSENCE"]]);
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["1614", "request"]]);
  });

  it("reads an 'Action By/Deadline' column: the owner with brackets of its own, the date as the deadline, and the four-line running header over each page", () => {
    const header = "                                                                                              NN\n\nHealth and Social Wellbeing Overview and Scrutiny Commission – 16th January, 2026\n\nMinute                                Description/Decision                            Action\n No.                                                                            By/Deadline\n\n";
    const page = (n: number) => header.replace("NN", String(n));
    const text = `                                                                                              41\n\n                  Health and Social Wellbeing Overview and Scrutiny Commission\n\n                                       16th January, 2026\n\nPRESENT:-   Councillor R. Ashworth (Chair).\n\n61        DRUG AND ALCOHOL SERVICES\n\n          The Commission received a report on treatment services across the city\n          and the recovery community, and on the new contract for the service.\n\n          Agreed – (a) that the report be noted;\n\n          (b) that the Public Health Lead (Substance Misuse) provide            Public Health Lead\n              Members with the waiting times for each of the treatment          (Substance Misuse)\n              services in the city;                                             (13.2.26)\n\n\f${page(42)}          (c) that the Director of Public Health circulate the annual           Director of Public\n              report of the recovery community to all Members of the            Health\n              Commission when it is published.\n\n62        HOUSING\n\n          Councillor Ellerby referred to minute 51 (Hospital Discharge) and asked that the second paragraph be amended to record her apologies.\n\f${page(43)}          Agreed – That the position be noted.\n`;
    const p = extractMinutes(text, opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["61", "Public Health Lead (Substance Misuse)", "2026-02-13"], ["61", "Director of Public Health", null]]);
  });

  it("reads 'IRVINE, 25 November 2025 - At a Meeting of … at 10.00 a.m.', a title with its paragraph on the next line, and 'The Committee agreed to (a) …; (b) …; and (c) …' wrapped any way", () => {
    const p = extractMinutes("Audit and Scrutiny Committee\n25 November 2025\n\nIRVINE, 25 November 2025 - At a Meeting of the Audit and Scrutiny Committee of North\nAyrshire Council at 10.00 a.m. involving participation by remote electronic means.\n\n3.      Action Note\nSubmitted a report by the Head of Service (Democratic) on the progress made in im-\nplementing the agreed actions from previous meetings of the Committee.\n\nThe Committee agreed to (a) note the progress made in implementing the agreed actions;\n(b) approve the removal of actions 2 and 4 from the Action Note as complete; and\n(c) that the Head of Service (Housing) provide an update on void rent loss to the next\nmeeting of the Committee.\n\n4.      Call In Request: Review of Public Conveniences\nSubmitted a report by the Head of Service (Democratic) on a call in request.\n\nThe management responses set out in the action plan advised that the Transformation Board would refresh the programme benefits tracker by 31 March 2026.\n\nThe Committee agreed to (a) note the findings of the report; and (b) that the Head of Service\n\n                                            4\n\f(Finance) provide Members with a briefing note comparing the Council's usable reserves.\n\nAccordingly, the Committee agreed to take no further action in respect of the call in request.\n", opts(["2026-01-27"]));
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-11-25", "10:00"]);
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["3", "Action Note"], ["4", "Call In Request: Review of Public Conveniences"]]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["3", "Head of Service (Housing)", "2026-01-27"], ["4", "Head of Service (Finance)", null]]);
  });

  it("keeps '3.2  Matters Arising' inside item 3 where every item's paragraphs are numbered, and reads a long title alone on an 'ACTION:' line as the owner of the paragraph above", () => {
    const p = extractMinutes("Minutes of a meeting of the Committee held on 26 November 2025 at 6.30pm.\n\n1         MEMBERSHIP\n\n1.1       The Committee noted that there were no changes to the membership.\n\n2         DECLARATIONS OF INTEREST\n\n2.1       There were no declarations of interest.\n\n3         MINUTES\n\n3.1       RESOLVED: That the minutes of the meeting held on 17th September 2025 be approved.\n\n3.2       Matters Arising\n\n3.3       ACTION: The Scrutiny Advisor to chase the outstanding response from Transport for London.\n\n4         GP ACCESS\n\n4.1       The Committee agreed that the Chair of the Commission would write to NHS North East London setting out its concerns.\n\n          ACTION: Chair of the Health and Social Care Scrutiny Commission\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["1", "2", "3", "4"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["3", "Scrutiny Advisor"], ["4", "Chair of the Health and Social Care Scrutiny Commission"]]);
  });

  it("takes pre-decision scrutiny at a meeting as work programme, and leaves out a call-in not referred back, items not needing scrutiny, and an ask the report had met", () => {
    expect(classifyPoint("That the proposed decision on the leisure centres be subject to pre-decision scrutiny at the March meeting.", "Resolved –")).toBe("work-programme");
    expect(classifyPoint("That the Committee does not refer the decision back to Cabinet and that the decision may be implemented with immediate effect.", "RESOLVED:")).toBeNull();
    expect(classifyPoint("the decision may be implemented with immediate effect.", "RESOLVED:")).toBeNull();
    expect(classifySentence("Members agreed that no other items on the Forward Plan required pre-decision scrutiny at this stage.")).toBeNull();
    const p = extractMinutes("Minutes of the meeting held on 14 January 2026\n\n36.   PERFORMANCE\n\nMembers also asked for the stage 2 complaint figures to be compared with neighbouring boroughs. The Head of Corporate Performance advised that benchmarking data was published annually and had been included at Appendix C.\n\nResolved that the report be noted.\n", opts());
    expect(p.actions).toEqual([]);
  });
});

describe("thirty-sixth round (partly): an action line's owner and when, 'resolved, in terms of delegated powers:'", () => {
  it("reads 'ACTION: <owner> – March meeting' as who and when, not as the task", () => {
    const p = extractMinutes("Minutes of the meeting held on 20 January 2026\n\n40.   HOUSING\n\n        (ii)  Temporary accommodation – the number of households in temporary accommo-\n              dation had risen to 412. The Director of Housing and Regeneration reported\n              that 22 properties had been purchased. Councillor Allardyce\n              asked that an update on out-of-borough placements, including the number of\n              families with school-age children, be brought to the March meeting.\n\n              ACTION: Director of Housing and Regeneration – March meeting\n", opts(["2026-03-03"]));
    expect(p.actions.map((a) => [a.item, a.owner, a.due, a.text.includes("asked that an update on out-of-borough placements")])).toEqual([["40", "Director of Housing and Regeneration", "2026-03-03", true]]);
  });

  it("reads 'The Committee resolved, in terms of delegated powers:' over its numbered paragraphs", () => {
    const p = extractMinutes("Minute\nMonitoring and Audit Committee\nThursday, 27 November 2025, 10:30.\n\n4.     Internal Audit Report: Procurement Card Expenditure\n\nNoted:\n\n4.1.    The findings of the internal audit report.\n\nThe Committee resolved, in terms of delegated powers:\n\n4.2.    That the Head of Finance should issue a reminder to all procurement cardholders\n        of the requirements of the Procurement Card Procedures, by 31 December 2025.\n\n5.     Corporate Risk Register\n\nNoted:\n\n5.1.    The Corporate Risk Register.\n", opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["4", "Head of Finance", "2025-12-31"]]);
  });
});

describe("thirty-sixth round: bodies with commas in their names, lower-case job titles, motions restated after the vote", () => {
  it("gives limbs of 'That the Finance, Policy and Resources Committee be recommended, at its meeting on 5 February 2026, to:' that committee and that date, and another committee's 'meeting in March 2026' only its month", () => {
    const p = extractMinutes("Minutes of the meeting held on 20 January 2026\n\n41.   BUDGET\n\n        RESOLVED: That the Finance, Policy and Resources Committee be recommended, at its\n        meeting on 5 February 2026, to:\n        (a)  publish an equalities impact assessment for the proposed changes to fees; and\n        (b)  review the proposed increase in the green waste subscription charge.\n\n43.   FLOODING\n\n        RESOLVED: That\n        (a)  the report be noted; and\n        (b)  the report and its recommendations be referred to the Finance, Policy and\n             Resources Committee for a response at its meeting in March 2026.\n", opts(["2026-03-03"]));
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["41", "Finance, Policy and Resources Committee", "2026-02-05"], ["41", "Finance, Policy and Resources Committee", "2026-02-05"], ["43", null, "2026-03"]]);
  });

  it("reads 'RESOLVED, unanimously, to:' over its list, job titles in lower case, and an organisation's representatives as the organisation", () => {
    const p = extractMinutes("Minutes of the meeting held on 15 January 2026\n\n4.     Minutes\n\n       The chair asked the scrutiny liaison officer to chase the outstanding response from Norfolk County\n       Council and report back to the next meeting.\n\n6.     Damp and mould\n\n       The executive director of housing and the strategy manager attended to answer members' questions.\n\n       RESOLVED, unanimously, to:\n\n       (1) note the progress made;\n\n       (2) agree that the task and finish group presents its final report to the meeting on 19 March 2026.\n\n7.     Thames Water\n\n       The Thames Water representatives agreed to provide the committee with event duration monitoring data for the storm outfalls.\n", opts(["2026-02-12", "2026-03-19"]));
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["4", "scrutiny liaison officer", "2026-02-12"], ["6", null, "2026-03-19"], ["7", "Thames Water", null]]);
  });

  it("takes the list the committee agreed after the vote, not the motion's, and leaves out an amendment, items removed from a business statement, and 'the matters agreed at this meeting'", () => {
    const p = extractMinutes("Minutes of the meeting held on 27 November 2025\n\n3      OUTSTANDING BUSINESS\n\n       The Committee agreed:-\n\n       (a)  to note the Statement; and\n       (b)  to remove items 2, 4 and 5 from the Outstanding Business Statement as complete.\n\n9      FINANCIAL BULLETIN\n\n       Councillor Ferguson, seconded by Councillor O'Rourke, moved that the Committee:-\n\n       (a)  note the contents of the Report; and\n       (b)  agree that the Convener write to the Cabinet Secretary for Finance setting out the Committee's concerns.\n\n       By way of amendment, Councillor MacLeod, seconded by Councillor Bryce, moved that\n       the Committee instruct the Chief Finance Officer to prepare a further report.\n\n       The amendment accordingly fell and the motion was declared carried. The Committee\n       therefore agreed:-\n\n       (a)  to note the contents of the Report; and\n       (b)  that the Convener write to the Cabinet Secretary for Finance setting out the Committee's concerns.\n\n12     WORK PROGRAMME\n\n       The Committee agreed:-\n\n       (a)  to approve the Work Programme, subject to the inclusion of the matters agreed at this meeting.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["9", "letter"]]);
  });

  it("reads 'the following recommendations to Cabinet:' over 'Resolved: That', and leaves out what the board itself supports, a call-in not referred back, and the talk before a recommendation", () => {
    const p = extractMinutes("Minutes of the meeting held on 20 January 2026\n\n154.    BUDGET\n\n        At the conclusion of the debate the board agreed the following recommendations to\n        Cabinet:\n\n        Resolved: That\n\n            a)   the board notes the draft budget;\n\n            b)   Cabinet reconsider the proposed reduction to the community transport grant; and\n\n            c)   the board supports the continued application of the 2% adult social care precept.\n\n155.    CALL-IN\n\n        RESOLVED: That the decision of Cabinet not be referred back for reconsideration.\n\n156.    DAY OPPORTUNITIES\n\n        The Committee agreed that, given the scale of the change, it should make a recommendation to Cabinet on the equality impact assessment.\n\n        RESOLVED\n\n        1.    That the Committee recommends to Cabinet that a full equality impact assessment be completed.\n", opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.kind])).toEqual([["154", "Cabinet", "recommendation"], ["156", "Cabinet", "recommendation"]]);
  });
});

describe("thirty-seventh round: references with the committee's letters last, unnumbered headings with years in them, title-case left columns", () => {
  it("reads '26/4/P&A' references, the date set right of a capitals name, and 'RESOLVED (by 7 votes to 0, with 2 abstentions) to recommend that Cabinet:'", () => {
    const p = extractMinutes("PERFORMANCE, ASSETS AND STRATEGY OVERVIEW AND                          27 January 2026\nSCRUTINY COMMITTEE                                                      5.30 - 8.55 pm\n\nPresent: Councillors Hartley (Chair) and Okafor\n\n26/1/P&A     Apologies for Absence\n\nNone were received.\n\n26/2/P&A     Minutes\n\nThe minutes of the meeting held on 18 November 2025 were confirmed as a correct record.\n\n26/3/P&A     Cabinet: Civic Quarter Project\n\nThe Committee RESOLVED (by 7 votes to 0, with 2 abstentions) to recommend that Cabinet:\n\n        i.    Note the updated cost plan set out at Appendix B to the report.\n\n       ii.    Commission an independent review of the Corn Exchange operating model\n              before the Full Business Case is approved.\n", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2026-01-27", "17:30"]);
    expect(p.items.map((i) => i.number)).toEqual(["26/1/P&A", "26/2/P&A", "26/3/P&A"]);
    expect(p.actions.map((a) => [a.item, a.text.slice(0, 40)])).toEqual([["26/3/P&A", "Commission an independent review of the "]]);
  });

  it("numbers unnumbered capitals headings from the first item, a financial year in a heading not being a reference, and the date line not an item", () => {
    const p = extractMinutes("                              CORPORATE OVERVIEW AND SCRUTINY PANEL\n\n                                     MONDAY, 26 JANUARY 2026\n\nPRESENT: Councillors Marsh (Chair) and Ashworth\n\nAPOLOGIES FOR ABSENCE\n\nNone were received.\n\nMINUTES\n\nRESOLVED UNANIMOUSLY: That the minutes of the meeting held on 24 November 2025 be approved as a true record.\n\n2026/27 BUDGET\n\nACTION – Rachel Osei to circulate a line-by-line breakdown of the adult social care savings to Panel Members.\n\n2025/26 MONTH 8 BUDGET MONITORING REPORT\n\nACTION – Nikki Shaw to provide monthly call abandonment rates for the Customer Contact Centre.\n\nWORK PROGRAMME\n\nThe work programme was noted.\n", opts());
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["1", "APOLOGIES FOR ABSENCE"], ["2", "MINUTES"], ["3", "2026/27 BUDGET"], ["4", "2025/26 MONTH 8 BUDGET MONITORING REPORT"], ["5", "WORK PROGRAMME"]]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["3", "Rachel Osei"], ["4", "Nikki Shaw"]]);
  });

  it("reads titles in title case in a left-hand column beside unstopped numbers, and 'NN/25' references over paragraphs with no blank line between", () => {
    const p = extractMinutes("      Minute of Meeting held in the Council Chamber, Stornoway, on Tuesday 25 November 2025 at 2.30pm.\n\nMinute of Meeting of   1    The Minute of Meeting of 23 September 2025 was approved.\n23 September 2025\n\nInternal Audit         2    The Chief Internal Auditor submitted a Report on progress. The Committee\nProgress Report             agreed to request the Chief Internal Auditor to provide Members with the\n2025/26                     revised audit days by service.\n\nCorporate Risk         3    The Chief Executive submitted a Report on the Register. The Committee agreed\nRegister                    to note the Report.\n", opts());
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["1", "Minute of Meeting of 23 September 2025"], ["2", "Internal Audit Progress Report 2025/26"], ["3", "Corporate Risk Register"]]);
    expect(p.actions.map((a) => a.item)).toEqual(["2"]);
    const q = extractMinutes("Minute of the Audit Committee held on Wednesday 3 December 2025 at 10am.\n\n31/25        Minutes of Previous Meeting\n             The minutes were confirmed.\n\n32/25        Internal Audit Progress Report\n             During discussion, Members agreed that it would be helpful to understand the\n             new Standards, and the Director of Corporate Services undertook to arrange a\n             Members' seminar on the Global Internal Audit Standards in the new year.\n\n33/25        Complaints Handling\n             The Committee:\n             (a)   NOTED the report; and\n             (b)   AGREED to add an annual report on SPSO decisions to the Committee's\n                   Business Programme for 2026/27.\n", opts());
    expect(q.items.map((i) => i.number)).toEqual(["31/25", "32/25", "33/25"]);
    expect(q.actions.map((a) => [a.item, a.owner, a.kind])).toEqual([["32/25", "Director of Corporate Services", "action"], ["33/25", null, "work-programme"]]);
  });
});

describe("thirty-eighth round: minute references under capitals headings, attendance notes naming an item, the start time of every meeting", () => {
  it("reads capitals headings over paragraphs that start with 'OSC52/25'", () => {
    const p = extractMinutes("                               OVERVIEW AND SCRUTINY COMMITTEE\n\n                                    Monday, 26 January 2026\n\nPresent:        Councillor Marsh (Chair)\n\nAPOLOGIES FOR ABSENCE\n\nOSC52/25        Apologies were received from Councillor Oakden.\n\nMINUTES OF THE MEETING DATED 17 NOVEMBER 2025\n\nOSC53/25        Members reviewed the minutes. No amendments were proposed.\n\nTEMPORARY ACCOMMODATION\n\nOSC54/25        (Councillor Lanyon, having declared an Other Significant Interest, left the Chamber.)\n\n                RESOLVED – That the Head of Housing circulate the placement figures by ward to all Members.\n", opts());
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["OSC52/25", "APOLOGIES FOR ABSENCE"], ["OSC53/25", "MINUTES OF THE MEETING DATED 17 NOVEMBER 2025"], ["OSC54/25", "TEMPORARY ACCOMMODATION"]]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["OSC54/25", "Head of Housing"]]);
  });

  it("passes over attendance notes that name an item ('… (Minute 419)', twice), and gives the next meeting the start time all meetings have", () => {
    const p = extractMinutes("                  MINUTES OF THE MEETING OF THE PLACE SCRUTINY COMMITTEE\n            HELD ON WEDNESDAY, 21 JANUARY 2026 AT 7.30 P.M.\n\nALSO PRESENT:         Councillor H. Quilter – Cabinet Member for Community Safety\n                      and Resilience (Minute 419)\n\nIN ATTENDANCE:        Chief Inspector G. Rowley – District Commander,\n\n                      Essex Police (Minute 419)\n\n418.   APOLOGIES FOR ABSENCE\n\n       None.\n\n419.   COMMUNITY SAFETY PARTNERSHIP\n\n       RESOLVED: That the Community Safety Manager circulate the town centre data by 27 February 2026.\n\n420.   DATES OF FUTURE MEETINGS\n\n       The Committee noted the dates of its future meetings. All meetings will be held in the Long Room and will start at 6.00 pm unless otherwise stated.\n\n          •  Tuesday 10 March 2026\n          •  Tuesday 14 April 2026\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["418", "419", "420"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["419", "2026-02-27"]]);
    expect(p.nextMeeting).toEqual({ date: "2026-03-10", time: "18:00" });
  });
});

describe("thirty-ninth round: votes in brackets after RESOLVED, a decision-maker's date beside the committee's, a time range after the place", () => {
  it("reads 'RESOLVED (unanimous), that:' over its limbs, and leaves out a change to the running order and a motion only supported", () => {
    const p = extractMinutes("Minutes of the meeting held on 13 November 2025\n\n31.     ITEMS BROUGHT FORWARD\n\n        RESOLVED that Item 9 on the agenda be considered immediately after item 5.\n\n33.     PERFORMANCE\n\n        RESOLVED (unanimous), that:\n\n        (a)  The report be NOTED; and\n\n        (b)  The Head of Environmental Enhancement provide a written briefing to all\n             Members on missed waste collections by 19th December 2025.\n\n37.     NOTICE OF MOTION\n\n        RESOLVED (9 for, 2 against, 1 abstention), that:\n\n        (a)  The Notice of Motion be supported; and\n\n        (b)  The Head of Environmental Enhancement undertake a review of public convenience provision.\n", opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["33", "Head of Environmental Enhancement", "2025-12-19"], ["37", "Head of Environmental Enhancement", null]]);
  });

  it("dates limbs of 'Cabinet be RECOMMENDED, at its meeting on 11 February, 2026, to:', and a pre-decision item by the committee's meeting rather than Cabinet's", () => {
    const p = extractMinutes("Minutes of meeting of the Scrutiny and Performance Committee held on Thursday, 22 January, 2026 in the Council Chamber, Hailsham (10.00 a.m. to 1.07 p.m.)\n\n26/44   BUDGET\n\n        RESOLVED that:\n\n            (1)  the report be noted; and\n\n            (2)  Cabinet be RECOMMENDED, at its meeting on 11 February, 2026, to:\n\n                 (a)  publish a service-by-service schedule of fees and charges; and\n\n                 (b)  prepare a plan for replenishing the Budget Stabilisation Reserve.\n\n26/45   CABINET WORK PROGRAMME\n\n        Members requested that the Car Parking Strategy, scheduled for consideration by Cabinet on 14 April 2026, be brought to the Committee for pre-decision scrutiny at its meeting on 12 March 2026.\n", opts(["2026-03-12"]));
    expect(p.meeting.time).toBe("10:00");
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["26/44", "2026-02-11"], ["26/44", "2026-02-11"], ["26/45", "2026-03-12"]]);
  });
});

describe("fortieth round: another body's meeting named as the subject, 'Held at' under the date", () => {
  it("dates 'that the Finance and Performance Scrutiny Panel examine … at its meeting in January 2026' by the month, and reads 'Held at 7.00 pm in …' under the date", () => {
    const p = extractMinutes("                                           MINUTES\n                                    OF THE MEETING OF THE\n                                  COMMUNITIES SCRUTINY GROUP\n                                  THURSDAY, 22 JANUARY 2026\n     Held at 7.00 pm in the Council Chamber, Rushcliffe Arena, Rugby Road, West Bridgford\n\n  PRESENT:\n  Councillors H Okafor (Chair) and D Whitlam\n\n47.    WORK PROGRAMME\n\n       RESOLVED\n\n       1.     that the update be noted;\n\n       2.     that the Finance and Performance Scrutiny Panel examine the use of\n              agency staff across the Council at its meeting in March 2026.\n", { committee: "c", knownMeetings: [{ date: "2026-03-12", time: null }] });
    expect([p.meeting.date, p.meeting.time]).toEqual(["2026-01-22", "19:00"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["47", "2026-03"]]);
  });
});

describe("forty-first round: 'RESOLVED  1. That …', another body's next meeting, recommendations sent to a dated meeting, proposals that fell", () => {
  it("reads 'RESOLVED          1. That …' with '2. That …' below, a councillor's place on another body before 'agreed to', and not that body's next meeting as the committee's", () => {
    const p = extractMinutes("Minutes of a Meeting of the Overview and Scrutiny Committee held at the Council Offices on Tuesday, 25 November 2025 commencing at 4:30 pm\n\nOS.49         WORK PROGRAMME\n\n              49.1    The Chair reminded Members that the next meeting of the Committee\n                      would be held on Tuesday 13 January 2026 at 4:30 pm.\n\nOS.50         PERFORMANCE REPORT\n\n              50.1    The Overview and Scrutiny Committee was asked to review and scrutinise the\n                      performance information and, where appropriate, identify any issues to\n                      refer to the Executive Committee for further action to be taken.\n\n                      RESOLVED          1. That the Performance Report be REFERRED to the Executive Committee at\n                                           its meeting on 3 December 2025, with comments.\n\n                                        2. That the Head of Service: Development Management\n                                           provide Members with a breakdown of major\n                                           applications by 19 December 2025.\n\nOS.51         POLICE AND CRIME PANEL UPDATE\n\n              51.1    Councillor K F Ellery, the Council's representative on the Panel, agreed to raise\n                      Members' concerns regarding rural crime response times at the Panel's next\n                      meeting on 5 December 2025.\n\n                      RESOLVED          That the update be NOTED.\n", opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["OS.50", "Executive", "2025-12-03"], ["OS.50", "Head of Service: Development Management", "2025-12-19"], ["OS.51", "Councillor K F Ellery", "2025-12-05"]]);
    expect(p.nextMeeting).toEqual({ date: "2026-01-13", time: "16:30" });
  });

  it("dates recommendations 'for its meeting on 11th February 2026' and 'submit the following recommendations to the Executive at its meeting on …', and an invitation to 'that meeting'", () => {
    const p = extractMinutes("Minutes of the Housing and Communities Overview and Scrutiny Panel held on Thursday 22nd January 2026 at 6.00 p.m.\n\nHC34 APOLOGIES\n\nNone.\n\nHC35 HOUSING REVENUE ACCOUNT BUDGET\n\nRESOLVED that:\n\na) the following be recommended to Cabinet for its meeting on 11th\n   February 2026:\n\n     i)  that a rent increase of 4.8% for 2026/27 be approved;\n\n     ii) that £250,000 be ring-fenced within the HRA budget for damp and mould works;\n\nb) the proposed service charges be noted.\n\nHC36 BUDGET\n\n1.   Noted the report; and\n\n2.   Agreed to submit the following recommendations to the Executive at its meeting on\n     11 February 2026:\n\n     a) That the Executive publishes a sensitivity analysis on the pay award assumption;\n\n     b) That the Executive reviews the proposed reduction in the community grants budget.\n\nHC37 WORK PROGRAMME\n\n     The Community Safety Partnership annual update was scheduled for the meeting on 4 February\n     2026. The Head of Democratic Services was asked to invite the Neighbourhood Inspector\n     to attend that meeting.\n", opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["HC35", "Cabinet", "2026-02-11"], ["HC35", "Cabinet", "2026-02-11"], ["HC36", "Executive", "2026-02-11"], ["HC36", "Executive", "2026-02-11"], ["HC37", "Head of Democratic Services", "2026-02-04"]]);
  });

  it("leaves out the usual timetable, a question answered ('The Panel heard that'), a suggestion not supported, a proposal declared lost and an item already programmed; one entry for a suggestion 'supported' and agreed", () => {
    const p = extractMinutes("Minutes of the Overview and Scrutiny Panel held on Tuesday 20 January 2026 at 7.00 pm\n\n46. PERFORMANCE\n\nMs Sammut advised that the Quarter 3 report would be presented to the Panel in March in line with the existing reporting timetable.\n\nCouncillor Beaumont sought clarification of the response regarding void periods. The Panel heard that the figures quoted covered the period to 31st December 2025.\n\n47. LOCAL GOVERNMENT REORGANISATION\n\nCouncillor J Beddoes suggested that the Council commission its own independent poll of residents on the two options. This suggestion did not receive support from the Committee, Members noting that the Government's consultation would provide the opportunity for residents to respond directly.\n\n48. SELECTIVE LICENSING\n\nCouncillor Fenwick proposed and Councillor Kemble seconded that the Panel recommend to\nCabinet that any new scheme be extended to include Dane Valley ward.\n\nUpon being put to the vote, the motion was declared LOST.\n\n49. WORK PROGRAMME\n\nCouncillor Okafor suggested that the performance of the Council's commercial estate should be scrutinised ahead of the refresh of the Commercial Investment Strategy. This was supported by the Panel and it was agreed that an item on the commercial estate be added to the Work Programme for the Panel's meeting in June 2026.\n\nCouncillor Fairweather requested that the Panel receive a briefing on the Renters' Rights Act 2025. The Democratic Services Officer advised that this item was already programmed for the meeting of the Overview and Scrutiny Panel (Environment) on 9th April 2026.\n", opts(["2026-06-16"]));
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["49", "work-programme", "2026-06-16"]]);
  });

  it("does not take 'Minute No. 49.)' closing a bracketed note for a heading, and reads 'Whereupon, it was RESOLVED' run into one line over its list", () => {
    const p = extractMinutes("Minutes of the Overview and Scrutiny Committee held on Wednesday 14 January 2026 at 6.00 pm\nItem 48 – APOLOGIES\n             None.\nItem 49 – DECLARATIONS OF INTEREST\n             Councillor T Fairclough declared an interest in Item 50.\nItem 50 – COMMUNITY SAFETY PARTNERSHIP – ANNUAL REVIEW\n             (Councillor T Fairclough had declared an interest in this item – see\n             Minute No. 49.)\n             The Committee received the annual review of the Partnership.\n             Whereupon, it was\n                      RESOLVED\n             (a)   that the annual review be noted; and\n             (b)   that the Community Safety Partnership Manager provide the Committee\n                   with anti-social behaviour incident data for the town centre.\nItem 51 – HOMELESSNESS STRATEGY\n             The Committee considered the draft strategy.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["48", "49", "50", "51"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["50", "Community Safety Partnership Manager"]]);
  });
});

describe("forty-second round: limbs under a stem that sends the report to a dated Cabinet, another body's next meeting, asks the resolution settles", () => {
  it("dates limbs under '… submitted to Cabinet at its meeting on 14 January 2026, and that Cabinet be recommended to:', and 'the next meeting of the County Council's … Committee on 2 February 2026' by its own date", () => {
    const p = extractMinutes("MINUTES of the meeting of the Improvement and Scrutiny Committee held on Wednesday 19 November 2025 at 6.30 pm\n\n36/25  APOLOGIES\n\n       None.\n\n37/25  TEMPORARY ACCOMMODATION TASK AND FINISH GROUP\n\n       RESOLVED:\n\n       That the final report of the Task and Finish Group be endorsed and\n       submitted to Cabinet at its meeting on 14 January 2026, and that\n       Cabinet be recommended to:\n\n       (a)   approve the development of a business case for the acquisition\n             of up to 20 properties; and\n\n       (b)   enter into a formal nominations agreement with registered providers.\n\n38/25  HEALTH MATTERS\n\n       Members raised concerns about access to GP appointments. Councillor Bamford agreed to raise GP capacity\n       at the next meeting of the County Council's Health and Care Overview and Scrutiny\n       Committee on 2 February 2026.\n", opts(["2026-01-21"]));
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["37/25", "2026-01-14"], ["37/25", "2026-01-14"], ["38/25", "2026-02-02"]]);
  });

  it("names whoever opened for 'She' two sentences on, settles a few-word ask by the resolution below, and reads 'the Head of Housing includes …' as an instruction", () => {
    const p = extractMinutes("Minutes of the Overview & Scrutiny Committee held on Tuesday 9 December 2025 at 6.30pm\n\n47.  APOLOGIES\n\n     None.\n\n48.  VOIDS REVIEW\n\n     The Director of Housing welcomed the review. She advised that a revised lettable\n     standard was already being drafted. She undertook to circulate the\n     voids performance data by property type to all Members of the Committee.\n\n49.  PERFORMANCE\n\n     Councillor Dunmore noted that missed bin collections had risen and asked whether particular rounds were responsible. The Head of Neighbourhoods explained that the increase was largely attributable to the route optimisation exercise. Members requested more detailed information.\n\n     Resolved that:\n\n     (a)  the report be noted;\n\n     (b)  the Head of Neighbourhoods provide Members with a ward-level breakdown of\n          missed bin collections for Quarter 2 by 19th December, 2025; and\n\n     (c)  the Head of Housing includes the number of households in temporary\n          accommodation in the quarterly performance report.\n", opts());
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["48", "Director of Housing"], ["49", "Head of Neighbourhoods"], ["49", "Head of Housing"]]);
  });

  it("joins a name a page break cut, leaves out what was programmed elsewhere or sought before, and keeps one entry for each ask the resolution or the next sentence settles", () => {
    const p = extractMinutes("Minutes of the Corporate Select Committee held on Monday 1 December 2025 at 6.30 pm\n\n26/41  WORK PROGRAMME\n\n          Councillor Chadwick asked that the review of car parking tariffs be added to the\n          programme. The Democratic and Community Services Manager advised that the Car Parking\n\n\n\n                                               1\n\f          Tariffs Review was already scheduled for consideration at the meeting on 2 February\n          2026.\n\n          Councillor Okonjo asked that the Panel consider the Council's approach to empty homes.\n          Following discussion, Members agreed that this would be more appropriately considered as\n          part of the Housing Strategy refresh already programmed for March, and no separate item\n          was added.\n\n          Councillor Sheridan stated that there had been complaints about the leisure centres, and asked that the\n          performance of the leisure management contract be scrutinised. It was AGREED that an item on\n          the leisure management contract performance be added to the work programme for the meeting\n          on 16 March 2026.\n\n26/42  PERFORMANCE\n\n          The Executive Director (Place) explained that a recovery plan was in place. Members asked\n          that the Committee be kept informed of progress against that plan.\n\n          Members requested a breakdown of the £612,000 of new budget pressures by service area,\n          which was not included in the report. The Director agreed to provide this.\n\n          The Cabinet had accepted recommendations 1 and 3, but had not accepted recommendation 2, which had sought a freeze on the bulky waste charge.\n\n          RESOLVED:\n\n          1)   That the Executive Director (Place) submit a written update on the recovery plan.\n\n          2)   That the Director – Finance, Regulation and Enforcement (Section 151) circulate to\n               Members a breakdown of the new budget pressures by service area by 30 January 2026.\n\n26/43  FOOD WASTE\n\n          Councillor Gosling suggested that free caddy liners should be supplied to all households. Following discussion, the Committee agreed instead\n          to ask Cabinet to consider providing an initial supply with the caddies.\n\n          RESOLVED\n\n          1. That the report be received.\n\n          2. That the Committee recommends to Cabinet that an initial supply of\n             compostable caddy liners be provided to each household with its kerbside caddy.\n", opts(["2026-03-16"]));
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["26/41", "work-programme"], ["26/42", "request"], ["26/42", "request"], ["26/43", "recommendation"]]);
  });
});

describe("forty-third round: capital letters alone before each decision, recommendations under a heading, limbs sent to a dated Cabinet with a dash", () => {
  it("reads 'A      The presentation is noted.' as a lettered point, dates limbs 'made to Cabinet for its meeting on 22 January 2026', and lists what 'the work plan is updated to include'", () => {
    const p = extractMinutes("Minutes of the Scrutiny Committee held on Tuesday 11 November 2025 at 7.00 pm\n\n33.    APOLOGIES\n\n       None.\n\n34.    Local Government Reorganisation\n\n       RESOLVED that:\n\n       A      The presentation is noted.\n\n       B      The Chair writes to the Minister of State for Local Government setting out\n              the Committee's concerns about the Housing Revenue Account.\n\n35.    Draft Budget 2026/27\n\n       RESOLVED that:\n\n       A      The following recommendations are made to Cabinet for its meeting on\n              22 January 2026:\n\n              (i)    That the proposed increase in the garden waste subscription\n                     charge is limited to no more than the rate of inflation.\n\n              (ii)   That an allocation for the refurbishment of shopping parades is\n                     included within the capital programme for 2026/27.\n\n36.    Work Plan\n\n       RESOLVED that the work plan is updated to include:\n\n       A      An item on the new hospital programme, with representatives of the Trust\n              invited to attend the meeting on 13 January 2026.\n", opts(["2026-01-13"]));
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["34", "letter", "Chair", null], ["35", "recommendation", "Cabinet", "2026-01-22"], ["35", "recommendation", "Cabinet", "2026-01-22"], ["36", "work-programme", null, "2026-01-13"]]);
  });

  it("reads 'a     That …' lettered, and 'Recommendation to the Executive Board' over a paragraph as a recommendation to it", () => {
    const p = extractMinutes("NORTH WARWICKSHIRE BOROUGH COUNCIL\n\nMINUTES OF THE RESOURCES BOARD                                  26 January 2026\n\n42      Budgetary Control Report\n\n        Resolved:\n\n        a     That the report be noted; and\n\n        b     That the Corporate Director – Resources circulate to Members of\n              the Board a breakdown of temporary accommodation costs by\n              13 February 2026.\n\n43      General Fund Fees and Charges 2026/27\n\n        Recommendation to the Executive Board\n\n        That the schedule of fees and charges for 2026/27, as set out in\n        the report, be accepted.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["42", "request", "Corporate Director – Resources", "2026-02-13"], ["43", "recommendation", "Executive Board", null]]);
  });

  it("dates limbs under '… submitted to Cabinet at its meeting on 8 December 2025 –' by that meeting, keeps 'and that …' after the list, and reads '… subject to the addition of –' but not a proposal lost", () => {
    const p = extractMinutes("Minutes of the Overview and Scrutiny Committee held on Monday 17 November 2025\n\n27.    APOLOGIES\n\n       None.\n\n28.    DRAFT BUDGET 2026/27\n\n       RESOLVED THAT the following recommendations be submitted to Cabinet at its\n       meeting on 8 December 2025 –\n\n       (1)   that an equality impact assessment of the proposed reduction in community\n             grants be carried out; and\n\n       (2)   that the risk assessment of General Fund reserves be published alongside the\n             final budget report to Council in February 2026;\n\n       and that the Chief Officer – Finance and Performance provide members of the\n       Committee with the revised funding assumptions.\n\n29.    WORK PROGRAMME\n\n       •   Councillor Lattimer proposed that a review of car parking charges be added to the\n           work programme. On being put to the vote, the proposal was lost.\n\n       RESOLVED THAT the work programme be approved, subject to the addition of –\n\n       (1)   a report on the performance of the Council's leisure facilities.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["28", "recommendation", "2025-12-08"], ["28", "recommendation", "2025-12-08"], ["28", "request", null], ["29", "work-programme", null]]);
  });

  it("reads 'By affirmation, the Committee' over its list and 'be recommended not to', and leaves out what a report sought, an invitation to respond, a statutory statement and 'the recommendations set out below'", () => {
    const p = extractMinutes("Minutes of the Scrutiny and Overview Committee held on Thursday 22 January 2026 at 5.30 p.m.\n\n5.     General Fund Budget 2026/27\n\n       The Head of Finance presented the report, which sought the Committee's views on the draft budget. The Chair invited the Head of Finance to respond.\n\n       The Head of Finance confirmed that her statement on the robustness of the estimates would be included in the final budget report to Council, as was required each year.\n\n       By affirmation, the Committee\n\n       (a)  noted the report;\n\n       (b)  agreed that The Cabinet be recommended not to introduce Sunday charging at\n            town centre car parks; and\n\n       (c)  requested that the Head of Finance circulate a breakdown of assumed fees and\n            charges income by service to all members of the Committee by 6 February 2026.\n\n6.     Housing\n\n       It was proposed by Councillor Kirkby and seconded by Councillor Bagguley that the recommendations set out below be agreed.\n\n       RESOLVED: That the report be noted.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["5", "recommendation", null], ["5", "request", "2026-02-06"]]);
  });

  it("keeps 'B. Minutes of the meeting of the Board held on 17 November 2025' a heading with no blank line after it", () => {
    const p = extractMinutes("MINUTES OF THE RESOURCES BOARD                                26 January 2026\nA. Disclosable Pecuniary and Non-Pecuniary Interests\n        None were declared.\nB. Minutes of the meeting of the Board held on 17 November 2025\n        The minutes of the meeting of the Board held on 17 November 2025 were approved as a correct record.\nC. Budgetary Control Report 2025/26\n        Resolved:\n        a     That the report be noted; and\n        b     That the Corporate Director – Resources circulate a breakdown of costs by 13 February 2026.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["A", "B", "C"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["C", "2026-02-13"]]);
  });
});

describe("forty-fourth round: 'it was resolved that:' after the mover and seconder, recommendations dated by the meeting that takes them, business the resolution brings", () => {
  it("reads '… and with the vote being unanimous, it was resolved that:' over a list or a paragraph, and 'it was resolved to RECOMMEND to Cabinet that:' over a paragraph", () => {
    const p = extractMinutes("West Suffolk Council\n\nMinutes of a meeting of the Overview and Scrutiny Committee held on Thursday 13 November 2025 at 5.00pm\n\n357.   Community Safety Partnership\n\n       It was moved by Councillor Gareth Lennox, seconded by Councillor Sophie\n       Bramwell and with the vote being unanimous, it was resolved that:\n\n       1.   The report be noted.\n\n       2.   The WSCSP Coordinator circulate ward-level anti-social behaviour\n            data for the Haverhill wards to all members of the Committee.\n\n358.   Weekly food waste collections\n\n       It was moved by Councillor Nigel Castleton, seconded by Councillor\n       Peter Hargreaves and with the vote being unanimous, it was resolved to\n       RECOMMEND to Cabinet that:\n\n       The communications plan for the roll-out of weekly food waste\n       collections include targeted engagement with residents of flats.\n\n359.   Housing\n\n       It was moved by Councillor Tom Aldous, seconded by Councillor Kirsty\n       Mayhew and with the vote being unanimous, it was resolved that:\n\n       The presentation on housing and temporary accommodation be noted.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner])).toEqual([["357", "request", "WSCSP Coordinator"], ["358", "recommendation", "Cabinet"]]);
  });

  it("dates recommendations 'to the Executive Board, for consideration at its meeting on 11 December 2025' and to Full Council when the paragraph before says when it meets, and reads business 'brought to the Committee for pre-scrutiny at its meeting on …'", () => {
    const p = extractMinutes("Minutes of the Overview and Scrutiny Committee held on Thursday 27 November 2025 at 6.00 pm\n\n37.    BUDGET\n\n         RECOMMENDED to the Executive Board, for consideration at its meeting on\n         11 December 2025, that:\n\n         (a)  any use of the Business Rates Volatility Reserve in 2026/27 be\n              limited to one-off expenditure; and\n\n         (b)  the final budget report to Council include a sensitivity analysis.\n\n38.    TREASURY MANAGEMENT\n\n       The Director Finance advised that the report would be considered by Full Council at its meeting\n       on 11 December 2025.\n\n       It was resolved to RECOMMEND TO FULL COUNCIL:\n\n       That the Treasury Management Mid-Year Review 2025/26 be noted and the revised\n       Prudential Indicators be approved.\n\n39.    FORWARD PLAN\n\n       Councillor Rudd suggested that the Committee should consider the Car Parking Strategy Review before a decision was taken. This was supported by the Committee.\n\n       RESOLVED:-\n\n       (i)   That the Cabinet Forward Plan be noted; and\n\n       (ii)  That the Car Parking Strategy Review be brought to the Committee for\n             pre-scrutiny at its meeting on 10 February 2026.\n\n40.    HOUSING\n\n       Councillor Okafor suggested a review of empty homes. Following discussion, this was not supported by the Committee.\n\n       The Revenues and Benefits Manager confirmed that the scheme would be reviewed annually in any event. The Deputy Chief Executive reminded Members that the Annual Scrutiny Report would be presented to the March meeting as already programmed.\n", opts(["2026-02-10"]));
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["37", "recommendation", "Executive Board", "2025-12-11"], ["37", "recommendation", "Executive Board", "2025-12-11"], ["38", "recommendation", "Full Council", "2025-12-11"], ["39", "work-programme", null, "2026-02-10"]]);
  });
});

describe("forty-fifth round: 'R1 -' numbering under 'RESOLVED UNANIMOUSLY:', stems that run into their list, dates of the meeting that takes a recommendation", () => {
  it("reads 'R1 - That …' under '… it was RESOLVED UNANIMOUSLY:', a stem ending 'that' over its lettered list, and 'Recommended to the Executive' over its numbered list; not an abstention recorded or assurance sought", () => {
    const p = extractMinutes("Minutes of the Scrutiny, Performance and Standards Committee held on Wednesday 14 January 2026\n\n346.   Housing Caretaking Service Review\n\n       Cllr Hallworth MOVED and Cllr Marchetti SECONDED the recommendations below. A vote\n       was taken by a show of hands and it was RESOLVED UNANIMOUSLY:\n\n       R1 - That the Committee notes the review of the Housing Caretaking Service.\n\n       R2 - That the Director of Housing circulates the caretaking rota to all Members.\n\n       (Cllr Dunmore asked that his abstention on R2 be recorded.)\n\n347.   Budget\n\n       Members asked for greater assurance that the position would be recovered.\n\n       Resolved: That it be recommended to Cabinet, at its meeting on 5 February 2026,\n       that\n\n       a)   the growth and savings proposals set out at Appendix E be supported; and\n\n       b)   Cabinet give further consideration to the Garden Waste Subscription Charge.\n\n348.   Temporary Accommodation\n\n         Recommended to the Executive\n\n         (1)   That the Executive approve the development of a business case for\n               the acquisition of up to 10 properties.                         (DHC)\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["346", "request", "Director of Housing", null], ["347", "recommendation", "Cabinet", "2026-02-05"], ["347", "recommendation", "Cabinet", "2026-02-05"], ["348", "recommendation", "Executive", null]]);
  });

  it("dates 'Cabinet, when it considers … at its meeting on 20 November 2025, be recommended:', a report 'referred, together with its recommendations, to Cabinet at its meeting on …', 'the statutory backstop date of …' and 'at the same meeting'", () => {
    const p = extractMinutes("Minutes of the Scrutiny Committee held on Tuesday 18 November 2025\n\n33.    REORGANISATION\n\n          RESOLVED:\n\n          1.   That the report be noted.\n\n          2.   That Cabinet, when it considers the final proposal at its meeting on 20\n               November 2025, be recommended:\n\n               (a)  to include in the submission a clear commitment to a neighbourhood model.\n\n34.    CYCLING TASK AND FINISH GROUP\n\n       Resolved –\n\n       1.  That the final report of the Cycling Task and Finish Group be endorsed\n           and referred, together with its recommendations, to Cabinet at its\n           meeting on 18th March 2026.\n\n35.    AUDIT\n\n          Resolved:\n\n          (1)    That the Chair be authorised to sign the Letter of Representation on behalf\n                 of the Committee before the statutory backstop date of 27 February 2026.\n\n          (2)    That Full Council be recommended to approve the Treasury Management Strategy\n                 at its meeting on 25 February 2026.\n\n          (3)    That Full Council be recommended to approve the Capital Strategy\n                 at the same meeting.\n\n36.    WORK PLAN\n\n          RESOLVED:\n\n          That the Work Plan be noted and that the Committee Co-ordinator amend it to\n          include:\n\n          (a)  anti-social behaviour in Dartford town centre, for the meeting on 10 February 2026.\n", opts(["2026-02-10"]));
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["33", "recommendation", "Cabinet", "2025-11-20"], ["34", "recommendation", "Cabinet", "2026-03-18"], ["35", "action", "Chair", "2026-02-27"], ["35", "recommendation", "Full Council", "2026-02-25"], ["35", "recommendation", "Full Council", "2026-02-25"], ["36", "work-programme", null, "2026-02-10"]]);
  });
});

describe("forty-sixth round: references with the civic year after the number, 'RECOMMEND TO …' headings, titles nine words long", () => {
  it("reads 'JOSC/48/25-26', 'JOSC/49/25-26' as rising references although their year does not change", () => {
    const p = extractMinutes("ADUR & WORTHING COUNCILS\n\nJoint Overview and Scrutiny Committee\n20 November 2025\n\nJOSC/47/25-26    Declarations of Interest\n\n                 None.\n\nJOSC/48/25-26    Local Government Reorganisation in West Sussex - Update\n\n                 Resolved:\n\n                 1)  That the Director for Sustainability and Resources circulate to all\n                     Members a summary of the consultation responses.\n\nJOSC/49/25-26    Financial Performance 2025/26\n\n                 Resolved:\n\n                 1)  That the Chief Financial Officer provide Members with a breakdown of\n                     the overspend by service.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["JOSC/47/25-26", "JOSC/48/25-26", "JOSC/49/25-26"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["JOSC/48/25-26", "Director for Sustainability and Resources"], ["JOSC/49/25-26", "Chief Financial Officer"]]);
  });

  it("reads 'RECOMMEND TO FULL COUNCIL on 14 January 2026' and 'RECOMMEND TO THE POLICY AND FINANCE COMMITTEE' over a paragraph, a nine-word title before its verb, and 'To recommend to Cabinet, at its meeting on …, that:'", () => {
    const p = extractMinutes("Minutes of the Audit and Governance Committee held on Thursday 27 November 2025 at 6.00 pm\n\n438.   TREASURY MANAGEMENT MID-YEAR REVIEW 2025/26\n\n       The Committee\n\n                        RECOMMEND TO FULL COUNCIL on 14 January 2026\n\n                        That the Treasury Management Mid-Year Review 2025/26 and the\n                        revised Operational Boundary be approved.\n\n439.   ANNUAL GOVERNANCE STATEMENT\n\n       The Committee\n\n                        RESOLVED that\n\n                        (1) the progress against the action plan be noted; and\n\n                        (2) the Group Head of Law and Governance and Monitoring\n                            Officer circulate to all Members a table of mandatory training\n                            completion rates by political group.\n\n       The Committee further\n\n                        RECOMMEND TO THE POLICY AND FINANCE COMMITTEE\n\n                        That a cross-party Assurance Working Party be established.\n\n440.   PUBLIC CONVENIENCES\n\n           Resolved (unanimous):\n\n           (1) To endorse the findings of the Review Panel; and\n\n           (2) To recommend to Cabinet, at its meeting on 11 February 2026, that:\n\n               (a) the seafront public conveniences be retained.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["438", "recommendation", "Full Council", "2026-01-14"], ["439", "request", "Group Head of Law and Governance and Monitoring Officer", null], ["439", "recommendation", "Policy and Finance Committee", null], ["440", "recommendation", "Cabinet", "2026-02-11"]]);
  });

  it("reads the start time from 'Monday, 1 December 2025 at 7.00 pm' alone under the committee's name, and from '… closed at 8.14 pm having commenced at 5.30 pm'", () => {
    expect(extractMinutes("                                                            Overview and Scrutiny Commission (1)\n                                                                                 1 December 2025\n\n\n                                      Crawley Borough Council\n\n                                              Minutes of\n                                   Overview and Scrutiny Commission\n\n                                 Monday, 1 December 2025 at 7.00 pm\n\nCouncillors Present:\n                      D M Ashworth (Chair)\n\n1.   Apologies\n\n     None.\n\n2.   Budget\n\n     RESOLVED\n\n     That the Head of Finance circulate the savings schedule.\n", opts()).meeting.time).toBe("19:00");
    expect(extractMinutes("HORSHAM DISTRICT COUNCIL\n\nOVERVIEW AND SCRUTINY COMMITTEE\n24 NOVEMBER 2025\n\nSO/27   APOLOGIES\n\n        None.\n\nSO/28   BUDGET\n\n        RESOLVED\n\n        That the Director of Resources circulate the savings schedule.\n\nThe meeting closed at 8.14 pm having commenced at 5.30 pm\n\nCHAIRMAN\n", opts()).meeting.time).toBe("17:30");
  });

  it("finds the date under a page number that reads as an item heading over the committee's name, with no blank lines", () => {
    const p = extractMinutes("                                   Subject to approval at the next Audit and Governance Committee meeting\n                                                  412\n                                    AUDIT AND GOVERNANCE COMMITTEE\n                                         27 November 2025 at 6.00 pm\nPresent:            Councillors Penfold (Chair) and Marchant\n431) APOLOGIES FOR ABSENCE\n       None.\n432) BUDGET\n       RESOLVED that the Financial Services Manager circulate the savings schedule.\n", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-11-27", "18:00"]);
  });

  it("treats the debate before a resolution in the same paragraph ('debate:3.5:…') as sentences of one paragraph, a proposal and its agreement one entry", () => {
    const ask = (group: string, text: string): Candidate => ({ item: "6", text, owner: null, due: null, kind: "action", dueText: null, provenance: text, priority: 2, group, pos: position(group) });
    const kept = dedupe([ask("debate:3.5:0", "Councillor Okafor proposed that officers review fly-tipping enforcement in the rural wards."), ask("debate:3.5:1", "This was agreed.")]);
    expect(kept.map((a) => a.text)).toEqual(["Councillor Okafor proposed that officers review fly-tipping enforcement in the rural wards. This was agreed."]);
  });
});

describe("forty-seventh round: 'RECOMMENDED that' under the sentence that sends the list, numbered paragraphs after a list, an ask taken up in the next paragraph", () => {
  it("reads 'RECOMMENDED that' under '… the following recommendations for consideration at the meeting of Cabinet on 3rd December 2025:' as one stem, and an ask closing its paragraph as taken up by the undertaking opening the next", () => {
    const p = extractMinutes("Minutes of the Overview and Scrutiny Board held on Monday 17th November 2025 at 6.00 p.m.\n\n47/25             MINUTES\n\n                  The Board agreed to this amendment.\n\n48/25             COUNCIL TAX SUPPORT SCHEME\n\n                  Members requested further information on the distribution of\n                  claimants across the District.\n\n                  The Assistant Director of Finance undertook to circulate a breakdown\n                  of claimants by income band and by ward to all Members by 5th\n                  December 2025.\n\n                  Following further discussion, Members agreed to make the following\n                  recommendations for consideration at the meeting of Cabinet on 3rd\n                  December 2025:\n\n                  RECOMMENDED that\n\n                  1)   the discretionary hardship fund be increased to £40,000; and\n\n                  2)   a targeted publicity campaign be undertaken with local partners.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["48/25", "request", "Assistant Director of Finance", "2025-12-05"], ["48/25", "recommendation", "Cabinet", "2025-12-03"], ["48/25", "recommendation", "Cabinet", "2025-12-03"]]);
    const r = extractMinutes("Minutes of the Overview and Scrutiny Committee held on Monday 12th January 2026 at 6.30 pm\n\n61.       FEES AND CHARGES\n\n          Members agreed to make the following recommendations for the\n          consideration of the Executive Committee:\n\n          RECOMMENDED that\n\n          1)     the proposed increase in the charge for the garden waste\n                 collection service be limited to 3 per cent.\n", opts());
    expect(r.actions.map((a) => [a.kind, a.owner])).toEqual([["recommendation", "Executive Committee"]]);
  });

  it("ends a lettered list at the next numbered paragraph ('10.6 RESOLVED …', '12.3 Members discussed …'), and dates 'RESOLVED to RECOMMEND to Cabinet, at its meeting on 4 December 2025, that:'", () => {
    const p = extractMinutes("Minutes of the Overview and Scrutiny Committee held on Tuesday, 11 November 2025 at 6.00 pm\n\n10.       TEMPORARY ACCOMMODATION TASK AND FINISH GROUP\n\n10.5      RESOLVED to RECOMMEND to Cabinet, at its meeting on 4 December 2025, that:\n\n              a)   a programme for the acquisition of up to 12 properties be developed;\n                   and\n\n              b)   the action plan be refreshed to reflect the findings of the Group.\n\n10.6      RESOLVED that the Task and Finish Group be stood down and that its members be thanked\n          for their work.\n\n12.       WORK PROGRAMME\n\n12.2      The Committee AGREED the following additions to the work programme:\n\n              •    Freedom Leisure annual performance report – to the meeting on 10 February\n                   2026.\n\n12.3      Members discussed a possible task and finish review of public toilet provision across\n          the District.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["10", "recommendation", "Cabinet", "2025-12-04"], ["10", "recommendation", "Cabinet", "2025-12-04"], ["12", "work-programme", null, "2026-02-10"]]);
  });

  it("reads 'The Overview & Scrutiny Committee recommended to Cabinet, at its meeting on …, that …' in the narrative, and gives Cabinet what the Council is to do under recommendations submitted to it", () => {
    const p = extractMinutes("Minutes of the Overview & Scrutiny Committee held on Tuesday 9 December 2025 at 6.00pm\n\n56.   CABINET AGENDA\n\n      The Overview & Scrutiny Committee recommended to Cabinet, at its meeting on\n      10 December 2025, that the concessionary rate for the garden waste subscription\n      be extended to households in receipt of Council Tax Reduction.\n\n61.   NIGHT-TIME ECONOMY REVIEW\n\n      Resolved that\n\n      (1)    the following recommendations be submitted to Cabinet at its meeting on\n             4 February 2026:\n\n             (a)   that the Council seeks Purple Flag accreditation for the town centre;\n\n             (b)   that funding for a Night-Time Economy Co-ordinator post be identified.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["56", "recommendation", "Cabinet", "2025-12-10"], ["61", "recommendation", "Cabinet", "2026-02-04"], ["61", "recommendation", "Cabinet", "2026-02-04"]]);
  });

  it("keeps sub-points under a point ending ':-' apart, reads the owner after 'as a result of b) above,', and passes over a question answered in the same sentence", () => {
    const p = extractMinutes("Minutes of the Principal Select Committee held on Thursday 11 December 2025 at 7.00 pm\n\nPS.21    Work Programme\n\n         Members asked about the capacity of the Select Committees to take on further review\n         work and it was confirmed that the Inward Focus Select Committee would complete its\n         current review in January.\n\n         RESOLVED that\n         a) the topic be added to the Work Programme for scoping at the next meeting;\n\n         b) as a result of a) above, the Service Manager for Governance invite the\n            Executive Lead Member for Community Safety to the next meeting.\n\nPS.22    Corporate Plan\n\n         The report was noted.\n\nPS.23    Budget\n\n         The report was noted.\n\nPS.24    Damp and Mould\n\n         RESOLVED that\n         a) the following recommendations be submitted to Cabinet for consideration\n            at its meeting on 20 January 2026:-\n\n            (i)   that a dedicated damp and mould reporting line be introduced;\n\n            (ii)  that tenants be provided with a written timetable for remedial works.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["PS.21", "work-programme", null, null], ["PS.21", "action", "Service Manager for Governance", null], ["PS.24", "recommendation", "Cabinet", "2026-01-20"], ["PS.24", "recommendation", "Cabinet", "2026-01-20"]]);
  });

  it("reads 'Time of Commencement: 7.00 pm', and the committee's next meeting over a working group's", () => {
    expect(extractMinutes("                    FINANCE, ASSETS AND PERFORMANCE SCRUTINY COMMITTEE\n\n                                 Monday, 15th December, 2025\n                                Time of Commencement: 7.00 pm\n\n1.       APOLOGIES\n\n         None.\n", opts()).meeting.time).toBe("19:00");
    const p = extractMinutes("Minutes of the Overview and Scrutiny Committee held on Monday, 12th January 2026\n\n66.       WORK PROGRAMME\n\n          The Chair reminded Members that the next meeting of the\n          Committee would take place on Tuesday 17th February 2026 at\n          6.30 pm.\n\n67.       TASK GROUPS\n\n          Councillor Pargeter reported that the group had met on 6th January 2026.\n          The group would next meet on 28th January 2026 to consider the Capital Programme.\n", opts());
    expect(p.nextMeeting).toEqual({ date: "2026-02-17", time: "18:30" });
  });

  it("dates business for 'the next meeting of the Board' by that meeting, not by the Cabinet meeting an aside names", () => {
    expect(due("Members requested that the Car Parking Strategy report, listed for consideration by Cabinet in February 2026, be added to the Board's Work Programme for pre-scrutiny at the next meeting of the Board.", { meetingDate: "2025-11-17", nextMeeting: { date: "2026-01-19" } })).toBe("2026-01-19");
  });

  it("names who acts in 'the Scrutiny Officer writing to …', and the body in '… recommend to Cabinet, also at its meeting on 4 December 2025, that …'", () => {
    expect(findOwner("the Scrutiny Officer writing to Thames Water to invite a representative to attend", new Map(), { resolution: true })).toBe("Scrutiny Officer");
    expect(findOwner("Head of Adult Commissioning circulate the draft service specification", new Map(), { resolution: true })).toBe("Head of Adult Commissioning");
    const p = extractMinutes("Minutes of the Scrutiny Committee held on Thursday 13 November 2025 at 6.00 pm\n\n39       COUNCIL TAX REDUCTION SCHEME\n\n         RESOLVED: to\n\n         a) note the report; and\n\n         b) recommend to Cabinet, also at its meeting on 4 December 2025, that officers\n            promote the exceptional hardship fund through town and parish councils.\n", opts());
    expect(p.actions.map((a) => [a.kind, a.owner, a.due])).toEqual([["recommendation", "Cabinet", "2025-12-04"]]);
  });
});

describe("forty-eighth round: a table of who spoke on which minute, answers that point back, a recommendation in a paragraph under its limb", () => {
  it("passes over 'Minute No.  For  Against' rows naming who spoke, read as headings one after another", () => {
    const p = extractMinutes("Minutes of the meeting of the OVERVIEW AND SCRUTINY COMMITTEE held at the Council Offices, Whitfield on Monday, 10 November 2025 at 6.00 pm.\n\nThe following registered to speak on the items indicated:\n\nMinute No.        For                             Against\n\n68                Mrs A Fagg (lead petitioner)    -\n74                Mr R Lidgett                    -\n\n\n\n63        APOLOGIES\n\n          Apologies were received from Councillor Stroud.\n\n64        DECLARATIONS OF INTEREST\n\n          None.\n\n65        MINUTES\n\n          The minutes were approved.\n\n68        PETITION: CAR PARKING\n\n          RESOLVED: (a)   That the petition be noted.\n\n                    (b)   That the Chairman write to the lead petitioner setting out the\n                          Committee's response to the petition.\n\n74        WASTE COLLECTION\n\n          RESOLVED: (a)   That the report be noted.\n\n                    (b)   That the Head of Waste Services report back to Members on missed\n                          collections.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["63", "64", "65", "68", "74"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["68", "Chairman"], ["74", "Head of Waste Services"]]);
  });

  it("passes over a reminder of a meeting already arranged, questions with their verbs, and an ask answered by 'this information had already been provided'", () => {
    expect(classifySentence("The Chairman also reminded Members that the Budget Scrutiny Task Group would meet on the 2nd December 2025 to consider the draft budget proposals, as previously agreed.")).toBeNull();
    expect(classifySentence("Members asked about the likely cost of transition and how it would be shared between the existing councils; whether the Council's reserves could be protected; and what arrangements would be made for staff.")).toBeNull();
    const p = extractMinutes("Minutes of the Scrutiny Committee held on Wednesday 21st January 2026 at 7.15pm\n\n38        WASTE SERVICES\n\n          Councillor Colebrook asked for details of the number of missed bin collections by\n          ward. The Chairman advised that this information had already been provided in the\n          Members' Information Bulletin issued on 9th January 2026.\n\n          DECISION: That the report be noted.\n", opts());
    expect(p.actions).toEqual([]);
  });

  it("keeps one letter where the Committee agreed, after a comma, that concerns 'should be formally raised with' someone the resolution then writes to", () => {
    const p = extractMinutes("Minutes of the Overview and Scrutiny Committee held on Thursday 22 January 2026 at 7.30 pm\n\nOS 26/4        COMMUNITY SAFETY PARTNERSHIP\n\n                Concern was expressed at the planned reduction in PCSO posts. The Chair\n                proposed, and the Committee agreed, that these concerns should be\n                formally raised with the Police and Crime Commissioner.\n\n                RESOLVED: That\n\n                (1)   the report be noted; and\n\n                (2)   the Chair write to the Kent Police and Crime Commissioner\n                      setting out the Committee's concerns regarding the reduction\n                      in PCSO numbers.\n", opts());
    expect(p.actions.map((a) => [a.kind, a.owner])).toEqual([["letter", "Chair"]]);
  });

  it("reads 'Time        6.00 pm' with no colon after the label", () => {
    expect(extractMinutes("Minutes\n\nOverview and Scrutiny Committee\n\nHeld at:                     Council Chamber - Civic Centre, Folkestone\n\nDate                         Tuesday, 25 November 2025\n\nTime                         6.00 pm\n\n38.  Declarations of interest\n\n     None.\n", opts()).meeting.time).toBe("18:00");
  });

  it("reads 'That Cabinet consider …' in a paragraph of its own under '2. The Panel made the following additional recommendation to Cabinet on 3rd February 2026:', and not 'That Cabinet note …'", () => {
    const p = extractMinutes("Minutes of the Corporate Performance Panel held on Wednesday 14th January 2026 at 4.30 pm\n\nCP99:        DECLARATIONS OF INTEREST\n\n             None.\n\nCP100:       FEES AND CHARGES\n\n             RESOLVED: 1. The Panel supported the recommendations to Cabinet\n                          as set out in the report.\n\n                       2. The Panel made the following additional\n                          recommendation to Cabinet on 3rd February 2026:\n                          That Cabinet consider introducing a concessionary\n                          rate for the garden waste collection service.\n\nCP101:       CAR PARKING REVIEW\n\n             RESOLVED: 1. The Panel made the following recommendations to\n                          Cabinet:\n\n                          a) That a discounted season ticket be introduced.\n\n                          b) That Cabinet note the progress already made by\n                             officers.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["CP100", "recommendation", "Cabinet", "2026-02-03"], ["CP101", "recommendation", "Cabinet", null]]);
  });
});

describe("forty-ninth round: decision words spaced out, recommendations dated with no commas, 'It was resolved that' over a list", () => {
  it("reads 'R E S O L V E D – that:' and 'R E C O M M E N D E D – that Council, at its meeting on …:' over limbs lettered 'A.', 'B.', 'C.   a further update …'", () => {
    const p = extractMinutes("Minutes of the meeting of the Audit & Scrutiny Committee held on Thursday 27th November 2025 at 7.30pm\n\n319.   TREASURY MANAGEMENT MID-YEAR REVIEW 2025/26\n\n       COUNCIL DECISION\n       (Subject to ratification by Council)\n\n       R E C O M M E N D E D – that Council, at its meeting on 11th December 2025:\n\n       A.   approve the Treasury Management Mid-Year Review 2025/26; and\n\n       B.   approve the increase in the counterparty limit for investments.\n\n\n320.   LOCAL GOVERNMENT REORGANISATION\n\n       Members expressed concern that district councils had not yet been given access to the\n       data-sharing agreement, and agreed that this should be raised formally.\n\n       R E S O L V E D – that:\n\n       A.   the update be noted;\n\n       B.   the Chair write to the Chief Executive of Surrey County Council\n            seeking assurance on the data sharing arrangements; and\n\n       C.   a further update on Local Government Reorganisation be added to the\n            Committee's work programme for the meeting on 19th March 2026.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["319", "recommendation", "Council", "2025-12-11"], ["319", "recommendation", "Council", "2025-12-11"], ["320", "letter", "Chair", null], ["320", "work-programme", null, "2026-03-19"]]);
  });

  it("dates 'RECOMMENDED to Cabinet at its meeting on 10 December 2025 that:' and 'Cabinet be RECOMMENDED at its meeting on 9 December 2025 to:' with no commas round the meeting", () => {
    const p = extractMinutes("Minutes of the Overview and Scrutiny Committee held on Thursday 27 November 2025 at 7.00 pm\n\n34.   DRAFT REVENUE BUDGET 2026/27\n\n      RECOMMENDED to Cabinet at its meeting on 10 December 2025 that:\n\n      (a)  the proposed increase in the garden waste subscription charge be limited to\n           the rate of inflation; and\n\n      (b)  the Council publish an annual Flood Resilience Statement.\n\n35.   TEMPORARY ACCOMMODATION TASK AND FINISH GROUP\n\n      RESOLVED: That\n\n      (1)    the Committee's thanks to the members of the Task and Finish Group be recorded; and\n\n      (2)    Cabinet be RECOMMENDED at its meeting on 9 December 2025 to:\n\n             (i)    approve in principle a temporary accommodation acquisition\n                    programme; and\n\n             (ii)   explore a joint procurement framework for temporary\n                    accommodation.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["34", "recommendation", "Cabinet", "2025-12-10"], ["34", "recommendation", "Cabinet", "2025-12-10"], ["35", "recommendation", "Cabinet", "2025-12-09"], ["35", "recommendation", "Cabinet", "2025-12-09"]]);
  });

  it("reads 'It was resolved that the work programme be agreed, subject to the following additions:' over its list, and 'It was resolved that … be noted.' as nothing to do", () => {
    const p = extractMinutes("Minutes of the Overview and Scrutiny Select Committee held on Thursday 20 November 2025 at 7.30 pm\n\n24       Community Safety Partnership Annual Review\n\n         It was resolved that the annual review of the Runnymede Community Safety\n         Partnership for 2024/25 be noted.\n\n30       Work Programme\n\n         It was resolved that the work programme be agreed, subject to the following\n         additions:\n\n         1.   a review of the licensing of houses in multiple occupation be added for the\n              meeting on 19 March 2026; and\n\n         2.   an item on the leisure contract be added to the agenda for the meeting on\n              12 February 2026.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["30", "work-programme", "2026-03-19"], ["30", "work-programme", "2026-02-12"]]);
  });

  it("passes over a panel's meeting noted as already scheduled", () => {
    expect(classifySentence("Members noted that the Budget Scrutiny Panel would meet again on 2 December 2025, as already scheduled, to consider the updated budget proposals.")).toBeNull();
  });
});

describe("fiftieth round: 'Date and Time:', a meeting rescheduled, a resolution that advises the Executive, topics raised", () => {
  it("reads 'Date and Time:  Tuesday 11 November 2025 at 7.00 pm', dates 'RECOMMENDED to Cabinet on 4 December 2025 that:', and leaves another body's February meeting a month", () => {
    const p = extractMinutes("                         OVERVIEW AND SCRUTINY COMMITTEE\n\nDate and Time:           Tuesday 11 November 2025 at 7.00 pm\n\nPlace:                   Council Chamber, Civic Offices, Fleet\n\n47        MINUTES OF PREVIOUS MEETING\n\n          The minutes of 14 October 2025 were confirmed and signed as a correct record.\n\n54        COUNCIL TAX REDUCTION SCHEME 2026/27\n\n          Members heard that the Government was expected to launch a consultation on the\n          proposals, and that the Council would respond to it through Cabinet in the usual way.\n\n          RECOMMENDED to Cabinet on 4 December 2025 that:\n\n          (a)  the Exceptional Hardship Fund be increased to £60,000.\n\n57        COMMUNITY SAFETY PARTNERSHIP\n\n          DECISION\n\n          The Committee RECOMMENDED that the Hart Community Safety Partnership include\n          rural crime as a priority in its 2026/27 Partnership Plan, to be agreed at\n          the Partnership's meeting in February 2026.\n", opts(["2025-11-11", "2025-12-09", "2026-02-10"]));
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-11-11", "19:00"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["54", "recommendation", "Cabinet", "2025-12-04"], ["57", "recommendation", "Hart Community Safety Partnership", "2026-02"]]);
  });

  it("takes a rescheduled next meeting's new date, reads 'agreed to brief', and gives 'That the Board RECOMMEND to Council that …' to Council", () => {
    const p = extractMinutes("A MEETING OF THE POLICY AND ORGANISATION BOARD WAS HELD ON WEDNESDAY 26 NOVEMBER 2025 AT 6.00PM\n\n34.       COUNCIL TAX SUPPORT\n\n          RESOLVED: That the Board RECOMMEND to Council that the Council Tax Support\n          scheme for 2026/27 be adopted with the changes set out in the report.\n\n38.       ANY OTHER ITEMS\n\n          The Board was advised that the next meeting of the Board had been rescheduled\n          from 14 January 2026 and would now be held on Wednesday 21 January 2026 at\n          6.00pm.\n\n40.       DISPOSAL OF LAND\n\n          RESOLVED: That the recommendations in the report be agreed.\n\n          The Head of Commercial Property agreed to brief the Ward Councillors for\n          Rowner and Holbrook on the outcome of the tender process by 31 January 2026.\n", opts());
    expect(p.nextMeeting).toEqual({ date: "2026-01-21", time: "18:00" });
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["34", "Council", null], ["40", "Head of Commercial Property", "2026-01-31"]]);
  });

  it("reads 'RESOLVED that the Executive be advised, at its meeting on 16 December 2025, that the Committee' over its limbs", () => {
    const p = extractMinutes("Minutes of the Performance and Finance Scrutiny Committee held on Wednesday 12 November 2025 at 7.00 pm\n\n25/PF      Complaints\n\n           The report was noted.\n\n26/PF      Fees and Charges 2026/27\n\n           RESOLVED that the Executive be advised, at its meeting on 16 December\n           2025, that the Committee\n\n           (a)    notes the proposed fees and charges for 2026/27; and\n\n           (b)    recommends that the proposed 9% increase in the garden waste\n                  subscription charge be limited to 5% for 2026/27.\n\n27/PF      Waste Contract\n\n           The report was noted.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["26/PF", "recommendation", "Executive", "2025-12-16"]]);
  });

  it("passes over the topics listed under 'the following matters were raised:', and keeps an ask answered by 'agreed to provide this information' in the next paragraph as one entry", () => {
    const p = extractMinutes("Minutes of the Scrutiny Committee held on Tuesday 3 February 2026 at 6.30pm\n\n8.   LOCAL GOVERNMENT REORGANISATION\n\n     The committee proceeded to ask questions and debate the report. In\n     summary, the following matters were raised:\n\n     1.   The timing of the government's decision on the preferred option.\n     2.   The costs of the programme met to date and how these would be\n          shared between the Hampshire districts.\n\n     These points were responded to by the Leader and officers accordingly.\n\n11.  COMPLAINTS\n\n     Councillor Mrs Forsyth requested a breakdown of the number of complaints received\n     by service area and by stage.\n\n     The Assistant Director (Democracy) agreed to provide this information to Members\n     of the Panel by 13 February 2026.\n", opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["11", "Assistant Director (Democracy)", "2026-02-13"]]);
  });
});

describe("fifty-first round: 'O&S.28/25' references, 'the 25th day of NOVEMBER', more ways to send limbs to a dated meeting", () => {
  it("reads 'O&S.28/25   MINUTES' as an item, 'Section 151 Officer' as an owner, and dates 'RECOMMEND to the Executive, for consideration at its meeting on …, that it:'", () => {
    const p = extractMinutes("MINUTES OF THE MEETING OF THE OVERVIEW AND SCRUTINY COMMITTEE HELD AT FOLLATON HOUSE, TOTNES ON THURSDAY, 6 NOVEMBER 2025\n\nO&S.27/25   APOLOGIES FOR ABSENCE\n            None.\n\nO&S.28/25   MINUTES\n            The minutes were confirmed as a correct record.\n\nO&S.34/25   DRAFT REVENUE BUDGET PROPOSALS 2026/27\n            The Section 151 Officer agreed to circulate a sensitivity analysis of the\n            council tax base assumptions to all Members by 12 December 2025.\n\n            RESOLVED\n\n            That the Committee RECOMMEND to the Executive, for consideration at its\n            meeting on 4 December 2025, that it:\n\n            1.   reconsiders the proposed 15% increase in garden waste subscription charges.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["O&S.27/25", "O&S.28/25", "O&S.34/25"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["O&S.34/25", "request", "Section 151 Officer", "2025-12-12"], ["O&S.34/25", "recommendation", "Executive", "2025-12-04"]]);
  });

  it("reads 'TUESDAY the 25th day of NOVEMBER 2025', dates '2. RECOMMENDS to the Hub Committee at its meeting on 9 December 2025 that:', and passes over a proposal 'from Cllr …' not supported and an update reported there", () => {
    const p = extractMinutes("                 At a Meeting of the OVERVIEW & SCRUTINY COMMITTEE held at the Council\n                 Chamber, Kilworthy Park, TAVISTOCK on\n                 TUESDAY the 25th day of NOVEMBER 2025 at 2.00 pm.\n\n        *O&S 42/25      CONFIRMATION OF MINUTES\n\n                        Members requested an update on the outstanding actions arising from those\n                        minutes and officers reported that:\n\n                        •   the car park signage had been replaced.\n\n        O&S 47/25       DRAFT BUDGET 2026/27\n\n                        It was then RESOLVED that the Committee:\n\n                        1.   NOTES the draft budget proposals; and\n\n                        2.   RECOMMENDS to the Hub Committee at its meeting on 9 December\n                             2025 that:\n\n                             (a)   the proposed increase in car parking charges be reduced to 5%.\n\n        *O&S 54/25      WORK PROGRAMME\n\n                        •   a proposal from Cllr Luscombe that a review of the Council's\n                            Christmas lights grants be added to the Work Programme was\n                            not supported by the Committee.\n", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-11-25", "14:00"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["O&S 47/25", "recommendation", "Hub Committee", "2025-12-09"]]);
  });

  it("reads the bullets under 'The following additions to the work programme were AGREED:'", () => {
    const p = extractMinutes("Minutes of the Scrutiny Committee held on Monday 17 November 2025 at 5.00 pm\n\n59.     WORK PROGRAMME (02:42:10)\n\n        The following additions to the work programme were AGREED:\n\n        •     Planning enforcement performance, to be considered at the March meeting;\n        •     Leisure centre usage following the 2025 pricing changes, date to be\n              confirmed.\n", opts(["2026-03-16"]));
    expect(p.actions.map((a) => [a.kind, a.due])).toEqual([["work-programme", "2026-03-16"], ["work-programme", null]]);
  });

  it("dates limbs under 'Cabinet be recommended, at its meeting on 3 December 2025:' and 'the Executive on 2 December 2025 be RECOMMENDED to:', and names Cabinet in 'Cabinet be RECOMMENDED, at its meeting on …, to require …'", () => {
    const p = extractMinutes("Minutes of the Overview and Scrutiny Panel held on Wednesday 19 November 2025 at 6.00 pm\n\n37       Housing Revenue Account Budget\n\n         RESOLVED:\n\n         (a)    That the report be noted; and\n\n         (b)    That Cabinet be recommended, at its meeting on 3 December 2025:\n\n                (i)    to approve a rent increase of 4.8% for all Council dwellings.\n\n38       Climate Change\n\n         RESOLVED that\n\n         (a)   the annual progress report be noted; and\n\n         (b)   the Executive on 2 December 2025 be RECOMMENDED to:\n\n               (i)    include a fleet decarbonisation timetable in the Action Plan.\n\n39       Capital Programme\n\n         RESOLVED that\n\n         (a)      the projected outturn position be noted; and\n\n         (b)      Cabinet be RECOMMENDED, at its meeting on 10 December 2025, to require a\n                  risk-rated schedule of capital programme slippage.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["37", "recommendation", "Cabinet", "2025-12-03"], ["38", "recommendation", "Executive", "2025-12-02"], ["39", "recommendation", "Cabinet", "2025-12-10"]]);
  });

  it("keeps a letter asking that a change 'be deferred pending consultation', and passes over an earlier action reported 'Action completed.'", () => {
    const p = extractMinutes("Minutes of the Internal Overview and Scrutiny Committee held on Tuesday 18th November 2025 at 2.00 pm\n\n288.     ACTION LIST\n\n         Action 262 – Pannier Market signage – the Operations Manager advised that the\n         replacement signage had been installed in October. Action completed.\n\n291.     URGENT MATTERS\n\n         Following discussion it was agreed that the Chair would write to the Managing\n         Director of Stagecoach South West asking that the timetable change be deferred\n         pending consultation with the affected parishes.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner])).toEqual([["291", "letter", "Chair"]]);
  });
});

describe("fifty-second round: 'FCO25-25/26' references, a first limb that heads the lettered ones, start times at the foot", () => {
  it("reads 'FCO25-25/26' references with the civic year after the number, a capitalised title with 'TO BE' in it, and 'He also agreed …' opening a paragraph", () => {
    const p = extractMinutes("  Minutes of a meeting of the Finance and Corporate Overview Scrutiny Committee held in the Council Chamber, The Arc,\n  Clowne, on Tuesday 25th November 2025 at 10:00 hours.\n\n   FCO25-25/26     APOLOGIES FOR ABSENCE\n\n                   None.\n\n   FCO26-25/26     URGENT ITEMS OF BUSINESS\n\n                   None.\n\n   FCO29-25/26     LIST OF KEY DECISIONS AND ITEMS TO BE CONSIDERED IN PRIVATE\n\n                   The list was noted.\n\n   FCO31-25/26     QUARTER 2 PERFORMANCE UPDATE\n\n                   The Assistant Director of Customer Services undertook to provide\n                   Members with the monthly abandoned call rates.\n\n                   He also agreed to email Members with the outcome of the\n                   telephony system procurement exercise in February 2026.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["FCO25-25/26", "FCO26-25/26", "FCO29-25/26", "FCO31-25/26"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["FCO31-25/26", "Assistant Director of Customer Services", null], ["FCO31-25/26", "Assistant Director of Customer Services", "2026-02"]]);
  });

  it("reads '(1) the draft report … be approved and submitted to Executive on 12th January 2026 with the following recommendations:' as the head of its lettered limbs, and '(2)' as a decision of its own", () => {
    const p = extractMinutes("Minutes of the meeting held on Tuesday 25th November 2025 at 10:00 hours\n\n   FCO33-25/26     SCRUTINY REVIEW OF COUNCIL TAX RECOVERY\n\n                   RESOLVED that (1) the draft report of the Scrutiny Review of Council Tax\n                                     Recovery be approved and submitted to Executive on\n                                     12th January 2026 with the following recommendations:\n\n                                     (a) That the Council establishes a single point of contact\n                                         for residents who owe more than one debt;\n\n                                     (b) That the wording of reminder notices be reviewed;\n\n                                 (2) a report monitoring the implementation of the approved\n                                     recommendations be added to the Committee's Work\n                                     Programme for 2026/27.\n", opts());
    expect(p.actions.map((a) => [a.kind, a.owner, a.due])).toEqual([["recommendation", "Executive", "2026-01-12"], ["recommendation", "Executive", "2026-01-12"], ["work-programme", null, null]]);
  });

  it("reads the start from 'The Meeting was held at …, commencing at 6.00pm.' and 'Time of commencement: 18:30 hours' at the foot", () => {
    expect(extractMinutes("OVERVIEW AND SCRUTINY COMMITTEE\n\n19th NOVEMBER 2025\n\n            The Meeting was held at the Civic Offices, Civic Way, Swadlincote, commencing at\n            6.00pm.\n\nOS/22   APOLOGIES\n\n        None.\n", opts()).meeting.time).toBe("18:00");
    expect(extractMinutes("Minutes of the meeting held on Monday 3 November 2025\n\n38.  MINUTES\n\n     Approved.\n\n49.  DATE OF NEXT MEETING\n\n     Monday, 1st December 2025 at 6.30 pm.\n\nTime of commencement: 18:30 hours\nTime of conclusion:   21:02 hours\n", opts()).meeting.time).toBe("18:30");
  });

  it("reads work 'scoped for inclusion in the 2026/27 Work Programme' and an update to 'return to the Committee in June 2026', and passes over the order of business and a topic taken 'as part of' a report 'rather than' an item", () => {
    expect(classifyPoint("That a scrutiny review of public conveniences provision be scoped for inclusion in the 2026/27 Work Programme.", "RESOLVED")).toBe("work-programme");
    expect(classifyPoint("that the Safer Melton Partnership annual update return to the Committee in June 2026.", "The Scrutiny Committee AGREED:")).toBe("work-programme");
    expect(classifyPoint("recommend to Cabinet that the proposed introduction of evening charges not be progressed until an impact assessment has been completed;", "The Scrutiny Committee AGREED to:")).toBe("recommendation");
    expect(classifySentence("The order of business be altered to bring Item 8 forward to be considered immediately after Item 4.")).toBeNull();
    expect(classifySentence("Councillor Peter Dakin suggested that empty homes be added to the Work Programme; following discussion it was agreed that this would be considered as part of the final report of the temporary accommodation review rather than as a separate item.")).toBeNull();
  });
});

describe("fifty-third round: '25.OS.19' references, a start time alone in brackets, 'Recommend to Cabinet on …:'", () => {
  it("reads '25.OS.19' references (not item 25), a title wrapped after its colon, and figures 'for October and November 2025' as a period, not a date", () => {
    const p = extractMinutes("Minutes of the Overview and Scrutiny Committee held on Thursday, 20 November 2025 at 6.30 pm\n\n       25.OS.19       Declarations of Any Interests\n\n                      None.\n\n       25.OS.20       Minutes\n\n                      Approved.\n\n       25.OS.27       Overview and Scrutiny Task Group – Fly-tipping and Environmental Enforcement:\n                      Final Report\n\n                      Resolved:\n\n                      1.   That the Chair write to the Lancashire Police and Crime Commissioner\n                           seeking support for joint operations on waste crime.\n\n       25.OS.29       Customer Services Update\n\n                      The Head of Customer Services agreed to provide Members with the monthly\n                      call abandonment rates for October and November 2025.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["25.OS.19", "25.OS.20", "25.OS.27", "25.OS.29"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["25.OS.27", "letter", "Chair", null], ["25.OS.29", "request", "Head of Customer Services", null]]);
  });

  it("reads 'THURSDAY, 6TH NOVEMBER 2025 (6.00 PM)' and dates limbs under 'Agreed: Recommend to Cabinet on 18th November 2025:'", () => {
    const p = extractMinutes("                               OVERVIEW & SCRUTINY COMMITTEE\n\n             COUNCIL CHAMBER, WYRE FOREST HOUSE, FINEPOINT WAY, KIDDERMINSTER\n\n                             THURSDAY, 6TH NOVEMBER 2025 (6.00 PM)\n\nOS.41          APOLOGIES\n\n               None.\n\nOS.42          LOCAL GOVERNMENT REORGANISATION\n\n               Agreed: Recommend to Cabinet on 18th November 2025:\n\n               1.   That the final submission include a clear commitment on local\n                    democracy.\n\nOS.43          BUDGET\n\n               Noted.\n", opts());
    expect(p.meeting.time).toBe("18:00");
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["OS.42", "recommendation", "Cabinet", "2025-11-18"]]);
  });

  it("names the body in '… be reported to Cabinet Executive at its meeting on …:' and '… be recommended to Cabinet when it considers the strategy on …:'", () => {
    const p = extractMinutes("Minutes of the Scrutiny Commission held on Wednesday 5 November 2025 at 5.30 p.m.\n\n201.  BUDGET\n\n      RESOLVED\n\n      1.   That the draft budget proposals for 2026/27 be noted.\n\n      2.   That the following recommendations be reported to Cabinet Executive at its\n           meeting on 23 February 2026:\n\n           (a)   That the proposed increase in the garden waste subscription charge\n                 be limited to 3%.\n\n202.  CUSTOMER EXPERIENCE STRATEGY\n\n      RESOLVED that:\n\n      a)   The draft strategy be noted.\n\n      b)   The following be recommended to Cabinet when it considers the strategy on 9 December\n           2025:\n\n           i)   That a commitment to maintain face-to-face access be included.\n\n203.  WORK PROGRAMME\n\n      Noted.\n", opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["201", "Cabinet Executive", "2026-02-23"], ["202", "Cabinet", "2025-12-09"]]);
  });
});

describe("fifty-fourth round: a vote after 'Resolved:', 'A.' on the stem's line, 'Start:' beside the date, recommendations dated by month", () => {
  it("reads 'Resolved: (For 7 Against 2 Abstain 1)' over '… RECOMMENDS to Cabinet that:' and its list", () => {
    const p = extractMinutes("Minutes of the Scrutiny Committee held on Tuesday 11 November 2025 at 6.00 pm\n\n44  Local Government Reorganisation\n\n             Resolved: (For 7 Against 2 Abstain 1)\n\n             That the report be noted and that the Scrutiny Committee RECOMMENDS to Cabinet\n             that:\n\n             1.   the Council ensures that the final submission sets out how local identity\n                  will be protected; and\n\n             2.   Cabinet publishes a plain-English summary of the final submission.\n", opts());
    expect(p.actions.map((a) => [a.kind, a.owner])).toEqual([["recommendation", "Cabinet"], ["recommendation", "Cabinet"]]);
  });

  it("reads 'RESOLVED:     A.   That the report be noted.' over 'B.', 'C.', 'Start:' beside the date, 'feed back' as something to do, and 'That Cabinet, at its meeting on …, be recommended to …'", () => {
    const p = extractMinutes("                    MINUTES OF THE EXECUTIVE OVERVIEW & SCRUTINY COMMITTEE\n\nHELD:          Thursday, 27 November 2025                            Start:   7.00 pm\n                                                                     Finish:  9.14 pm\n\n45.    HOUSING REVENUE ACCOUNT\n\n       RESOLVED:     A.   That the report be noted.\n\n                     B.   That the Head of Wellbeing & Leisure feed back the\n                          Committee's comments on the concessionary pricing scheme\n                          to the leisure operator.\n\n                     C.   That Cabinet, at its meeting on 9 December 2025, be\n                          recommended to review the void re-let target of 28 days.\n", opts());
    expect(p.meeting.time).toBe("19:00");
    expect(p.actions.map((a) => [a.kind, a.owner, a.due])).toEqual([["action", "Head of Wellbeing & Leisure", null], ["recommendation", "Cabinet", "2025-12-09"]]);
  });

  it("keeps 'Recommend to Full Council that …' under 'RESOLVED THAT COMMITTEE:', and reads the start after 'Meeting Date:'", () => {
    const p = extractMinutes("Minutes of Policy and Finance\n\nMeeting Date:     Tuesday, 27 January 2026, starting at 6.30 pm\n\n649       COUNCIL TAX REDUCTION SCHEME 2026/27\n\n          RESOLVED THAT COMMITTEE:\n\n          RECOMMEND TO FULL COUNCIL that the Council Tax Reduction Scheme for 2026/27 remains\n          unchanged from the 2025/26 scheme.\n", opts());
    expect(p.meeting.time).toBe("18:30");
    expect(p.actions.map((a) => [a.text.slice(0, 40), a.owner])).toEqual([["Recommend to Full Council that the Counc", "Full Council"]]);
  });

  it("dates limbs under 'That Cabinet, at its meeting on 10th December 2025, be recommended:' and 'referred to Cabinet for consideration at its meeting in January 2026:', and keeps 'the final report … be endorsed' in the stem", () => {
    const p = extractMinutes("Minutes of the Overview and Scrutiny Committee held on Monday 17th November 2025 at 6.30pm\n\n9.        FOOD WASTE\n\n        9.4       Resolved:\n\n                  That Cabinet, at its meeting on 10th December 2025, be recommended:\n\n                  1.    To ensure that every household receives a kitchen caddy.\n\n11.       CAR PARKING TASK AND FINISH GROUP\n\n        11.3      Resolved:\n\n                  1.    That the following recommendations of the Task and Finish Group be\n                        referred to Cabinet for consideration at its meeting in January 2026:\n\n                        (i)    That free parking for the first two hours be introduced on Saturdays.\n\n12.       FLOODING\n\n         RESOLVED that the final report of the Flooding and Drainage Task Group be endorsed\n         and that the following recommendations be submitted to Cabinet at its meeting on\n         10 December 2025:\n\n         1.    That Cabinet establish a Wyre Flood Forum.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["9", "recommendation", "Cabinet", "2025-12-10"], ["11", "recommendation", "Cabinet", "2026-01"], ["12", "recommendation", "Cabinet", "2025-12-10"]]);
  });
});

describe("fifty-fifth round: 'RECOMMENDED to the meeting of Cabinet on … – that:', a month in the stem, an aside naming a chairman", () => {
  it("dates and names the limbs under 'RECOMMENDED to the meeting of Cabinet on 9 December 2025 – that:' and '… be recommended to Cabinet for consideration when it agrees the draft budget in January 2026:'", () => {
    const p = extractMinutes("Minutes of the Scrutiny Committee held on Tuesday 18 November 2025 at 7.30pm\n\n32.     BUDGET\n\n        RECOMMENDED to the meeting of Cabinet on 9 December 2025 – that:\n\n        (a)    the proposed increase in the garden waste subscription charge for\n               2026/27 be limited to £5.\n\n33.     COUNCIL TAX REDUCTION\n\n          RESOLVED: that the following be recommended to Cabinet for consideration when it\n          agrees the draft budget in January 2026:\n\n          1.   that the Council Tax Reduction Scheme for 2026/27 retain the current level of\n               support for working-age households.\n\n34.     WORK PROGRAMME\n\n        Noted.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["32", "recommendation", "Cabinet", "2025-12-09"], ["33", "recommendation", "Cabinet", "2026-01"]]);
  });

  it("reads who acts past an aside naming their office ('Councillor Kendrick, as Chairman of the Task and Finish Group, present …')", () => {
    expect(classifyPoint("that Councillor Kendrick, as Chairman of the Task and Finish Group, present the Group's report to Cabinet on 11 December 2025.", "FURTHER RESOLVED")).not.toBeNull();
    expect(findOwner("Councillor Hallett would present the Panel's final report to Cabinet", new Map())).toBe("Councillor Hallett");
  });
});

describe("fifty-sixth round: the stem's date over a limb's target, 'ACTIONS' as an item, a vote 'in favour', another body's month", () => {
  it("dates limbs by the Cabinet meeting their stem names, not by a target date inside them, and reads 'To RECOMMEND TO CABINET on 8 December 2025 that:'", () => {
    const p = extractMinutes("Minutes of the Overview and Scrutiny Committee held on Thursday 27 November 2025 at 7.00 pm\n\n40.    TEMPORARY ACCOMMODATION TASK GROUP\n\n       RESOLVED –\n\n       1.    that the final report of the Task Group be endorsed.\n\n       2.    that Cabinet be recommended, at its meeting on 12 January 2026, to agree that:\n\n             a.    the council develops an acquisition programme, with a target to bring forward at least\n                   40 additional units by March 2028;\n\n41.    PERFORMANCE\n\n         RESOLVED:\n\n         To RECOMMEND TO CABINET on 8 December 2025 that:\n\n         (a)  the Quarter 2 performance be noted; and\n\n         (b)  officers include a detailed analysis of capital programme slippage in the Quarter 3 report.\n", opts());
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["40", "2026-01-12"], ["41", "2025-12-08"]]);
  });

  it("reads '52.   ACTIONS' as an item, 'RESOLVED (6 in favour, 1 abstention): That' as a stem, and 'agreed to benchmark' as an undertaking", () => {
    const p = extractMinutes("Minutes of the Performance Monitoring Panel held on Wednesday 10 December 2025 at 6.30 pm\n\n51.        MINUTES\n\n           AGREED: That the minutes be signed as a correct record.\n\n52.        ACTIONS\n\n           The Democratic Services Officer would chase the outstanding response and report back\n           to the next meeting.\n\n53.        HOUSING\n\n        RESOLVED (6 in favour, 1 abstention): That\n\n        (a)   the report be noted;\n\n        (b)   it be recommended to Full Council on 16th December, 2025\n              that the Housing Allocations Policy be amended.\n\n54.        CAR PARKING\n\n        The Assistant Director Finance agreed to benchmark car park charges against neighbouring councils.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["52", "action"], ["53", "recommendation"], ["54", "action"]]);
  });

  it("keeps another body's 'meeting in January 2026' a month, and passes over a member agreeing to withdraw her suggestion", () => {
    expect(due("The Community Portfolio Holder agreed to feed back the committee's comments to the Community Safety Partnership Board at its meeting in January 2026.", { meetingDate: "2025-11-27", knownMeetings: [{ date: "2026-01-29", time: null }] })).toBe("2026-01");
    expect(classifySentence("Councillor Sharma agreed to withdraw her suggestion.")).toBeNull();
  });
});

describe("fifty-seventh round: any stem that sends its list to a dated meeting, long minute titles, the next meeting's date above the minutes", () => {
  it("dates the limbs of any stem that sends them on to a meeting it dates, however worded", () => {
    for (const stem of ["RECOMMEND to the Community and Children's Services Committee, at its meeting on 16 January 2026, that:", "RESOLVED that Executive be recommended, when it considers the review at its meeting on 19 January 2026, that:",
      "The Committee resolved to: Recommend to Cabinet, at its meeting on 20 January 2026, that:", "Resolved that the Chair report the following views of the Committee to the Cabinet meeting on 15 January 2026:",
      "Agreed: Recommend to Cabinet on 18th November 2025:", "That Full Council on 1st December 2025 be recommended to:", "DECISION: That the following recommendations be made to Cabinet at its meeting on 9th March 2026:"]) {
      expect(sendsToDatedMeeting(stem), stem).toBe(true);
    }
    for (const stem of ["RESOLVED that the minutes of the meeting held on 30 September 2025 be approved and that:", "RESOLVED that the Committee:", "Members noted the report published on 3 November 2025 and agreed:"]) {
      expect(sendsToDatedMeeting(stem), stem).toBe(false);
    }
    const p = extractMinutes("Minutes of the Performance Scrutiny Committee held on Thursday 20 November 2025 at 6.00 pm\n\n47.   RESIDENTS' PARKING\n\n      RESOLVED that Executive be recommended, when it considers the review at its meeting on 19 January 2026, that:\n\n      (a)   the proposed increase in the annual residents' permit to £48 be supported;\n\n      (b)   a further review of the scheme be undertaken 12 months after implementation.\n\n48.   WORK PROGRAMME\n\n      Noted.\n", opts());
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["47", "2026-01-19"], ["47", "2026-01-19"]]);
  });

  it("reads a minute number over a title of eleven words with its paragraph straight below, and 'It was recommended to the WMCA Board on … that:' over its list", () => {
    const p = extractMinutes("Minutes of the Overview and Scrutiny Committee held on Monday 17 November 2025 at 10.00 am\n\n67.      West Midlands Local Growth Plan – Pre-Decision Scrutiny\n         The committee considered a report on the draft plan.\n\n         It was recommended to the WMCA Board on 12 December 2025 that:\n\n         (1)    The Local Growth Plan should include a clear delivery plan for each of the eight\n                priority growth clusters.\n\n         (2)    Greater weight be given within the plan to the role of the non-constituent\n                authorities.\n\n68.      Draft Budget 2026/27 – Findings of the Budget Scrutiny Working Group\n         The committee considered a report of the Statutory Scrutiny Officer setting out the\n         findings of the Budget Scrutiny Working Group.\n\n         Resolved:\n\n         (1)    The findings be noted.\n\n         (2)    The Executive Director of Finance provide a schedule of earmarked reserves.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["67", "68"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["67", "recommendation", "2025-12-12"], ["67", "recommendation", "2025-12-12"], ["68", "request", null]]);
  });

  it("takes the meeting's date, not the next meeting's named in an 'Advance Copy' note and the agenda pack's running head above it", () => {
    const p = extractMinutes("   Advance Copy: The Place Select Committee needs to\n   agree these minutes are accurate but cannot do this until\n   the next meeting on 20 January 2026\n\n                                                              Place Select Committee\n                                                                     20 January 2026\n\n   Place Select Committee\n   Minutes\n   18 November 2025\n\n   Held in Committee Room 1, Town Hall. The meeting commenced at 5.30 pm.\n\n   1.    Disclosable Pecuniary Interests\n\n         None.\n", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-11-18", "17:30"]);
  });

  it("reads '(3) That representatives of Nexus and Go North' as a point wrapped, not a title, and 'resolved with 8 Members voting for … to:' as a stem", () => {
    const p = extractMinutes("Minutes of the Place Select Committee held on 18 November 2025 at 5.30 pm\n\n9.    Bus Services Update\n\n      The Strategic Transport Lead presented a report on bus services in the borough and the\n      progress of the Combined Authority towards bus franchising in the region.\n\n      Agreed:             (1) That the report be noted.\n\n                          (3) That representatives of Nexus and Go North\n                          East be invited to attend the Select Committee\n                          on 20 January 2026.\n\n10.   Corporate Risk\n\n      Following consideration, the Committee resolved with 8 Members voting for and 1\n      Member abstaining to:\n\n      (1)    Note the Corporate Risk Register.\n\n      (2)    Request that the Head of Policy review the target risk scores for all red-rated\n             risks and report the outcome to the Committee.\n", opts());
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["9", "2026-01-20"], ["10", null]]);
    expect(p.actions[0]!.text).toMatch(/Go North East be invited/);
  });

  it("ends a lettered list at the item's next numbered paragraph, takes the time 'all to be held at' for the next meeting, and lets 'TfGM' act", () => {
    const p = extractMinutes("Minutes of the Overview and Scrutiny Committee held on Monday, 17 November 2025 at 09:30am\n\n37      BUDGET\n\n        37.1    The Cabinet Member introduced the report.\n\n        It was RESOLVED:-\n\n        That the Committee RECOMMENDS to Cabinet on 8 December 2025 that:\n\n        (a)     the council tax base growth assumption be reviewed; and\n\n        (b)     a sensitivity analysis of the main budget risks be included in the final budget report.\n\n        37.8    Members noted that a budget scrutiny training session for all Councillors had been\n                arranged for 1 December 2025 at 2:00pm in the Frink Room.\n\n38      DATES OF FUTURE MEETINGS\n\n        RESOLVED /-\n\n        That the dates of future meetings of the Committee, all to be held at\n        1.00pm at the Tootal Buildings, be noted as follows:\n\n        •   Wednesday 10 December 2025\n        •   Wednesday 21 January 2026\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["37", "recommendation", "2025-12-08"], ["37", "recommendation", "2025-12-08"]]);
    expect(p.nextMeeting).toEqual({ date: "2025-12-10", time: "13:00" });
    expect(classifyPoint("That TfGM provide Members with route-level punctuality data for each district by the end of December 2025.", "RESOLVED /-")).toBe("request");
  });
});

describe("fifty-eighth round: an action log reviewed, things promised in a list, 'the following was agreed:' after a sentence", () => {
  it("passes over earlier actions reported done under 'Action Log', and keeps what is agreed after them", () => {
    const p = extractMinutes("Minutes of the Overview and Scrutiny Committee held on Thursday 20th November 2025 at 1.30pm\n\nOSC 24/25      MINUTES AND ACTION LOG\n\n               Action Log\n\n               The Governance and Scrutiny Officer presented the action log arising from previous\n               meetings and reported the following updates:\n\n               •    Minute OSC 15/25 - the breakdown of funding by local authority area requested by\n                    Members had been circulated on 2nd October 2025. Complete.\n\n               •    Minute OSC 19/25 - the Member site visit had taken place on 23rd October 2025. Complete.\n\n               AGREED that the Governance and Scrutiny Officer update the action log with revised\n               target dates and recirculate it to all Members by the end of November 2025.\n\nOSC 25/25      PUBLIC QUESTIONS\n\n               None.\n", opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["OSC 24/25", "Governance and Scrutiny Officer", "2025-11"]]);
  });

  it("reads each thing listed under '… agreed to provide the Committee with:' as a request of the speaker's", () => {
    const p = extractMinutes("Minutes of the GLA Oversight Committee held on Tuesday 9 December 2025 at 10.00am\n\n6     GLA Budget 2026-27 (Item 6)\n\n6.5   During the course of the discussion, the Mayor's Chief of Staff agreed to provide the Committee\n      with:\n\n      •     A breakdown of the £14.2 million savings target by directorate; and\n\n      •     The updated position on the GLA's general and earmarked reserves.\n\n6.6   Resolved:\n\n      That the report be noted.\n", opts());
    expect(p.actions.map((a) => [a.kind, a.owner, a.text])).toEqual([["request", "Mayor's Chief of Staff", "A breakdown of the £14.2 million savings target by directorate."], ["request", "Mayor's Chief of Staff", "The updated position on the GLA's general and earmarked reserves."]]);
  });

  it("reads the list under '… topics for inclusion, and the following was agreed:', less a suggestion recorded there as not agreed", () => {
    const p = extractMinutes("Minutes of the Overview and Scrutiny Committee held on Thursday 27 November 2025 at 10.00 am\n\n12.  Work Programme\n\n     Members suggested a number of topics for inclusion, and the following was\n     agreed:\n\n     (a)  the EMCCA Corporate Risk Register be added to the work programme as a\n          standing six-monthly item;\n\n     (b)  the Governance Lead arrange an informal briefing for all Members on the\n          draft Local Growth Plan;\n\n     (c)  Councillor Constantinou asked that the Committee carry out a review of low traffic\n          neighbourhoods; it was not agreed to add it to this Committee's work programme.\n", opts());
    expect(p.actions.map((a) => [a.kind, a.owner])).toEqual([["work-programme", null], ["action", "Governance Lead"]]);
  });

  it("passes over noting when a group will meet, who sits on it, the committee's views being sought, a rule that 'would apply to' staff, and a proposal to formalise comments as recommendations", () => {
    expect(classifyPoint("That it be noted that the Group will meet on 13 January 2026 to consider the PCC's draft budget and precept proposals.", "RESOLVED –")).toBeNull();
    expect(classifyPoint("That the Budget Task and Finish Group comprise Cllrs Brereton, Fairbrother, Gaskell, Okafor and Rushworth, with Cllr Rushworth as Chair of the Group.", "RESOLVED –")).toBeNull();
    expect(classifySentence("The Committee's views were sought as part of the consultation process.")).toBeNull();
    expect(classifySentence("In response to a question from Councillor Ogden, the Director confirmed that TUPE would apply to the transfer of operational staff.")).toBeNull();
    expect(agreedAfter("Councillor Pearson proposed, and Councillor Birkby seconded, that the Committee's comments be formalised as recommendations to the Combined Authority.", "This was agreed.")).toBeNull();
  });
});

describe("fifty-ninth round: minute numbers under wrapped titles in capitals, tracker references, 'ACTION BY:' over its list", () => {
  it("reads each minute number that starts the paragraph under its title, past '41   RESOLVED: -', a title wrapped over two lines and one ending '2026/27'", () => {
    const p = extractMinutes("         MINUTES OF A MEETING OF THE WEST MIDLANDS POLICE AND CRIME PANEL\n         HELD ON MONDAY 17 NOVEMBER 2025 AT 1400 HOURS IN COMMITTEE ROOMS 3\n\n         APOLOGIES\n\n    39   Apologies for absence were submitted on behalf of Councillor Sam Okonkwo and Councillor Rachel Denham.\n\n         DECLARATIONS OF INTEREST\n\n    40   Martin Beddoes (Independent Member) declared that he was a retired West Midlands Police officer.\n\n         MINUTES OF THE PREVIOUS MEETING\n\n    41   RESOLVED: -\n\n         That the Minutes of the meeting held on 15 September 2025 were confirmed as a correct record.\n\n         POLICE REFORM – FUTURE OF POLICE AND CRIME COMMISSIONERS (VERBAL\n         UPDATE)\n\n    42   The PCC gave a verbal update on the Government's recent announcement about the future of the role.\n\n         OPCC BUDGET MONITORING 2025/26 AND PRECEPT SETTING TIMETABLE\n         2026/27\n\n    43   The following report of the Chief Finance Officer, OPCC, was submitted: -\n\n         RESOLVED: -\n\n         (i)     That the report be noted; and\n\n         (ii)    That the following recommendations be made to the Police and Crime\n                 Commissioner, with a response requested by the Panel meeting on\n                 2 February 2026: -\n\n                 (a)   That quarterly Victims' Code compliance data be published on the\n                       OPCC website.\n", opts());
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["39", "APOLOGIES"], ["40", "DECLARATIONS OF INTEREST"], ["41", "MINUTES OF THE PREVIOUS MEETING"], ["42", "POLICE REFORM – FUTURE OF POLICE AND CRIME COMMISSIONERS (VERBAL UPDATE)"], ["43", "OPCC BUDGET MONITORING 2025/26 AND PRECEPT SETTING TIMETABLE 2026/27"]]);
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["43", "recommendation", "Police and Crime Commissioner", "2026-02-02"]]);
  });

  it("reads tracker references 'R31/25 - The Commissioner to provide …' as actions under their heading, not as headings, and 'ACTION BY:' over its bullets", () => {
    const p = extractMinutes("Minutes of the Police and Crime Panel held on Thursday 27 November 2025 at 10.30 am\n\n55/25     PUBLIC QUESTIONS [Item 4]\n\n          1. One public question had been received from Mr David Carver.\n\n          Actions/further information to be provided:\n\n          R31/25 - The Commissioner to provide a written response to Mr Carver's\n          supplementary question by 12 December 2025, with a copy to all Panel\n          Members.\n\n          R32/25 - Transition arrangements to be added as a standing item on\n          the Panel's forward work programme.\n\n56/25     WINTER PRESSURES [Item 5]\n\n     ACTION BY: Director of Urgent and Emergency Care, NCL ICB\n\n     ●     To circulate the flu and COVID-19 vaccination uptake figures, broken down by\n           borough, to Members before the next meeting.\n\n57/25     DATE OF THE NEXT MEETING [Item 6]\n\n          Monday, 2 February 2026 at 10.30 am.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["55/25", "56/25", "57/25"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["55/25", "Commissioner", "2025-12-12"], ["55/25", null, null], ["56/25", "Director of Urgent and Emergency Care, NCL ICB", "2026-02-02"]]);
  });

  it("takes the time from 'Held in the Whickham Room, Civic Centre, Gateshead at 2.00 pm' under the date, and passes over a reminder about microphones", () => {
    const p = extractMinutes("                         NORTHUMBRIA POLICE AND CRIME PANEL MEETING\n\n                                 Tuesday, 25 November 2025\n\n                 Held in the Whickham Room, Civic Centre, Gateshead at 2.00 pm\n\n31.   APOLOGIES\n\n      None.\n", opts());
    expect(p.meeting.time).toBe("14:00");
    expect(classifySentence("The Chair asked Members to ensure that microphones were switched on when speaking.")).toBeNull();
  });
});

describe("sixtieth round: a pack stamp over two lines, an action column beside a date, 'requested that:', 'agreed its work programme, subject to:'", () => {
  it("drops 'Agenda Item No.' over its number, keeps an action column's owner whole beside a line that starts with a date, and reads 'noted the report and requested that:' over its list", () => {
    const pad = " ".repeat(84);
    // The right-hand ACTION column, its pieces starting at one column whatever the body's length.
    const col = (body: string, piece = "") => (piece ? `${body.padEnd(92)}${piece}` : body);
    const p = extractMinutes([`${pad}Agenda Item No.`, "", `${pad}   2`, "", "HERTFORDSHIRE COUNTY COUNCIL                                        MINUTES", "", "POLICE AND CRIME PANEL", "THURSDAY 13 NOVEMBER 2025 AT 2.00PM", "",
      "5.     PERFORMANCE REPORT", "",
      col("5.2    The Chief Executive, OPCC agreed to circulate the independent Safer Streets", "Chief Executive,"), col("       evaluation report to members before the next meeting of the Panel.", "OPCC"), "",
      "5.7    The Panel noted the report and requested that:", "",
      col("       (a)   a breakdown of emergency response attendance times by district,", "Head of"), col("             distinguishing urban and rural wards, be circulated to members by", "Performance and"), col("             12 December 2025; and", "Assurance, OPCC"), "",
      "       (b)   a briefing note on the Right Care, Right Person handover", "             arrangements agreed with partner agencies be provided to members.", "",
      "6.     WORK PROGRAMME", "", "6.1    The Panel agreed its work programme, subject to:", "", "       (a)   rural and wildlife crime being added to the work programme for the March", "             meeting; and", "",
      "       (b)   the Commissioner's estates strategy being added to the work programme as", "             a future item.", ""].join("\n"), opts(["2026-03-19"]));
    expect(p.items.map((i) => i.number)).toEqual(["5", "6"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["5", "request", "Chief Executive, OPCC", "2026-03-19"], ["5", "request", "Head of Performance and Assurance, OPCC", "2025-12-12"], ["5", "request", null, null], ["6", "work-programme", null, "2026-03-19"], ["6", "work-programme", null, null]]);
  });

  it("names 'the Secretary to the Panel' whole, takes a start from '… COMMENCING AT 4.00 PM' and '- 10.00 am - 12.55 pm', and reads what a panel agrees to receive at a meeting", () => {
    expect(findOwner("That the Secretary to the Panel arrange a visit for Panel Members to the Fire Control room.", new Map(), { resolution: true })).toBe("Secretary to the Panel");
    const p = extractMinutes("                              POLICE AND CRIME PANEL FOR LANCASHIRE\n\n                                    MONDAY, 1ST DECEMBER 2025\n\n           MINUTES OF THE MEETING HELD IN CONFERENCE ROOM 1, BLACKBURN TOWN HALL,\n                                     COMMENCING AT 4.00 PM\n\n46.    101 Performance\n\n       Resolved – that the Panel:\n\n       1.  Notes the report; and\n\n       2.  Agrees to receive a further update on 101 performance at its March meeting.\n\n47.    Work Programme\n\n       Resolved:\n\n       1. That the work programme be agreed, subject to the Essex Police annual\n          report on stop and search being scheduled for the June 2026 meeting.\n", opts(["2026-03-23"]));
    expect(p.meeting.time).toBe("16:00");
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["46", "work-programme", "2026-03-23"], ["47", "work-programme", "2026-06"]]);
    const q = extractMinutes("DYFED-POWYS POLICE AND CRIME PANEL\n\nFriday, 10 October 2025\n\nPRESENT: Councillor G. Pryce (Chair)\n\nChamber - County Hall, Carmarthen. SA31 1JP and remotely - 10.00 am - 12.55 pm\n\n1. APOLOGIES\n\nNone.\n", opts());
    expect(q.meeting.time).toBe("10:00");
  });
});

describe("sixty-first round: initials in an attendance list, capitals run into the text after a hyphen, numbered decisions", () => {
  it("reads 'A. Kettle   Cheshire East Council' as a member, not item A", () => {
    const p = extractMinutes("Minutes of the meeting of the Joint Health Scrutiny Committee held on Thursday 27 November 2025, commencing at 10.00 a.m.\n\nPRESENT:       Councillors:\n               J. Lowther                                   Knowsley Council\n               A. Kettle                                    Cheshire East Council\n               G. Ollier (substitute for S. Marland)        Cheshire East Council\n               B. Okafor                                    Cheshire West and Chester Council\n               C. Ashworth                                  Sefton Council\n               D. Kerrigan                                  Sefton Council\n\n15.   APOLOGIES FOR ABSENCE\n\n      None.\n\n16.   WORK PROGRAMME\n\n      RESOLVED - That the Head of Scrutiny report back on the responses of the constituent councils.\n\n17.   DATE OF NEXT MEETING\n\n      29 January 2026.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["15", "16", "17"]);
    expect(p.actions.map((a) => a.item)).toEqual(["16"]);
  });

  it("reads '688    WELCOME AND INTRODUCTIONS - The Chair …' headings, 'RESOLVED 2025/030' over its list, and passes over a contract's own renewal date", () => {
    const p = extractMinutes("Minutes of the Police and Crime Panel held on Monday 1 December 2025, commencing at 10.00 am.\n\n688    WELCOME AND INTRODUCTIONS - The Chair welcomed everyone to the meeting of the\n       Panel.\n\n689    APOLOGIES FOR ABSENCE - Resolved - That it be noted that apologies for absence had\n       been received from Councillor S Holmes.\n\n690    SUBSTITUTIONS - Resolved - That it be noted that Councillor B Lowther was\n       substituting for Councillor S Holmes.\n\n691    COMMISSIONER UPDATE - The Commissioner gave an update.\n\n       Resolved - (a) that the update be noted; and\n\n                  (b) that the Chief Executive (OPCC) circulate to members a summary of the\n                      commissioned contracts due for renewal before May 2028.\n\n692    WORK PROGRAMME - The Secretary to the Panel submitted the work programme.\n\n        RESOLVED 2025/030\n\n        1)     That the work programme be noted.\n\n        2)     That the Democratic Services Officer arrange a visit for Panel Members to\n               the Force Control Room before the end of January 2026.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["688", "689", "690", "691", "692"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["691", "Chief Executive (OPCC)", null], ["692", "Democratic Services Officer", "2026-01"]]);
  });
});

describe("sixty-second round: civic-year minute numbers with a dash, Jersey's 'Ref Back' column, the States Assembly's sitting", () => {
  it("reads '17-25/26     Apologies For Absence' as minute 17-25/26 (not a date), 'Resolved also: - That …', 'AM Charters' and a next meeting at '10:00 hours on …'", () => {
    const p = extractMinutes("Minutes of the Performance Committee held on Wednesday 3 December 2025 at 10.00 am\n\n17-25/26     Apologies For Absence\n\n             None.\n\n18-25/26     Performance Management Information\n\n             Councillor S Sidat asked about on-call availability. AM Charters agreed to\n             circulate on-call availability figures for each station by the end of January 2026.\n\n             Resolved also: - That the Chair write on behalf of the Committee to the Minister\n             for Local Government (Fire) seeking a national funding mechanism.\n\n19-25/26     Date of Next Meeting\n\n             The next scheduled meeting of the Committee has been agreed for 10:00 hours on 11\n             March 2026 in the Main Conference Room.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["17-25/26", "18-25/26", "19-25/26"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["18-25/26", "AM Charters", "2026-01"], ["18-25/26", "Chair", null]]);
    expect(p.nextMeeting).toEqual({ date: "2026-03-11", time: "10:00" });
  });

  it("sets aside Jersey's 'Ref Back' column, and dates the recommendations agreed 'for inclusion in the Comments paper' by the Assembly's sitting", () => {
    const p = extractMinutes(["Record of Meeting of the Environment, Housing and Infrastructure Scrutiny Panel held on Thursday 13th November 2025 at 2:00pm", "",
      "                 1.   Records of Meetings", "", "                 The records were approved.", "",
      " 30.10.25        2.   Action Updates", " Item 2", "", "                 The Panel received its action tracker.", "",
      " 30.10.25        3.   Proposed Budget 2026-2029 (P.71/2025): Comments", " Item 3", "",
      "                 The Panel agreed the following recommendations for inclusion in", "                 the Comments paper, for consideration by the States Assembly at", "                 its sitting commencing 2nd December 2025:", "",
      "                     (a)  the Minister for Infrastructure should publish a", "                          revised delivery timetable for the Liquid Waste Strategy;", "",
      " 16.10.25        4.   Work Programme", " Item 8", "", "                 The Panel noted its work programme.", ""].join("\n"), opts());
    expect(p.items.map((i) => i.number)).toEqual(["1", "2", "3", "4"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["3", "recommendation", "2025-12-02"]]);
  });
});

describe("sixty-third round: matters arising that name a minute, ordinals set apart, a web page's agenda purposes, 'ACTION:' between limbs", () => {
  it("reads 'Minute 7 (Insurance renewal 2025 - 26) - the Chief Finance … Officer' under matters arising as no heading, and 'Monday 1 st December 2025' as a date", () => {
    const p = extractMinutes("Minutes of the Audit Committee held on 17 October 2025 at 10.30 am\n\n4     Minutes of the last meeting\n\n      RESOLVED\n\n      That the Minutes of the meeting held on 18 July 2025 be signed as a correct record.\n\n      Matters arising\n\n      Minute 7 (Insurance renewal 2025 - 26) - the Chief Finance and Procurement Officer\n      confirmed that the briefing note had been circulated on 12 August 2025.\n\n      Minute 9 (Contract Standing Orders) - the Chief Legal and Governance Officer\n      reported that the revised Contract Standing Orders were now in force.\n\n5     Grants\n\n      RESOLVED: That it be RECOMMENDED to the Policy & Finance Committee at its\n      meeting on Monday 1 st December 2025 that:\n\n      a) the community grant application form be revised to require applicants to\n         state up to three measurable outcomes.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["4", "5"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["5", "2025-12-01"]]);
  });

  it("passes over an agenda's purpose above 'Lead:' on a web page of minutes, and keeps limbs after 'ACTION: …' between them", () => {
    const page = ["Minutes of the Scrutiny Committee held on Wednesday 26 November 2025 at 11.00 am", ""];
    for (const [n, title] of [[1, "Welcome & Apologies"], [2, "Declarations of Interest"], [3, "Minutes of the Previous Meeting"]] as const) {
      page.push(`${n}.`, "", title, "", n === 1 ? "The Chair to welcome Members and the public to the meeting." : `For Members to receive item ${n}.`, "", "Lead: Chair", "", "Minutes:", "", `${n}.1          Noted.`, "");
    }
    page.push("4.", "", "Health and Safety", "", "For Members to consider the report.", "", "Lead: Chief Fire Officer", "", "Minutes:", "", "Resolved:", "",
      "        (b)   That future quarterly reports include occupational health referral waiting", "              times.", "              ACTION: Head of Health, Safety and Wellbeing",
      "        (c)   That the Head of Health, Safety and Wellbeing provide Members with a", "              written briefing on the contaminants programme by 30 January 2026.", "");
    const p = extractMinutes(page.join("\n"), opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["4", "Head of Health, Safety and Wellbeing", null], ["4", "Head of Health, Safety and Wellbeing", "2026-01-30"]]);
  });

  it("reads 'subject to the addition of the following:' and 'RESOLVED also that …', and a start 'held at 6.00pm in the Jeffrey Room'", () => {
    expect(classifyPoint("a visit by Members of the Committee to the Service's Control Room at Service Headquarters; and", "RESOLVED that the work programme be approved, subject to the addition of the following:")).toBe("work-programme");
    const p = extractMinutes("     Minutes of the meeting of the Overview and Scrutiny Committee held at 6.00pm in the Jeffrey\n     Room, The Guildhall, on Tuesday, 18th November 2025.\n\n11.  RISK\n\n     RESOLVED also that the Head of Corporate Planning provide a short written briefing note to all Members.\n", opts());
    expect(p.meeting.time).toBe("18:00");
    expect(p.actions.map((a) => [a.owner, a.kind])).toEqual([["Head of Corporate Planning", "request"]]);
  });
});

describe("sixty-fourth round: a declaration naming an item, Welsh headings over English, an ordered list's counter before the item's reference", () => {
  it("reads '7. Christmas Lights …: Cllr. Ffion Lloyd declared an interest …' under declarations as no heading, and the next meeting under 'Date of next meeting' inside a Welsh-titled item", () => {
    const p = extractMinutes("Minutes of the General Management Committee held on Monday 10 November 2025 at 6.30pm\n\n3 Declarations of Interest:\n\n7. Christmas Lights and Christmas Market: Cllr. Ffion Lloyd declared an interest as a stallholder at the Christmas Market.\n\n4 Personal references:\n\nNone.\n\n5 Presentation: Dyfed-Powys Police\n\nIt was AGREED that the Clerk ask Dyfed-Powys Police for a copy of the presentation slides.\n\n6 Community Grants\n\nNoted.\n\n7 Christmas Lights and Christmas Market\n\nNoted.\n\n8 Dyddiad y cyfarfod nesaf\n\nNos Lun 8 Rhagfyr 2025 am 6.30yh.\n\nDate of next meeting\n\nMonday 8 December 2025 at 6.30pm, remotely and at the Presbytery.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["3", "4", "5", "6", "7", "8"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["5", "Clerk"]]);
    expect(p.nextMeeting).toEqual({ date: "2025-12-08", time: "18:30" });
  });

  it("reads '  10. 07.A' as item 07.A, passes over 'Item 06.B (…): the Town Clerk confirmed …' under matters arising, and reads 'the Town Clerk replies to …'", () => {
    const lines = ["Minutes of the Governance and Resources Committee held on Monday 24 November 2025 at 7pm", ""];
    const items: [string, string][] = [["01", "To receive apologies for absence"], ["04", "To discuss or note any matters arising"], ["06.A", "To receive the Quarter 2 service statistics"], ["06.B", "To receive the internal auditor's interim report"], ["12.A", "To receive a letter from the Newquay BID"]];
    items.forEach(([ref, title], k) => {
      lines.push(`  ${k + 1}. ${ref}`, "", `    ${title}`, "", "    Decision", "");
      if (ref === "04") lines.push("    Item 06.B (door entry system, Municipal Offices): the Town Clerk confirmed that the repair had been completed.", "");
      if (ref === "12.A") lines.push("    RESOLVED that the Town Clerk replies to the Newquay BID asking for a full breakdown of the proposed spend.", "");
      else lines.push("    Noted.", "");
    });
    const p = extractMinutes(lines.join("\n"), opts());
    expect(p.items.map((i) => i.number)).toEqual(["01", "04", "06.A", "06.B", "12.A"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["12.A", "Town Clerk"]]);
  });
});

describe("sixty-fifth round: reasons given for a decision, 'the first half of' a month, meetings 'commencing at'", () => {
  it("passes over 'Reason for Decision:' paragraphs, dates 'during the first half of January 2026' by the month, and takes the time future meetings are 'commencing at'", () => {
    expect(classifySentence("Reason for Decision: Members wished to be able to scrutinise performance in rural parts of the county more closely and considered that the publication of 101 performance data would improve transparency.")).toBeNull();
    expect(due("the Democratic Services Officer arrange an informal pre-precept briefing session for Panel members during the first half of January 2026.", { meetingDate: "2025-11-27" })).toBe("2026-01");
    const p = extractMinutes("Minutes of the Police and Crime Panel held on Friday 28 November 2025 at 10.00 am\n\n14.    FUTURE MEETING DATES\n\n       14.1   Members noted the dates of future meetings, all to be held at Shire Hall,\n              Gloucester, commencing at 10.00 am:\n\n              ·    Friday 6 February 2026 (precept meeting)\n\n              ·    Friday 20 March 2026\n", opts());
    expect(p.nextMeeting).toEqual({ date: "2026-02-06", time: "10:00" });
  });
});

describe("sixty-sixth round: a numbered title in capitals under a sentence, a secretariat that acts, a report's date over a meeting's", () => {
  it("keeps '6.      PRECEPT INTENTIONS …' a heading under the last sentence of item 5, and reads 'the Secretariat review …'", () => {
    const p = extractMinutes("Minutes of the Police and Crime Panel held on Wednesday 10 December 2025 at 13:30\n\n5.      PUBLIC QUESTIONS/STATEMENTS\n\n        AGREED ACTIONS\n\n        The Office of the Police and Crime Commissioner to send a written response\n        to Mr Tuckwell's supplementary question, copied to Panel Members.\n\n6.      PRECEPT INTENTIONS AND MEDIUM TERM FINANCIAL STRATEGY 2026/27 TO 2029/30\n\n        The Panel noted the report.\n\n7.      POLICE AND CRIME PLAN DELIVERY - TACKLING VIOLENCE AGAINST WOMEN AND GIRLS\n\n        The Panel noted the report.\n\n8.      NEIGHBOURHOOD POLICING GUARANTEE AND SUPPORT FOR COMMUNITY SAFETY PARTNERSHIPS\n\n        The Panel AGREED that the Secretariat review the Complaints Sub-Committee\n        protocol and bring a revised version back to the Panel in March 2026.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["5", "6", "7", "8"]);
    expect(p.actions.map((a) => a.item)).toEqual(["5", "8"]);
    expect([p.actions[1]!.owner, p.actions[1]!.due]).toEqual(["Secretariat", "2026-03"]);
  });

  it("dates a group's work by the meeting it reports its findings to, and takes a start from 'The meeting was held at 10.00 am in …'", () => {
    const p = extractMinutes("             Minutes of the Police, Fire and Crime Panel Meeting held on\n                                          17 November 2025\n\n     The meeting was held at 10.00 am in the Oak Room, County Buildings, Stafford.\n\n29.    BUDGET\n\n       RESOLVED: That the Panel:\n\n       a)  Noted the budget and precept setting timetable for 2026/27.\n\n       b)  Agreed that the Panel's Finance Working Group meet in January 2026 to examine the\n           Commissioner's draft budget proposals and report its findings to the Panel meeting\n           on 5 February 2026.\n", opts(["2026-02-05"]));
    expect(p.meeting.time).toBe("10:00");
    expect(p.actions.map((a) => a.due)).toEqual(["2026-02-05"]);
  });
});

describe("sixty-seventh round: fire authorities' 'Members Resolved', square-bracketed limbs, lettered sub-items, numbered resolutions under long headings", () => {
  it("reads 'Members Resolved that:' over lettered limbs, and 'Date of next meeting Thursday, …' with no colon", () => {
    const p = extractMinutes("Minutes of the meeting of the Scrutiny Committee held at Service Headquarters on Thursday 20 November 2025 at 1.00 pm\n\n1.     Preliminary Matters\n\n       Members Resolved that:\n\n       a)   no additional items of business were determined by the Chair to be considered as\n            matters of urgency; and\n\n       b)   no items of business required the exclusion of the press and public.\n\n3.     Performance Report\n\n       Members Resolved that:\n\n       a)   the contents of the report be noted;\n\n       b)   the Head of Strategy and Performance circulate to Members a breakdown of accidental\n            dwelling fires by district.\n\nClose\n\nDate of next meeting Thursday, 22 January 2026 at 1.00 pm\n", opts());
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["3", "Head of Strategy and Performance"]]);
    expect(p.nextMeeting).toEqual({ date: "2026-01-22", time: "13:00" });
  });

  it("reads '[1]', '[2]' limbs, and '1A        Recording of Meeting' under item 1 as an item of its own", () => {
    const p = extractMinutes("MINUTES OF THE MEETING OF THE FIRE AUTHORITY held on Wednesday 10th December 2025 at 10.30 am\n\n1         PROCEDURAL MATTERS\n\n1A        Recording of Meeting\n\n          Members were reminded that the meeting would be recorded.\n\n1E        Public Questions\n\n          The Chair undertook to write to Mr Arrowsmith with a full response to the supplementary question.\n\n3         DRAFT BUDGET 2026-27\n\n          RESOLVED: That:\n\n          [1]   the draft budget position be noted;\n\n          [2]   the Governance and Corporate Planning Manager arrange a Member budget workshop\n                during January 2026; and\n\n          [3]   the final budget proposals be presented by the Treasurer to the meeting of the\n                Fire Authority on 11th February 2026.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["1", "1A", "1E", "3"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["1E", null], ["3", "2026-01"], ["3", "2026-02-11"]]);
  });

  it("finds a heading of a dozen words over a numbered resolution, and takes another committee's January meeting as the month", () => {
    const p = extractMinutes("At a meeting of the TYNE AND WEAR FIRE AND RESCUE AUTHORITY held at Barmston Mere on MONDAY, 17th NOVEMBER, 2025 at 10.30 a.m.\n\nMinutes\n\n31.        RESOLVED that:-\n\n           (i)    the minutes of the last meeting be confirmed.\n\nRevenue Budget Monitoring\n\nThe Finance Director submitted a report.\n\n32.        RESOLVED that:-\n\n           (i)    the report be noted.\n\nMedium Term Financial Strategy 2026/2027 to 2029/2030 and Provisional Funding Outlook\n\nThe Finance Director reported on the funding outlook.\n\n33.        RESOLVED that:-\n\n           (i)    the report be noted; and\n\n           (ii)   the Finance Director provide Members with a briefing note on the\n                  implications of the provisional settlement before the end of December 2025.\n\nPerformance Report\n\nThe Assistant Chief Fire Officer reported on performance.\n\n34.        RESOLVED that:-\n\n           (i)    a detailed report on deliberate secondary fires be submitted to the\n                  Policy and Performance Committee at its January 2026 meeting.\n", opts(["2026-01-19"]));
    expect(p.items.map((i) => i.number)).toEqual(["31", "32", "33", "34"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["33", "2025-12"], ["34", "2026-01"]]);
  });

  it("dates 'the Fire Authority meeting in February 2026' by the body's own meeting, and keeps a letter the Chair undertakes in her announcements", () => {
    const p = extractMinutes("Shropshire and Wrekin Fire and Rescue Authority\n\nMinutes of the Meeting of the Shropshire and Wrekin Fire and Rescue Authority held on 17 December 2025 at 2.00 pm\n\nPresent\n\nCouncillors Barlow-Twigg (Chair) and Penhallow\n\n3       Chair's Announcements\n\n        The Chair asked that the Authority's congratulations be recorded and confirmed that she would\n        write to Watch Manager Elcock on behalf of the Fire Authority to congratulate her. The Chair\n        reminded Members that the budget workshop would be held on 9 January 2026.\n\n8       Budget 2026/27\n\n        Resolved that the Fire Authority:\n\n        a)   Instruct the Treasurer to undertake consultation with business ratepayers and to report\n             the outcome to the Fire Authority meeting in February 2026; and\n\n        b)   Instruct the Treasurer to report the consultation responses to the Cabinet meeting in\n             February 2026.\n", opts(["2026-02-17"]));
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["3", "letter", null], ["8", "action", "2026-02-17"], ["8", "request", "2026-02"]]);
  });

  it("passes over a report 'reviewed and approved', a paragraph of a draft 'strengthened' at the meeting, and asks the resolution settles", () => {
    expect(classifyPoint("That the status report on identified corporate risks at Appendix A be reviewed and approved.", "RESOLVED")).toBeNull();
    expect(classifySentence("Ms J Garside proposed that paragraph 4.3 of the draft response be strengthened to make clear the Authority's support for a national professional standards body.")).toBeNull();
    const p = extractMinutes("MINUTES OF THE MEETING OF THE FIRE AUTHORITY held on Wednesday 10th December 2025 at 10.30 am\n\n11        FORWARD WORK PROGRAMME\n\n          Councillor Ian Stanier asked that the Performance and Overview Committee consider the\n          Service's preparedness for wildfires. Councillor Sandra Leece asked that Members\n          receive a report on the implications of the Government's fire reform proposals.\n\n          RESOLVED: That:\n\n          [1]   an item on the Service's preparedness for wildfires be added to the work programme\n                of the Performance and Overview Committee; and\n\n          [2]   a report on the implications of the Government's fire reform proposals be submitted\n                to the April meeting.\n\n12        BUILDING SAFETY\n\n          Cllr Tolland noted the importance of this work to residents of high rise buildings and\n          asked that the Committee continue to receive regular updates.\n\n          RESOLVED: That a further update on progress against the Phase 2 recommendations be\n          submitted to the March 2026 meeting.\n\n13        HEALTH AND SAFETY\n\n          A Member asked whether the fall in near-miss reports reflected fewer events or less\n          reporting. The Assistant Chief Fire Officer said that the Service was looking at this\n          and agreed to share the analysis.\n\n          RESOLVED: That the Assistant Chief Fire Officer circulate to Members an analysis of the\n          trend in near-miss reporting over the last three years.\n", opts());
    expect(p.actions.map((a) => [a.item, a.text.slice(0, 30)])).toEqual([
      ["11", "An item on the Service's prepa"], ["11", "A report on the implications o"], ["12", "A further update on progress a"], ["13", "The Assistant Chief Fire Offic"]]);
  });
});

describe("sixty-eighth round: national parks and joint health committees: titles wrapped over their paragraph, speakers without titles, decisions after 'and that'", () => {
  it("reads a numbered title in sentence case wrapped over its first paragraph, and the start from '… which was held at … and started at 10:00am'", () => {
    const p = extractMinutes("Broads Authority\nMinutes of the meeting held on 21 November 2025\n\n1.     Apologies and welcome\nThe Chair welcomed everyone to the meeting, which was held at Yare House, 62-64 Thorpe Road,\nNorwich and started at 10:00am.\n\n9.     Strategic priorities – update for 2025/26\nThe Chief Executive introduced the report, which set out progress against the strategic priorities for the year.\n\n10.    Consolidated income and expenditure 1 April to 30 September 2025 – actual and\n       forecast outturn\nThe Director of Finance introduced the report, which set out the actual income and expenditure\nfor the first six months of the year. She agreed to provide members with a breakdown of agency\nand consultancy costs by directorate by the end of December 2025.\n", opts());
    expect(p.meeting.time).toBe("10:00");
    expect(p.items.map((i) => i.number)).toEqual(["1", "9", "10"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["10", "2025-12"]]);
  });

  it("gives 'She agreed to circulate …' to the speaker named without a title two sentences back, and reads 'BOB ICB share …' and 'the scrutiny officers of the three authorities arrange …'", () => {
    const p = extractMinutes("MINUTES – 27 NOVEMBER 2025\n\n17.   URGENT AND EMERGENCY CARE\n\n      Deborah Quarrie reported on the flu and COVID-19 vaccination programme. Uptake among\n      pregnant women remained low. She agreed to circulate to Members the latest vaccination uptake\n      figures for each of the three local authority areas.\n\n      Resolved –\n\n      (1)   That the report be noted;\n\n      (2)   That BOB ICB share the Berkshire West primary care estates plan with the Committee once\n            it has been finalised;\n\n      (3)   That the scrutiny officers of the three authorities arrange an informal task and finish\n            session on the Joint Forward Plan refresh in February 2026.\n", opts());
    expect(p.actions.map((a) => [a.owner, a.due])).toEqual([["Deborah Quarrie", null], ["BOB ICB", null], ["scrutiny officers of the three authorities", "2026-02"]]);
  });

  it("reads the decision after 'be approved and that', 'subject to …' before the subject, and a 'deadline of' date", () => {
    expect(due("That the draft response be approved and that the Director submit it to Defra by the consultation deadline of 16 January 2026.", { meetingDate: "2025-12-09" })).toBe("2026-01-16");
    expect(classifyPoint("That the draft response, as amended at the meeting, be approved and that the Director of Conservation and Planning submit it to Defra by the consultation deadline of 16 January 2026.", "RESOLVED")).toBe("request");
    expect(classifyPoint("NOTED that the Plan would remain flexible and that any significant changes would be reported to the Committee", "")).toBeNull();
    expect(classifyPoint("That, subject to its adoption by the Authority, the Monitoring Officer make any consequential amendments to the Constitution by 31 January 2026.", "Resolved")).toBe("action");
  });

  it("passes over appointments of members with no 'Councillor', a response strengthened at the meeting, what the ICB would become, and asks an 'Actions/requests for further information:' list settles", () => {
    expect(classifyPoint("To appoint Ms Quartly as the Authority's representative on the Exmoor Hill Farming Network steering group;", "RESOLVED")).toBeNull();
    expect(classifySentence("Cllr Rawle asked that the response be strengthened on the need for multi-year funding settlements.")).toBeNull();
    const p = extractMinutes("MINUTES of the meeting of the Joint Health Scrutiny Committee held at 10.00 am on 27 November 2025\n\n27/25   PRIMARY CARE [Item 10]\n\n        Sunita Varma gave a presentation. The main points were:\n\n        •   The ICB would move to a \"strategic commissioner\" role, with some functions transferring to\n            provider organisations.\n\n        Key points raised during the discussion:\n\n        1.   Members asked for a better understanding of the Pharmacy First service\n             and how it was being promoted to residents.\n\n        Actions/requests for further information:\n\n        1.   The Scrutiny Officer to arrange an informal briefing for Members on the\n             Pharmacy First service before the end of January 2026.\n\n28/25   MATTERS ARISING [Item 11]\n\n        The Committee Administrator undertook to circulate a revised schedule of Member site visits\n        for 2026 to all Members.\n", opts());
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["27/25", "Scrutiny Officer"], ["28/25", "Committee Administrator"]]);
  });
});

describe("sixty-ninth round: national parks: a note in brackets under a title, a list's lead-in as the speaker, 'with effect from', long programme titles", () => {
  it("keeps '9.     Title' a heading over '[Councillor … disclosed a personal interest …]', and files the decisions under it", () => {
    const p = extractMinutes("Minutes of the meeting of the National Park Authority held at Llanion Park on Wednesday 10 December 2025\n\n8.     Corporate Performance and Risk Report – Quarter 2 2025/26\n\n       It was RESOLVED that the report be noted.\n\n9.     Replacement Local Development Plan 2 – Revised Delivery Agreement\n       [Councillor T Mathias-Owen disclosed a personal interest in this item and\n       remained in the meeting.]\n\n       It was RESOLVED that the Director of Planning submit the revised Delivery Agreement to the\n       Welsh Government for agreement by 31 January 2026.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["8", "9"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["9", "2026-01-31"]]);
  });

  it("finds who 'She would circulate …' is in the lead-in of the bullets, and the Farming in Protected Landscapes Programme Manager", () => {
    const p = extractMinutes("Minutes of the meeting of the Policy & Resources Committee held on Thursday 20 November 2025 at 10:00am\n\nITEM 7: BUDGET MONITORING\n\n   125.   In response to questions, the Chief Finance Officer advised:\n            • Eleven posts were vacant at the end of September;\n            • She would circulate to Members a breakdown of the vacancy savings by\n              directorate, showing how long each post had been vacant.\n\nITEM 8: FARMING IN PROTECTED LANDSCAPES\n\n   126.   Members asked about the geographic spread of the funding. The Farming in Protected\n          Landscapes Programme Manager agreed to circulate a summary of projects funded within each\n          of the National Park's landscape character areas.\n", opts());
    expect(p.actions.map((a) => a.owner)).toEqual(["Chief Finance Officer", "Farming in Protected Landscapes Programme Manager"]);
  });

  it("dates 'implement … with effect from 1 April 2026', reads 're-score', and leaves out a report that 'sought' appointments", () => {
    expect(due("the Chief Executive implement the revised structure with effect from 1 April 2026; and", { meetingDate: "2025-12-17" })).toBe("2026-04-01");
    expect(classifyPoint("the Director of Finance and Corporate Services re-score risk SR7 (Cyber Security and Data Loss) in the light of recent incidents and report it back to the next meeting.", "RESOLVED that:")).not.toBeNull();
    expect(classifySentence("Report 47/25 of the Head of Governance was presented, which sought the appointment of Members to vacancies on the Authority's working groups.")).toBeNull();
  });

  it("lets the letter below settle 'make the strongest possible case to' its addressee, and the report asked for settle what it should 'set out'", () => {
    const p = extractMinutes("Minutes of the meeting of the National Park Authority held at Llanion Park on Wednesday 10 December 2025\n\n11.    Coast Path\n\n       Members asked that the Authority make the strongest possible case to Natural Resources Wales for\n       funding the realignment schemes.\n\n       It was RESOLVED that the Chief Executive write to Natural Resources Wales requesting that the\n       National Trail funding allocation take account of the realignment schemes.\n\n15.    Notice of Motion – Dark Skies\n\n       Members spoke in support of the motion, although some Members asked that the report set out\n       clearly the resource implications for the Authority.\n\n       It was RESOLVED that the Chief Executive bring a report on the feasibility of seeking International\n       Dark Sky Reserve status to the March 2026 meeting of the Authority.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["11", "letter"], ["15", "request"]]);
  });
});

describe("seventieth round: town councils: a date with a comma, votes for:against:abstaining, 'Item  Minute  Action' heads, 'It was further RESOLVED'", () => {
  it("does not take '9 December, 2025' for item 9, and reads numbered items set off with ')' below it", () => {
    const p = extractMinutes("                                   9 December, 2025\n\nMinutes of the meeting of the General Purposes Committee held in the Council Chamber on Tuesday 9 December, 2025 at 7.00pm\n\n62)  Apologies\n\n       Apologies were received.\n\n68)  Town Hall – Building Maintenance\n\n       It was RESOLVED that the Town Clerk commission a full condition survey of the roof above the\n       Ballroom, to be completed by the end of February, 2026.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["62", "68"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["68", "2026-02"]]);
  });

  it("reads 'RESOLVED (11:1:1)' and 'RESOLVED: (10 for, 2 against, 1 abstention)' over their lists, and an exempt item under the exclusion of the public", () => {
    const p = extractMinutes("Minutes of the Meeting of Ludlow Town Council held on Monday 24 November 2025 at 7.00pm\n\nC/108     DRAFT BUDGET\n\n          RESOLVED (11:1:1)\n\n          (i)   that the Responsible Financial Officer circulate revised Band D figures\n                to all members by Friday 12 December 2025;\n\n          (ii)  that the final budget be considered at the January meeting of the Council.\n\nC/109     REORGANISATION\n\n          RESOLVED: (10 for, 2 against, 1 abstention)\n          1.  That the report be noted.\n          2.  That the Chief Executive Officer write to the Minister of State for Local Government.\n\nC/116     EXCLUSION OF THE PRESS AND PUBLIC\n\n          RESOLVED (13:0:0) that the press and public be excluded from the meeting for the following item.\n\n          a)    Staffing – Outdoor Services Team\n\n                RESOLVED (13:0:0) that the Town Clerk seek advice from the Council's HR\n                advisers on the options available and report to the Staffing Committee.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["C/108", "request"], ["C/108", "action"], ["C/109", "letter"], ["C/116", "action"]]);
  });

  it("reads numbered minutes under 'Item     Minute     Action' column heads, and the meeting's date above them", () => {
    const p = extractMinutes("     MINUTES OF THE COUNCIL MEETING OF FROME TOWN COUNCIL HELD IN THE COUNCIL CHAMBER,\n                FROME TOWN HALL ON WEDNESDAY 21 JANUARY 2026 AT 7.00PM\n\n\n     Item     Minute                                                                    Action\n\n     61.      APOLOGIES FOR ABSENCE\n              Apologies were received and accepted from Cllr Dominic Hartgill.\n\n     63.      MINUTES OF THE PREVIOUS MEETING\n              RESOLVED: that the minutes of the Council Meeting held on 19 November\n              2025 be approved as a correct record and signed by the Chair.\n\n     64.      TOWN CENTRE\n              RESOLVED: that the Town Clerk write to Somerset Council about the bus shelter.\n", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2026-01-21", "19:00"]);
    expect(p.items.map((i) => i.number)).toEqual(["61", "63", "64"]);
    expect(p.actions.map((a) => a.item)).toEqual(["64"]);
  });

  it("reads 'It was further RESOLVED: that …' and 'It was accordingly RESOLVED that:' mid-paragraph, 'Resolution Record No. …:' as a stem, and 'Members asked that the following be placed on future agendas:'", () => {
    expect(classifySentence("It was further RESOLVED: that the Deputy Town Clerk publish the adopted Financial Regulations and Standing Orders on the council's website by 31st December 2025.")).toEqual({ type: "strong", kind: "action" });
    const p = extractMinutes("Minutes of the meeting of the Town Council held on 28 January 2026 at 7:00 pm\n\n9.   PLANNING\n\n     9.1  3 December 2025\n\n     9.2  17 December 2025\n\n     Resolution Record No. BSETC/114/28/Jan/26:\n\n     That the Town Clerk write to West Suffolk Council's Planning Enforcement team requesting\n     an update on its investigation into the unauthorised signage in Abbeygate Street.\n\n10.  MOTIONS\n\n     Following debate, the motion was put to the vote and CARRIED. It was accordingly RESOLVED that:\n\n     (i)    the Town Mayor write to the Member of Parliament for St Ives; and\n     (ii)   the Town Clerk investigate the feasibility of a shared banking hub in the town centre.\n\n11.  ITEMS FOR FUTURE AGENDAS\n\n     Members asked that the following be placed on future agendas:\n\n     a)  a review of the Council's Standing Orders against the latest NALC model, to the January meeting;\n     b)  the training programme for 2026 (already scheduled for the December meeting, so no further\n         action was needed).\n", opts(["2026-01-20"]));
    expect(p.items.map((i) => i.number)).toEqual(["9", "10", "11"]);
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["9", "letter"], ["10", "letter"], ["10", "action"], ["11", "work-programme"]]);
  });

  it("passes over a heading '– Monday 10 November 2025' under a list of recommendations, an order already placed, thanks recorded, members told whom to contact, and who proposed a motion", () => {
    expect(classifyPoint("Policy, Finance and Strategy Committee – Monday 10 November 2025", "RESOLVED to adopt the recommendations contained therein, namely:")).toBeNull();
    expect(classifyPoint("School Transport Policy Review – 19 March 2024", "RESOLVED that the following be added to the work programme:")).not.toBeNull();
    expect(classifyPoint("that the Christmas tree be supplied by the same supplier as last year, the order having already been placed under delegated authority.", "RESOLVED")).toBeNull();
    expect(classifyPoint("Proposed by Cllr Stevens, seconded by Cllr Tonkin:", "RESOLVED that:")).toBeNull();
    expect(classifySentence("Members asked that the Council's thanks be recorded.")).toBeNull();
    expect(classifySentence("Members wishing to attend courses were asked to contact the Deputy Town Clerk.")).toBeNull();
  });
});

describe("seventy-first round: Scottish integration joint boards: '… agreed (i) …; (ii) …' in a paragraph, an action column beside '; and', named officers who undertake", () => {
  it("reads 'Thereafter, the Integration Joint Board agreed (i) …; (ii) …' in one paragraph, and its limbs after a '(iv)' that starts a line", () => {
    const p = extractMinutes("MINUTES OF MEETING HELD ON WEDNESDAY 26 NOVEMBER 2025 AT 1000 HOURS IN THE COUNCIL CHAMBERS\n\nROLLING ACTION LOG\n\n4.        Thereafter, the Integration Joint Board agreed (i) that actions 1, 3 and 4 be removed from the rolling action log as\n          completed; (ii) that the Head of Community Health and Care Services provide a full update on the outcome of the\n          care at home recruitment campaign at the next meeting of the Board; and (iii) otherwise to note the rolling action log.\n\nBUDGET\n\n7.        Having heard the Chief Finance Officer, the Integration Joint Board agreed (i)\n          to note the estimated budget gap; (ii) that the Chief Finance Officer arrange a budget\n          development session for all members of the Board during February 2026; (iii)\n          that the Chief Finance Officer write to the Director of Finance of NHS Ayrshire and Arran seeking\n          confirmation of indicative funding contributions by 31 January 2026;\n          (iv) that the proposed revenue budget be presented by the Chief\n          Finance Officer to the meeting of the Board in March 2026; and (v) otherwise\n          to note the report.\n", opts(["2026-01-28", "2026-03-25"]));
    expect(p.actions.map((a) => [a.kind, a.due])).toEqual([["request", "2026-01-28"], ["action", "2026-02"], ["letter", "2026-01-31"], ["request", "2026-03-25"]]);
  });

  it("takes the time from 'HELD ON FRIDAY 28 NOVEMBER 2025 AT' over '10.00 AM IN THE COUNCIL CHAMBER', and keeps '; and' last after an action column's initials", () => {
    const p = extractMinutes("MINUTE OF THE FIFE INTEGRATION JOINT BOARD MEETING HELD ON FRIDAY 28 NOVEMBER 2025 AT\n10.00 AM IN THE COUNCIL CHAMBER, FIFE HOUSE, GLENROTHES\n\n10      STRATEGIC PLAN 2026-2029\n\n        The Board:\n\n        •   agreed that members submit any further comments on the consultation draft     FG\n            to the Head of Strategic Planning by 12 December 2025; and\n\n        •   agreed that the final Strategic Plan, together with a report on the findings  FG\n            of the consultation, be brought to the Board meeting on 27 March 2026 for\n            approval; and\n\n        •   noted that the Associate Medical Director would circulate a confidential      RC\n            summary of the GP sustainability risk assessment to voting members; and\n\n        •   took a \"moderate\" level of assurance from the report.\n", opts());
    expect(p.meeting.time).toBe("10:00");
    expect(p.actions.map((a) => a.due)).toEqual(["2025-12-12", "2026-03-27", null]);
  });

  it("names an officer without a title who advises and agrees to provide, and one after a topic and a dash, and reads 'continue discussions … and report'", () => {
    const p = extractMinutes("Minutes of meeting held on Wednesday, 12th November 2025 at 9.30am\n\n3.      MINUTES\n\n        Minute item 8 (Savings Delivery 2025/26) – the Chief Finance Officer undertook\n        to circulate the revised savings tracker to all Board members by the end of November 2025.\n\n14.     PSYCHOLOGICAL THERAPIES\n\n        Dr Carsewell asked about variation across the city. Fraser McKee advised that the South locality was\n        performing less well, and agreed to provide members with waiting times data broken down by locality.\n", opts());
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["3", "Chief Finance Officer"], ["14", "Fraser McKee"]]);
    expect(classifyPoint("that the Chief Officer and the Chief Finance Officer continue discussions with North Lanarkshire Council on the 2026/27 budget contributions and report the outcome to the March meeting of the Board; and", "Decided:")).not.toBeNull();
  });

  it("splits 'the following items be added to the work plan:' into its limbs, and passes over actions closed and members appointed by name", () => {
    const p = extractMinutes("Minutes of meeting held on Wednesday, 12th November 2025 at 9.30am\n\n15.      WORK PLAN\n\n         The Committee:\n\n         (a)   noted the work plan; and\n\n         (b)   agreed that the following items be added to the work plan:\n\n               (i)    a report on the approach to setting the 2026/27 IJB budget, to the\n                      February 2026 meeting; and\n\n               (ii)   a report on the IJB's Best Value self-assessment.\n", opts());
    expect(p.actions.map((a) => [a.kind, a.due])).toEqual([["work-programme", "2026-02"], ["work-programme", null]]);
    expect(classifyPoint("To agree to close the following actions: (-) Action 1 – Winter Plan 2025/26", "Decision")).toBeNull();
    expect(classifyPoint("To appoint Neil Ashcroft to the Audit, Risk and Governance Committee.", "Decision")).toBeNull();
  });
});

describe("seventy-second round: Welsh joint committees and fire authorities: a Welsh date over the English, justified text, 'Commissioners', dashes in a work programme", () => {
  it("does not take '8 RHAGFYR 2025' for item 8, takes the start from '10.00 – 12.40' under the date, and reads '09:30hrs'", () => {
    const p = extractMinutes("              COFNODION CYFARFOD Y PWYLLGOR PERFFORMIAD, ARCHWILIO A CHRAFFU\n                                      8 RHAGFYR 2025\n\n            MINUTES OF THE PERFORMANCE, AUDIT AND SCRUTINY COMMITTEE MEETING\n                                     8 DECEMBER 2025\n                                      10.00 – 12.40\n\n   5     PERFORMANCE REPORT\n\n         RESOLVED that the Head of Corporate Planning circulate a glossary of the indicators by the end of January 2026.\n\n   14    DATE OF NEXT MEETING\n\n         The next meeting of the Committee would be held on Monday 9 March 2026 at 09:30hrs.\n", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-12-08", "10:00"]);
    expect(p.items.map((i) => i.number)).toEqual(["5", "14"]);
    expect(p.nextMeeting).toEqual({ date: "2026-03-09", time: "09:30" });
  });

  it("does not take a line of justified prose for a table's heads, and reads 'Commissioners asked that …' and the 'ACFO Service Delivery'", () => {
    const p = extractMinutes("Minutes of the meeting held on Tuesday 20 January 2026 at 10.00am\n\n1.     Welcome and Chairs Announcements\n\n       Members  were  reminded  that  the  next  meeting of the South West Wales\n       Corporate  Joint  Committee would take place on Tuesday, 17 March 2026 at\n       10.00am.\n\n42.    ACTION SCHEDULE\n\n       Commissioners asked that the ACFO Technical Services confirm the revised completion date and any cost\n       implications for the Pontypridd scheme to the next meeting.\n\n       RESOLVED THAT\n\n       42.1    Commissioners asked the ACFO Service Delivery to review the targeting criteria for Safe and Well\n               visits so that residents aged over 65 living alone are prioritised.\n", opts());
    expect(p.nextMeeting).toEqual({ date: "2026-03-17", time: "10:00" });
    expect(p.actions.map((a) => [a.owner, a.due])).toEqual([["ACFO Technical Services", "2026-03-17"], ["ACFO Service Delivery", null]]);
  });

  it("keeps a work programme's '– update on …' wrapped under its bullet, and dates '– February 2026 meeting'", () => {
    const p = extractMinutes("Minutes of the meeting held on Monday 15 December 2025 at 10:30\n\n51.    FORWARD WORK PROGRAMME\n\n       RESOLVED THAT\n\n       51.1    Commissioners noted the Forward Work Programme for 2025/2026.\n\n       51.2    Commissioners agreed that the following items be added to the\n               Forward Work Programme:\n\n               •   Fleet and Equipment Strategy 2026–2031 – February 2026\n                   meeting;\n\n               •   Collaboration with the Welsh Ambulance Services NHS Trust\n                   – update on co-responding arrangements – date to be\n                   confirmed.\n", opts(["2026-02-16"]));
    expect(p.actions.map((a) => [a.text.slice(0, 40), a.due])).toEqual([["Fleet and Equipment Strategy 2026–2031 –", "2026-02-16"], ["Collaboration with the Welsh Ambulance S", null]]);
  });

  it("reads 'and to report any change' with its review, 'published … from April 2026', another body's budget meeting, and the decisions after ', and the …'", () => {
    expect(due("be included in the CJC's draft budget for consideration at its meeting in January 2026.", { meetingDate: "2025-11-14", knownMeetings: [{ date: "2026-01-23", time: null }] })).toBe("2026-01");
    expect(due("arrange for quarterly performance reports to be published on the CJC website from April 2026;", { meetingDate: "2025-12-09" })).toBe("2026-04");
    const p = extractMinutes("Minutes of the meeting held on 8 December 2025 at 10.00 am\n\n9      RISK REGISTER\n\n       The Assistant Chief Officer, Corporate Services, was asked to review the score for risk CR07 in light of the\n       revised national timetable, and to report any change to the next meeting. Mr Orchard also sought the\n       Committee's approval to amend the 2025/26 Plan.\n\n11     JOSC RECOMMENDATIONS\n\n       The Chair welcomed Councillor Wyn Ashdown, Chair of the Joint Overview and Scrutiny Committee (JOSC), to\n       present the recommendations arising from its review.\n\n       RESOLVED that:\n\n       (a)  recommendation 3 be accepted in part, and the Regional Transport Planning Lead arrange briefing\n            sessions for town and community councils through One Voice Wales;\n\n       (b)  bring the findings of the joint debrief to a future meeting of the Executive Panel.\n", opts(["2026-03-09"]));
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["9", "2026-03-09"], ["11", null], ["11", null]]);
  });
});

describe("seventy-third round: an address and footnotes read as items, police ranks, '14:30pm', the meeting of the body recommended to, comments on a draft", () => {
  it("does not take the Local Government Association's address footer or an attendance footnote for an item", () => {
    const lga = extractMinutes("Note of last Resources Board meeting\n\nDate:                   Tuesday 20 January 2026\n\nItem    Decisions and actions                                                           Action\n\n1       Welcome, apologies and declarations of interest\n\n        Apologies were noted.\n\n2       Provisional Local Government Finance Settlement 2026/27\n\n        Members noted the report.\n\n18 Smith Square, London SW1P 3HZ T 020 7664 3000 E info@local.gov.uk www.local.gov.uk\n\n3       Business Rates Retention and the 2026 Reset\n\n        Actions\n\n        •   Officers to circulate a summary of the reset to all Board members.\n", opts());
    expect(lga.items.map((i) => i.number).filter((n) => n !== "1")).toEqual(["2", "3"]);
    const ni = extractMinutes("MINUTES OF THE PERFORMANCE COMMITTEE MEETING HELD ON THURSDAY 13 NOVEMBER 2025 AT 10.00AM\n\nPRESENT:     Mr Devlin (Chair)1\n\n1 Attended the meeting via video conference\n2 Attended the meeting for agenda item 10 only\n\n2.     DECLARATIONS OF CONFLICTS OF INTEREST\n\n       None.\n\n6.     PSNI PERFORMANCE\n\n6.5    ACC Maxwell agreed to provide Members with a breakdown of domestic abuse outcome\n       rates by policing district in advance of the December meeting.\n", opts(["2025-12-11"]));
    expect(ni.items.map((i) => i.number)).toEqual(["2", "6"]);
    expect(ni.actions.map((a) => [a.owner, a.due])).toEqual([["ACC Maxwell", "2025-12-11"]]);
  });

  it("does not take the council's address '27/28 BAMBURGH HOUSE, …' for a reference like '93/25', and reads '14:30pm'", () => {
    const p = extractMinutes("        MINUTES OF THE MEETING OF CRAMLINGTON TOWN COUNCIL HELD AT THE COUNCIL OFFICES,\n        27/28 BAMBURGH HOUSE, MANOR WALKS, CRAMLINGTON, NE23 6UT ON TUESDAY 18 NOVEMBER\n                                       2025 AT 6.00PM\n\n93/25     APOLOGIES FOR ABSENCE\n\n          None.\n\n94/25     DECLARATIONS OF INTEREST\n\n          None.\n\n95/25     DATE OF NEXT MEETING\n\n          The next meeting will be held on Tuesday 16 December 2025 at 14:30pm.\n", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-11-18", "18:00"]);
    expect(p.items.map((i) => i.number)).toEqual(["93/25", "94/25", "95/25"]);
    expect(p.nextMeeting).toEqual({ date: "2025-12-16", time: "14:30" });
  });

  it("dates a recommendation 'to the States, at its meeting in January 2026' by the month, and passes over comments on a draft", () => {
    expect(due("RESOLVED to recommend to the States, at its meeting in January 2026, that the Budget be approved.", { meetingDate: "2025-11-12", knownMeetings: [{ date: "2026-01-14", time: null }] })).toBe("2026-01");
    expect(classifySentence("Cllr Osei asked that the Plan say more about access for urban communities in Medway and north Kent.")).toBeNull();
    expect(classifyPoint("that officers amend the draft Strategy to give greater prominence to doorstep crime before consultation.", "AGREED")).not.toBeNull();
  });
});

describe("seventy-fourth round: the start of 'Time:   10.00am – 12.30pm' in a header laid out in columns", () => {
  it("takes the range's first time, not its end", () => {
    const p = extractMinutes("             Leicester and Leicestershire Business and Skills Partnership\n\n                                         MINUTES\n\n  Date:     Thursday 11 December 2025                 Time:   10.00am – 12.30pm\n\n  Venue:    Snibston Room, County Hall, Glenfield, Leicester LE3 8RA\n\n1.   Welcome, Introductions and Apologies\n\n     Apologies were received.\n", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-12-11", "10:00"]);
  });
});

describe("seventy-fifth round: hanging item numbers, '62/25 TITLE - The …', a quoted motion carried, 'commencing at 1000 hours', 'it is recommended to Council that:'", () => {
  it("reads a number hung in its own column under a title at the margin (Glasgow Community Planning Partnership)", () => {
    const p = extractMinutes("                          GLASGOW COMMUNITY PLANNING PARTNERSHIP\n\nGlasgow, 9th December 2025.\n\nApologies and substitutions.\n1               Apologies for absence were intimated as detailed above.\n\nDeclarations of interest.\n2               Stuart Menzies declared an interest in item 4 of these minutes as a board\n                member of a registered social landlord.\n\nMinutes of previous meeting approved.\n3               The minutes of the meeting of the Board held on 9th September 2025 were\n                submitted and approved.\n\nLocal Child Poverty Action Report 2024/25.\n4               There was submitted a joint report by the Director of Public Health.\n\n                After discussion, the Board\n                (1)   endorsed the report; and\n                (2)   instructed the Child Poverty Pathfinder Programme Manager to secure\n                      a nominated data-sharing lead from each partner by 31st January 2026.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["1", "2", "3", "4"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["4", "Child Poverty Pathfinder Programme Manager", "2026-01-31"]]);
  });

  it("sets a title in capitals apart from its paragraph after a dash where minutes are numbered '62/25' (Humberside Fire Authority)", () => {
    const p = extractMinutes("                           GOVERNANCE, AUDIT AND SCRUTINY COMMITTEE\n\n                                   MONDAY, 8 DECEMBER 2025\n\n58/25           APOLOGIES FOR ABSENCE - Apologies for absence were received from Mrs\n                Stead.\n\n62/25           INTERNAL AUDIT REPORTS 2025/26 - The Committee received a report of the\n                Internal Auditor. Members requested that the Internal Auditor report the\n                outcome of the follow-up review to the March meeting.\n\n63/25           EXTERNAL AUDIT - AUDITOR'S ANNUAL REPORT 2024/25 - The Committee received\n                the Auditor's Annual Report.\n\n                Resolved - That the report be received.\n", opts());
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["58/25", "APOLOGIES FOR ABSENCE"], ["62/25", "INTERNAL AUDIT REPORTS 2025/26"], ["63/25", "EXTERNAL AUDIT - AUDITOR'S ANNUAL REPORT 2024/25"]]);
    expect(p.actions.map((a) => a.item)).toEqual(["62/25"]);
  });

  it("reads the limbs of a motion on notice, quoted, once it was carried; and the time in 'commencing at 1000 hours on Thursday 4 December 2025'", () => {
    const motion = "MINUTES of the Meeting of the DERBYSHIRE FIRE & RESCUE AUTHORITY Meeting held at Butterley Hall, Ripley commencing at 1000 hours on\nThursday 4 December 2025\n\n59/25     NOTICE OF MOTION – FIREFIGHTER CONTAMINANTS\n\n59.1      Cllr Pidcock moved the following motion, which was seconded by Cllr Mellor:\n\n          “This Authority notes the classification of occupational exposure as a firefighter as\n          carcinogenic to humans. This Authority resolves:\n\n          (a)  to request the Chief Fire Officer to review the Service’s contaminants\n               control procedures and report back to the Authority by June 2026;\n\n          (b)  to ask the Chair to write to the Fire Minister calling for a nationally\n               funded health screening programme;\n\n          (c)  to record its thanks to those members of staff who have taken part.”\n\n59.2      The substantive motion was put to the vote and was carried.\n";
    const p = extractMinutes(motion, opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-12-04", "10:00"]);
    expect(p.actions.map((a) => [a.kind, a.owner, a.due])).toEqual([["action", "Chief Fire Officer", "2026-06"], ["letter", "Chair", null]]);
    expect(extractMinutes(motion.replace("was put to the vote and was carried", "was put to the vote and fell"), opts()).actions).toEqual([]);
  });

  it("reads 'it is recommended to Council that:' over its limbs, and 'it is recommended that Council approve the following grants:' over a table (Abergavenny)", () => {
    const p = extractMinutes("MINUTES OF THE FINANCE COMMITTEE HELD ON 19TH NOVEMBER 2025 AT 6.00 PM\n\n   33/25        Draft Budget 2026/27 and Precept\n\n                Following detailed discussion it is recommended to Council that:\n\n                (a) the draft budget for 2026/27 be approved in principle as the basis for\n                    setting the precept; and\n\n                (b) the sum of £15,000 be transferred from the General Reserve to the\n                    earmarked reserve for Town Hall roof repairs.\n\n   34/25        Community Grant Scheme Applications\n\n                After detailed consideration it is recommended that Council approve the\n                following grants:\n\n                    Applicant                                          Requested      Recommended\n\n                    Abergavenny Borough Theatre Friends                £1,500         £1,000\n                    Gateway Club Abergavenny                           £500           £500\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner])).toEqual([["33/25", "recommendation", "Council"], ["33/25", "recommendation", "Council"], ["34/25", "recommendation", "Council"]]);
  });

  it("keeps a point's unmarked list of dates inside it, so the point after is still the resolution's (North London Waste Authority)", () => {
    const p = extractMinutes("MINUTES OF THE MEETING HELD ON 11 DECEMBER 2025 AT 2.00 PM\n\n15.    DATES OF MEETINGS 2026/27 AND WORK PROGRAMME\n\n       Councillor Emery asked that the Authority consider the future of the reuse shops at\n       the RRCs, as the current operating agreement would expire in 2027.\n\n       RESOLVED -\n\n       (1)   THAT the following dates of Authority meetings for 2026/27 be agreed:\n\n             Thursday, 25th June, 2026\n             Thursday, 24th September, 2026\n\n       (2)   THAT a report on the future operating model for the reuse shops at the Reuse\n             and Recycling Centres be included in the work programme for June 2026.\n", opts());
    expect(p.actions.map((a) => [a.kind, a.due, a.text.slice(0, 20)])).toEqual([["work-programme", "2026-06", "A report on the futu"]]);
  });

  it("reads the shorter cues: 'instructed X to secure', 'noted … and asked that', 'brought forward for consideration by the Authority in April 2026', a topic before a dash", () => {
    expect(classifyPoint("instructed the Child Poverty Pathfinder Programme Manager to secure a nominated data-sharing lead", "After discussion, the Board")).toBe("action");
    expect(classifySentence("Members noted the progress made and asked that an updated action plan be presented by the Deputy Chief Fire Officer to the next meeting.")).not.toBeNull();
    expect(classifySentence("Members noted the risk from the business rates reset and asked that the Panel be kept informed.")).toBeNull();
    expect(classifyPoint("THAT the first annual delivery plan for the Strategy be brought forward for consideration by the Authority in April 2026.", "RESOLVED -")).toBe("work-programme");
    expect(findOwner("Christmas lights switch-on – Conseiller Perrot undertook to liaise with the Constable", new Map())).toBe("Conseiller Perrot");
    expect(findOwner("Service Lead – Housing Services present a further report", new Map())).not.toBe("Housing Services");
    expect(findOwner("Members requested that the Trust's customer satisfaction results by venue be circulated", new Map())).toBeNull();
    expect(findOwner("Members asked that the Greffier obtain written advice from the Law Officers", new Map())).toBe("Greffier");
  });

  it("passes over a proposal lost on the vote or not agreed, and a nomination made at the meeting", () => {
    const p = extractMinutes("MINUTES OF THE POLICY & FINANCE COMMITTEE HELD ON 12TH NOVEMBER 2025 AT 9.30AM\n\n113/25   WORK PROGRAMME\n\n         Conseiller Tostevin proposed that a review of Conseillers' expenses be added to the\n         work programme. The proposal was seconded by Conseiller Perrot and, on being put to\n         the vote, was lost (two in favour, three against).\n\n         Councillor Whitlock proposed that an additional informal development session be held\n         in January 2026. There was insufficient support for this and it was not agreed.\n\n         The Committee AGREED to nominate Conseiller L. Vaudin as Sark's representative on the\n         steering group.\n", opts());
    expect(p.actions).toEqual([]);
  });
});

describe("after the seventy-fifth round: Belfast's sub-headings at the paragraphs' indent, 'the Partnership agreed that', 'Ms. Kerr'", () => {
  it("does not take a sub-heading set at the paragraphs' first-line indent for an item (Belfast Policing and Community Safety Partnership)", () => {
    const para = (first: string, rest: string) => `            ${first}\n${rest}\n`;
    const p = extractMinutes(["           MEETING OF THE BELFAST POLICING AND COMMUNITY SAFETY PARTNERSHIP\n\n                     on Thursday, 13th November, 2025 at 12.00 noon\n",
      "Apologies\n", para("Apologies were reported on behalf of Councillor Kearsley, Mr. W. Agnew and", "Ms. P. Houston."),
      "Minutes\n", para("The minutes of the meeting of 16th October were taken as read and signed as", "correct."),
      "District Policing and Community Safety Partnerships – Updates\n", para("The Partnership was provided with an update from each of the four", "DPCSPs on the work undertaken since its last meeting."),
      "            North DPCSP\n", para("The Deputy Chairperson of the North DPCSP reported that the DPCSP had held", "a public meeting in the Waterworks area in October."),
      para("The Partnership agreed that the PCSP Manager liaise with the Department", "for Infrastructure regarding the repair of street lighting on the Antrim Road."),
      "            South DPCSP\n", para("It was reported that the South DPCSP's student safety campaign had been", "delivered in partnership with the universities."),
      "Drug and Alcohol Related Harm – City Centre Initiative\n", para("Ms. Kerr undertook to provide figures for the number of naloxone kits", "distributed in the city centre."),
      "Date of Next Meeting\n", para("The Partnership noted that its next meeting would be held on Thursday,", "11th December, 2025 at 12.00 noon.")].join("\n"), opts());
    expect(p.items.map((i) => i.title)).toEqual(["Apologies", "Minutes", "District Policing and Community Safety Partnerships – Updates", "Drug and Alcohol Related Harm – City Centre Initiative", "Date of Next Meeting"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["3", "PCSP Manager"], ["4", "Ms. Kerr"]]);
  });

  it("reads a partnership's or an authority's decisions as a committee's, which need no one named to carry them out", () => {
    expect(classifySentence("After discussion, the Partnership noted the update and agreed that the PSNI be invited to the January meeting to provide an update.")?.type).toBe("strong");
    expect(classifySentence("Following discussion, the Authority agreed that the Chairperson write to the Minister for Communities.")).toEqual({ type: "strong", kind: "letter" });
  });
});

describe("seventy-sixth round: a time alone under the date, 'subject to the following being added:', the meeting of the body recommended to, comments taken into a draft, a public speaker's ask", () => {
  it("reads '6.00 pm' alone under the date, and a work programme noted 'subject to the following being added:' (Wirral's Pensions Committee)", () => {
    const p = extractMinutes("                                  PENSIONS COMMITTEE\n\n                               Monday, 24 November 2025\n\n                                       6.00 pm\n\n43     WORK PROGRAMME\n\n       Resolved – That the work programme be noted, subject to the following being added:\n\n       (a)    a training session for Members on the implications of the Pension Schemes\n              Bill for the Committee's role; and\n\n       (b)    a report on the Fund's local investment allocation.\n", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-11-24", "18:00"]);
    expect(p.actions.map((a) => a.kind)).toEqual(["work-programme", "work-programme"]);
  });

  it("dates 'recommend to Aberdeen City Council that … be ratified at its meeting in March 2026' by the month, not this body's March meeting", () => {
    expect(due("(iii) to recommend to Aberdeen City Council that the revised Partnership Agreement be ratified at its meeting in March 2026.", { meetingDate: "2025-12-03", knownMeetings: [{ date: "2026-03-04", time: null }] })).toBe("2026-03");
  });

  it("passes over comments on a draft the chair agreed to reflect, and a member of the public's ask under public participation", () => {
    const p = extractMinutes("MINUTES OF THE MEETING HELD ON 14 JANUARY 2026 AT 6.00PM\n\n34.   PUBLIC PARTICIPATION\n\n      Mr Huw Jenkins, Chair of the Mold Traders' Association, addressed the Committee. Mr Jenkins asked that\n      the Council consider working with the Association on a shared calendar of events for 2026.\n\n35.   PARTNERSHIP AGREEMENT\n\n      Professor Cruickshank proposed that the further and higher education partners be referenced by name in\n      the Partnership Agreement. The Chairperson agreed that these comments should be reflected in the\n      final version.\n", opts());
    expect(p.actions.filter((a) => /shared calendar|referenced by name/.test(a.text))).toEqual([]);
  });

  it("reads a title with a capitalised word that could be a verb ('Head of Integrated Commissioning provide …'), but not an invited guest as owner", () => {
    expect(findOwner("Members requested that the Head of Integrated Commissioning provide a briefing note setting out spend", new Map())).toBe("Head of Integrated Commissioning");
    expect(findOwner("Invite the Portfolio Holder for Environment to attend the April meeting", new Map())).toBeNull();
  });

  it("reads 'RESOLVED     To:' over its lettered limbs, and 'c) as a result of b) above, the Service Manager … invite …'", () => {
    const p = extractMinutes("MINUTES OF THE AUDIT AND STANDARDS COMMITTEE HELD ON 25 NOVEMBER 2025 AT 7.00 PM\n\nAS.029   INTERNAL AUDIT PROGRESS REPORT\n\n         RESOLVED     To:\n                      a)  Note the progress made in delivering the Internal Audit Plan; and\n                      b)  Receive a further report on the housing repairs contract management\n                          actions at its meeting on 27 January 2026.\n\nAS.030   COUNTER FRAUD UPDATE\n\n         RESOLVED     To note the update.\n\nAS.031   RISK REGISTER\n\n         RESOLVED     To note the register.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["AS.029", "work-programme", "2026-01-27"]]);
    expect(classifyPoint("as a result of b) above, the Service Manager for Governance invite the Executive Lead Member to the next meeting to outline the Council's approach.", "RESOLVED that")).not.toBeNull();
  });
});

describe("seventy-seventh round: titles closed by a colon, a callover list of items, times before the date, partnership decisions, offers and wishes", () => {
  it("reads '41.    Minutes:' over its paragraph with no blank line as the heading (Kidlington Parish Council), and the date above, not the last meeting's", () => {
    const p = extractMinutes("                                  KIDLINGTON PARISH COUNCIL\n\n                      Minutes of the Meeting of the Community Committee\n                           On Thursday 22nd January 2026 at 7.00pm\n\n41.    Minutes:\n       The minutes of the meeting held on Thursday 13th November 2025 were agreed and signed\n       as a true record.\n\n43.    Stratfield Brake Sports Ground – Pitch Drainage:\n       The Committee considered a report from the Estates Manager.\n       RESOLVED that the Clerk apply to the Football Foundation for a grant.\n\n44.    Allotments:\n       The Community Projects Officer reported that all plots were let.\n\n53.    Grants:\n         a) Kidlington Lunch Club – £750 towards the hire of the hall. RESOLVED that a grant of £600 be awarded.\n", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2026-01-22", "19:00"]);
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["41", "Minutes"], ["43", "Stratfield Brake Sports Ground – Pitch Drainage"], ["44", "Allotments"], ["53", "Grants"]]);
    expect(p.actions.map((a) => a.item)).toEqual(["43"]);
  });

  it("does not take a callover's list of the items reserved for debate for the items themselves (East Sussex Fire Authority)", () => {
    const p = extractMinutes("Minutes of the meeting of the SCRUTINY & AUDIT PANEL held at Headquarters, Church Lane,\nLewes, BN7 2DZ at 10:00 hours on Thursday 13 November 2025.\n\n24        CALLOVER\n\n24.1      Members reserved the following items for debate:\n\n          26      Internal Audit Progress Report – Quarter 2 2025/26\n          27      External Audit – Auditor's Annual Report 2024/25\n          29      Corporate Risk Register Review – Quarter 2 2025/26\n\n25        APPOINTMENT OF VICE-CHAIR\n\n25.1      RESOLVED – That Councillor Clarke be appointed as Vice-Chair.\n\n26        INTERNAL AUDIT PROGRESS REPORT – QUARTER 2 2025/26\n\n26.1      The Chief Internal Auditor undertook to circulate a schedule of all overdue actions by 31 December 2025.\n\n27        EXTERNAL AUDIT – AUDITOR'S ANNUAL REPORT 2024/25\n\n27.1      RESOLVED – That the report be noted.\n\n29        CORPORATE RISK REGISTER REVIEW – QUARTER 2 2025/26\n\n29.1      RESOLVED – That the register be noted.\n\n34        EXCLUSION OF THE PRESS AND PUBLIC\n\n34.1      RESOLVED – That Item 35 be considered in private session as it was likely that there would be disclosure of exempt information.\n", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-11-13", "10:00"]);
    expect(p.items.map((i) => i.number)).toEqual(["24", "25", "26", "27", "29", "34"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["26", "2025-12-31"]]);
  });

  it("reads 'commencing at 10.00' with nothing after it, and 'The following items were AGREED for addition to the Board's work programme:' over bullets", () => {
    const p = extractMinutes("MINUTES OF THE MEETING OF THE CONSERVATION BOARD FOR THE CHILTERNS NATIONAL LANDSCAPE\nheld on Thursday 11th December 2025 at Hambleden Village Hall, Hambleden,\nHenley-on-Thames RG9 6RP commencing at 10.00\n\n14.     WORK PROGRAMME 2026\n\n        The following items were AGREED for addition to the Board's work programme:\n        •   Chalk streams recovery: update from the Chilterns Chalk Streams Project\n            (June 2026 meeting);\n        •   Dark Skies Reserve feasibility study (date to be confirmed).\n", opts());
    expect(p.meeting.time).toBe("10:00");
    expect(p.actions.map((a) => a.kind)).toEqual(["work-programme", "work-programme"]);
    expect(extractMinutes("MINUTES OF THE MEETING HELD ON 11TH DECEMBER 2025 COMMENCING AT 7.00\n\n1. APOLOGIES\n\nNone.\n", opts()).meeting.time).toBeNull();
  });

  it("reads the owner an aside or a passive names, and passes over an owner line under a note, a wish to be kept informed and an offer to answer questions", () => {
    expect(classifyPoint("To agree that the Chief Executive, City of Edinburgh Council, as risk owner for EP04, review the mitigating actions for that risk before the next meeting.", "Decision")).toBe("action");
    expect(findOwner("Members requested that a breakdown of the forecast tonnage variance by District be circulated by the Treasurer before the February meeting of the Authority.", new Map())).toBe("Treasurer");
    expect(classifySentence("The Estates Manager undertook to assess the need for a further bin on the Evans Lane footpath.")).toEqual({ type: "undertaking", kind: "action" });
    expect(classifySentence("Councillor Okafor asked that Ward Members in the surrounding area be kept informed.")).toBeNull();
    expect(classifySentence("Mr Ellery informed the Board that the Welsh Government had published its response on 30 September 2025 and that he would be happy to answer questions outside the meeting.")).toBeNull();
    expect(classifySentence("The Chief Executive confirmed that the Department for Communities had not yet indicated when the settlement would be published.")).toBeNull();
    expect(findAbbreviations("the Department of Agriculture, Environment and Rural Affairs' (DAERA) proposals").get("DAERA")).toBe("Department of Agriculture, Environment and Rural Affairs");
    const nihc = extractMinutes("MINUTES OF THE MEETING OF THE HOUSING COUNCIL HELD ON 13 NOVEMBER 2025 AT 10.30AM\n\n6.       CHIEF EXECUTIVE'S REPORT\n\n6.4      It was agreed that the Director of Housing Services would bring a detailed update on temporary\n         accommodation expenditure to the January meeting.\n\n6.5      The Council noted the Chief Executive's report.\n\n         ACTION:  Chief Executive / Director of Housing Services\n\n7.       DATE OF NEXT MEETING\n\n7.1      The next meeting will be held on 11 December 2025.\n", opts());
    expect(nihc.actions.map((a) => /Director of Housing Services would bring/.test(a.text))).toEqual([true]);
  });
});

describe("seventy-eighth round: '25-26/ASC/30' references, grouped reports' sub-items, 'P25/125.' titles over their paragraphs, a completed action log, 'The Health and Wellbeing Board RESOLVED to:'", () => {
  it("reads a civic year before the committee's letters and number ('25-26/ASC/34', Bedfordshire Fire and Rescue Authority)", () => {
    const p = extractMinutes("           MINUTES OF AUDIT AND STANDARDS COMMITTEE MEETING HELD ON THURSDAY\n          11 DECEMBER 2025 AT 10.00AM\n\n25-26/ASC/30    Apologies\n\n                Apologies were received.\n\n25-26/ASC/33    Minutes\n\n        33.1    Councillor Delaney referred to Minute 25-26/ASC/24.3 and asked that the word \"overdue\" be replaced with \"outstanding\".\n\n25-26/ASC/34    Internal Audit Progress Report 2025/26\n\n        34.7    Mr Pryor undertook to consult Members of the Committee on the proposed areas for review by 13 February 2026.\n\n25-26/ASC/42    Work Programme 2025/26\n\n                RESOLVED: that the Work Programme 2025/26 be approved, subject to the inclusion of the items agreed at paragraphs 37.4 and 39.2.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["25-26/ASC/30", "25-26/ASC/33", "25-26/ASC/34", "25-26/ASC/42"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["25-26/ASC/34", "2026-02-13"]]);
  });

  it("reads the titled sub-items under an item that only groups reports, and a request answered by a letter on another point (Cleveland Fire Authority)", () => {
    const p = extractMinutes("                               MINUTES OF MEETING HELD ON\n                                FRIDAY 14 NOVEMBER 2025\n\n4.       TO RECEIVE THE REPORTS OF THE CHIEF FIRE OFFICER\n\n4.1      Internal Audit Progress Report 2025/26\n         The Internal Audit Manager presented the progress made.\n\n         RESOLVED – that the report be noted.\n\n4.2      Performance Report – Quarter 2 2025/26\n         The Head of Risk & Performance presented the performance for the period.\n\n         Members requested that accidental dwelling fire data for each ward in the four\n         districts be provided to Members by the end of January 2026.\n\n         In response to Members' concerns regarding deliberate fire setting, the Chief Fire Officer\n         agreed to write to the Chief Constable seeking a joint review of deliberate fires.\n\n5.       DATE AND TIME OF NEXT MEETING\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["4", "4.1", "4.2", "5"]);
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["4.2", "request"], ["4.2", "letter"]]);
  });

  it("sets 'P25/125.   Enforcement – to receive an update on open enforcement cases.' apart from its paragraph (Cottenham Parish Council)", () => {
    const p = extractMinutes("MINUTES OF THE PLANNING COMMITTEE MEETING HELD ON TUESDAY 21ST OCTOBER 2025 AT 7.30PM\n\nP25/125.   Enforcement – to receive an update on open enforcement cases.\n           The Assistant Clerk reported that eleven cases remain open. Clerk to\n           request a written update from the GCSP Enforcement Team for the next meeting.\n\nP25/127.   Cottenham Neighbourhood Plan – review.\n           Cllrs Morley and Pearce to draft the Council's detailed objection and circulate it to\n           members by 31st October 2025. The consultation closes on 31st October 2025 and the\n           Council wishes to submit a full technical response.\n\nP25/128.   Section 106 and Community Infrastructure – to consider the position on\n           developer contributions.\n           Members discussed the request for a crossing.\n           Resolution that Full Council be asked to earmark £8,500 from the Council's S106\n           balance towards a feasibility study. RESOLVED. All in favour.\n\nP25/129.   Street naming.\n           Members agreed that the request be declined until a pre-application enquiry has been submitted.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["P25/125", "P25/127", "P25/128", "P25/129"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["P25/125", "Clerk"], ["P25/127", "Cllrs Morley and Pearce"], ["P25/128", "Full Council"]]);
  });

  it("passes over an action log's rows reported complete, and reads 'The Health and Wellbeing Board RESOLVED to:' over its limbs", () => {
    const log = extractMinutes("MINUTES OF THE MEETING HELD ON 12 NOVEMBER 2025 AT 6.00PM\n\n42/25      MATTERS ARISING AND ACTION LOG\n\n           Minute      Action                                   Lead               Status\n           27/25(b)    Replacement signage, Racecourse car      Deputy Town        Complete – new\n                       park                                     Clerk              signs installed\n           29/25       Meeting with Haverfordwest County        Town Clerk         Complete –\n                       AFC re: Bridge Meadow lease                                 meeting held\n\n43/25      FINANCE\n\n           Noted.\n\n44/25      DATE OF NEXT MEETING\n", opts());
    expect(log.actions).toEqual([]);
    const hwb = extractMinutes("MINUTES OF THE MEETING HELD ON 10 DECEMBER 2025 AT 9.30AM\n\n10.       DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT\n\n10.3      The Health and Wellbeing Board RESOLVED to:\n\n          a)  RECEIVE the Director of Public Health Annual Report 2025;\n\n          b)  ASK all Board member organisations to nominate a named lead for the report's\n              recommendations by 27 February 2026.\n\n11.       DATE OF NEXT MEETING\n", opts());
    expect(hwb.actions.map((a) => [a.item, a.due])).toEqual([["10", "2026-02-27"]]);
  });

  it("reads the shorter cues: a view before the response, a standing arrangement, 'future reports would show', a proposal not supported or not seconded, a review reported 'to the Joint Committee in June, 2026'", () => {
    expect(classifySentence("Members agreed that it was important for the Board to respond.")).toBeNull();
    expect(classifySentence("In response to a question from Councillor Henderson, the Head of Finance confirmed that any surplus achieved at the year end would be distributed to the three constituent councils in accordance with the Minute of Agreement.")).toBeNull();
    expect(classifySentence("At the request of members, the Assistant Chief Fire and Rescue Officer agreed that future performance reports would show response times to primary fires in Rutland.")).toEqual({ type: "undertaking", kind: "request" });
    expect(classifySentence("A proposal from Cllr. A. Rahman that a review of the Service's use of external consultants be added to the work programme was not supported by the Committee.")).toBeNull();
    expect(classifyPoint("that a post-season review of the winter service be reported by the Head of Roads and Fleet Services to the Joint Committee in June, 2026.", "The Joint Committee agreed:-")).toBe("work-programme");
    expect(findOwner("Cllr S. Howells undertook to liaise with the Haverfordwest Chamber of Trade", new Map())).toBe("Cllr S. Howells");
  });
});

describe("seventy-ninth round: sub-items in sentence case under a short heading, an action label far right mid-sentence, future meetings' dates, a role over the initials beside it", () => {
  it("reads '5.1 Pavilion roof repairs' under '5. Pavilion', and moves 'Action: Clerk' from mid-sentence to the sentence's end (Great Shelford Parish Council)", () => {
    const p = extractMinutes("MINUTES OF THE RECREATION GROUND & PAVILION COMMITTEE HELD ON MONDAY 10TH NOVEMBER 2025 AT 7.30PM\n\n5. Pavilion\n\n   5.1 Pavilion roof repairs\n       The Clerk presented three quotations for the repair of the flat roof.\n       Clerk to instruct Anglian Roofing Services Ltd, with works to be completed by   Action: Clerk\n       27th February 2026 so that the changing rooms are available.\n\n   5.2 Pavilion hire charges 2026/27\n       RECOMMENDED to the Parish Council that the revised hire charges at Appendix A be\n       adopted for the 2026/27 financial year.\n\n6. Recreation Ground\n\n   6.1 Play area\n       Cllr Okafor to obtain three quotes for the zip wire seat.                  Action: Cllr Okafor\n       The Chair reported that the annual inspection had been carried out.        Action: Chair\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["5", "5.1", "5.2", "6", "6.1"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["5.1", "action", "Clerk", "2026-02-27"], ["5.2", "recommendation", "Parish Council", null], ["6.1", "request", "Cllr Okafor", null]]);
  });

  it("takes the next meeting from 'DATE AND VENUE OF FUTURE JIAC MEETINGS', and the role a sentence names over the initials beside it", () => {
    const p = extractMinutes("MINUTES OF THE JOINT INDEPENDENT AUDIT COMMITTEE HELD ON WEDNESDAY 10TH DECEMBER 2025 AT 10:00AM\n\nPresent: Graham Tillotson (GT), Chair\n\n15.     ANY OTHER BUSINESS\n\n15.1    The Chair would write to Michael Adeyemi on behalf of the Committee to thank him.     GT\n        Members noted the update.                                                           GT\n        The Chair would review the terms of reference before the next meeting.              GT\n        The Chair would write to the auditors about the fee.                                GT\n\n16.     DATE AND VENUE OF FUTURE JIAC MEETINGS\n\n16.1    All meetings to be held at Darby House, Wellingborough:\n          •  Wednesday 11th March 2026, 10:00am – 13:00pm\n          •  Wednesday 24th June 2026, 10:00am – 13:00pm\n", opts());
    expect(p.nextMeeting).toEqual({ date: "2026-03-11", time: "10:00" });
    expect(findOwner("The Chair would write to Michael Adeyemi to thank him [Action: GT]", new Map([["GT", "Graham Tillotson"]]))).toBe("Chair");
  });

  it("merges 'the Council should make its views known' into the letter decided below it, and passes over an ask members did not support", () => {
    const p = extractMinutes("MINUTES OF THE LEISURE COMMITTEE HELD ON 13 NOVEMBER 2025 AT 7.00PM\n\nLC/25/51   LEISURE CENTRE OPENING HOURS\n\n           Members agreed that the Council should nevertheless make its\n           views known on behalf of residents.\n\n           RESOLVED:\n\n           a) That the Chair write to the Vale of Glamorgan Council's Cabinet Member\n              setting out the Council's concerns.\n\n           Cllr Kinsella asked that the Committee also write to the Welsh Government\n           Minister for Culture and Sport on the matter. Members did not support this,\n           considering that the matter should first be raised locally.\n\nLC/25/52   CORRESPONDENCE\n\n           Noted.\n\nLC/25/53   DATE OF NEXT MEETING\n", opts());
    expect(p.actions.map((a) => [a.kind, a.owner])).toEqual([["letter", "Chair"]]);
  });
});

describe("eightieth round: an agenda list for a named meeting, 'it be noted that' under a recommendation, a concern then a task, 'Council' with no article", () => {
  it("dates each entry under 'the following items be placed on the agenda for the March meeting:' by that meeting (Wantage)", () => {
    const p = extractMinutes("MINUTES OF THE MEETING HELD ON MONDAY 12 JANUARY 2026 AT 7.30PM\n\n 71.    Items for Future Agendas\n\n        It was agreed that the following items be placed on the agenda for the March\n        meeting:\n\n        (a)  cemetery fees and charges for 2026/27; and\n\n        (b)  a review of allotment rents, with any increase to take effect from\n             October 2026.\n", opts(["2026-03-02"]));
    expect(p.actions.map((a) => [a.kind, a.due])).toEqual([["work-programme", "2026-03-02"], ["work-programme", "2026-03-02"]]);
    expect(classifyPoint("it be noted that the recommended precept represents an increase of 4.9 per cent.", "RECOMMENDED to the Council at its meeting on 26 January 2026 that:")).toBeNull();
  });

  it("reads a concern and then a task for someone named, 'Council agreed that …' with no article, and 'Following discussion Council agreed:' over its limbs (Bradwell, the Dartmoor Commoners' Council)", () => {
    expect(classifySentence("Members remained concerned about the level of anti-social behaviour at Bradwell Common shops and asked that the clerk write to the Neighbourhood Inspector requesting additional evening patrols.")?.type).toBe("strong");
    expect(classifySentence("Council asked that the Finance & Administration Officer bring a paper to the next meeting setting out options for a reserves policy.")?.type).toBe("strong");
    const p = extractMinutes("COUNCIL MINUTES OF THE MEETING HELD ON 28 JANUARY 2026 AT 10.30AM\n\n9.    Agri-environment agreements\n\n      Following discussion Council agreed:\n\n      (i)   that the Chairman write to the Minister for Food, Farming and Fisheries setting out the\n            effect of the delays on commoners; and\n\n      (ii)  that Natural England be asked to provide a written update, for the March meeting.\n\n10.   Date of next meeting\n", opts(["2026-03-25"]));
    expect(p.actions.map((a) => [a.kind, a.due])).toEqual([["letter", null], ["request", "2026-03-25"]]);
  });

  it("keeps an ask when the next sentence is another member's question answered as already done (Bradwell)", () => {
    const p = extractMinutes("MINUTES OF THE MEETING HELD ON 24 NOVEMBER 2025 AT 7.30PM\n\n18    Items for future agendas\n      Members asked that CCTV coverage of Bradwell Common Square and the local shops be\n      placed on the agenda of a future meeting. Cllr Dyer asked whether the Annual Parish\n      Meeting could again be held at Summerfield School; the clerk confirmed that the school\n      hall had already been booked for Wednesday 22nd April 2026.\n\n19    Date of next meeting\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["18", "work-programme"]]);
  });
});

describe("eighty-first round: 'P.56.25' minute numbers, a declaration's wrapped 'Committee (Min 5137)', year-numbered actions, a time before the place", () => {
  it("reads 'P.56.25' references with the year after the number (Marlow Town Council)", () => {
    const p = extractMinutes("MINUTES OF THE PLANNING & TRANSPORTATION COMMITTEE HELD ON TUESDAY 4TH NOVEMBER 2025 AT 7.00PM\n\n    P.56.25     APOLOGIES FOR ABSENCE\n\n                Apologies were received.\n\n    P.57.25     DECLARATIONS OF INTEREST\n\n                None.\n\n    P.60.25     MATTERS ARISING\n\n                The Deputy Clerk undertook to chase Transport for Buckinghamshire for a date for the bollard repairs.\n\n    P.61.25     PLANNING APPLICATIONS\n\n                Noted.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["P.56.25", "P.57.25", "P.60.25", "P.61.25"]);
    expect(p.actions.map((a) => a.item)).toEqual(["P.60.25"]);
  });

  it("does not take the end of a wrapped declaration, 'Committee (Min 5137)', for the heading of minute 5137 (Longridge Town Council)", () => {
    const p = extractMinutes("MINUTES OF THE MEETING OF LONGRIDGE TOWN COUNCIL HELD ON WEDNESDAY 12 NOVEMBER 2025 AT 7.00PM\n\n5131     Mayor's welcome.\n         The Mayor welcomed everyone to the meeting and reminded those present that the\n         meeting was being recorded solely for the purpose of preparing the minutes.\n\n5132     Apologies for absence.\n         Apologies for absence were received and accepted from Cllrs R Eccles (work\n         commitments) and H Parkinson (illness).\n         Proposed: Cllr J Bamber          Seconded: Cllr A Seed\n\n5133     Declarations of interests & written requests for disclosable pecuniary\n         interest dispensations\n         Note: Councillors are responsible for declaring any personal / prejudicial or\n         disclosable pecuniary interest pertaining to matters on this agenda. If the\n         interest is prejudicial or disclosable, the member should not take part in the dis-\n         cussion or vote and must withdraw from the meeting unless a written\n         dispensation has been granted.\n         Cllr D Hothersall – Ribble Valley Borough Council Planning and Development\n         Committee (Min 5137)\n         Cllr M Cottam – Trustee, Longridge Heritage Centre (Min 5139(c))\n         No written requests for dispensations had been received.\n\n5134     Public Participation\n         The Mayor closed the meeting at 7.03pm for public participation.\n         Mrs Ainsworth, a resident of Kestor Lane, raised concern about the condition\n\n5135     Finance\n         Clerk to report the lifted flags on the Kestor Lane footway to Lancashire County Council.\n\n5137     Planning applications\n         Noted.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["5134", "5135", "5137"]);
    expect(p.actions.map((a) => a.item)).toEqual(["5135"]);
  });

  it("reads 'ACTION 21/25: TR to amend …' and a start time before the place ('10:00, Conference Room 1, …'), and passes over an action log's settled rows", () => {
    const p = extractMinutes("                                      Friday 26th September 2025\n                  10:00, Conference Room 1, Kelvedon Park, Rivenhall, Witham, CM8 3HB\n\n5.   ACTION LOG\n\n     ACTION 21/25: TR to amend the action log template to show the original and revised due\n     date for each action.\n\n     •   Action 25/31 (circulate the framework) – complete; the framework was circulated on 3rd October 2025.\n\n6.   INTERNAL AUDIT\n\n     Noted.\n", opts());
    expect(p.meeting.time).toBe("10:00");
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["5", "TR"]]);
  });
});

describe("eighty-second round: a pack stamp under the running header, 'having heard … the committee', numbered action columns, a decision's narrow column, an action column in capitals", () => {
  it("drops 'Agenda item 3' under the running header and reads 'After discussion and having heard …, the committee' over its list (Strathclyde Partnership for Transport)", () => {
    const p = extractMinutes("Strathclyde Partnership for Transport               Operations Committee - 14 November 2025\n\n\n                                                                          Agenda item 3\n\n                         Strathclyde Partnership for Transport\n\nMinutes of meeting of the Operations Committee held on Friday 14 November 2025 at 10.00 am.\n\n1.     Apologies\n\nNone.\n\n2.     Declarations of interest\n\nNone.\n\n3.     Operational performance report\n\nThere was submitted a report by the Director of Subway.\n\nAfter discussion and having heard the Director of Subway in answer to members' questions, the committee\n\n(a)    noted the contents of the report;\n\n(b)    requested that the Director of Subway provide a breakdown of service disruption incidents by station to the next meeting of the committee; and\n\n(c)    agreed that the Director of Subway arrange a visit for members to the new Operational Control Centre.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["3", "Director of Subway"], ["3", "Director of Subway"]]);
  });

  it("reads 'Action 25/13      SB to bring …' beside its number, passes over the action log's closed and still-open rows, and reads 'Decision: The Committee' over its list (Anglian (Northern) RFCC)", () => {
    const p = extractMinutes("Meeting held on Thursday 16 October 2025 at 10:30am\n\n  Steve Bellamy (SB)                 Partnerships Manager, Environment Agency\n\n2.      Action log\n\n2.2     The Committee reviewed the action log:\n\n        •   Action 25/06 – the Chair had written to Anglian Water on 28 July 2025 about sewer flooding and the reply had been circulated. Closed.\n        •   Action 25/10 – the timeline for the Welland tidal study remains open. SB explained that the contract had been let.\n\n        Action 25/13        SB to bring a revised timeline for the Welland tidal study\n                            to the January meeting.\n\n3.      Capital programme\n\n        Decision: The Committee\n\n        (a) noted progress on the capital programme;\n        (b) requested that a deep-dive report on the Welland catchment programme be brought to the April 2026 meeting.\n", opts(["2025-10-16", "2026-01-15", "2026-04-16"]));
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["2", "Steve Bellamy", "2026-01-15"], ["3", null, "2026-04-16"]]);
  });

  it("keeps a decision wrapped in a column narrower than the page whole, and a paragraph the page cut inside a name (West Midlands Fire and Rescue Authority)", () => {
    const page = "                                       Page 5 of 7\n                                  OFFICIAL - WMFS PUBLIC\n\f                                  OFFICIAL - WMFS PUBLIC\n";
    const p = extractMinutes(`                                  OFFICIAL - WMFS PUBLIC\n\nMinutes of the Audit and Risk Committee, 3 November 2025 at 10:30 hours\n\n40/25         Treasury Management Mid-Year Review 2025/26\n\n              The Treasurer presented the Treasury Management Mid-Year Review for\n              the first half of the year, with no breaches of the Prudential Indicators.\n\n              Resolved:\n\n              1.    That the Treasury Management Mid-Year Review\n                    2025/26 be noted.\n\n              2.    That the Committee recommends to the Fire and\n                    Rescue Authority that the revised Operational\n                    Boundary and Authorised Limit for external debt\n                    be approved.\n\n41/25         Fraud Update\n\n              Members asked for training on the new corporate offence of\n              failure to prevent fraud. The Monitoring Officer to arrange a\n              training session for Members on the failure to prevent fraud\n              offence under the Economic Crime and Corporate Transparency\n\n${page}\n\n              Act 2023 by the end of January 2026.\n\n              Resolved:\n\n              1.    That the update be noted.\n`, opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["40/25", "recommendation", null], ["41/25", "request", "2026-01"]]);
    expect(p.actions[0]!.text).toMatch(/Operational Boundary and Authorised Limit for external debt be approved\.$/);
  });

  it("reads a concern or welcome and then a named party's task, 'agreed to amend' and 'undertook to agree' as undertakings (West Midlands Fire and Rescue Authority)", () => {
    expect(classifySentence("Members expressed concern at the limited assurance opinion on fleet fuel card management and requested that the Audit Services Manager submit a follow-up report on the fuel card audit to the meeting of the Committee on 16 March 2026.")?.kind).toBe("request");
    expect(classifySentence("Members welcomed the improved timeliness of the audit and requested that Grant Thornton present an outline timetable for the interim audit work at the next meeting of the Committee.")).not.toBeNull();
    expect(classifySentence("The Monitoring Officer agreed to amend the Annual Governance Statement to reference the peer review findings.")).not.toBeNull();
    expect(classifySentence("The Assistant Chief Fire Officer undertook to agree revised implementation dates for the overdue recommendations with the Audit Services Manager.")).not.toBeNull();
    expect(classifySentence("The Chair said she would agree with that view.")).toBeNull();
  });

  it("leaves a far-right 'Appendix A' out of the heading, names the owner as the words spell it beside 'ACTION TOWN CLERK', and reads a raised point that sets a task (Buckingham Town Council)", () => {
    const p = extractMinutes("Minutes of a meeting of the Environment Committee held on Monday 10th November 2025 at 7.00pm.\n\n454/25        Minutes\n              The minutes were agreed.\n\n455/25        Action Report                                                                 Appendix A\n              Members received the Action Report. The following points were raised:\n\n              •   Chandos Park bench: the replacement bench had been installed and the\n                  item could be removed from the report.\n              •   Railway Walk fingerpost: no reply had yet been received from              ACTION ENV. MANAGER\n                  Buckinghamshire Council. The Environment Manager to chase the Rights\n                  of Way team again about replacing the missing fingerpost.\n\n456/25        Budgets                                                                       E/42/25\n              The Town Clerk to circulate a breakdown of the grounds maintenance            ACTION TOWN CLERK\n              overspend by site to all Members by the end of November 2025.\n              Members noted the budget figures and the explanation of the overspend,\n              and approved a transfer of £2,500 from the earmarked reserve.\n", opts());
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["454/25", "Minutes"], ["455/25", "Action Report"], ["456/25", "Budgets E/42/25"]]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["455/25", "Environment Manager"], ["456/25", "Town Clerk"]]);
  });

  it("reads 'That the Fund Actuary present …' and 'That all Panel members complete …' as someone's tasks, and the AGM in a month as the committee's meeting (GMPF, London Councils)", () => {
    expect(classifyPoint("That the Fund Actuary present the final valuation results at the next meeting of the Panel.", "RESOLVED")).toBe("request");
    expect(classifyPoint("That all Panel members complete the mandatory modules of the LGPS Online Learning Academy by 31 March 2026.", "RESOLVED")).toBe("action");
    expect(due("an item on homelessness demand should be added to the work programme for the AGM in July 2026.", { meetingDate: "2025-11-19", knownMeetings: [{ date: "2026-02-11", time: null }, { date: "2026-07-08", time: null }] })).toBe("2026-07-08");
    expect(due("a report be presented to the Committee in June 2026.", { meetingDate: "2025-11-19", knownMeetings: [{ date: "2026-06-09", time: null }] })).toBe("2026-06");
  });

  it("does not read the next sub-heading under 'ACTION BY: Mr K Hamill, Chief Executive' as a task of his (arc21)", () => {
    const p = extractMinutes("Minutes of the meeting held on Thursday 27 November 2025 at 10.30 am\n\n4.      Matters Arising\n\n        (a)   Minute 7 – Landfill Tax\n\n              The Chief Executive undertook to follow up with DAERA officials should a reply not be received.\n\n              ACTION BY: Mr K Hamill, Chief Executive\n\n        (b)   Minute 9 – Members' Visit to the Materials Recovery Facility\n\n              Members noted that the visit had taken place on 13 November 2025.\n", opts());
    expect(p.actions.map((a) => [a.item, a.text.slice(0, 40)])).toEqual([["4", "The Chief Executive undertook to follow "]]);
  });
});

describe("eighty-third round: an address wrapped after a comma, 'the March Board', a footer deeper than the edge, officers by initial, 'remit', matters arising that name items", () => {
  it("reads a capitalised opening whose address wrapped to '20 NEW QUAY ROAD, …', 'the March Board' and 'the next Board meeting', and 'considered … and agreed that' (Poole Harbour Commissioners)", () => {
    const p = extractMinutes("                               POOLE HARBOUR COMMISSIONERS\n\n   AT A MEETING OF THE POOLE HARBOUR COMMISSIONERS HELD AT THE HARBOUR OFFICE,\n   20 NEW QUAY ROAD, HAMWORTHY, POOLE ON FRIDAY 28TH NOVEMBER 2025 AT 9.30 A.M.\n\n     1.      APOLOGIES\n\n     1.1     None.\n\n     9.      DREDGING AND ENVIRONMENT\n\n     9.1     The Environment Manager to report Natural England's response to the next Board meeting.\n\n     10.     GOVERNANCE\n\n     10.1    The Remuneration & Nominations Committee to bring forward its recommendations for the appointment of two Commissioners to the March Board.\n\n     10.2    The Board considered the draft Annual Stakeholder Report and agreed that it be referred to the Poole Harbour Consultative Committee for comment at its meeting in February 2026.\n", opts(["2025-11-28", "2026-01-30", "2026-03-27"]));
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-11-28", "09:30"]);
    expect(p.items.map((i) => i.number)).toEqual(["1", "9", "10"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["9", "2026-01-30"], ["10", "2026-03-27"], ["10", "2026-02"]]);
  });

  it("drops a footer deeper than the page's edge ('CHAIR'S' over 'INITIALS', a dotted line and the page number), and reads a chair's announcements item that also decides (Hertfordshire Health and Wellbeing Board)", () => {
    const foot = (n: number) => `\n\n                                                                  CHAIR'S\n                                                                  INITIALS\n                                                                  ………………\n\n                                        ${n}\n\f`;
    const p = extractMinutes(`Minutes of the meeting of the Health and Wellbeing Board held on Wednesday 10 December 2025 at 10:00am\n\n1.   APOLOGIES\n\n     None.\n${foot(1)}4.   CHAIR'S ANNOUNCEMENTS AND BOARD MEMBERSHIP\n\n4.1  The Board:\n\n     (a) recommended to County Council that the revised Terms of Reference be incorporated into the Constitution.\n\n5.   STRATEGY\n\n5.1  The Board received a report setting out the outcome of the summer\n${foot(2)}     engagement exercise. Healthwatch Hertfordshire offered to run targeted focus groups during February 2026.\n\n5.2  The Director of Public Health asked all partner organisations to cascade the joint communications toolkit through their own staff.\n${foot(3)}6.   OTHER BUSINESS\n\n     None.\n`, opts());
    expect(p.items.map((i) => i.number)).toEqual(["1", "4", "5", "6"]);
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["4", "recommendation"], ["5", "action"], ["5", "action"]]);
    expect(p.actions.some((a) => /CHAIR'S|INITIALS/.test(a.text))).toBe(false);
  });

  it("finds the owner past an aside or a remark, and officers named by rank or initial (Central Lincolnshire, South Yorkshire Fire and Rescue Authority)", () => {
    expect(findOwner("Councillor Brackenbury, as a member of the GLCCA Housing and Infrastructure Committee, undertook to raise the Committee's wish to be involved in the SDS.", new Map())).toBe("Councillor Brackenbury");
    expect(findOwner("Councillor Ellerby stated that several developers had told him that allocated sites had stalled because of viability, and undertook to pass the details of those sites to the Senior Planning Officer.", new Map())).toBe("Councillor Ellerby");
    expect(classifySentence("Councillor Ellerby stated that several developers had told him that allocated sites had stalled, and undertook to pass the details of those sites to the Senior Planning Officer.")).not.toBeNull();
    expect(findOwner("The Principal Planning Officer identified the availability of consultants as the main risk, and undertook to bring a full risk register to the next meeting.", new Map())).toBe("Principal Planning Officer");
    expect(findOwner("ACO Redfern would provide Members with an update on the number of remedy cases.", new Map())).toBe("ACO Redfern");
    expect(findOwner("F Booth agreed to arrange an all-Member briefing on the survey findings.", new Map())).toBe("F Booth");
    expect(findOwner("A Member asked that the briefing be arranged.", new Map())).toBeNull();
    expect(classifyPoint("That agenda item 22 entitled 'Provision of Fleet Maintenance Services – Contract Award' be considered in the absence of the public and press.", "RESOLVED")).toBeNull();
  });

  it("reads 'to remit the Treasurer to submit …' as an instruction (Tay Road Bridge Joint Board)", () => {
    expect(classifyPoint("to remit the Treasurer to submit the approved Revenue Budget to Transport Scotland by 31st January, 2026;", "The Joint Board agreed:-")).toBe("action");
    expect(findOwner("to remit the Treasurer to submit the approved Revenue Budget to Transport Scotland", new Map())).toBe("Treasurer");
  });

  it("keeps matters arising that name the last meeting's items where they are, and reads a clerk's shorthand return and 'undertook to carry out' (Totnes Town Council)", () => {
    const p = extractMinutes("Minutes of the Strategy and Resources Committee held on Monday 10th November 2025 at 6.30pm\n\n      The Committee will convene to consider the following items:\n\n4.    MINUTES\n\n      Matters arising:\n      -   Item 5 - the VAT reclaim has been submitted and a refund has been received.\n      -   Item 9 - the replacement CCTV camera has not yet been installed. The Deputy Town Clerk to chase the\n          contractor for a firm installation date.\n\n5.    FINANCE\n\n      Cllr Dunstan undertook to carry out the quarterly spot check of invoices before the end of December 2025.\n\n      The final budget, together with any consultation comments, to come back to the January meeting of the Committee.\n\n9.    CCTV\n\n      Noted.\n", opts(["2025-11-10", "2026-01-12"]));
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["4", "Deputy Town Clerk", null], ["5", "Cllr Dunstan", "2025-12"], ["5", null, "2026-01-12"]]);
  });

  it("passes over action-log rows done on a date, a declaration's terms, a member's wish and an amendment moved (NILGOSC, Bridgend, Fife)", () => {
    const p = extractMinutes("Minutes of the meeting held on Thursday 20 November 2025 at 10.00am\n\n4.        ACTION LOG\n\n4.1       Eight actions were complete, including:\n\n          •   Action 64/25 - revised Members' Expenses Policy circulated to Members on\n              21 October 2025; and\n\n          •   Action 66/25 - Members' visit to the Member Services team - held on 6\n              November 2025.\n\n5.        INVESTMENTS\n\n          Noted.\n", opts());
    expect(p.actions).toEqual([]);
    expect(classifySentence("It was agreed that Cllr Quinn could remain in the meeting for the item but would take no part in any decision relating to that employer.")).toBeNull();
    expect(classifySentence("A Member stated that they would like the Council to carry out a wider review of unadopted roads across the County Borough.")).toBeNull();
    expect(classifySentence("Councillor Imrie, seconded by Councillor Petrie, moved as an amendment that the Committee defer consideration of the revised policy and ask officers to carry out further consultation.")).toBeNull();
  });
});

describe("eighty-fourth round: 'Item / Subject / Action by' over outline-numbered items, another committee's or body's meeting, a noted report to come, a recommendation named before its recipient", () => {
  it("reads items numbered '1.0', '5.1' under 'Item  Subject  Action by' column heads, and passes over a nomination made there (Local Government Staff Commission for Northern Ireland)", () => {
    const p = extractMinutes("MINUTES OF THE 530th MEETING OF THE COMMISSION HELD ON TUESDAY 18 NOVEMBER 2025 AT 10.00 AM\n\nItem      Subject                                                                     Action by\n\n1.0       APOLOGIES\n\n1.1       Apologies were received from Ms F Agnew.\n\n2.0       DECLARATIONS OF INTEREST\n\n2.1       None.\n\n4.0       CHAIRPERSON'S BUSINESS\n\n4.1       Members agreed that the Chairperson would write to the Permanent            Chairperson\n          Secretary seeking an extension of current Members' appointments.\n\n5.0       ADVISORY APPOINTMENT PANELS\n\n5.1       Recruitment of Chief Executive\n\n5.1.1     Members agreed to nominate Mr T Ferris as the Commission's independent\n          assessor on the Advisory Appointment Panel.\n\n5.1.2     Councillor M Devlin undertook to raise the survey findings with the NILGA\n          Executive at its December 2025 meeting.\n", opts(["2025-11-18", "2025-12-16"]));
    expect(p.items.map((i) => i.number)).toEqual(["1", "2", "4", "5", "5.1"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["4", "letter", null], ["5.1", "action", "2025-12"]]);
  });

  it("reads 'recommend the revised Policy to the Fire Authority for adoption', 'To note that the Assessor … would implement …' and a noted report to come to a dated meeting (Cambridgeshire and Peterborough Fire Authority, Lothian Valuation Joint Board, LLDC)", () => {
    expect(classifyPoint("recommend the revised Policy to the Fire Authority for adoption at its meeting on 11th December 2025.", "It was resolved unanimously to:")).toBe("recommendation");
    expect(classifyPoint("To note that the Assessor and Electoral Registration Officer would implement the two medium-rated management actions by 31 March 2026.", "Decision")).toBe("action");
    expect(classifyPoint("noted that the final budget would be presented to the Board for approval at its meeting on 24 March 2026.", "The Board:")).toBe("work-programme");
    expect(classifyPoint("Noted that the Cabinet response would be reported to the Committee within two months.", "RESOLVED")).toBeNull();
    expect(classifySentence("Ciara Doyle undertook to reconcile the figures for the contract and confirm the position to Keith Ellery by email following the meeting.")).not.toBeNull();
    expect(classifySentence("The Audit Manager drew Members' attention to Appendix II, which showed that six recommendations were past their agreed implementation date.")).toBeNull();
  });

  it("dates 'by the closing date' by the date the item gave the consultation's close (Suffolk & Essex Coast & Heaths National Landscape Partnership)", () => {
    const p = extractMinutes("Minutes of the Partnership meeting held on Wednesday 19 November 2025 at 10.00am\n\n8.    PLANNING\n\n8.2   AM advised that East Suffolk Council's Local Plan review consultation closes on 12 December 2025. AM to respond to the consultation on behalf of the Partnership by the closing date, circulating a draft to members beforehand.\n\n9.    OTHER\n\n9.1   None.\n", opts());
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["8", "2025-12-12"]]);
  });

  it("dates a report 'for the meeting of the Finance Committee in February 2026' by the month in a town council's minutes (Brecon Town Council)", () => {
    expect(due("The Town Clerk prepare a costed report on extending CCTV coverage to Lion Street for the meeting of the Finance Committee in February 2026.", { meetingDate: "2025-11-24", knownMeetings: [{ date: "2026-01-26", time: null }, { date: "2026-02-23", time: null }] })).toBe("2026-02");
    expect(due("a report be brought to the meeting of the Committee in February 2026.", { meetingDate: "2025-11-24", knownMeetings: [{ date: "2026-02-23", time: null }] })).toBe("2026-02-23");
  });
});

describe("eighty-fifth round: year-numbered minutes under column heads and their sub-items, a vote that closes a decision, 'the Joint Committee' over its list, a date cut between day and month", () => {
  it("reads 'Item  Minute  Action' over a rule and '25/139' minutes, '25/146.1' sub-items, and the debate after a decision's vote (Histon & Impington Parish Council)", () => {
    const p = extractMinutes("                                MINUTES OF THE MEETING OF FULL COUNCIL\n                       held on Monday 17th November 2025 at 7.30pm\n\n  Item      Minute                                                                        Action\n  ________________________________________________________________________________________________\n  25/139    WELCOME AND APOLOGIES FOR ABSENCE\n            Apologies were received from Cllr Tranter.\n\n  25/146    FINANCE\n\n  25/146.1  PAYMENTS AND RECEIPTS – OCTOBER 2025\n            RESOLVED to approve the payments listed. (Proposed Cllr Kaur, seconded Cllr Hollis, all in favour)\n\n  25/146.2  BUDGET MONITORING TO 31ST OCTOBER 2025\n            Members asked the RFO to provide a breakdown of the pavilion utilities overspend for the next meeting.\n\n  25/149    CAMBRIDGE SCIENCE PARK NORTH\n            RESOLVED to delegate to the Clerk the submission of the Council's final response. (Proposed Cllr Ashworth,\n            seconded Cllr Whitlock, all in favour)\n            Members were concerned that the developer had held no public event in the village. The Clerk is to write to\n            the developer's consultation team asking that a drop-in exhibition be held early in the new year.\n\n  25/150    CORRESPONDENCE\n            None.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["25/139", "25/146", "25/146.1", "25/146.2", "25/149", "25/150"]);
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["25/146.2", "request"], ["25/149", "action"], ["25/149", "letter"]]);
  });

  it("reads 'After discussion, the Joint Committee (1) …' and 'The Joint Committee' alone over its numbered list (Strathclyde Concessionary Travel Scheme Joint Committee)", () => {
    const p = extractMinutes("Minute of meeting of the Joint Committee held on Friday 5 December 2025 at 11.00 am.\n\n8.     Rail\n\nAfter discussion, the Joint Committee (1) noted the report; and (2) requested that officers circulate to members, by the end of January 2026, a breakdown of concessionary rail journeys by council area.\n\n10.    Scheme review\n\nThe Joint Committee\n\n(1)    instructed the Head of Concessionary Travel to commission an independent survey of Scheme users during spring 2026; and\n\n(2)    agreed that the findings of the survey be reported to the Joint Committee no later than September 2026.\n\n11.    Date of next meeting\n\nNoted.\n", opts());
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["8", "2026-01"], ["10", null], ["10", "2026-09"]]);
  });

  it("reads a correction's wrapped 'paragraph' / '6.3 be amended', an action log's 'CLOSED – see 4.2 below.', and 'the RPB AGREED that …' (Cwm Taf Morgannwg Regional Partnership Board)", () => {
    const p = extractMinutes("UNCONFIRMED Minutes of the meeting held on Thursday 13 November 2025 at 10.00am\n\n3.       MINUTES OF THE PREVIOUS MEETING\n\n3.1      The minutes were reviewed for accuracy. Cllr Hopkins asked that paragraph\n         6.3 be amended to record that she had left the meeting before the discussion.\n\n4.       ACTION LOG\n\n4.1      The Board reviewed the action log:\n            •  Action 09/25-04 – Strategic Commissioning Group to review its Terms\n               of Reference. The Group reviewed its Terms of Reference at its\n               meeting on 21st October 2025. CLOSED – see 4.2 below.\n\n9.       CAPITAL\n\n9.3      In light of the slippage reported, the RPB AGREED that the reprofiled scheme list be referred to the Regional Capital Programme Board for final sign-off.\n", opts());
    expect(p.actions.map((a) => a.item)).toEqual(["9"]);
    expect(classifySentence("GS and BP agreed to work with the Regional Carers Partnership Group to co-produce a revised carers' engagement plan by the end of January 2026.")).not.toBeNull();
    expect(classifySentence("Graham Thurlow agreed and said that this reflected the Council's approach to co-production.")).toBeNull();
  });

  it("reads 'Meeting held at 10:00 in the Board Room', a date the page cut between day and month, and 'Directors asked that …' (Humber Bridge Board)", () => {
    const page = "\n\n\n                                        Page 3 of 6\n\fHumber Bridge Board                                                         12 December 2025\n\n";
    const p = extractMinutes(`                                    Humber Bridge Board\n\n                                      12 December 2025\n\n             Meeting held at 10:00 in the Board Room, Administration Building,\n                               Ferriby Road, Hessle, HU13 0JG\n\n  23        MATTERS ARISING\n\n            Directors asked that the lighting survey findings for the Hessle viewpoint car park be circulated to them by 16 January 2026.\n\n  26        BUDGET MONITORING\n\n            Agreed – (a) That the forecast outturn position be noted; and\n\n            (b)  that an analysis of the earmarked reserves and their planned       TH\n                 use over the medium term be circulated to Directors by 30${page}                 January 2026.\n\n  27        TOLLS\n\n            Noted.\n${page}  28        CLOSE\n\n            Noted.\n`, opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-12-12", "10:00"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["23", "2026-01-16"], ["26", "2026-01-30"]]);
  });
});

describe("eighty-sixth round: titles closed by a colon with decisions numbered from the minute, a schedule of meetings, another body's meeting for scrutiny, a promise after a decision", () => {
  it("sets apart 'FC2025/62    APOLOGIES FOR ABSENCE: Apologies had …' and reads 'FC2025/68.2   the Budget Working Party reviews …' as points (Lewes Town Council)", () => {
    const p = extractMinutes("Minutes of the Meeting of the Council held on Thursday 4th December 2025 at 7:00pm\n\nFC2025/62    APOLOGIES FOR ABSENCE: Apologies had been received from Cllr G Ives.\n\nFC2025/63    MAYOR'S ANNOUNCEMENTS: The Mayor reported on her engagements.\n\nFC2025/68    BUDGET 2026/27 AND PRECEPT: Members considered report FC035/2025. It was\n             resolved that:\n\n             FC2025/68.1   the draft budget for 2026/27 is adopted as the basis for the precept;\n\n             FC2025/68.2   the Budget Working Party reviews the level of the earmarked\n                           reserves before the Council meeting on 22nd January 2026; and\n\n             FC2025/68.3   the final budget and precept for 2026/27 are presented to Council\n                           for approval at that meeting.\n\nFC2025/75    STANDING ORDERS: TC reported that the National Association of Local Councils had issued revised Model Standing Orders.\n", opts(["2025-12-04", "2026-01-22"]));
    expect(p.items.map((i) => `${i.number} ${i.title}`)).toEqual(["FC2025/62 APOLOGIES FOR ABSENCE", "FC2025/63 MAYOR'S ANNOUNCEMENTS", "FC2025/68 BUDGET 2026/27 AND PRECEPT", "FC2025/75 STANDING ORDERS"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["FC2025/68", "2026-01-22"], ["FC2025/68", "2026-01-22"]]);
  });

  it("takes the next meeting from a schedule of meetings, and passes over the schedule and the exclusion of the public (Orkney Integration Joint Board)", () => {
    const p = extractMinutes("Minute of a Meeting of the Integration Joint Board held in the Council Chamber, Kirkwall, on 10 December 2025 at 09:30.\n\n15. Schedule of Meetings\n\nThe Board resolved:\n\n15.1. That meetings of the Integration Joint Board be held in the Council Chamber, Council Offices, Kirkwall, at 09:30 on the following dates in 2026:\n• Wednesday, 18 February 2026.\n• Wednesday, 25 March 2026.\n\n16. Exclusion of Public\n\nThe Board resolved that the public be excluded from the remainder of the meeting.\n", opts());
    expect(p.nextMeeting).toEqual({ date: "2026-02-18", time: "09:30" });
    expect(p.actions).toEqual([]);
  });

  it("dates scrutiny 'at its meeting in February 2026' by another committee by the month, 'the June 2026 Partnership meeting' by the meeting, and 'the next quarterly report' by the next meeting", () => {
    const known = { meetingDate: "2025-11-27", knownMeetings: [{ date: "2026-02-18", time: null }, { date: "2026-06-18", time: null }] };
    expect(due("the findings be referred to the Clinical and Care Governance Committee for detailed scrutiny at its meeting in February 2026.", known)).toBe("2026-02");
    expect(due("the first annual monitoring report will be brought to the June 2026 Partnership meeting.", known)).toBe("2026-06-18");
    expect(due("The Committee asked that the next quarterly report include a breakdown of private credit performance by manager.", { ...known, nextMeeting: { date: "2026-01-23" } })).toBe("2026-01-23");
  });

  it("reads a promise after a decision in the same paragraph, and passes over a vote lost, a member leaving for an item and 'no response would be made' (Caernarfon, Shropshire Hills, Loughs Agency, Lewes)", () => {
    const p = extractMinutes("Minutes of the meeting held on Tuesday 18 November 2025 at 6.30 p.m.\n\n12.     Y MAES AND THE TOWN CENTRE\n\n        RESOLVED: that the Clerk write to Gwynedd Council's Head of Environment about the public toilets. Cllr Mair Owen undertook to raise the omission of Ffordd Llanberis from the winter gritting route at the next meeting of Gwynedd Council's Communities Committee.\n\n13.     GRANTS\n\n        Noted.\n", opts());
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["12", "Clerk"], ["12", "Cllr Mair Owen"]]);
    expect(classifySentence("A proposal from Kathy Lea to raise the maximum Conservation Fund grant was discussed; on being put to the vote it was not carried.")).toBeNull();
    expect(classifySentence("It was agreed that he would leave the meeting for the duration of that item.")).toBeNull();
    expect(classifySentence("Members noted the survey and agreed that no corporate response would be made.")).toBeNull();
  });
});

describe("eighty-seventh round (measured at f8a40e4 before any change): an agenda sub-item's stamp, minutes numbered as one item's sub-items, quarterly meetings", () => {
  it("drops a '3.2' stamp far right atop the first page, and reads '3.1 APOLOGIES …' to '3.14 …' in capitals as the items (Northumberland IFCA)", () => {
    const p = extractMinutes("                                                                                   3.2\n\n             NORTHUMBERLAND INSHORE FISHERIES AND CONSERVATION AUTHORITY\n\n        MINUTES OF THE GENERAL COMMITTEE MEETING HELD AT COUNTY HALL, MORPETH\n                        ON TUESDAY 28 OCTOBER 2025 AT 2.00 PM\n\n3.1       APOLOGIES, INTRODUCTIONS AND DECLARATIONS OF INTEREST\n\n          Apologies were received from Mr Shiel.\n\n3.5       CHIEF IFCO'S REPORT - ENFORCEMENT AND COMPLIANCE\n\n          Members asked that a breakdown of iVMS reporting compliance by home port be brought to the next quarterly meeting.\n\n3.7       REVIEW OF THE CRUSTACEA PERMIT BYELAW\n\n          A summary of the consultation responses will come back to the quarterly meeting in April 2026.\n\n3.14      DATE AND TIME OF NEXT MEETING\n\n          The next meeting will be held on Tuesday 27 January 2026 at 2.00 pm.\n", opts(["2025-10-28", "2026-01-27", "2026-04-28"]));
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-10-28", "14:00"]);
    expect(p.items.map((i) => i.number)).toEqual(["3.1", "3.5", "3.7", "3.14"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["3.5", "2026-01-27"], ["3.7", "2026-04-28"]]);
  });

  it("dates an ask 'included in the next Headlines and Monitoring report' by the next meeting (Wiltshire Pension Fund)", () => {
    expect(due("Members requested that a breakdown of outstanding aggregation cases by employer be included in the next Headlines and Monitoring report.", { meetingDate: "2025-12-11", nextMeeting: { date: "2026-03-26" }, knownMeetings: [] })).toBe("2026-03-26");
  });
});

describe("eighty-eighth round: a heading a few blank lines deep, labels with a colon, titled sub-items under references and outline numbers, a running header five lines deep", () => {
  it("reads the date under 'EXECUTIVE COMMITTEE MINUTES' a few blank lines below the body's name, which later pages repeat as their running header (Lee Valley)", () => {
    const page = (n: number, body: string) => `   Lee Valley Regional Park Authority                                  Executive Committee Minutes\n                                                                                 22 January 2026\n\n\n${body}\n\n   Chairman's initials ..........                    ${n}                       Minutes E/22.01.26\n`;
    const p = extractMinutes(`                                   LEE VALLEY REGIONAL PARK AUTHORITY\n\n\n                                      EXECUTIVE COMMITTEE MINUTES\n                                            22 JANUARY 2026\n\n\n   Members Present:          Gareth Pennington (Chairman)\n\n   301     DECLARATIONS OF INTEREST\n\n           None.\n\n   Chairman's initials ..........                    1                       Minutes E/22.01.26\n\f${page(2, "   302     MINUTES\n\n           The minutes were approved.")}\f${page(3, "   303     RISK REGISTER\n\n           THAT:\n\n           (1)   the corporate risk register be noted; and\n\n           (2)   the cyber security risk (CR07) be re-assessed and the outcome reported to\n                 the Audit Committee in March 2026.")}`, opts());
    expect(p.meeting.date).toBe("2026-01-22");
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["303", "action"]]);
    expect(classifyPoint("the Authority be recommended at the same meeting to approve the 2026/27 revenue budget;", "THAT:")).toBe("recommendation");
  });

  it("reads 'RECOMMENDED:    to the Board that …' and '(b) REQUESTED:   that …', a bullet added to the work programme, and a paper 'to be presented at the next meeting' (the Education Authority's audit committee)", () => {
    const p = extractMinutes("Minutes of the meeting held on Thursday 11 December 2025 at 10.00 am\n\n6       INTERNAL AUDIT\n\n          (a) AGREED:      that the Head of Transport provide written confirmation to the Committee by 31 March 2026;\n\n          (b) REQUESTED:   that Internal Audit undertake a follow-up review of\n                           contract management and report the outcome to the Committee.\n\n          A revised Internal Audit resourcing plan, setting out how sufficient\n          coverage will be achieved, to be presented at the next meeting.\n\n7       CORPORATE RISK REGISTER\n\n          RECOMMENDED:    to the Board that the revised Risk Appetite Statement\n                          2025-26 be approved.\n\n14      COMMITTEE FORWARD WORK PROGRAMME 2025-26\n\n          The Committee reviewed the forward work programme and APPROVED it, subject\n          to the addition of the following item:\n\n          •   Annual Report and Accounts 2025-26: preparation timetable and hard\n              close arrangements (February 2026 meeting).\n", opts(["2025-12-11", "2026-02-19"]));
    expect(p.actions.map((a) => [a.item, a.kind, a.owner])).toEqual([["6", "request", "Head of Transport"], ["6", "action", "Internal Audit"], ["6", "request", null], ["7", "recommendation", "Board"], ["14", "work-programme", null]]);
    expect(due("a further assurance report on placement planning for September 2026, including the number of places secured, is to be brought to the April 2026 meeting (Action: CH); and", { meetingDate: "2025-12-11", knownMeetings: [{ date: "2026-04-23", time: null }] })).toBe("2026-04-23");
  });

  it("reads '6. … - Paper A' as a title, not a sentence cut after 'A', and '11.1  Worcestershire Beacon path repairs' over its paragraph as a sub-item (Malvern Hills Trust)", () => {
    const p = extractMinutes("Minutes of the meeting held on Thursday 4 December 2025 at 6.00pm\n\n6.     Land Management Budget 2026/27 - Paper A\n       The FO introduced the paper. The FO to circulate a breakdown of the vehicle\n       replacement reserve to members by the end of December 2025.\n\n11.    Project Progress Update - Paper E\n       The CEO presented the paper, which was taken as read. Members raised the\n       following points:\n\n       11.1  Worcestershire Beacon path repairs\n             The path had deteriorated. ACTION: CM to obtain at least three quotations\n             for stone pitching of the eroded section.\n\n       11.2  Car park machines\n             The update was noted.\n\n12.    Mountain Biking (verbal)\n       Members agreed that a constructive approach was preferable to enforcement in\n       the first instance, though the byelaws should be applied where trails caused\n       damage.\n\n       Mountain biking to be a substantive item on the agenda for the March 2026\n       meeting, including draft signage proposals.\n\n14.    Urgent Business\n       Members were content for officers to respond. Agreed that the CEO submit\n       a response on behalf of the Trust by 16 January 2026.\n", opts(["2025-12-04", "2026-03-05"]));
    expect(p.items.map((i) => i.number)).toEqual(["6", "11", "11.1", "11.2", "12", "14"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["6", "2025-12"], ["11.1", null], ["12", "2026-03-05"], ["14", "2026-01-16"]]);
  });

  it("reads 'FC25/138.1  Finance & Establishment Committee – …' under 'FC25/138' as a sub-item, and a 'RESOLVED: that …' a paragraph's second sentence records (Saffron Walden)", () => {
    const p = extractMinutes("Minutes of the meeting of the Town Council held on Monday 12th January 2026 at 7.30pm\n\nFC25/137    BUDGET AND PRECEPT 2026/27\n\n            The precept was set.\n\nFC25/138    COMMITTEE MINUTES AND RECOMMENDATIONS\n\nFC25/138.1  Finance & Establishment Committee – Monday 15th December 2025\n\n            Recommendation F&E25/47 – Financial Regulations. RESOLVED: that the revised\n            Financial Regulations be ADOPTED with immediate effect. RESOLVED: that the Town Clerk obtain\n            at least three quotations for the repair of the sash windows.\n\nFC25/138.2  Assets & Services Committee – Thursday 27th November 2025\n\n            RESOLVED: that the minutes be RECEIVED and NOTED.\n\nFC25/139    MOTION ON NOTICE – THE SLADE\n\n            The motion was carried.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["FC25/137", "FC25/138", "FC25/138.1", "FC25/138.2", "FC25/139"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["FC25/138.1", "Town Clerk"]]);
  });

  it("drops a running header five lines deep, keeps a justified line's double spaces as prose, and reads 'LH would also arrange …' and 'Action 09/25-07 (…) was closed' (London Pensions Fund Authority)", () => {
    const header = "                                              OFFICIAL\n\n      London Pensions Fund Authority                                 Board – 10 December 2025\n      Minutes – Part A\n      ______________________________________________________________________________________\n      Minute                                                                            Action\n\n";
    const footer = (n: number) => `\n      LPFA Board minutes – 10 December 2025                                       Page ${n} of 3\n`;
    const p = extractMinutes(`      London Pensions Fund Authority\n      Minutes of the Board meeting held on Wednesday 10 December 2025 at 10:00\n\n      Lucy Harrington (LH)             Director of Funding and Risk\n\n      4.      MATTERS ARISING\n\n      4.3     Action 09/25-07 (external Board effectiveness  review) was closed,  as\n              progress would in future be reported under the training item.\n\n      6.      FUNDING STRATEGY\n\n      6.5     LH would also arrange an online employer forum  in January 2026 to take     LH\n${footer(1)}\f${header}              employers through their results and the proposals in the draft FSS.\n\n      9.      PENSIONS ADMINISTRATION\n\n      9.1     JP presented the LPPA performance report for the quarter to 30 September\n${footer(2)}\f${header}              2025. Performance was 96.2 per cent.\n\n      9.2     (a)   PR and GL left  the meeting for  this item. AO reported that the\n                    Committee had considered the terms of office.\n\n              (b)   RECOMMENDED to the Mayor of London that Priya Ramaswamy be\n                    reappointed as a member of the Board.\n${footer(3)}`, opts());
    expect(p.items.map((i) => i.number)).toEqual(["4", "6", "9"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["6", "Lucy Harrington", "2026-01"], ["9", "Mayor of London", null]]);
  });

  it("reads 'The Joint Committee agreed to recommend …' and '… agreed to note the progress made and requested that …', and passes over a schedule of meetings at '10.00 am' and a question of when (Tayside Contracts, Tay Road Bridge)", () => {
    expect(classifySentence("The Joint Committee agreed to recommend to Angus Council that the price of a paid school meal be increased to £2.75.")?.kind).toBe("recommendation");
    expect(classifySentence("The Joint Committee agreed to note the progress made and requested that the Chief Internal Auditor submit a follow-up report to the next meeting.")?.kind).toBe("request");
    expect(classifySentence("The Joint Board agreed that meetings be held in 2026 at 10.00 am on the following dates:-")).toBeNull();
    expect(classifySentence("Councillor STRACHAN asked when the revised timeline for the proposed consolidation of the Brechin yard would be made available to members.")).toBeNull();
  });

  it("passes over a speaker's ask under public speaking and a courtesy asked for, and gives a clause's deadline to the task before it (Lee Valley, the Thames flood committee, the Middle Level Commissioners)", () => {
    const p = extractMinutes("Minutes of the meeting held on Thursday 6 November 2025\n\n3.      PUBLIC SPEAKING\n\n        Mr Whitlock said that a number of older members did not use smartphones and asked that a cash option be retained at the kiosk.\n\n4.      INTERNAL AUDIT\n\n        The Treasurer was asked to update the fixed asset register to record the plant at each pumping station separately, and to complete this work by the 31st March 2026.\n\n5.      LOCAL UPDATES\n\n        Cllr Clay asked that Swindon's thanks be passed to the Agency's field team for the rapid repair of the flood bank.\n", opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["4", "Treasurer", "2026-03-31"]]);
  });
});

describe("eighty-ninth round: an action line under a paragraph of two dates, another committee's work plan, status words in an action log, a motion's resolves, Scots remits", () => {
  it("dates 'Action: KD' under a paragraph by its last sentence, reads 'AMcC' from the attendance list, and dates another committee's work plan by the month (Dumfries and Galloway Integration Joint Board)", () => {
    const p = extractMinutes("Minute of the meeting of the Integration Joint Board held on Thursday 27 November 2025 at 10:00\n\nKaren Dalziel (KD)                    Chief Officer\nAlison McCaig (AMcC)                  Chief Social Work Officer\n\n10.     MENTAL HEALTH OFFICER SERVICE\n\n        The Chief Social Work Officer agreed to share the findings of the workforce review with members once it had been completed.\n                                                                                Action: AMcC\n\n12.     STRATEGIC RISK REGISTER\n\n        •  AGREED that a deep dive into Strategic Risk SR04 Workforce be added to the Audit\n           and Risk Committee work plan for its meeting in March 2026.\n\n16.     ANY OTHER COMPETENT BUSINESS\n\n        Tom Ferguson raised the timing of decisions on third sector grant funding, noting that many organisations would need to issue redundancy notices by the end of January 2026 if funding was not confirmed. The Chief Officer agreed to meet with Third Sector Dumfries and Galloway before the end of December 2025.\n                                                                                  Action: KD\n", opts(["2025-11-27", "2026-01-29", "2026-03-26"]));
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["10", "Alison McCaig", null], ["12", null, "2026-03"], ["16", "Karen Dalziel", "2025-12"]]);
  });

  it("passes over an action log's rule and its rows 'Superseded' or 'Met', and reads 'at 09.30 hrs' as the next meeting's time (the Conservators of the River Cam, the Port of Milford Haven)", () => {
    const p = extractMinutes("Minutes of the Board meeting held on Thursday 27 November 2025 at 09:30\n\n74/25     MATTERS ARISING AND ACTION LOG\n\n           Ref.       Action                                      Owner    Status\n           --------   -----------------------------------------   ------   ----------------------\n           58/25      Circulate revised Schedule of Delegated     SG       Complete - circulated\n                      Authorities                                          02.10.25\n           66/25      Board site visit to Pembroke Dock Marine    SH       Superseded - see\n                      slipway works                                        76/25(b)\n           57/25      Meet County Council re Riverside footway    TA       Met 14.10.25 -\n                      works                                                see below\n\n86/25     DATE OF NEXT MEETING\n\n           The next meeting of the Board will be held on Thursday 29 January 2026\n           at 09.30 hrs in the Board Room, Gorsewood Drive, Milford Haven.\n", opts());
    expect(p.actions).toEqual([]);
    expect(p.nextMeeting).toEqual({ date: "2026-01-29", time: "09:30" });
  });

  it("reads a quoted motion's 'This Council notes …, and resolves:' limbs once carried, and passes over a vote recorded against (Bishop's Stortford)", () => {
    const p = extractMinutes("Minutes of the meeting of the Town Council held on Monday 19 January 2026 at 7.30pm\n\nC25/093     MOTION ON NOTICE – RIVER STORT WATER QUALITY\n\n            The following motion was proposed by Councillor O'Rourke and seconded by\n            Councillor Patel:\n\n              \"This Council notes with concern the number of storm overflow\n              discharges into the River Stort recorded in 2024 and 2025, and resolves:\n\n              (a) that the Town Clerk write on behalf of the Council to the Chief Executive\n                  of Thames Water requesting a timetable for the investment; and\n\n              (b) that the Town Clerk invite the Environment Agency to provide a briefing to\n                  Members on water quality monitoring at a future meeting of the Council.\"\n\n            On being put to the vote the motion was CARRIED.\n\n            Councillor Quilliam asked that it be recorded that he voted against the motion.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner])).toEqual([["C25/093", "letter", "Town Clerk"], ["C25/093", "request", "Town Clerk"]]);
  });

  it("reads 'Conservators, who had not yet seen it, asked that …', 'to remit the Programme Manager, in conjunction with …, to prepare …', '… agreed to note the position … and that the Programme Manager provide …' and 'at the start of the next meeting' (the Conservators of the River Cam, Tay Cities, HITRANS)", () => {
    expect(classifySentence("Conservators, who had not yet seen it, asked that the revised lone working procedure be circulated to all Conservators before the next meeting.")?.kind).toBe("request");
    expect(classifyPoint("to remit the Programme Manager, in conjunction with the lead partners of the two red-rated projects, to prepare recovery plans by 30th January, 2026.", "The Joint Committee agreed:-")).toBe("action");
    expect(classifySentence("The Joint Committee agreed to note the position as outlined in the report and that the Programme Manager provide a verbal update on the outcome of the procurement exercise at the next meeting.")).not.toBeNull();
    expect(due("Officers agreed to arrange a live demonstration of Go-HI for members at the start of the next meeting.", { meetingDate: "2025-11-28", nextMeeting: { date: "2026-02-06" } })).toBe("2026-02-06");
  });

  it("joins a sentence the page cut after 'the', its action column's initials folded in before the cut (HITRANS)", () => {
    const col = (text: string, who: string) => `${text.padEnd(94)}${who}`;
    const p = extractMinutes(["Minutes of the Partnership meeting held on Friday 28 November 2025 at 10.30am", "",
      "5.      REVENUE MONITORING", "", "        The Partnership:", "        i.    noted the revenue monitoring position; and",
      col("        ii.   noted that the Treasurer would provide members with a breakdown of the", "AR"), "", "                                        Page 2 of 3",
      "\fHITRANS Partnership Meeting                                              28 November 2025", "", "              Regional Bus Development budget line.", "",
      "6.      REVENUE BUDGET 2026/27", "", col("        The Partnership Director to circulate the draft revenue budget to the", "FU"),
      "        constituent councils by 12 December 2025.", "", col("        The Chair to write to the Minister for Transport about ferry fares.", "DM"), "",
      col("        The Treasurer to report the final outturn to the February 2026 meeting.", "AR"), "", "                                        Page 3 of 3",
      "\fHITRANS Partnership Meeting                                              28 November 2025", "", "7.      CORRESPONDENCE", "", "        Noted.", ""].join("\n"), opts());
    expect(p.actions[0]!.text.toLowerCase()).toBe("noted that the treasurer would provide members with a breakdown of the regional bus development budget line. [action: ar]");
  });
});

describe("ninetieth round: a stamp of the meeting the minutes go to, outcomes after titles, page numbers over the pack's, another committee's meeting, a summary of actions", () => {
  it("drops 'Item 2' over '18th March 2026' far right, reads 'Title - Report noted.' wrapped to two lines as a heading, and 'Meeting held in …, at 10am.' (Glasgow's Strathclyde Pension Fund Committee)", () => {
    const p = extractMinutes("                                                                              Item 2\n\n                                                                     18th March 2026\n\n\n                         STRATHCLYDE PENSION FUND COMMITTEE\n\n                            Glasgow, 10th December 2025.\n\n      Meeting held in Committee Room 1, City Chambers, George Square, Glasgow,\n                      and by remote video-conference, at 10am.\n\n5       External Audit - Annual Audit Report 2024/25: progress on action plan noted.\n\n        There was submitted a report by the Director.\n\n6       Investment Advisory Panel: Fund performance and investment update to 30th\n        September 2025 - Report noted.\n\n        There was submitted a report by the Director of Strathclyde Pension Fund.\n\n7       Direct Impact Portfolio - Update and new commitments approved.\n\n        There was submitted a report.\n", opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-12-10", "10:00"]);
    expect(p.items.map((i) => i.number)).toEqual(["5", "6", "7"]);
    // With no blank lines, as the heading-style check rewrites it: a title and its outcome at the margin over its paragraph.
    const compact = extractMinutes("Glasgow, 10th December 2025.\n4) Internal Audit - Progress report noted\n        After consideration, the committee\n        (1)   noted the report; and\n        (2)   requested that the Head of Audit report back to the next meeting.\n5) External Audit - Annual Audit Report 2024/25: progress on action plan noted\n        There was submitted a report by the Director of Strathclyde Pension Fund\n        advising of progress against the action plan.\n        After consideration, the committee instructed the Director to ensure that the outstanding action is completed by 31st January 2026.\n", opts());
    expect(compact.items.map((i) => i.number)).toEqual(["4", "5"]);
  });

  it("reads '@ 1000 HRS', a page number over the pack's 'Page 7', a title ending '- Agenda Item 7' and 'Somerset Waste Board RESOLVED to:' (the Scottish Fire and Rescue Service Board, the Somerset Waste Board)", () => {
    const foot = (n: number) => `\n\n                                              ${n}\n                                           Page ${n + 4}\n\f      Somerset Waste Board - 12 December 2025                                          Minutes\n\n`;
    const p = extractMinutes(`      MINUTES OF THE SOMERSET WASTE BOARD\n                              FRIDAY 12 DECEMBER 2025 @ 1000 HRS\n\n30    Performance Report - Quarter 2 2025/26 - Agenda Item 6\n\n      Somerset Waste Board RESOLVED to:\n\n        1. Note the performance results for Quarter 2.\n\n        2. Request that future quarterly performance reports include contamination rates for\n           each collection depot.\n\n      REASON FOR DECISION:\n      As set out in the officer report.${foot(1)}31    Financial Performance Update 2025/26 and Draft Budget 2026/27 - Agenda Item 7\n\n      The Finance Business Partner presented the report.\n\n      Somerset Waste Board RESOLVED to:\n\n        1. Note the forecast outturn position for 2025/26 at month 7.${foot(2)}32    Simpler Recycling - Agenda Item 8\n\n      Noted.${foot(3)}`, opts());
    expect([p.meeting.date, p.meeting.time]).toEqual(["2025-12-12", "10:00"]);
    expect(p.items.map((i) => i.number)).toEqual(["30", "31", "32"]);
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["30", "request"]]);
  });

  it("dates another committee's work plan 'for its March 2026 meeting' and 'the Audit and Risk Committee's February 2026 meeting' by the month, and reads 'ACTION  20251127-BRD-001  …' (the Scottish Police Authority, Belfast Harbour)", () => {
    const p = extractMinutes("Minutes of the Authority Meeting held on Thursday 27 November 2025 at 10:00\n\n7.2     RESOURCES COMMITTEE\n\n      The Board AGREED that a deep-dive on police estate condition and the estate masterplan\n      be added to the Resources Committee work plan for its March 2026 meeting.\n\n      It was AGREED that a deep-dive review of cyber resilience be added to the agenda for the\n      Audit and Risk Committee's February 2026 meeting.\n\n      ACTION  20251127-BRD-001  Police Scotland to provide an updated implementation timeline\n                                for the Digital Evidence Sharing Capability to the Board\n                                Secretary by 30 January 2026.\n", opts(["2025-11-27", "2026-02-26", "2026-03-26"]));
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["7.2", "2026-03"], ["7.2", "2026-02"], ["7.2", "2026-01-30"]]);
  });

  it("keeps the minute's words for what a closing summary of actions lists tersely, and reads initials from an attendance table (Belfast Harbour, the Mortlake Crematorium Board)", () => {
    const p = extractMinutes("Minutes of the Board meeting held on Thursday 27 November 2025 at 9.30 am\n\nIn attendance:      Mr Aidan Rooney                  Director of Finance (AR)\n                    Deborah Penhaligon               Superintendent and Registrar\n\n25/146    FINANCE REPORT\n\n          The Director of Finance was asked to circulate a revised full-year forecast to Commissioners by 19th December 2025.\n\n25/147    CHAPEL LIGHTING\n\n          The lighting in the East Chapel was reported faulty.\n                                                              ACTION: DP to arrange repairs to the chapel lighting.\n\n          SUMMARY OF ACTIONS ARISING (for information – see Minute references)\n\n          Minute      Action                                                   Owner   Status\n          25/146      Revised full-year forecast                               AR      Open\n", opts());
    expect(p.actions.map((a) => [a.item, a.text.slice(0, 40), a.owner])).toEqual([["25/146", "The Director of Finance was asked to cir", "Aidan Rooney"], ["25/147", "DP to arrange repairs to the chapel ligh", "Deborah Penhaligon"]]);
    expect(findAbbreviations("          Mrs Helen Wylie                  Secretary to the Board (HW)\n").get("HW")).toBe("Helen Wylie");
  });

  it("passes over the press and public 'temporarily excluded' and an item taken in private (Thame, the Welsh Local Government Association)", () => {
    const p = extractMinutes("Minutes of the meeting held on Tuesday 13 January 2026 at 6.30pm\n\n17       EXCLUSION OF THE PRESS AND PUBLIC\n\n           RESOLVED that in view of the confidential nature of the business about\n           to be transacted, it is advisable in the public interest that the\n           press and public be temporarily excluded and they are instructed to\n           withdraw, in accordance with the Public Bodies (Admission to Meetings)\n           Act 1960, section 1(2).\n\n18.     PRIVATE BUSINESS\n\n        The Board agreed to consider the following item in private on the grounds that it\n        contained information relating to individual employees of the Association.\n", opts());
    expect(p.actions).toEqual([]);
  });
});

describe("ninety-first round: minute numbers by month and year, a decision run on under its label, titles wrapped after a colon with initials, 'RESOLVED THAT:'", () => {
  it("reads '48/12/25', '49/12/25' as minute numbers, not dates, in order by the minute (Transport for London)", () => {
    const p = extractMinutes("Minutes of the Audit and Assurance Committee\n\n10.00am, Wednesday 10 December 2025\n\nExecutive Committee\nSimon Ashworth                  Chief Finance Officer\n\n48/12/25     Apologies for Absence and Quorum\n\n             An apology for absence had been received.\n\n49/12/25     Declarations of Interests\n\n             None.\n\n59/12/25     Committee Effectiveness Review\n\n             The Committee approved the effectiveness review and agreed to recommend that the\n             Board approve the revised Terms of Reference for the Committee at its meeting on 4 February 2026.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["48/12/25", "49/12/25", "59/12/25"]);
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([["59/12/25", "recommendation", "Board", "2026-02-04"]]);
  });

  it("keeps a decision that runs on under 'Decision' whole, and reads who its second limb names (the Shetland Integration Joint Board)", () => {
    const p = extractMinutes("Minutes of the Integration Joint Board held on Wednesday 26 November 2025 at 2pm\n\n54/25    Performance Report\n\n          Decision\n          The Board NOTED the performance report for Quarter 2 2025/26, and REQUESTED that a\n          separate report on delayed discharge and care centre capacity be brought to the\n          March 2026 meeting.\n\n55/25    Chief Social Work Officer Annual Report\n\n          Decision\n          The Board NOTED the Chief Social Work Officer Annual Report 2024/25, and AGREED that\n          the Chair write on behalf of the Board to the social work teams to thank them for\n          their work during the year.\n", opts(["2025-11-26", "2026-01-28", "2026-03-25"]));
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["54/25", null, "2026-03-25"], ["55/25", "Chair", null]]);
  });

  it("reads a title wrapped after a colon with initials in brackets, 'RESOLVED THAT: the … transfer', 'the agenda of the next meeting' and a recommendation to an association (Cardiff and Vale, Penrith, Black Sluice)", () => {
    const p = extractMinutes("Minutes of the Regional Partnership Board held on Thursday 11 December 2025 at 10.00am\n\n RPB 25/12/008  AREA PLAN 2023–2028: ANNUAL REFRESH\n\n                The Board noted the refresh.\n\n RPB 25/12/009  INTEGRATION AND REBALANCING CAPITAL FUND (IRCF) AND HOUSING WITH CARE FUND:\n                CAPITAL PROGRAMME UPDATE\n\n                Investment – the RFO reported that the balance exceeded the limit. RESOLVED THAT: the Responsible\n                Financial Officer transfer £60,000 to the CCLA Public Sector Deposit Fund.\n\n RPB 25/12/010  FUTURE AGENDAS\n\n                Councillor Graham asked that parking at school opening and closing times be placed on the agenda of the next meeting. This was agreed.\n", opts(["2025-12-11", "2026-03-19"]));
    expect(p.items.map((i) => i.number)).toEqual(["RPB 25/12/008", "RPB 25/12/009", "RPB 25/12/010"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["RPB 25/12/009", "Responsible Financial Officer", null], ["RPB 25/12/010", null, "2026-03-19"]]);
    expect(recommendedOwner("That the Board recommends to the Association of Drainage Authorities that it continues to press Defra for a permanent funding settlement.")).toBe("Association of Drainage Authorities");
  });
});

describe("ninety-second round: a page number over the first page's heading, decisions by a body named in capitals, initials with a comma before the role", () => {
  it("keeps '22 JANUARY 2026' under the body's name when a page number stands first on every page, the first one's too (the Greater Lincolnshire Combined County Authority)", () => {
    const top = (n: number) => `                                                                                            ${n}\nGREATER LINCOLNSHIRE COMBINED COUNTY AUTHORITY\nOVERVIEW AND SCRUTINY COMMITTEE\n22 JANUARY 2026\n\n`;
    const p = extractMinutes(`                                                                                Agenda Item 3\n${top(1)}PRESENT:   COUNCILLOR P R ASHWORTH (CHAIRMAN)\n\n31.   APOLOGIES\n\n      Apologies were received.\n\f${top(2)}32.   MINUTES\n\n      The minutes were approved.\n\f${top(3)}33.   BUS SERVICES\n\n      The Committee requested that a report on rural bus services be brought to the next meeting.\n`, opts(["2026-01-22", "2026-03-19"]));
    expect(p.meeting.date).toBe("2026-01-22");
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["33", "2026-03-19"]]);
  });

  it("reads 'The SCOTTISH BORDERS HEALTH & SOCIAL CARE INTEGRATION JOINT BOARD requested that …', another committee's meeting 'for consideration by the … Committee at its February 2026 meeting', and 'for the reasons contained in …, Cabinet be recommended' (Scottish Borders, Libraries NI, Caerphilly)", () => {
    expect(classifySentence("The SCOTTISH BORDERS HEALTH & SOCIAL CARE INTEGRATION JOINT BOARD requested that a fully costed financial recovery plan be presented to the Board at its meeting on 17 December 2025.")).not.toBeNull();
    expect(due("A response to be drafted for consideration by the Audit and Risk Assurance Committee at its February 2026 meeting.", { meetingDate: "2025-12-04", knownMeetings: [{ date: "2026-02-05", time: null }] })).toBe("2026-02");
    const p = extractMinutes("Minutes of the meeting held on Tuesday 3 February 2026 at 10.00 am\n\n10.   HOUSEHOLD WASTE RECYCLING CENTRES\n\n      RESOLVED that: -\n\n      (i)   for the reasons contained in the Officer's report, Cabinet be\n            recommended to retain the booking system at all six Household Waste\n            Recycling Centres on a permanent basis;\n", opts());
    expect(p.actions.map((a) => [a.kind, a.owner])).toEqual([["recommendation", "Cabinet"]]);
  });

  it("reads initials after a role set off by a comma, and those of attendees listed after a label or beside another (Libraries NI, Scottish Borders)", () => {
    const a = findAbbreviations("IN ATTENDANCE:         Mr Martin Devenney, Chief Executive (MD)\n                       Mrs Una McGurk, Director of Library Services (UMcG)\n");
    expect([a.get("MD"), a.get("UMcG")]).toEqual(["Martin Devenney", "Una McGurk"]);
    const b = findAbbreviations("Present:        Mr Callum Ritchie, Chief Officer          Mrs Fiona Learmonth, Chief Financial Officer\nIn Attendance:  Miss Lorna Veitch, Board Secretary\n\n6.1   The report was noted.                                        ACTION: FL\n6.2   The tracker be revised.                                        ACTION: LV\n");
    expect([b.get("FL"), b.get("LV")]).toEqual(["Fiona Learmonth", "Lorna Veitch"]);
  });
});

describe("a drainage board's four-figure minute numbers", () => {
  it("reads '1535) WORKS COMMITTEE - Agenda Item 5' over its paragraph, with no blank lines, as item 1535 (the Black Sluice board, as the heading-style check rewrites it), but not '2025)'", () => {
    const p = extractMinutes("Minutes of the meeting of the Board held on Wednesday 11 February 2026 at 10.30am\n1534) MATTERS ARISING - Agenda Item 4\n         Noted.\n1535) WORKS COMMITTEE - Agenda Item 5\n         The minutes of the Works Committee were received.\n         It was agreed that the Operations Manager would obtain three quotations for the replacement pumps.\n1536) FINANCE AND AUDIT COMMITTEE - Agenda Item 6\n         It was agreed that the Finance Manager would circulate an updated financial plan to all members.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["1534", "1535", "1536"]);
    expect(p.actions.map((a) => a.item)).toEqual(["1535", "1536"]);
    expect(splitMarker("2025) was a good year").marker).toBeNull();
  });
});

describe("whom a resolution's points go to when its stem ends on a body", () => {
  // Who a point with no owner of its own goes to, under a stem alone.
  const ro = (stem: string) => resolutionOwner("publish a schedule of the assumptions", stem, "recommendation", { due: { meetingDate: "2026-01-12", nextMeeting: null, knownMeetings: [] }, abbreviations: new Map() });

  it("gives 'RECOMMENDS that Cabinet:-' and 'RECOMMENDED – That the Cabinet:' points to Cabinet, but not 'RESOLVED THAT the Fire Authority:' in the Fire Authority's own minutes (Gloucester, the North East Combined Authority)", () => {
    const cabinet = extractMinutes("Minutes of the meeting held on Monday 19 January 2026 at 6.30 pm\n\n42.   LOCAL GOVERNMENT REORGANISATION\n\n      RESOLVED – That the Overview and Scrutiny Committee RECOMMENDS that Cabinet:-\n\n      (1)   ensures that the final proposal sets out clear arrangements for neighbourhood governance; and\n      (2)   publishes a summary of the consultation responses received from residents.\n", opts());
    expect(cabinet.actions.map((a) => a.owner)).toEqual(["Cabinet", "Cabinet"]);
    const that = extractMinutes("Minutes of the meeting held on Tuesday 18 November 2025 at 2.00 pm\n\n40.   YOUTH GUARANTEE\n\n      RECOMMENDED – That the Cabinet:\n\n      (i)   establishes a single regional youth guarantee offer, co-ordinated with the constituent authorities; and\n      (ii)  ensures that NEET outcomes are reported as a headline measure.\n", opts());
    expect(that.actions.map((a) => a.owner)).toEqual(["Cabinet", "Cabinet"]);
    const own = extractMinutes("DEVON AND SOMERSET FIRE AUTHORITY\n\nMinutes of the meeting held on Monday 19 January 2026 at 10.00 am\n\n13.   WORK PROGRAMME\n\n      RESOLVED THAT the Fire Authority:\n\n      (a)   add a report on lithium-ion battery fires to the work programme for April 2026.\n", opts());
    expect(own.actions.map((a) => a.owner)).toEqual([null]);
  });

  it("reads 'Resolved that: Cabinet be recommended, when considering …, to:' and '… at its meeting on 11 February, 2026, to:' as Cabinet's (St Helens, Wealden)", () => {
    expect(ro("Resolved that: Cabinet be recommended, when considering the Household Waste Collection Policy on 11 February 2026, to:")).toBe("Cabinet");
    expect(ro("RESOLVED that: Cabinet be RECOMMENDED, at its meeting on 11 February, 2026, to:")).toBe("Cabinet");
  });

  it("reads the body recommended to past an aside: 'to the Commissioner, in advance of …, that:-', ', for a response at …', ', ahead of …' (not a name's comma), and 'that the Commissioner, in presenting … on 2 February 2026:' (Cleveland, Derbyshire, Surrey)", () => {
    expect(ro("RECOMMENDED to the Commissioner, in advance of the Panel's consideration of the proposed precept at its meeting on 3 February 2026, that:-")).toBe("Commissioner");
    expect(ro("RESOLVED to: recommend to the Commissioner, for a response at the Panel's meeting on 21 January 2026, that:")).toBe("Commissioner");
    expect(ro("The Panel RECOMMENDED to the Police and Crime Commissioner, ahead of the precept meeting on 4 February 2026, that:")).toBe("Police and Crime Commissioner");
    // A comma before a capital is part of a name, not an aside: never "Finance" alone.
    expect(ro("RESOLVED to RECOMMEND to the Finance, Policy and Resources Committee that:")).not.toBe("Finance");
    expect(ro("RESOLVED: The Panel noted the report and RECOMMENDED that the Commissioner, in presenting her proposed precept for 2026/27 to the Panel on 2 February 2026:")).toBe("Commissioner");
  });
});

describe("ninety-third round: another body's meeting 'at its meeting in March', findings presented after the work, a role at one place of several, another member's question", () => {
  const known = (dates: string[]) => ({ meetingDate: "2025-12-05", nextMeeting: null, knownMeetings: dates.map((date) => ({ date, time: null })), ownName: new Set(["falkirk", "integration", "joint", "board"]) });

  it("keeps another body's meeting to its month: 'to the Audit, Risk and Assurance Committee at its meeting in March 2026', 'recommend to the … Joint Committee that it approves … at its meeting in March 2026' (Falkirk IJB, Ambition North Wales)", () => {
    expect(due("instructed the Chief Officer to submit the draft risk appetite statement to the Audit, Risk and Assurance Committee at its meeting in March 2026.", known(["2026-02-06", "2026-03-27"]))).toBe("2026-03");
    expect(due("To recommend to the North Wales Corporate Joint Committee that it approves the draft Transfer Agreement at its meeting in March 2026.", known(["2026-01-23", "2026-03-20"]))).toBe("2026-03");
    // This body's own committee, named as such, still meets on the known date.
    expect(due("a report be brought to the Board at its meeting in March 2026.", known(["2026-02-06", "2026-03-27"]))).toBe("2026-03-27");
  });

  it("dates 'would undertake the audit in February 2026 and would present his findings to the Committee at its June 2026 meeting' by the findings, and reads 'The Harbour Master, Weymouth agreed to …' as that harbour's (Dorset's Harbours Committee)", () => {
    const p = extractMinutes("Minutes of the meeting held on Thursday 11 December 2025 at 10.00 am\n\n38.   SAFETY\n\n      The Designated Person advised that he would undertake the annual audit of all three harbours in February 2026 and would present his findings to the Committee at its June 2026 meeting. The Harbour Master, Weymouth agreed to circulate the harbour's paddlesport safety guidance to members.\n", opts(["2025-12-11", "2026-03-19", "2026-06-25"]));
    expect(p.actions.map((a) => [a.owner, a.due])).toEqual([["Designated Person", "2026-06-25"], ["Harbour Master, Weymouth", null]]);
  });

  it("does not take an answer to another member's question ('In response to a question from Cllr Noble …, the Deputy Town Clerk agreed to …') as the answer to the ask before it (Whitby)", () => {
    const p = extractMinutes("Minutes of the meeting held on Tuesday 20 January 2026 at 7.00pm\n\n118/25   ITEMS FOR FUTURE AGENDAS\n\n         Cllr Brewster requested that the provision of a public access defibrillator at Whitby Bus Station be added to the agenda for the February meeting. This was AGREED. In response to a question from Cllr Noble about the website accessibility audit, the Deputy Town Clerk agreed to provide an update on the accessibility audit at the March meeting.\n", opts(["2026-01-20", "2026-02-17", "2026-03-17"]));
    expect(p.actions.map((a) => [a.owner, a.due])).toEqual([[null, "2026-02-17"], ["Deputy Town Clerk", "2026-03-17"]]);
  });
});

describe("ninety-fourth round: another committee's next meeting, an officer's task after a briefing, passive owners, members who are to act, a table of figures", () => {
  const own = (words: string, dates: string[], meetingDate = "2025-12-12") => ({ meetingDate, nextMeeting: null, knownMeetings: dates.map((date) => ({ date, time: null })), ownName: new Set(words.split(" ")) });

  it("dates 'to the next meeting of the Joint Committee in January 2026' by that meeting, leaves 'the next meeting of the Finance and Governance Committee' undated, and reads a closing date but not an event's day (Coychurch, Ripon, Strathclyde, South Yorkshire)", () => {
    expect(due("The Bereavement Services Manager would bring a report on options for a direct cremation fee to the next meeting of the Joint Committee in January 2026.", own("coychurch crematorium joint committee", ["2025-12-12", "2026-01-30", "2026-03-13"]))).toBe("2026-01-30");
    expect(due("The request be placed on the agenda of the next meeting of the Finance and Governance Committee.", own("ripon city council", ["2026-01-19", "2026-02-16"], "2026-01-19"))).toBeNull();
    // This body's own next meeting still is.
    expect(due("The request be placed on the agenda of the next meeting of the Council.", own("ripon city council", ["2026-01-19", "2026-02-16"], "2026-01-19"))).toBe("2026-02-16");
    expect(due("authorised the Secretary to respond to the Transport Scotland consultation on concessionary card data sharing, the closing date for which is 16 January 2026.", { meetingDate: "2025-12-05" })).toBe("2026-01-16");
    expect(due("Details of the Yorkshire and Humber regional Police and Crime Panels network event on 5 March 2026 would be circulated to Members by the Governance Officer.", { meetingDate: "2026-02-02" })).toBeNull();
  });

  it("keeps an officer's task after 'The Panel was informed that …', and reads 'be issued to the Mayor by the Legal Adviser' and 'would be circulated … by the Governance Officer' as theirs, but not 'would be considered by Full Council' (South Yorkshire, Aberystwyth)", () => {
    const p = extractMinutes("Minutes of the meeting held on Monday 2 February 2026 at 1.00 pm\n\n57    PANEL BUDGET\n\n      The Panel was informed that the Home Office had confirmed the grant for 2026/27 at the same level. The Legal Adviser would submit the end-of-year grant claim to the Home Office by 30 April 2026, as required by the grant conditions.\n\n      RESOLVED that:-\n\n      (i)   the forecast outturn be noted; and\n\n      (ii)  the report of the Panel on the proposed precept be issued to the Mayor by the Legal Adviser in accordance with the statutory timetable.\n\n58    LEARNING AND DEVELOPMENT\n\n      Details of the regional network event would be circulated to Members by the Governance Officer. A request to add the Bandstand lease was withdrawn, as the matter would be considered by Full Council.\n", opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["57", "Legal Adviser", "2026-04-30"], ["57", "Legal Adviser", null], ["58", "Governance Officer", null]]);
  });

  it("reads 'would set out', 'would advertise', 'was instructed to obtain' and a letter 'agreed … be sent' as undertakings, and 'authorised the Managing Director to send' as his (East London Waste, Ripon, Witham Fourth District, Falmouth)", () => {
    expect(classifySentence("The Finance Director would set out the estimated EPR payments for 2026/27 in the Revenue Estimates report to the February meeting.")).not.toBeNull();
    expect(classifySentence("The Town Clerk would advertise the role of Deputy Hornblower in February 2026.")).not.toBeNull();
    expect(findOwner("The Engineering Manager was instructed to obtain not fewer than three quotations and report the outcome to the Works Committee in May 2026.", new Map())).toBe("Engineering Manager");
    expect(findOwner("Members paid tribute to her contribution and authorised the Managing Director to send a letter of thanks to Councillor Dunmore.", new Map())).toBe("Managing Director");
    const p = extractMinutes("Minutes of the meeting held on Thursday 29 January 2026 at 10.00 am\n\n11.   ANY OTHER BUSINESS\n\n11.1  The Board recorded its appreciation of the Falmouth RNLI crews for their response to the fishing vessel fire, and agreed that a letter of thanks be sent to the station on the Board's behalf.\n", opts());
    expect(p.actions.map((a) => a.kind)).toEqual(["letter"]);
  });

  it("reads members who are to act ('any further Members wishing to serve … notify …', 'Members who had not yet returned their forms were asked to do so'), and a member's ask after initials and a dash (Merseyside, Witham Fourth District)", () => {
    expect(classifyPoint("any further Members wishing to serve on the Task and Finish Group notify the Panel Support Officer by 20 February 2026; and", "RESOLVED – That:")).toBe("action");
    expect(findOwner("Members who had not yet returned their forms were asked to do so by Friday 13 March 2026.", new Map())).toBe("Members");
    const p = extractMinutes("Minutes of the meeting held on Wednesday 11 February 2026 at 10.00 am\n\n8.    FINANCE\n\n      Members made the following comments:\n\n      D. Gosling      - asked that the Finance Manager show electricity costs for each\n                        pumping station separately in the monitoring report.\n", opts());
    expect(p.actions.map((a) => [a.kind, a.owner])).toEqual([["request", "Finance Manager"]]);
  });

  it("takes no task from a body's assurance, the public excluded, a scope presented or a table of figures, and gives 'the Council recommends to North Yorkshire Council, as local planning authority, that …' to that council (Falmouth, Coychurch, Merseyside, Witham Fourth District, Ripon)", () => {
    expect(classifyPoint("that the Board, as Duty Holder, confirms that it is satisfied that Falmouth Harbour Commissioners continues to comply with the Port Marine Safety Code.", "RESOLVED –")).toBeNull();
    expect(classifySentence("Following the application of the public interest test, it was resolved that, pursuant to the Act referred to above, it be considered in private, with the public being excluded from the meeting.")).toBeNull();
    expect(classifySentence("The Panel Support Officer presented a draft scope for a new Task and Finish Group to examine the response of the Commissioner and partners to anti-social behaviour on public transport.")).toBeNull();
    const p = extractMinutes("Minutes of the meeting held on Wednesday 11 February 2026 at 10.00 am\n\n6.    WORKS COMMITTEE\n\n      It is recommended that the following sums be allocated for 2026/2027:-\n\n      Details                               2025/26 £         2026/27 £\n      Sewer Spraying                           44,500            46,000\n      Drain Spraying                           39,000            40,500\n\n7.    PLANNING\n\n      RESOLVED –\n\n        i.   that the Council recommends to North Yorkshire Council, as local planning\n             authority, that the Conservation Area Appraisal be updated.\n", opts());
    expect(p.actions.map((a) => [a.item, a.kind, a.owner])).toEqual([["7", "recommendation", "North Yorkshire Council"]]);
  });

  it("keeps one entry for an officer who 'undertook to set out revised timescales' and the resolution that he 'provide Members with revised timescales' (Hereford and Worcester)", () => {
    const p = extractMinutes("Minutes of the meeting held on Wednesday 26 November 2025 at 10.30 am\n\n7.    HMICFRS AREAS FOR IMPROVEMENT\n\n      Members asked for greater assurance about when the two outstanding areas would be closed. The Deputy Chief Fire Officer undertook to set out revised timescales with clear milestones.\n\n      RESOLVED that:\n\n      (i)    the progress be noted; and\n\n      (ii)   the Deputy Chief Fire Officer provide Members with revised timescales and milestones for the two outstanding Areas for Improvement by the end of January 2026.\n", opts());
    expect(p.actions.map((a) => [a.owner, a.due])).toEqual([["Deputy Chief Fire Officer", "2026-01"]]);
  });
});

describe("members' judgements that ask nothing", () => {
  it("takes no task from 'Members agreed that the topic met the criteria', '… that this placed the Council at a disadvantage', '… that a ward-level picture would help them', '… that this would be a useful item', but keeps '… that the tree survey be placed on the agenda' (Broxtowe, Rochdale, Brighton, a parish council)", () => {
    for (const s of ["Members agreed that the topic met the criteria for scrutiny.", "Members agreed that this placed the Council at a disadvantage in recruiting and retaining carers.", "Members agreed that the MBacc merited more detailed scrutiny in its own right.", "Members agreed that a ward-level picture would help them to respond to residents.", "Members agreed that this would be a useful item for the Committee."]) expect(classifySentence(s)).toBeNull();
    expect(classifySentence("Cllr Dunn raised the condition of the three horse chestnuts and it was agreed that the tree survey be placed on the agenda for the March meeting (Clerk).")).not.toBeNull();
  });
});

describe("ninety-fifth round: minutes numbered through the council year '431/25/26', sub-items printed with their reference, titles closed by a full stop, 'It was AGREED the Clerk …'", () => {
  it("reads '431/25/26     Health and Safety Announcement.' as an item (Saltash)", () => {
    const p = extractMinutes("MINUTES OF THE MEETING OF SALTASH TOWN COUNCIL HELD ON THURSDAY 15 JANUARY 2026 AT 7.00 PM\n\n431/25/26     Health and Safety Announcement.\n\n              The Mayor informed those present of the fire exits.\n\n432/25/26     To receive apologies.\n\n              Apologies were received.\n\n433/25/26     Public Question Time.\n\n              The Town Clerk would circulate the inspector's report on the play area to all members.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["431/25/26", "432/25/26", "433/25/26"]);
    expect(p.actions.map((a) => a.item)).toEqual(["433/25/26"]);
  });

  it("reads '179/25(a)  Planning and Highways Committee – …' under '179/25  REPORTS OF COMMITTEES' as a sub-item, even with its paragraph on the next line (Wells, Dover Harbour Board)", () => {
    const p = extractMinutes("Minutes of the meeting held on Monday 26th January 2026 at 7.00pm\n\n178/25           COMMUNITY GRANTS\n\n                 The grants were approved.\n\n179/25           REPORTS OF COMMITTEES\n\n179/25(a)        Planning and Highways Committee – 5th January 2026\n                 The minutes were received. The Town Clerk would write to Somerset Council about the bus shelter.\n\n179/25(b)        Finance Committee – 12th January 2026\n                 The minutes were received. The Town Clerk would circulate the audit plan to all members.\n\n180/25           BUS SERVICES\n\n                 Noted.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["178/25", "179/25", "179/25(a)", "179/25(b)", "180/25"]);
    expect(p.actions.map((a) => a.item)).toEqual(["179/25(a)", "179/25(b)"]);
  });

  it("sets apart '8647.  DECLARATIONS OF INTEREST. Cllr A Dodd declared …' and reads 'It was AGREED the Clerk submit …' with no 'that' (Hexham)", () => {
    const p = extractMinutes("Minutes of the meeting of the Town Council held on Monday 2 February 2026 at 7.00 pm\n\n8647.  DECLARATIONS OF INTEREST. Cllr A Dodd declared a personal interest in Minute 8655. No other declarations were made.\n\n8648.  ACCOUNTS FOR PAYMENT. The schedule of accounts was approved.\n\n8649.  PLANNING APPLICATIONS. Members considered two applications. It was AGREED the Clerk submit the Council's objections to the Local Planning Authority before 16 February 2026.\n\n8650.  STAFFING. Mr I Common left the meeting for this item. It was AGREED the Staffing Committee meet to consider the request and report to Council in March 2026.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["8647", "8648", "8649", "8650"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["8649", "Clerk", "2026-02-16"], ["8650", "Staffing Committee", "2026-03"]]);
  });

  it("keeps another committee's meeting 'back to the Services Committee for further consideration at its February meeting' to its month (Saltash)", () => {
    expect(due("Refer recommendation SC 201/25/26 back to the Services Committee for further consideration at its February meeting.", { meetingDate: "2026-01-15", knownMeetings: [{ date: "2026-02-05", time: null }], ownName: new Set(["saltash", "town", "council"]) })).toBe("2026-02");
  });

  it("reads 'was asked to revise', 'would register', 'will refer', a commissioner's 'Fiona Laurenson requested that …', and who 'paid tribute … and would write' or 'thanked … and said that she would write' (the Crofting Commission, Hexham, Saltash)", () => {
    expect(classifySentence("The Head of Compliance was asked to revise risk CR07 to reflect the new cyber resilience requirements.")).not.toBeNull();
    expect(classifySentence("The Executive was asked to re-score risk CR12 once the results of the valuation were available.")).not.toBeNull();
    expect(classifySentence("The Clerk would register the unit on The Circuit national defibrillator network.")).not.toBeNull();
    expect(classifySentence("The Clerk will refer the damaged bench at Tyne Green to Northumberland County Council.")).not.toBeNull();
    expect(classifySentence("Fiona Laurenson requested that the breakdown of duty cases by township for Shetland be shared with her.")).not.toBeNull();
    expect(findOwner("The Town Mayor paid tribute to the volunteers of Hexham Food Bank, who had distributed more than 900 food parcels, and would write on behalf of the Council to thank them.", new Map())).toBe("Town Mayor");
    expect(findOwner("The Mayor thanked all those involved and said that she would write personally to thank the volunteers of the Christmas Festival.", new Map())).toBe("Mayor");
    expect(classifySentence("Councillor Jago requested a recorded vote on the substantive motion.")).toBeNull();
  });

  it("keeps an officer's promise to circulate in an item whose actions are numbered 'Action 4: …' (the English Severn and Wye flood committee)", () => {
    const p = extractMinutes("Minutes of the meeting held on Tuesday 20 January 2026 at 10:00\n\n7.    Local Levy 2026/27\n\n7.4   RESOLVED – that the Local Levy for 2026/27 be set at £4.02m.\n\n      Action 4: Secretariat to write to each LLFA Section 151 officer confirming its levy contribution by 13 February 2026.\n\n7.5   Cllr Saddiq asked how levy contributions compared with investment. The Secretariat would circulate with the minutes a table comparing levy-funded investment in each area since 2020/21.\n", opts());
    expect(p.actions.map((a) => a.kind)).toEqual(["letter", "request"]);
  });
});

describe("after the ninety-fifth round: an ask to be kept informed, 'to urge Somerset Council to …', and owners who are to complete something", () => {
  it("takes the officer's promise after 'Members asked that they be kept informed of spending …', reads 'to urge Somerset Council to complete …' as a recommendation to that council, and 'complete' as a task's verb (Wells, Strathclyde)", () => {
    expect(classifySentence("Members asked that they be kept informed of spending against the new budget lines.")).toBeNull();
    expect(classifyPoint("to urge Somerset Council to complete a review of the Wells Conservation Area Appraisal before any site allocations are made.", "RESOLVED:")).toBe("recommendation");
    expect(findOwner("to ask Somerset Council to complete the roof repairs at the Union Street building.", new Map())).toBe("Somerset Council");
  });
});

describe("ninety-sixth round: a council's committees' meetings, lists for the next meeting of Council, active authorisations, 'It was agreed that' inside 'Agreed:-'", () => {
  const town = (words: string, dates: string[], meetingDate: string) => ({ meetingDate, nextMeeting: null, knownMeetings: dates.map((date) => ({ date, time: null })), ownName: new Set(words.split(" ")) });

  it("keeps 'the Committee's April 2026 meeting' in a town council's minutes to its month, and dates 'the Annual Meeting of Council in May 2026' by the Council's (Kendal, Ledbury)", () => {
    expect(due("Members agreed that the renewal of the contract be placed on the agenda of the Committee's April 2026 meeting.", town("kendal town council", ["2026-03-02", "2026-04-13"], "2026-02-02"))).toBe("2026-04");
    expect(due("That options for the future use of the first floor be placed on the agenda for the Annual Meeting of Council in May 2026.", town("ledbury town council", ["2026-03-19", "2026-05-14"], "2026-01-22"))).toBe("2026-05-14");
  });

  it("keeps 'the agenda of the Policy and Resources Committee for April 2026' to its month, and reads every bullet under '… on the agenda for the next meeting of Council:' but not the numbered paragraph after them (Lymington, Ledbury, Chichester Harbour)", () => {
    const wp = extractMinutes("Minutes of a meeting of LYMINGTON AND PENNINGTON TOWN COUNCIL held on Wednesday 21 January 2026 at 7.00pm\n\n96.   BUDGET\n\n      It was further AGREED that a review of the earmarked reserves policy be placed on the agenda of the Policy and Resources Committee for April 2026.\n", opts(["2026-01-21", "2026-03-18", "2026-04-22"]));
    expect(wp.actions.map((a) => [a.kind, a.due])).toEqual([["work-programme", "2026-04"]]);
    const list = extractMinutes("MINUTES OF THE MEETING OF LEDBURY TOWN COUNCIL HELD ON THURSDAY 22 JANUARY 2026 AT 7.00 PM\n\n401.     ITEMS FOR FUTURE AGENDAS\n\n         Members requested that the following items be placed on the agenda for the next\n         meeting of Council:\n\n              •   the future of Ledbury Swimming Pool and the Council's response to Halo\n                  Leisure's proposed reduction in opening hours;\n\n              •   a review of the Council's Civility and Respect Pledge.\n\n402.     DATE OF NEXT MEETING\n\n         The next meeting will be held on Thursday 19 March 2026 at 7.00 pm.\n", opts(["2026-01-22", "2026-03-19"]));
    expect(list.actions.map((a) => [a.item, a.due])).toEqual([["401", "2026-03-19"], ["401", "2026-03-19"]]);
  });

  it("reads 'Authorise the Monitoring Officer to execute …' as an action of his, and does not take an officer's promise to share information as the answer to an ask for the work programme (South Yorkshire Pensions Authority)", () => {
    expect(classifyPoint("Authorise the Monitoring Officer to execute the written shareholder resolution on behalf of the Authority.", "RESOLVED – That the Authority:")).toBe("action");
    expect(findOwner("Authorise the Monitoring Officer to execute the written shareholder resolution on behalf of the Authority.", new Map())).toBe("Monitoring Officer");
    const p = extractMinutes("Minutes of the meeting held on 11 December 2025\n\n13.   RESPONSIBLE INVESTMENT\n\n      Members requested that a session on the Fund's net zero pathway be added to the work programme for the Authority's planning day in the summer. The Head of Investment Strategy undertook to share the Fund's full voting record for the quarter with members.\n", opts());
    expect(p.actions.map((a) => [a.kind, a.owner])).toEqual([["work-programme", null], ["request", "Head of Investment Strategy"]]);
  });

  it("takes no task from 'agreed that its risk appetite statement remained appropriate', and gives 'She would bring a paper …' to whoever 'updated the Board' (Historic Environment Scotland)", () => {
    expect(classifySentence("The Board agreed that its risk appetite statement remained appropriate and noted the register.")).toBeNull();
    const p = extractMinutes("Minutes of the meeting held on Thursday 29 January 2026 at 10:00\n\n4.    CHIEF EXECUTIVE'S REPORT\n\n4.5   The Chief Executive updated the Board on the Public Service Reform Strategy. She would bring a paper setting out the proposed response to the Board's meeting in March.\n", opts(["2026-01-29", "2026-03-26"]));
    expect(p.actions.map((a) => [a.owner, a.due])).toEqual([["Chief Executive", "2026-03-26"]]);
  });

  it("reads 'Agreed:- It was agreed that the Clerk press …' and 'Agreed:- the Clerk to reply to …' as the Clerk's, and keeps 'A written response will be sent to Mr Hall …' (Morpeth)", () => {
    const p = extractMinutes("Minutes of the meeting held on Wednesday 21 January 2026 at 6:30 pm\n\n346/25     Matters Arising\n\n           Agreed:- It was agreed that the Clerk press the Public Transport team for a firm installation date for the Mitford Road bus shelter.\n\n347/25     Correspondence\n\n           Email from Morpeth Rotary Club seeking consent to hold a duck race. Agreed:- the Clerk to reply to Morpeth Rotary Club confirming that the Council has no objection.\n\n348/25     Public Questions\n\n           Mr Hall asked about the culvert. A written response will be sent to Mr Hall once a reply has been received from the County Council.\n", opts());
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["346/25", "Clerk"], ["347/25", "Clerk"], ["348/25", null]]);
  });
});

describe("ninety-seventh round: a pack stamp with the meeting it goes to, owner-and-date tags, '6.0' before titled sub-items, a vote on its own line", () => {
  it("drops 'Agenda Item 3      24 February 2026' atop the first page and reads '[HC – 16 Jan 2026]' on the line below an action as its date, and '(KM)  Kirsty MacAulay' as her initials (Highlands and Islands Airports)", () => {
    const p = extractMinutes("Agenda Item 3                                                                           24 February 2026\n\n          MINUTES OF THE HIAL BOARD HELD AT INVERNESS AIRPORT ON TUESDAY 9th DECEMBER 2025 AT 09:30\n\nBoard Attendees:\n      (KM)       Kirsty MacAulay                 Chief Executive\n      (HC)       Heather Cowie                   Board Secretary (Minutes)\n\n1.        WELCOME\n\n1.1       The Chair welcomed members.\n\n2.        GOVERNANCE\n\n2.1       KM undertook to revise the draft Corporate Plan to reflect the Board's comments.\n\n          Action: HC to circulate the Board effectiveness questionnaire to all Board members.\n                                                                                 [HC – 16 Jan 2026]\n", opts());
    expect(p.meeting.date).toBe("2025-12-09");
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["2", "Kirsty MacAulay", null], ["2", "Heather Cowie", "2026-01-16"]]);
  });

  it("reads titled sub-items '6.1 Port Operations and Trade' after an opening '6.0 DJ presented his report …', in minutes whose paragraphs are numbered, and 'Capt. David Jago – … (DJ)' (Fowey Harbour)", () => {
    const p = extractMinutes("Minutes of the Board meeting held on Thursday 22nd January 2026 at 1000\n\nIn attendance:  Capt. David Jago – Harbour Master & Chief Executive           (DJ)\n\n5       MINUTES\n\n5.1     The minutes were approved.\n\n6       HARBOUR MASTER'S REPORT\n\n6.0     DJ presented his report, which had been circulated in advance.\n\n6.1     Port Operations and Trade\n\n        Cargo throughput was 512,400 tonnes. DJ undertook to meet the customer's logistics manager before the end of February 2026.\n\n6.2     Marine Services and Moorings\n\n        Visitor berthing income was up.\n\n7       FINANCE\n\n7.1     The accounts were noted.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["5", "6", "6.1", "6.2", "7"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["6.1", "David Jago"]]);
  });

  it("keeps another committee's meeting 'The Board recommended that the Audit & Risk Committee review … at its March meeting' to its month (Fowey Harbour)", () => {
    expect(due("The Board recommended that the Audit & Risk Committee review the reserves policy at its March meeting.", { meetingDate: "2026-01-22", knownMeetings: [{ date: "2026-03-26", time: null }], ownName: new Set(["fowey", "harbour", "commissioners"]) })).toBe("2026-03");
  });

  it("ends a sentence at a vote on its own line, 'For: 9    Against: 0    Abstain: 0', so that the promise on the next line is read (Shaftesbury)", () => {
    const p = extractMinutes("Minutes of the Full Council meeting held on Tuesday 25 November 2025 at 7.00pm\n\n12.       SNOWDROPS FESTIVAL 2026\n          Officer report 1125FC12 was received and it was RESOLVED to award a grant of £1,500 to the festival.\n          For: 9    Against: 0    Abstain: 0\n          The Events and Communications Officer will circulate the volunteer rota for the festival weekend\n          to all councillors by Friday 9 January 2026.\n", opts());
    expect(p.actions.map((a) => [a.owner, a.due])).toEqual([["Events and Communications Officer", "2026-01-09"]]);
  });
});

describe("ninety-eighth round: quoted motions' limbs, titles in sentence case that stop short, 'The JAC:', asides before the verb, another body called 'the Market Board'", () => {
  it("reads the limbs of a quoted motion once carried: 'This Council:' with 'The substantive motion was then put to the vote and was carried', and '… is concerned at … and resolves that:' (Bridport, Faversham)", () => {
    const bridport = extractMinutes("Minutes of the MEETING of the TOWN COUNCIL held on Tuesday 25 November 2025 at 7.00pm\n\n66.    NOTICE OF MOTION – BUS SERVICES\n\n       The following motion had been submitted by Cllr J.P. Crocker:\n\n       \"This Council:\n       (1)  is concerned at the proposed withdrawal of the Sunday service on route 6;\n       (2)  asks the Town Clerk to write to First Wessex setting out the impact on residents; and\n       (3)  asks that bus services be placed on the agenda of the Environment Committee in February 2026.\"\n\n       The substantive motion was then put to the vote and was carried.\n\n       RESOLVED:   that the motion be approved as set out above.\n", opts());
    expect(bridport.actions.map((a) => [a.kind, a.due])).toEqual([["letter", null], ["work-programme", "2026-02"]]);
    const faversham = extractMinutes("Minutes of the Town Council meeting held on Monday 12th January 2026 at 7.00pm\n\n13.     MOTIONS\n\n        Cllr Clifford moved the following motion, seconded by Cllr Kemp:\n\n            \"This Council is concerned at the number of storm overflow discharges into\n            Faversham Creek and resolves that:\n              (1)  the Mayor write to the Chief Executive of Southern Water requesting the discharge data; and\n              (2)  the Clerk invite a representative of Southern Water to attend the Environment Committee.\"\n        On being put to the vote the motion was CARRIED (For 15, Against 0, Abstentions 0).\n", opts());
    expect(faversham.actions.map((a) => a.owner)).toEqual(["Mayor", "Clerk"]);
  });

  it("takes a numbered title in sentence case that stops where the next word would have fitted, its paragraph hanging under it, and reads 'The JAC:' over its decisions (the Norfolk Coast Partnership)", () => {
    const line = "The Partnership Manager reported on the delivery plan and on the targets the National Landscape is to meet.";
    const p = extractMinutes(`Minutes of the Joint Advisory Committee held on Wednesday 26 November 2025 at 10.00am\n\n  7.    Partnership projects update\n        ${line}\n\n  7.1   Farming in Protected Landscapes (FiPL)\n        ${line}\n\n  7.2   Nature recovery and the Protected Landscapes Targets and Outcomes Framework\n        SL, in post since September, gave a presentation on the nature recovery work and on the\n        targets the National Landscape is expected to contribute to, including the target for\n        SSSI condition.\n\n        The JAC:\n          (a) approved the delivery plan for consultation;\n          (b) asked the Communications and Engagement Officer to arrange drop-in events during the consultation;\n          (c) recommended to the constituent local authorities that each arrange a member briefing.\n\n  8.    Dark skies\n        ${line}\n`, opts());
    expect(p.items.map((i) => i.number)).toEqual(["7", "7.1", "7.2", "8"]);
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["7.2", "action"], ["7.2", "recommendation"]]);
  });

  it("reads 'The Board, as Duty Holder, RESOLVED:', asides ', on behalf of the Board,' and ', working with …,' before the verb, and 'AGREED not to award … and INSTRUCTED the Lead Officer to …' (Yarmouth Harbour, SWestrans)", () => {
    const p = extractMinutes("Minutes of the Board meeting held on Thursday 27 November 2025 at 10.00 am\n\n61/25     PORT MARINE SAFETY CODE\n          The Board, as Duty Holder, RESOLVED:\n\n          (a)  That the Designated Person's annual report be received.\n          (b)  That the Chairman, on behalf of the Board, sign the Port Marine Safety Code statement of compliance.\n", opts());
    expect(p.actions.map((a) => a.owner)).toEqual(["Chairman"]);
    expect(classifyPoint("AGREED that the Active Travel Officer, working with Dumfries and Galloway Council's Infrastructure and Transportation Service, identify candidate schemes for the Fund.", "The Board")).toBe("action");
    expect(classifyPoint("AGREED not to award Contract SW/LB/25/07 (Moffat - Lockerbie) and INSTRUCTED the Lead Officer to re-tender the contract with a revised specification.", "The Board")).toBe("action");
  });

  it("keeps 'the Market Board' from being a March meeting, and dates 'the Open Public Forum of the next meeting' by the next meeting (Faversham, Bridport)", () => {
    const known = [{ date: "2026-02-09", time: null }, { date: "2026-03-09", time: null }];
    expect(due("Cllr Patel to report back on the outcome of the Market Board's review of tolls at the next meeting.", { meetingDate: "2026-01-12", knownMeetings: known })).toBe("2026-02-09");
    expect(due("Cllr Ingram undertook to invite the Chair of Bridport Food Matters to speak at the Open Public Forum of the next meeting.", { meetingDate: "2026-01-12", knownMeetings: known })).toBe("2026-02-09");
  });

  it("takes no recommendation from a committee minute's heading under '… the recommendations therein be adopted as set out below:', and no paragraph number from 'from' over '22.5 to 30 hours' (Bridport, Kendal)", () => {
    expect(classifyPoint("(Minute 37) INTERNAL AUDIT – INTERIM REPORT 2025/26", "RESOLVED: that the minutes be received and the recommendations therein be adopted as set out below:")).toBeNull();
    expect(classifyPoint("Staffing Establishment Review (Minute 764/25/26) The recommendation to increase the hours of the Civic and Events Assistant was approved.", "RESOLVED that the recommendations contained therein be adopted, with the following matters noted:")).toBeNull();
    const p = extractMinutes("Minutes of the Council meeting held on Monday 2 February 2026 at 7.00 pm\n\n808/25/26     COMMITTEE MINUTES\n\n              The recommendation to increase the hours of the Civic and Events Assistant from\n              22.5 to 30 hours per week was approved.\n\n809/25/26     GRANTS\n\n              The Town Clerk would write to each applicant.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["808/25/26", "809/25/26"]);
  });

  it("takes no task from a motion its mover withdrew or from 'agreed that … it need not be reported', and reads 'agreed to give a briefing', 'offered to publicise' and 'agreed that this be placed on the agenda' (Cornwall's pension fund, the Norfolk Coast Partnership, Yarmouth Harbour)", () => {
    const p = extractMinutes("Minutes of the Pension Fund Committee held on Friday 12 December 2025 at 10.00 am\n\n40      POOLING\n\n        Councillor Polglase moved that consideration of the report be deferred to the March meeting pending receipt of the final legal agreements. Having heard the advice of the Chief Finance Officer, Councillor Polglase withdrew his motion.\n\n        The Committee agreed that the breach was not of material significance and that it need not be reported to the Pensions Regulator.\n", opts(["2026-03-13"]));
    expect(p.actions).toEqual([]);
    expect(classifySentence("NF agreed to give a briefing on the implications of the Planning and Infrastructure Bill at the next meeting.")).not.toBeNull();
    expect(classifySentence("Anne Frere offered to publicise the Management Plan consultation through the NALC parish clerks' bulletin.")).not.toBeNull();
    expect(classifySentence("It was agreed that this be placed on the agenda for the January meeting.")?.kind).toBe("work-programme");
  });
});

describe("ninety-ninth round: titles in a left column under their numbers, sentence-case titles closed by a colon, 'C.089(a)', decisions made there and then", () => {
  it("reads the number at the margin with the title in the column below it, and '11/25/01' as no date (Padstow Harbour Commissioners)", () => {
    const body = (a: string, b: string, c: string) => `${a.padEnd(23)}${b}\n`;
    const text = "                            MEETING OF THE HARBOUR COMMISSIONERS 11/25\n\n                             ON THURSDAY 20th NOVEMBER 2025 AT 7.00PM\n\n\n" +
      body("11/25/01", "Members discussed the condition of the lower section of the Rock slipway.", "") + body("Rock Slipway and", "The Harbour Master agreed to meet the Club committee on site before the", "") + body("Moorings", "end of December.", "") + "\n\n" +
      body("11/25/02", "TB declared an interest in the Invoices and Payments item as a supplier", "") + body("Declarations of", "to the harbour.", "") + "Interest\n\n\n" +
      body("11/25/03", "Invoices totalling £186,412.57 had been paid. The Finance Manager undertook", "") + body("Invoices and", "to circulate a breakdown of legal and professional fees.", "") + "Payments\n";
    const p = extractMinutes(text, opts(["2025-11-20", "2025-12-18"]));
    expect(p.meeting.date).toBe("2025-11-20");
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["11/25/01", "Harbour Master"], ["11/25/03", "Finance Manager"]]);
  });

  it("sets apart titles in sentence case closed by a colon with the paragraph run on, three or more in order, but not the Welsh and English declarations naming items 7 and 12 (Deal, Aberystwyth)", () => {
    const p = extractMinutes("The minutes of the full Council meeting held on Tuesday 27 January 2026 starting at 7.15pm.\n\n2.    Apologies for absence: Cllr M Dunstan (work commitments).\n\n3.    Declarations of interest: Cllr Kemp declared an interest in item 16.\n\n4.    Matters arising and action log: The Town Clerk presented the action log. Following discussion it was agreed that the Town Clerk chase KCC Highways for a written response on the London Road crossing assessment.\n\n5.    Reports from councillors: Cllr Carver agreed to circulate the consultation documents to all members once published.\n", opts());
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["2", "Apologies for absence"], ["3", "Declarations of interest"], ["4", "Matters arising and action log"], ["5", "Reports from councillors"]]);
    expect(p.actions.map((a) => a.item)).toEqual(["4", "5"]);
  });

  it("reads 'C.089(a)   Help Point – Saturday opening trial' as a sub-item of its own (Burgess Hill)", () => {
    const p = extractMinutes("Minutes of the Full Council held on Tuesday 25 November 2025 at 7.30pm\n\nC.088      APOLOGIES\n\n           Apologies were received.\n\nC.089      TOWN CLERK'S REPORT\n\nC.089(a)   Help Point – Saturday opening trial\n\n           RESOLVED – That the Town Clerk report on footfall and staffing costs to the Council meeting in March.\n\nC.089(b)   Staffing update\n\n           The Town Clerk reported that the new Events Officer had started.\n\nC.090      FINANCE\n\n           The accounts were noted.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["C.088", "C.089", "C.089(a)", "C.089(b)", "C.090"]);
    expect(p.actions.map((a) => a.item)).toEqual(["C.089(a)"]);
  });

  it("takes no task from 'RESOLVED: To award £1,500.' mid-paragraph or from '… CARRIED that the payments be approved', and keeps another committee's January meeting to its month (Deal, Padstow, Wallingford)", () => {
    expect(classifySentence("RESOLVED: To award £1,500. (P) HB (S) LS Agreed.")).toBeNull();
    expect(classifySentence("It was proposed by PT, seconded by LT and CARRIED that the payments be approved.")).toBeNull();
    expect(due("Cllr Hollis asked that a review of allotment rents be placed on the agenda of the January meeting of the Parks, Gardens, Allotments and Open Spaces Committee.", { meetingDate: "2025-11-24", knownMeetings: [{ date: "2026-01-26", time: null }], ownName: new Set(["wallingford", "town", "council"]) })).toBe("2026-01");
  });
});

describe("hundredth round: references shaped as dates, 'Action / Date' columns, roles in lower case, lists dated by the meeting they are for", () => {
  it("reads '01.01.26    MAYOR'S OPENING COMMENTS' … as item numbers when they rise with one month and year (Sandwich)", () => {
    const p = extractMinutes("Minutes of the Full Council meeting held on Monday 26 January 2026 at 7:00pm\n\n01.01.26    MAYOR'S OPENING COMMENTS\n\n            The Mayor asked the Town Clerk to write to the Christmas Lights volunteers to thank them.\n\n02.01.26    APOLOGIES\n\n            Apologies were received from Cllr Moyle.\n\n03.01.26    POLICE REPORT\n\n            The Town Clerk was asked to request a breakdown of crime figures from Kent Police.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["01.01.26", "02.01.26", "03.01.26"]);
    expect(p.actions.map((a) => a.item)).toEqual(["01.01.26", "03.01.26"]);
  });

  it("sets apart 'D158.   Budget and Precept 2026/27:' over its paragraph, reads '(a) Church Walk: Following representations …, RESOLVED that the Town Mayor write to …', and takes nothing from recommendations adopted or news noted (Ulverston)", () => {
    const p = extractMinutes("Minutes of the Meeting of Ulverston Town Council held at the Coronation Hall on Monday 19 January 2026 at 7.00pm.\n\n   D157.   Finance and Grants Committee:\n           RESOLVED that the minutes be received. The Finance Officer to circulate the quarter three budget monitoring statement to all members.\n\n   D158.   Budget and Precept 2026/27:\n           The Town Clerk presented the draft budget. RESOLVED that the Town Clerk submit the precept request by 30 January 2026.\n\n   D159.   Policy Committee:\n           RESOLVED that the minutes be received and the following recommendations adopted:\n\n               · The revised Standing Orders.\n               · The Civility and Respect Policy.\n\n   D160.   Highways and Parking:\n           (a) Church Walk: Following representations from residents, RESOLVED that the Town Mayor write to the Cabinet Member for Highways requesting a review of the double yellow lines.\n\n   D161.   Clerk's Report:\n           RESOLVED that the following be noted:\n\n           (a) The pay award for 2025/26 had been implemented in the December payroll.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["D157", "D158", "D159", "D160", "D161"]);
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["D157", "request"], ["D158", "request"], ["D160", "letter"]]);
  });

  it("reads an 'Action / Date' pair of columns, each point with its own owner (Bodmin)", () => {
    const row = (text: string, owner: string, date = "") => `${text.padEnd(92)}${owner.padEnd(9)}${date}`.trimEnd();
    const p = extractMinutes(["MINUTES OF THE MEETING OF BODMIN TOWN COUNCIL HELD ON THURSDAY 20 NOVEMBER 2025 AT 6.00 P.M.", "", "C/2025/265   Lift", "", row("             The TC undertook to report on the progress of the lift repairs to the", "TC", "18.12.25"), "             next meeting.", "", "C/2025/266   Budget", "", "             RESOLVED that:", row("                 ii)  the RFO prepare the final budget and a recommended precept for", "RFO", "22.01.26"), "                      the meeting on 22 January 2026; and", row("                 iii) the TC write to Cornwall Council to request early confirmation", "TC"), "                      of the tax base.", "", "C/2025/267   Parking", "", row("             RESOLVED that the DTC bring a report on replacing the two coin-only machines", "DTC", "Jan 2026"), "             to the Committee in January 2026.", ""].join("\n"), opts(["2025-12-18"]));
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["C/2025/265", "TC", "2025-12-18"], ["C/2025/266", "RFO", "2026-01-22"], ["C/2025/266", "TC", null], ["C/2025/267", "DTC", "2026-01"]]);
  });

  it("reads 'for the responsible finance officer to update …' as a task, dates a list by 'the agenda of the meeting on 12 January 2026:', and takes nothing from a committee minute's heading or a working party set up with its members named (Lyme Regis, Rye)", () => {
    expect(classifyPoint("for the responsible finance officer to update the fixed asset register by 31 January 2026;", "it was RESOLVED:")).toBe("action");
    const p = extractMinutes("MINUTES of the meeting of the Council held on Monday 8 December 2025 at 6.30pm\n\n109      DEVOLUTION\n         RESOLVED that a Devolution Working Party be established, comprising the Town Mayor and Cllrs Dawes, Ellison and Norris.\n\n110      ITEMS FOR FUTURE AGENDAS\n         It was agreed that the following be included on the agenda of the meeting on 12 January\n         2026:\n         a)   arrangements for the Annual Town Meeting 2026 (the Annual Town Meeting will be held on Wednesday 25 March 2026);\n         b)   a progress report from the Tourism Working Group.\n", opts(["2026-01-12"]));
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["110", "2026-01-12"], ["110", "2026-01-12"]]);
    expect(classifyPoint("Minute 52 (Community Grants Policy) The Committee had reviewed the Community Grants Policy and recommended a revised Policy.", "Recommendations:")).toBeNull();
  });
});

describe("hundred-and-first round: ':-' after the meeting a list is for, votes counted in words, tasks in shorthand beside an action column, recommendations accepted", () => {
  it("dates a list by '… for the next Meeting of the Committee:-' and takes no entry from its ':-', and reads 'RESOLVED (6 votes in favour, 1 abstention):-' and 'That an application be made to …' (Swanage)", () => {
    const p = extractMinutes("Minutes of the Environment Committee held on Wednesday 21st January 2026 at 10.00 a.m.\n\n44.     ROAD CLOSURE\n\n        Proposed by Councillor Frampton, seconded by Councillor Dyke, and RESOLVED\n        (6 votes in favour, 1 abstention):-\n\n              That the Town Clerk write to Dorset Council confirming the Town Council's support.\n\n45.     TENNIS COURTS\n\n        RESOLVED UNANIMOUSLY:-\n\n              (a)   That an application be made to the Lawn Tennis Association's Park Tennis Project for a contribution.\n\n50.     ITEMS FOR FUTURE AGENDAS\n\n        It was AGREED that the following items be included on the agenda for the next\n        Meeting of the Committee:-\n\n              (a)   Prince Albert Gardens skate park – condition report.\n\n              (b)   Provision of litter bins along the seafront.\n\n51.     DATE OF NEXT MEETING\n\n        The next Meeting will be held on 18th March 2026 at 10.00 a.m.\n", opts(["2026-03-18"]));
    expect(p.actions.map((a) => [a.item, a.kind, a.due])).toEqual([["44", "letter", null], ["45", "action", null], ["50", "work-programme", "2026-03-18"], ["50", "work-programme", "2026-03-18"]]);
  });

  it("reads 'A written reply to be sent to … [Action: RH]' as a task, and 'It was resolved to accept the Committee's recommendation that the Community Engagement Officer obtain …' as the officer's, but not 'to ratify the action taken … under delegated powers' or 'the press and public are excluded' (the Dart Harbour and Navigation Authority, Crediton)", () => {
    expect(classifySentence("A written reply to be sent to Mr Hannaford setting out the options for dinghy storage at Kingswear. [Action: RH]")).not.toBeNull();
    expect(classifySentence("It was resolved to accept the Committee's recommendation that the Community Engagement Officer obtain at least three quotations for replacement brackets.")?.kind).toBe("action");
    expect(classifySentence("It was resolved to ratify the action taken by the Town Clerk under delegated powers to order the emergency repair of the Christmas tree lighting.")).toBeNull();
    expect(classifySentence("It was resolved that, in view of the confidential nature of the business about to be transacted, it is advisable in the public interest that the press and public are excluded.")).toBeNull();
  });
});


describe("hundred-and-second round: four-figure minute numbers, votes '(all in favour)' and '(NC)', owners on a line of their own, sub-items' titles closed by a colon", () => {
  it("reads '5300.   Police Report' over its paragraph, 'RESOLVED (all in favour) that …' mid-paragraph, and a quoted motion's 'This Council resolves that the Mayor write …' once 'The motion as altered was put to the vote and RESOLVED' (Ilfracombe)", () => {
    const p = extractMinutes("MINUTES OF THE MEETING OF ILFRACOMBE TOWN COUNCIL HELD ON WEDNESDAY 21 JANUARY 2026 AT 7.00PM\n\n5300.   Police Report\n        PCSO Lewis agreed to circulate the updated contact details to all members.\n\n5301.   Grants Policy\n        Members discussed the policy. RESOLVED (all in favour) that the RFO bring a revised draft Grants Policy to Council at its meeting on 18 March 2026.\n\n5302.   Motion – NHS Dental Provision\n        The following motion was proposed by Cllr Mrs Tucker and seconded by Cllr Dunn:\n            \"This Council notes that there is no NHS dental practice in the town. This Council resolves that the Mayor write to NHS Devon expressing its concern.\"\n        Cllr Mrs Brayley proposed, and the mover and seconder accepted, an addition to the motion that the matter be included on the agenda of the Annual Town Meeting.\n        The motion as altered was put to the vote and RESOLVED (all in favour).\n", opts(["2026-03-18"]));
    expect(p.items.map((i) => i.number)).toEqual(["5300", "5301", "5302"]);
    expect(p.actions.map((a) => [a.item, a.kind])).toEqual([["5300", "request"], ["5301", "request"], ["5302", "letter"], ["5302", "work-programme"]]);
  });

  it("reads 'RESOLVED: (NC)' over its list, takes no owner from '(NC)', and reads '… be deferred and brought back to the next meeting' (Barnstaple)", () => {
    const p = extractMinutes("Minutes of the Town Council Meeting held on Monday 24 November 2025 at 7.00 pm\n\n97.     LOCAL GOVERNMENT REORGANISATION.\n\n        RESOLVED: (NC)\n\n        (a)     That the Town Clerk circulate the briefing note to all members.\n\n        (b)     That the application from Pilton Community Garden be deferred and brought back to the next meeting once the group's accounts have been received.\n\n98.     PAYMENTS.\n\n        RESOLVED: That the schedule of payments be approved (NC).\n", opts(["2026-01-19"]));
    expect(p.actions.map((a) => [a.owner, a.kind, a.due])).toEqual([["Town Clerk", "request", null], [null, "work-programme", "2026-01-19"]]);
  });

  it("reads 'Action: DHMS' far right on a line of its own as the paragraph's owner, and '8.1     Shepards Wharf Pontoon Replacement:' as a sub-item over its paragraph (Cowes Harbour Commission)", () => {
    const right = (s: string) => `${" ".repeat(86)}${s}`;
    const p = extractMinutes(["Minutes of the Board meeting held at the Harbour Office on Friday, 28th November 2025 at 1000hrs", "", "6.      HARBOUR SAFETY", "", "        It was agreed that DHMS would arrange a joint exercise with Red Funnel, the RNLI and HM", "        Coastguard by the end of March 2026.", right("Action: DHMS"), "", "8.      HARBOUR DEVELOPMENTS", "", "8.1     Shepards Wharf Pontoon Replacement:", "        DHMC presented the tender evaluation report. DHMC to write to all affected berth holders.", "", "8.2     Cowes Breakwater Monitoring:", "        It was agreed that DHMS commission the annual survey in January 2026.", "", "8.3     Maintenance Dredging:", "        HM to write to the MMO seeking confirmation of the timetable for determination.", ""].join("\n"), opts());
    expect(p.items.map((i) => i.number)).toEqual(["6", "8", "8.1", "8.2", "8.3"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["6", "DHMS"], ["8.1", "DHMC"], ["8.2", "DHMS"], ["8.3", "HM"]]);
  });

  it("reads 'a consultation … be carried out' and 'the Town Clerk notifies the unsuccessful tenderers', takes the RFO's task over a closing 'The report was noted.', and no task from Standing Orders suspended (Blandford, Watchet, Minehead)", () => {
    expect(classifyPoint("a consultation with the young users of the skate park be carried out in partnership with Treads.", "RESOLVED that:")).toBe("action");
    expect(classifyPoint("the Town Clerk notifies the unsuccessful tenderers once the standstill period has been agreed; and", "RESOLVED that:")).toBe("action");
    expect(classifySentence("The Mayor suspended Standing Orders at 6.32pm to allow members of the public to address the Council.")).toBeNull();
    const p = extractMinutes(`Minutes of the Town Council held on Monday 12 January 2026 at 7.00pm\n\n25/158    Finance\n          The RFO reported on the accounts. ${"Members asked about the legal fees and the lease of the Memorial Ground, and the RFO explained them. ".repeat(4)}The RFO agreed to circulate a breakdown of legal and professional fees to all members by the end of January. The report was noted.\n${" ".repeat(97)}ACTION: RFO\n`, opts());
    expect(p.actions.map((a) => [a.owner, a.due])).toEqual([["RFO", "2026-01"]]);
  });
});


describe("hundred-and-third round: an earlier minute reported on in matters arising, 'FC3. 01/26' and 'C26/01#4' references, '9a)' sub-items, 'Council RESOLVED:'", () => {
  it("takes no heading from 'Minute 8522 – The Town Hall fire risk assessment had been completed …' under matters arising, so that '8532     Public Participation' … are the items (Chipping Norton)", () => {
    const p = extractMinutes("At the Council Meeting held, pursuant to notice on Monday 17th November 2025 at 7.15 pm in the Council Chamber\n\n         Matters arising\n         Minute 8509 – The replacement bench in Market Place had been installed by the Town\n         Council's grounds staff on 3rd November 2025.\n\n8532     Public Participation\n         The Town Clerk would report the faded road markings on FixMyStreet.\n\n8533     Apologies for absence\n         Apologies were received.\n\n8534     Mayoral Announcements\n         The Town Clerk to write to the Royal British Legion thanking them.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["8532", "8533", "8534"]);
    expect(p.actions.map((a) => a.item)).toEqual(["8532", "8534"]);
  });

  it("reads 'FC3. 01/26    To allow public consultations –' and 'C26/01#4 Report from Ross Police' as item numbers (Tetbury, Ross-on-Wye)", () => {
    const tetbury = extractMinutes("Minutes of the Full Council held on Monday 19th January 2026 at 7.00pm\n\nFC1. 01/26    To Note apologies of absence –\n              Apologies were received from Cllr Ward.\n\nFC2. 01/26    To allow public consultations –\n              The Clerk undertook to report the damaged dog bin at Preston Park to Ubico.\n\nFC3. 01/26    To receive reports from County and District Councillors –\n              County Cllr Ames agreed to provide figures on gully clearance for the next meeting.\n", opts(["2026-02-16"]));
    expect(tetbury.actions.map((a) => a.item)).toEqual(["FC2. 01/26", "FC3. 01/26"]);
    const ross = extractMinutes("Minutes of the Town Council held on Monday 12th January 2026 at 7.00 pm\n\nC26/01#1 Apologies for Absence\n                 Apologies were received from Councillor Hughes.\n\nC26/01#2 Report from Ross Police (for information only)\n                 The Town Clerk agreed to forward the latest SID data for Walford Road to the Safer Neighbourhood Team.\n\nC26/01#3 Correspondence\n                 The Mayor will write to Ross-on-Wye Rotary Club to thank its members.\n", opts());
    expect(ross.actions.map((a) => a.item)).toEqual(["C26/01#2", "C26/01#3"]);
  });

  it("reads '9a)    Recreation and Amenities Committee – …' under '9.     Committee minutes …' as a sub-item, 'Council RESOLVED:' after a sentence as a stem, and nothing in 'Council RESOLVED to approve the payments.' (Nailsworth)", () => {
    const p = extractMinutes("Minutes of the Full Council held on Tuesday 20 January 2026 at 6.30pm\n\n9.     Committee minutes and recommendations\n9a)    Recreation and Amenities Committee – 6th January 2026\n       Council received the draft minutes. The Clerk agreed to place the order with Cotswold Play Ltd.\n\n10.    Finance\n       The schedules had been circulated. Council RESOLVED to approve the payments.\n\n12.    Town Hall – roof and rainwater goods\n       Members noted that water had been entering the stage area during heavy rain. Council RESOLVED:\n\n       a)    to accept the quotation from J Hawkins & Sons Roofing of £6,240 plus VAT;\n       b)    that the Deputy Clerk instruct the contractor and agree a start date.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["9", "9a", "10", "12"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["9a", "Clerk"], ["12", "Deputy Clerk"]]);
  });

  it("keeps 'for consideration by the Committee at its March meeting' in a town council's report of a committee's minutes to its month (Malmesbury)", () => {
    expect(due("The Facilities Manager was asked to obtain three quotations for the redecoration of the Malting Hall, for consideration by the Committee at its March meeting.", { meetingDate: "2026-01-20", knownMeetings: [{ date: "2026-03-17", time: null }], ownName: new Set(["malmesbury", "town", "council"]) })).toBe("2026-03");
  });
});

describe("hundred-and-fourth round: the time on the place's line below the date, and sub-items lettered after the minute", () => {
  it("reads 'AT 7.00PM' and 'AT 19:30 HRS' at the end of the place's line below the date as the meeting's start, not 'the formal business of the meeting began at 7.14pm' (Wincanton, Ilminster)", () => {
    const p = extractMinutes("      MINUTES OF THE MEETING OF WINCANTON TOWN COUNCIL HELD ON TUESDAY 20TH JANUARY 2026\n             IN THE COUNCIL CHAMBER, TOWN HALL, MARKET PLACE, WINCANTON AT 7.00PM\n\nPUBLIC QUESTION TIME:\n\nThe Mayor thanked the speakers and the formal business of the meeting began at 7.14pm.\n\n5904    APOLOGIES\n\n        Apologies were received.\n", opts());
    expect(p.meeting.time).toBe("19:00");
    const q = extractMinutes("      MINUTES OF THE MEETING OF ILMINSTER TOWN COUNCIL HELD ON TUESDAY 16 DECEMBER 2025\n              IN THE COUNCIL CHAMBER, COUNCIL OFFICES, NORTH STREET, ILMINSTER AT 19:30 HRS\n\nTC116/25    APOLOGIES\n\n            Apologies were received.\n", opts());
    expect(q.meeting.time).toBe("19:30");
  });

  it("reads 'T.7568a   Schedule of payments' … under 'T.7568    FINANCE' as sub-items, their letter after the minute (Wotton-under-Edge)", () => {
    const item = (n: string, title: string, body: string) => `${n.padEnd(10)}${title}\n          ${body}\n\n`;
    const p = extractMinutes("MINUTES OF WOTTON-UNDER-EDGE TOWN COUNCIL MEETING HELD ON MONDAY 19TH JANUARY 2026 AT 7PM\n\n" +
      item("T.7567", "MAYOR'S ANNOUNCEMENTS", "The Mayor reported on her engagements.") + "T.7568    FINANCE\n\n" +
      item("T.7568a", "Schedule of payments", "The payments were approved.") + item("T.7568b", "Budget and Precept 2026/27", "RESOLVED that the Clerk submit the precept requirement to Stroud District Council by 31st January 2026.") +
      item("T.7568c", "Fees and charges 2026/27", "The Clerk will notify regular hirers of the revised charges by 28th February 2026.") + item("T.7569", "GRANT APPLICATIONS", "Noted."), opts());
    expect(p.items.map((i) => i.number)).toEqual(["T.7567", "T.7568", "T.7568a", "T.7568b", "T.7568c", "T.7569"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["T.7568b", "2026-01-31"], ["T.7568c", "2026-02-28"]]);
  });
});

describe("five-figure minute numbers under their titles in capitals (Dursley, left over from round 104)", () => {
  it("reads '10748     Apologies …' under 'TO RECEIVE APOLOGIES FOR ABSENCE', '10753.1   County Councillor's Report' under a heading with no number, and '10764     The following correspondence was received:' as the items, not 'Minute 10738 (…)' in matters arising", () => {
    const p = extractMinutes([
      "          MINUTES of the PROCEEDINGS at the MEETING of the COUNCIL held in the Community Meeting Room at 7.00 pm on Tuesday,", "          20th January, 2026.", "",
      "          TO RECEIVE APOLOGIES FOR ABSENCE", "10748     Apologies for absence were accepted from Councillors F Marsden and O Quinton.", "",
      "          MATTERS ARISING FROM THE MINUTES", "10749     Minute 10729.2 (Stagecoach Service 60): the Town Clerk reported that the letter had been sent.", "",
      "          Minute 10738 (Emergency tree works): RESOLVED: that the action of the Town Clerk, taken", "          under delegated powers, be ratified.", "",
      "          COUNTY AND DISTRICT COUNCILLOR REPORTS", "10750.1   County Councillor's Report", "          Cllr Hartley's written report had been circulated. Cllr Hartley undertook to raise the blocked", "          gullies with Gloucestershire Highways.", "",
      "10750.2   District Councillors' Reports", "          District Councillors Mansell and Okafor reported on the Local Plan review. Noted.", "",
      "          MAYOR'S ANNOUNCEMENTS", "10751     The Mayor reported on her engagements and said that she would write to the volunteers.", "",
      "          CORRESPONDENCE", "10752     The following correspondence was received:", "              (a)  Letter from residents of Highfields regarding dog fouling.", "",
      "          RESOLVED: that the Clerk write to Stroud District Council requesting additional dog warden patrols.", "",
      "          PLAY AREAS", "10753     RESOLVED: that an application for the junior play area be submitted by 27th February,", "", "\f", "", "                   2026.", "",
      "          MARKET HOUSE", "10754     RESOLVED: that the Clerk seek pre-application advice from the Conservation Officer.", "",
    ].join("\n"), opts());
    expect(p.meeting.date).toBe("2026-01-20");
    expect(p.items.map((i) => i.number)).toEqual(["10748", "10749", "10750.1", "10750.2", "10751", "10752", "10753", "10754"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["10750.1", "Cllr Hartley", null], ["10751", "Mayor", null], ["10752", "Clerk", null], ["10753", null, "2026-02-27"], ["10754", "Clerk", null]]);
  });
});

describe("hundred-and-fifth round: lettered parts, titles run on after a dash, committees' minutes cited, quoted motions carried", () => {
  it("reads 'C148.00   APOLOGIES FOR ABSENCE' and 'C151.01   Matters arising' as items in order, not 'C131.02 Christmas Lights: …' cited under them; spells '(DO)' as the list prints 'Mr D Okafor'; and 'the Town Clerk apply to Locality' is the Town Clerk's (St Ives)", () => {
    const p = extractMinutes(["MINUTES OF THE MEETING OF THE FULL COUNCIL OF SAINT IVES TOWN COUNCIL", "held on Wednesday 14 January 2026 in the Town Hall, St Ives at 8:00pm", "",
      "IN ATTENDANCE:  Mr D Okafor (DO)            Deputy Town Clerk", "",
      "C148.00   APOLOGIES FOR ABSENCE", "", "          Apologies were received.", "", "C151.00   MINUTES", "", "          RESOLVED that the Minutes be confirmed.", "",
      "C151.01   Matters arising", "", "          C131.02 Christmas Lights: the Town Clerk reported that she had written to the Association.", "",
      "C152.00   NEIGHBOURHOOD PLAN", "", "          RESOLVED that the Town Clerk apply to Locality for grant funding by 31 March 2026.", ""].join("\n"), opts());
    expect(p.items.map((i) => i.number)).toEqual(["C148.00", "C151.00", "C151.01", "C152.00"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["C152.00", "Town Clerk"]]);
    expect(findAbbreviations("IN ATTENDANCE:  Mr D Okafor (DO)            Deputy Town Clerk").get("DO")).toBe("Mr D Okafor");
  });

  it("reads '1.      WELCOME AND APOLOGIES' under 'Item    Business    Action' as the first item, so the header keeps the meeting's date (Scrabster)", () => {
    const p = extractMinutes("             MINUTES OF THE MEETING OF THE BOARD OF TRUSTEES HELD IN THE BOARDROOM,\n             HARBOUR OFFICE, SCRABSTER, ON TUESDAY 27 JANUARY 2026 AT 10.00 AM\n\n\nItem    Business                                                                      Action\n\n1.      WELCOME AND APOLOGIES\n\n        The Chair welcomed Ms Miller, who had joined as Commercial Manager on 5 January 2026.\n\n2.      HARBOUR MASTER'S REPORT\n\n        The Harbour Master would circulate the revised berthing plan by 13 February 2026.\n", opts());
    expect(p.meeting).toMatchObject({ date: "2026-01-27", time: "10:00" });
    expect(p.items.map((i) => i.number)).toEqual(["1", "2"]);
  });

  it("reads the time before the day on the line the date wrapped from, and a second decision after an officer's promise in a resolution's paragraph (Kingsbridge)", () => {
    const p = extractMinutes("                         MINUTES OF THE MEETING OF KINGSBRIDGE TOWN COUNCIL\n                    HELD IN THE COUNCIL CHAMBER, QUAY HOUSE AT 7.00 P.M. ON TUESDAY\n                                        13th JANUARY 2026\n\n25/158       FINANCE COMMITTEE\n\n             It was RESOLVED that grants be awarded to Kingsbridge Fair Week (£1,500). The application from the\n             Youth Theatre was deferred. The Town Clerk would notify the applicants of the outcome in writing. Cllr Yeo\n             observed that the Grants Policy had not been reviewed since 2021. It was AGREED that a review of the\n             Council's Grants Policy be added to the agenda of the March meeting.\n", opts(["2026-03-10"]));
    expect(p.meeting.time).toBe("19:00");
    expect(p.actions.map((a) => [a.owner, a.due, a.kind])).toEqual([["Town Clerk", null, "action"], [null, "2026-03-10", "work-programme"]]);
  });

  it("takes no heading from 'Minute PT/25/88 – Speed limits, …' under '136/25.1     Planning and Transport Committee – 6 January 2026', reads 'RESOLVED (For 14, Against 1, Abstentions 1) that', and a quoted motion carried after 'Proposed by … and seconded by …:' (Newton Abbot)", () => {
    const p = extractMinutes(["                              MINUTES OF THE MEETING OF NEWTON ABBOT TOWN COUNCIL HELD ON TUESDAY 27 JANUARY 2026 AT 7.00 PM", "",
      "134/25       POLICE REPORT", "", "             The report was noted.", "", "135/25       BUDGET AND PRECEPT 2026/27", "", "             The budget was approved.", "",
      "136/25       MINUTES AND RECOMMENDATIONS OF COMMITTEES", "", "136/25.1     Planning and Transport Committee – 6 January 2026", "             The minutes of the meeting held on 6 January 2026 were received and noted.", "",
      "             Minute PT/25/88 – Speed limits, Wolborough Street and East Street. Cllr Bulley presented the recommendation.", "",
      "             It was RESOLVED (For 14, Against 1, Abstentions 1) that the Council recommends to Devon County Council that a 20mph", "             speed limit be introduced on Wolborough Street.", "",
      "137/25       MOTIONS ON NOTICE", "", "             Proposed by Cllr Sercombe and seconded by Cllr Hext:", "",
      "                \"This Council is concerned at reports that overnight opening hours may be reduced, and asks that the Mayor", "                write on behalf of the Council to the Secretary of State for Health opposing any reduction.\"", "",
      "             The motion was CARRIED (For 15, Against 0, Abstentions 1).", "",
      "             Cllr Parsons agreed to circulate the notes of the Partnership's January meeting to members once approved.", ""].join("\n"), opts());
    expect(p.items.map((i) => i.number)).toEqual(["134/25", "135/25", "136/25", "136/25.1", "137/25"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["136/25.1", "Devon County Council", null], ["137/25", "Mayor", null], ["137/25", "Cllr Parsons", null]]);
  });

  it("sets apart '301.    Police Report - PCSO K Ashworth presented …' and '308.1   Policy and Resources Committee - 12 January 2026. The minutes were received.' as titles over their paragraphs, not '6.1 The Strategic Director - Place introduced …' (Okehampton)", () => {
    const p = extractMinutes(["Minutes of the Meeting of Okehampton Town Council held on Monday 26 January 2026 at 7.00 pm", "",
      "300.    Deferment of Business (Public Participation) - Two members of the public spoke. The Town Clerk to reply in writing to the resident.", "",
      "301.    Police Report - PCSO K Ashworth presented the report. PCSO Ashworth agreed to provide figures for Simmons Park.", "",
      "308.    Committee Minutes and Recommendations -", "",
      "        308.1   Policy and Resources Committee - 12 January 2026. The minutes were received. The Town Clerk to", "                publish the revised Regulations on the Council's website.", "",
      "        308.2   Planning Committee - 5 January and 19 January 2026. The minutes were received and noted.", ""].join("\n"), opts());
    expect(p.items.map((i) => i.number)).toEqual(["300", "301", "308", "308.1", "308.2"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["300", "Town Clerk"], ["301", "PCSO Ashworth"], ["308.1", "Town Clerk"]]);
  });

  it("keeps a numbered title wrapped after a comma whole: '2601/44    To receive and adopt the minutes of committees and sub-committees,' over 'previously circulated' (Launceston)", () => {
    const p = extractMinutes("MINUTES OF THE FULL COUNCIL MEETING held on TUESDAY 20 JANUARY 2026 at 7pm in the Guildhall\n\n2601/43    To confirm and sign the Minutes of the last meeting, previously circulated\n           It was resolved to confirm and sign the minutes.\n\n2601/44    To receive and adopt the minutes of committees and sub-committees,\n           previously circulated\n           It was resolved to receive and adopt the minutes of the following committees:\n           a) Estates and Properties Committee held on Wednesday 7 January 2026 at\n              10am\n           Arising from a), the Town Mayor said he would write to the Lawrence House\n           volunteers to thank them for their work.\n\n2601/45    Public Representation Session\n           None.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["2601/43", "2601/44", "2601/45"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["2601/44", "Town Mayor"]]);
  });
});

describe("hundred-and-sixth round: who attended for which minute, lettered minutes over their paragraphs, the meeting a deferral names", () => {
  it("takes no heading from 'County Cllr H Stoddart – Northumberland County Council (minute 143/25)' in the attendance list, spells '(CD)' as 'Mrs C Dodds', and dates 'The Clerk to write … before that meeting.' by the meeting a deferral named (Berwick-upon-Tweed)", () => {
    const p = extractMinutes(["                    MINUTES OF THE ORDINARY MEETING OF THE TOWN COUNCIL", "                          HELD ON MONDAY 26 JANUARY 2026 AT 7.00PM", "",
      "IN          Mr N Elliot – Town Clerk (NE)", "ATTENDANCE: Mrs C Dodds – Deputy Town Clerk and Responsible Financial Officer (CD)",
      "            County Cllr H Stoddart – Northumberland County Council (minute 143/25)", "            PCSO K Thornton – Northumbria Police (minute 142/25)", "",
      "138/25      PUBLIC OPEN SESSION", "", "            The Mayor opened the session. No questions were asked.", "",
      "139/25      APOLOGIES FOR ABSENCE", "", "            Apologies were received from Cllr Moffat.", "",
      "140/25      GRANT APPLICATIONS", "", "            RESOLVED that consideration of the application be deferred to the February", "            meeting. The Clerk to write to the festival organisers requesting a copy of the", "            2025 accounts before that meeting.", "",
      "141/25      PLAY AREAS", "", "            RESOLVED that the repairs to the cradle swing be carried out.                        CD", ""].join("\n"), opts(["2026-02-23"]));
    expect(p.items.map((i) => i.number)).toEqual(["138/25", "139/25", "140/25", "141/25"]);
    expect(p.actions.filter((a) => a.kind === "letter").map((a) => [a.item, a.owner, a.due])).toEqual([["140/25", "Clerk", "2026-02-23"]]);
    expect(findAbbreviations("ATTENDANCE: Mrs C Dodds – Deputy Town Clerk and Responsible Financial Officer (CD)").get("CD")).toBe("Mrs C Dodds");
  });

  it("reads 'C431         Declarations of Interest' over its paragraph, with no blank line between, and 'C435(a)      Town Council Meeting held on 15 December 2025' under 'C435         Minutes' (Thirsk)", () => {
    const p = extractMinutes("     Minutes of the Meeting of Thirsk Town Council held on Monday, 19 January 2026\n                          at Thirsk and Sowerby Town Hall\n\nC431         Declarations of Interest\n             No interests were declared.\n\nC432         Police Report\n             PCSO Thwaites agreed to provide the Clerk with a breakdown of incidents by location.\n\nC435         Minutes\nC435(a)      Town Council Meeting held on 15 December 2025\n             Resolved: that the minutes be approved.\nC435(b)      Matters Arising\n             Resolved: that the Clerk obtain a further quotation for the replacement memorial bench.\n\nC436         Finance\n             Noted.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["C431", "C432", "C435", "C435(a)", "C435(b)", "C436"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["C432", "PCSO Thwaites"], ["C435(b)", "Clerk"]]);
  });

  it("dates 'annual review of the … Action Plan – Council, 25 March 2026;' in a list of future agenda items, and reads who acts in '… be awarded to the Society and that the Clerk write to the Society …' (Oswestry, Malton)", () => {
    expect(due("annual review of the Climate and Ecological Emergency Action Plan – Council, 25 March 2026;", { meetingDate: "2026-01-28" })).toBe("2026-03-25");
    expect(findOwner("That a grant of £500 be awarded to Malton Amateur Operatic Society and that the Clerk write to the Society to inform it of the award.", new Map(), { resolution: true })).toBe("Clerk");
  });
});

describe("hundred-and-seventh round: the year after the minute, three columns, a draft's ratification date, this month's month", () => {
  it("reads '001-26     1     APOLOGIES' … as minutes 1, 2, 3 of 2026, and dates 'to be considered at the March meeting' by that meeting, not by 'to be held in April 2026' (Bishop's Castle)", () => {
    const p = extractMinutes(["                 MINUTES of the MEETING OF BISHOP'S CASTLE TOWN COUNCIL", "                        ON TUESDAY 20TH JANUARY 2026 AT 7.30PM", "",
      " 001-26     1     APOLOGIES", "                  Apologies were received from Cllr Lloyd.", "",
      " 002-26     2     DECLARATIONS OF INTEREST", "                  None.", "",
      " 003-26     3     ITEMS FOR FUTURE AGENDAS", "                  •  Arrangements for the Annual Town Meeting to be held in April", "                     2026 to be considered at the March meeting.", ""].join("\n"), opts(["2026-02-17", "2026-03-17"]));
    expect(p.items.map((i) => i.number)).toEqual(["001-26", "002-26", "003-26"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["003-26", "2026-03-17"]]);
  });

  it("takes the meeting's date from the opening, not from 'DRAFT - subject to ratification at the meeting on 17th March 2026' under it (Church Stretton)", () => {
    const p = extractMinutes("                 MINUTES OF THE TOWN COUNCIL MEETING HELD IN THE COUNCIL CHAMBER,\n                    SILVESTER HORNE INSTITUTE, HIGH STREET, CHURCH STRETTON ON\n                              TUESDAY 17th FEBRUARY 2026 at 7.00 p.m.\n\n                 DRAFT - subject to ratification at the meeting on 17th March 2026\n\n25.160      TO RECEIVE APOLOGIES\n            Apologies were received.\n", opts());
    expect(p.meeting).toMatchObject({ date: "2026-02-17", time: "19:00" });
  });

  it("reads 'C.142/25  DECLARATIONS OF    Councillor Bebbington declared …' with the title wrapping in its own column as the heading over its paragraph (Market Drayton)", () => {
    const row = (n: string, title: string, text: string, more: [string, string][] = []) => [`${n.padEnd(10)}${title.padEnd(19)}${text}`, ...more.map(([t, x]) => `${"".padEnd(10)}${t.padEnd(19)}${x}`), ""];
    const p = extractMinutes(["Minutes of a meeting of Market Drayton Town Council held on Thursday 22 January 2026 at 7.00pm", "",
      ...row("C.141/25", "APOLOGIES FOR", "Apologies were received from Councillor Mellor.", [["ABSENCE", ""]]),
      ...row("C.142/25", "DECLARATIONS OF", "Councillor Bebbington declared a non-pecuniary interest in", [["INTEREST", "minute C.145/25 as a trustee of the Museum."]]),
      ...row("C.143/25", "PUBLIC SESSION", "A resident asked about the gullies. The Clerk agreed to report"),
      "                             the blocked gullies on Walkmill Road to Shropshire Council.", "",
      ...row("C.144/25", "POLICE REPORT", "PCSO Bratt presented the report. Noted."),
      ...row("C.145/25", "SMALL GRANTS", "The Clerk to write to the Museum confirming the award."),
      ...row("C.146/25", "DATE OF NEXT", "Thursday 19 March 2026 at 7.00pm in the Council Chamber.", [["MEETING", ""]])].join("\n"), opts(["2026-03-19"]));
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["C.141/25", "APOLOGIES FOR ABSENCE"], ["C.142/25", "DECLARATIONS OF INTEREST"], ["C.143/25", "PUBLIC SESSION"], ["C.144/25", "POLICE REPORT"], ["C.145/25", "SMALL GRANTS"], ["C.146/25", "DATE OF NEXT MEETING"]]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["C.143/25", "Clerk"], ["C.145/25", "Clerk"]]);
    expect(p.nextMeeting).toEqual({ date: "2026-03-19", time: "19:00" });
  });

  it("keeps 'during January' at a meeting on 8 January in that January, sets apart '2745/26     Police Report – PCSO Lucy Trethewey presented …', and reads who acts in 'Cllr Fearnall, as Chair of the Personnel Committee, to arrange …' (Much Wenlock, Wadebridge, Whitchurch)", () => {
    expect(due("PCSO Beddoes undertook to arrange additional patrols in the Square on Friday and Saturday evenings during January.", { meetingDate: "2026-01-08" })).toBe("2026-01");
    expect(due("The Clerk to circulate the figures in February.", { meetingDate: "2026-01-08" })).toBe("2026-02");
    const p = extractMinutes("Minutes of the Full Council meeting held on Wednesday 11 February 2026 at 7pm in the Main Hall, Town Hall\n\n2744/26     Cornwall Councillors' Reports –\n            Cllr Bolitho reported on the budget.\n\n2745/26     Police Report – PCSO Lucy Trethewey presented the report. PCSO Trethewey agreed to circulate the survey link to all members.\n\n2746/26     Minutes – It was RESOLVED that the minutes be approved.\n\n2747/26     Mayor's Report – The Mayor would write to the Christmas Lights Committee to thank its volunteers.\n\n2748/26     Staffing –\n            Cllr Fearnall, as Chair of the Personnel Committee, to arrange the Town Clerk's annual appraisal by 31st March 2026.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["2744/26", "2745/26", "2746/26", "2747/26", "2748/26"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["2745/26", "PCSO Trethewey"], ["2747/26", "Mayor"], ["2748/26", "Cllr Fearnall"]]);
  });
});

describe("hundred-and-eighth round: five-figure minutes with titles, the council year after a stop, owners beside titles", () => {
  it("reads '25116      Apologies for Absence' … as items, five figures and all, but not Dursley's 'Action Summary:' list of the same numbers (Kirkbymoorside)", () => {
    const p = extractMinutes("    Minutes of the Ordinary Meeting of the Town Council held at 7.30pm on Monday 19 January 2026\n\n25116      Apologies for Absence\n           Apologies were received from Cllr Hart.\n\n25117      Declarations of Interest\n           None.\n\n25118      Public Session\n           The Town Clerk to report the damaged bench to North Yorkshire Council.\n\n25119      Planning\n           The Town Clerk to submit the Council's comments by 6th February 2026.\n", opts());
    expect(p.items.map((i) => i.number)).toEqual(["25116", "25117", "25118", "25119"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["25118", "Town Clerk"], ["25119", "Town Clerk"]]);
  });

  it("reads '171.2526   Declarations of interest …: Cllr Foster declared …' as minute 171 of 2025/26 and '177.1  Market Place parking enforcement: The Clerk reported …' as its sub-item, not '51.2    The Associate Director: Finance advised …'; and 'TIME: 7pm' (Bedale)", () => {
    const p = extractMinutes(["                               ORDINARY COUNCIL MEETING: MINUTES        12th January 2026", "",
      "DATE: Monday 12th January 2026          TIME: 7pm          LOCATION: Bedale Hall, Drawing Room", "",
      "171.2526   Declarations of interest: Cllr Foster declared a prejudicial interest in minute 180.2526.", "",
      "172.2526   Apologies and reasons for absence: Apologies were received from Cllr Lambert.", "",
      "175.2526   Police report: PCSO Ellerby agreed to arrange a speed enforcement session during February.", "",
      "177.2526   Updates from minutes (not covered elsewhere on the agenda):", "",
      "           177.1  Market Place parking enforcement: The Clerk reported that he had written to NYC Parking Services.", "",
      "           177.2  Bedale Park play area: The Clerk to obtain three quotations for repairing the wet-pour surfacing.", "",
      "178.2526   Finance: The Clerk to submit the precept request form to North Yorkshire Council by 30th January 2026.", ""].join("\n"), opts());
    expect(p.meeting.time).toBe("19:00");
    expect(p.items.map((i) => i.number)).toEqual(["171.2526", "172.2526", "175.2526", "177.2526", "177.1", "177.2", "178.2526"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["175.2526", "PCSO Ellerby"], ["177.2", "Clerk"], ["178.2526", "Clerk"]]);
  });

  it("takes the owner beside a short numbered title ('13.     Bus Services        AD') for what the item decides, and dates 'convene a meeting of the lights group in February' by the month (Sedbergh)", () => {
    const right = (title: string, owner: string) => `${title.padEnd(84)}${owner}`;
    const p = extractMinutes(["Minutes of the Meeting of the Parish Council of Sedbergh held in The People's Hall, Sedbergh on Thursday 8th January 2026 at 7.00pm", "",
      "Present:  Cllr Anne Dixon (AD), Cllr Mark Longmire (ML)", "", right("Item    Minute", "Action"), "",
      right("12.     Highways", "Clerk"), "        The Clerk to report the blocked gully on Howgill Lane to Westmorland and Furness Highways.", "",
      right("13.     Bus Services", "AD"), "        Members discussed the reduced timetable. It was AGREED that a letter be sent to the", "        Member of Parliament setting out the impact on residents.", "",
      right("14.     Christmas Lights", "ML"), "        Cllr Longmire agreed to convene a meeting of the lights group in February.", "",
      right("15.     Defibrillators", "Clerk"), "        The Clerk to order replacement pads before the end of January.", "",
      right("16.     Playing Field", "Clerk"), "        The Clerk to arrange the replacement of the swing chains.", ""].join("\n"), opts(["2026-02-12"]));
    expect(p.items.map((i) => i.number)).toEqual(["12", "13", "14", "15", "16"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["12", "Clerk", null], ["13", "Anne Dixon", null], ["14", "Cllr Longmire", "2026-02"], ["15", "Clerk", "2026-01"], ["16", "Clerk", null]]);
  });
});

describe("hundred-and-ninth round: titles in capitals run into their paragraph, 'Cllrs.', an ask and the next task for the same meeting", () => {
  it("sets apart '522/04     MAYOR'S SUMMARY The Mayor reported …' and '522/05     POLICE REPORT PCSO Morris reported …' (Llanidloes)", () => {
    const p = extractMinutes("MINUTES OF A COUNCIL MEETING HELD AT THE COUNCIL CHAMBER, LLANIDLOES ON MONDAY 26TH JANUARY 2026 AT 7.00 PM\n\n522/03     MINUTES The following minutes were read and confirmed.\n\n522/04     MAYOR'S SUMMARY The Mayor reported on his engagements. The Mayor asked that Clerk sends a letter\n           of thanks to the Llanidloes Lions.\n\n522/05     POLICE REPORT PCSO Morris reported 27 crimes. PCSO Morris agreed to arrange speed checks on Gorn Road\n           during February.\n\n522/06     COUNTY COUNCILLOR'S REPORT Cllr Thomas reported on the budget.\n", opts());
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["522/03", "MINUTES"], ["522/04", "MAYOR'S SUMMARY"], ["522/05", "POLICE REPORT"], ["522/06", "COUNTY COUNCILLOR'S REPORT"]]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["522/04", null], ["522/05", "2026-02"]]);
  });

  it("keeps 'The Clerk to book places for Cllrs. Ms Stead and Hamer on …' one sentence, and an ask for the February agenda apart from the Clerk's next task for it (Presteigne, Knighton)", () => {
    const p = extractMinutes("Minutes of Full Council Meeting held on Tuesday 20th January 2026 at 6.30pm\n\n15       Items for the next agenda\n\n         Cllr Meredith asked that the review of Standing Orders be included on the agenda for the February meeting.\n\n         The Clerk to add the renewal of the Community Centre lease to the February agenda.\n\n16       Training\n\n         The Clerk to book places for Cllrs. Ms Stead and Hamer on the One Voice Wales chairing course.\n", opts(["2026-02-17"]));
    expect(p.actions.map((a) => [a.item, a.text.slice(0, 40)])).toEqual([["15", "Cllr Meredith asked that the review of S"], ["15", "The Clerk to add the renewal of the Comm"], ["16", "The Clerk to book places for Cllrs. Ms S"]]);
  });
});

describe("hundred-and-tenth round: five-figure minutes with titles in capitals closed by a colon, and a report back after an event's date", () => {
  it("sets apart '13204.  TO RECEIVE AND CONSIDER APOLOGIES: The following gave their apologies …' and dates 'attend the … Forum on 4 February and report back to the Council at its next meeting' by that meeting (Sheringham, Aldeburgh)", () => {
    const p = extractMinutes("Minutes of the Meeting of Sheringham Town Council held on Tuesday 20th January, 2026 at 7.00pm\n\n13204.  TO RECEIVE AND CONSIDER APOLOGIES: The following gave their apologies: Cllr Nobbs.\n\n13205.  DECLARATIONS OF INTEREST: None.\n\n13206.  POLICE REPORT: PCSO Rudd presented the report. PCSO Rudd agreed to circulate the figures to members.\n\n13207.  SIZEWELL C: It was AGREED that Cllr Fenwick attend the Community Forum on 4 February and report back to the Council at its next meeting.\n", opts(["2026-02-17"]));
    expect(p.items.map((i) => i.number)).toEqual(["13204", "13205", "13206", "13207"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["13206", "PCSO Rudd", null], ["13207", "Cllr Fenwick", "2026-02-17"]]);
  });

  it("takes nothing from 'Cllr Pemberton PROPOSED that the Standing Orders be adopted; Cllr Dunmore seconded. IT WAS AGREED.' (Sheringham)", () => {
    const p = extractMinutes("Minutes of the Meeting of Sheringham Town Council held on Tuesday 20th January, 2026 at 7.00pm\n\n13221.  STANDING ORDERS: Members considered the revised model. Cllr Pemberton PROPOSED that the Standing Orders be adopted; Cllr Dunmore seconded. IT WAS AGREED.\n\n13222.  PLAY AREA: Members discussed the swings. The Clerk to obtain three quotations for new swings.\n\n13223.  CORRESPONDENCE: None.\n", opts());
    expect(p.actions.map((a) => a.item)).toEqual(["13222"]);
  });
});

describe("hundred-and-eleventh round: the council year under the minute, an initial's stop, minutes under an attendance table", () => {
  it("reads '141-          To receive …' over '2025/2026' as minute 141, and spells '(SW)' after 'S. Ward' (Bungay)", () => {
    const row = (n: number, title: string, body: string) => `${n}-          ${title}\n2025/2026\n\n              ${body}\n\n`;
    const p = extractMinutes("        Minutes of the Town Council Meeting held on Thursday 15th January 2026 at 7.00 pm\n\nAlso present: K. Mallett (KM) Town Clerk/RFO, S. Ward (SW) Deputy Town Clerk.\n\n" +
      row(141, "To receive and accept apologies for absence:", "Apologies were received.") + row(142, "Declaration of Interest:", "None.") +
      row(143, "Cemetery:", "SW to update the cemetery fees page on the Town Council website by 1st April 2026.") + row(144, "Correspondence:", "Noted."), opts());
    expect(p.items.map((i) => i.number)).toEqual(["141", "142", "143", "144"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["143", "S. Ward"]]);
  });

  it("ends the attendance table before '25/143      WELCOME AND ANNOUNCEMENTS', so the minutes keep their first items and the meeting's date (Wymondham)", () => {
    const p = extractMinutes(["        MINUTES OF THE MEETING OF THE TOWN COUNCIL HELD IN THE COUNCIL CHAMBER,", "           KETTS PARK, ON TUESDAY 3rd FEBRUARY 2026 COMMENCING AT 7.00pm", "",
      "In          Mrs Julie Pilgrim       Town Clerk (JP)", "attendance: Mr Martin Hales         Deputy Town Clerk & Responsible Financial Officer (MH)", "            Ms Kerry Dye            Events & Communications Officer (KD)", "", "",
      "25/143      WELCOME AND ANNOUNCEMENTS", "            The Town Mayor welcomed everyone to the meeting.", "", "",
      "25/146      MINUTES OF THE PREVIOUS MEETING", "            RESOLVED that the minutes of the meeting held on Tuesday 6th January 2026 be approved.", "", "",
      "25/147      PUBLIC PARTICIPATION", "            The Clerk to report the flooding on Silfield Road to Norfolk County Council.", ""].join("\n"), opts());
    expect(p.meeting.date).toBe("2026-02-03");
    expect(p.items.map((i) => i.number)).toEqual(["25/143", "25/146", "25/147"]);
  });
});

describe("four-figure minutes as items", () => {
  it("reads 'Item 1531 – APOLOGIES FOR ABSENCE' as item 1531, not item 153 titled '1 – …' (the heading-style check on Black Sluice's minutes)", () => {
    const text = ["Minutes of the proceedings of a Meeting of the Board held on Wednesday 11th February 2026 at 10.00am", "",
      "Item 1531 – APOLOGIES FOR ABSENCE", "", "Apologies were received.", "", "Item 1532 – WORKS", "", "The Chief Executive to obtain quotations for the pump.", ""].join("\n");
    const p = extractMinutes(text, opts());
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["1531", "APOLOGIES FOR ABSENCE"], ["1532", "WORKS"]]);
    expect(p.actions.map((a) => a.item)).toEqual(["1532"]);
  });
});

describe("hundred-and-twelfth round: a clause's abbreviation, a date column, titles before the number, agenda wording as titles", () => {
  it("reads the date wrapped under the opening, 'Cl. 001' headings with the meeting's date beside each, and last year's references set in (Tywyn)", () => {
    const heading = (n: string, title: string) => `  Cl. ${n}  ${title}:${" ".repeat(Math.max(2, 80 - title.length))}14.01.26`;
    const text = ["  MINUTES OF AN ORDINARY MEETING OF TYWYN TOWN COUNCIL HELD ON WEDNESDAY 14TH JANUARY", "  2026 AT NEUADD PENDRE AT 7.00PM", "",
      heading("001", "APOLOGIES"), "           Councillors Gwenan Roberts and Peter Haworth.", "", "",
      heading("006", "MATTERS ARISING"), "           Cl. 187 Bench on the Promenade – the Clerk had written to Gwynedd Council as", "           instructed. Noted.", "",
      "           Cl. 190 Defibrillator at the Recreation Ground – only one quotation had been", "           received. The Clerk to obtain a further quote for the heated cabinet.", "", "",
      heading("007", "REPORTS FROM GWYNEDD COUNTY COUNCILLORS"), "           The report was received.", "", "",
      heading("011", "RECREATION AND AMENITIES COMMITTEE"), "           RESOLVED that the Clerk instruct Wheelscape Ltd to carry out the coping repairs.", "", "",
      heading("012", "CHRISTMAS LIGHTS 2025 – REVIEW"), "           The Clerk to circulate a breakdown of the 2025 Christmas lights costs to all Members.", "", "",
      heading("017", "REPORTS FROM REPRESENTATIVES ON OUTSIDE BODIES"), "           None.", ""].join("\n");
    const p = extractMinutes(text, opts());
    expect(p.meeting).toMatchObject({ date: "2026-01-14", time: "19:00" });
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["Cl. 001", "APOLOGIES"], ["Cl. 006", "MATTERS ARISING"], ["Cl. 007", "REPORTS FROM GWYNEDD COUNTY COUNCILLORS"],
      ["Cl. 011", "RECREATION AND AMENITIES COMMITTEE"], ["Cl. 012", "CHRISTMAS LIGHTS 2025 – REVIEW"], ["Cl. 017", "REPORTS FROM REPRESENTATIVES ON OUTSIDE BODIES"]]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["Cl. 006", "Clerk", null], ["Cl. 011", "Clerk", null], ["Cl. 012", "Clerk", null]]);
  });

  it("reads titles in a left column before a four-figure minute number, wrapping on in lower case (Crickhowell)", () => {
    const text = ["The following are the minutes of the Council Meeting that was held on Tuesday, 20th", "January 2026, commencing at 7.00pm.", "",
      "PUBLIC PARTICIPATION  6412    Mr Gareth Price asked about the flooding outside the inn.", "                              The Mayor thanked him.", "",
      "MATTERS ARISING from  6415    (6401) Bullpit Meadow Bench - only one quote had been", "the previous meeting          received. Cllr Protheroe agreed to obtain two further", "(for information              quotes for the replacement bench.", "only).", "",
      "COUNTY COUNCIL        6416    County Cllr Rhys said he would raise the condition of the", "MATTERS                       Tower Street footway with the Highways Manager.", "",
      "POLICE MATTERS        6417    PCSO Bevan agreed to provide figures for anti-social", "                              behaviour to the next meeting.", ""].join("\n");
    const p = extractMinutes(text, opts());
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["6412", "PUBLIC PARTICIPATION"], ["6415", "MATTERS ARISING from the previous meeting (for information only)"], ["6416", "COUNTY COUNCIL MATTERS"], ["6417", "POLICE MATTERS"]]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["6415", "Cllr Protheroe"], ["6416", "County Cllr Rhys"], ["6417", "PCSO Bevan"]]);
    expect(p.actions[0]!.text).toBe("Cllr Protheroe agreed to obtain two further quotes for the replacement bench.");
  });

  it("sets apart agenda wording run on after a dash, and reads 'CC Pettit' and a letter 'to thank them' after a promise (Harleston)", () => {
    const item = (n: string, line: string, more = "") => `  ${n.padEnd(6)}${line}${more ? `\n        ${more}` : ""}\n`;
    const text = ["Held at Harleston Leisure Centre On Wednesday 21st January 2026 at 7.00pm", "",
      item("7.", "To receive reports from County and District Councillors"),
      item("7.1", "County Councillor Pettit – CC Pettit reported on the county budget. CC Pettit agreed", "to provide a short briefing note on the A143 resurfacing timetable."),
      item("7.2", "District Councillor Hewitt – DC Hewitt's written report had been circulated."),
      item("8.", "To receive the Clerk's report – The Clerk's written report had been circulated. The", "Clerk was asked to circulate the updated contact list to all councillors."),
      item("9.", "Finance"),
      item("9.1", "To approve the schedule of payments for January 2026 – The schedule was approved."),
      item("13.", "Events – Cllr Fairweather agreed to convene the first meeting of the group. The Clerk to", "write to Harleston Lions Club to thank them for marshalling the switch-on.")].join("\n");
    const p = extractMinutes(text, opts());
    expect(p.items.map((i) => i.number)).toEqual(["7", "7.1", "7.2", "8", "9", "9.1", "13"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.kind])).toEqual([["7.1", "CC Pettit", "request"], ["8", "Clerk", "request"], ["13", "Cllr Fairweather", "action"], ["13", "Clerk", "letter"]]);
  });

  it("ends a resolution before an aside in brackets, a county councillor's promise or members' ask on the lines under it (Downham Market)", () => {
    const text = ["MINUTES OF THE MEETING OF THE TOWN COUNCIL HELD ON TUESDAY 4 NOVEMBER 2025 AT 7.00PM", "",
      "139/25    ROAD SAFETY", "          RESOLVED: to recommend to Norfolk County Council that a 20mph limit be introduced on", "          London Road.",
      "          County Cllr Sandell agreed to raise the matter with the Area Highways Manager.", "",
      "141/25    ALLOTMENTS", "          RESOLVED: that a review of allotment rents for 2026/27 be placed on the agenda for the", "          February meeting of the Council.", "          (Cllr Mrs Pilgrim left the room for this item.)", "",
      "142/25    PLAY AREAS", "          RESOLVED: that the Amenities Committee review the play area inspection report.", "          Members asked that the play equipment supplier be contacted regarding the warranty.", ""].join("\n");
    const p = extractMinutes(text, opts(["2025-11-04", "2026-02-03"]));
    expect(p.actions.map((a) => [a.item, a.owner, a.due, a.text.slice(0, 40)])).toEqual([
      ["139/25", "Norfolk County Council", null, "To recommend to Norfolk County Council t"], ["139/25", "County Cllr Sandell", null, "County Cllr Sandell agreed to raise the "],
      ["141/25", null, "2026-02-03", "A review of allotment rents for 2026/27 "],
      ["142/25", "Amenities Committee", null, "The Amenities Committee review the play "], ["142/25", null, null, "Members asked that the play equipment su"]]);
  });
});

describe("hundred-and-thirteenth round: the task under a story, county councillors abbreviated, a vote's line, a list after its stem", () => {
  it("takes the shorthand task, not the story before it, over 'ACTION: CLERK', and reads 'C.Cllr. Maddox' and 'C/Cllr Morris' (Fishguard, Llandovery)", () => {
    const text = ["The MINUTES of the full Town Council Meeting held in the Town Hall, Fishguard on Tuesday 2nd December 2025 at 7pm", "",
      "174/25    MATTERS ARISING", "          The replacement bus shelter had still not been installed, although PCC had indicated in", "          September that it would be in place by the end of October. Members expressed their frustration.",
      "          The Clerk to chase PCC Transport for a firm installation date for the shelter.", "                                                                                 ACTION: CLERK", "",
      "176/25    COUNTY COUNCILLORS' REPORTS", "          C.Cllr. Maddox agreed to obtain a written briefing from PCC's flood team.", "",
      "          C/Cllr Morris agreed to obtain a revised programme for the Broad Street resurfacing.", ""].join("\n");
    const p = extractMinutes(text, opts());
    expect(p.actions.map((a) => [a.item, a.owner, a.due, a.text])).toEqual([
      ["174/25", "CLERK", null, "The Clerk to chase PCC Transport for a firm installation date for the shelter."],
      ["176/25", "C.Cllr. Maddox", null, "C.Cllr. Maddox agreed to obtain a written briefing from PCC's flood team."],
      ["176/25", "C/Cllr Morris", null, "C/Cllr Morris agreed to obtain a revised programme for the Broad Street resurfacing."]]);
  });

  it("ends the proposer's and seconder's line, with no stop, before the task under it (Rhayader)", () => {
    const text = ["Minutes of the Ordinary Meeting of Rhayader Town Council held on Tuesday 13th January 2026 at 7.00pm", "",
      "160/25    POLICIES", "                   The revised Standing Orders were RESOLVED: to be adopted with immediate effect.",
      "                   Proposed: Cllr Pugh         Seconded: Cllr Lewis", "                   The Clerk to publish the adopted Standing Orders on the Council's website.", ""].join("\n");
    expect(extractMinutes(text, opts()).actions.map((a) => [a.owner, a.text])).toEqual([["Clerk", "The Clerk to publish the adopted Standing Orders on the Council's website."]]);
  });

  it("reads the limbs under 'It was agreed:' ending a paragraph, the list ending with its last point's stop (Wem)", () => {
    const text = ["MINUTES OF THE MEETING OF WEM TOWN COUNCIL HELD ON THURSDAY 29TH JANUARY 2026 AT 7.00PM", "",
      "   183/25     CCTV WORKING PARTY", "              Two cameras on the Bull Ring required replacement.", "              It was agreed:",
      "              i)  that the Clerk contact West Mercia Police to renew the information sharing", "                  agreement for the town centre CCTV system;",
      "              ii) that Cllr Dodd circulate the notes of the site visit to all councillors.", "              The installer's quotation had been received and will be considered by the working party at its next meeting.", ""].join("\n");
    const p = extractMinutes(text, opts(["2026-01-29", "2026-02-26"]));
    expect(p.actions.map((a) => [a.owner, a.due, a.text.slice(0, 40)])).toEqual([["Clerk", null, "The Clerk contact West Mercia Police to "], ["Cllr Dodd", null, "Cllr Dodd circulate the notes of the sit"]]);
  });

  it("reads no task in the minutes a resolution lists to receive (Stowmarket)", () => {
    const text = ["Minutes of the meeting of Stowmarket Town Council held on Wednesday 21 January 2026 at 7.00pm", "",
      "110/25     MINUTES OF COMMITTEES", "           RESOLVED to receive the following minutes and to adopt the recommendations contained", "           therein:",
      "           (a)    Finance and Governance Committee, 3 December 2025;", "           (b)    Community Services Committee, 10 December 2025.", ""].join("\n");
    expect(extractMinutes(text, opts()).actions).toEqual([]);
  });
});

describe("hundred-and-fourteenth round: year-month-minute references, a dashed resolution, a vote then its decision in capitals", () => {
  it("reads '25/12-13' as minute 13 of December 2025, not of the year 2012/13, with '25/12-9.1' parts and 'Resolved – That' (Long Melford)", () => {
    const item = (n: string, title: string, body: string) => `${n.padEnd(12)}${title}\n            ${body}\n\n`;
    const text = "Minutes of the Meeting of Long Melford Parish Council held on Thursday 4th December 2025 at 7:30pm\n\n" +
      item("25/12-9", "Finance", "The Clerk presented the finance report.") + item("25/12-9.1", "Schedule of Payments", "Resolved – That the payments be approved.") +
      item("25/12-9.2", "Budget and Precept 2026/27", "Resolved – That the final budget be brought to the January meeting for resolution.") +
      item("25/12-12", "Highways", "Noted.") + item("25/12-13", "Open Spaces", "Noted.") +
      item("25/12-14", "Policies", "The Chair reported on the policies. Resolved – That the Staffing Committee review the Clerk's salary scale point.") +
      item("25/12-15", "Correspondence", "Noted.");
    const p = extractMinutes(text, opts(["2025-12-04", "2026-01-08"]));
    expect(p.items.map((i) => i.number)).toEqual(["25/12-9", "25/12-9.1", "25/12-9.2", "25/12-12", "25/12-13", "25/12-14", "25/12-15"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["25/12-9.2", null, "2026-01-08"], ["25/12-14", "Staffing Committee", null]]);
  });

  it("dates 'on the next agenda' by the next meeting, not the month of the event it is about, and reads 'Action: Clerk' over the task below it (Mildenhall)", () => {
    const text = ["Minutes of the Meeting of Mildenhall Parish Council held on Tuesday 13 January 2026 at 7.30pm", "",
      "25/93     HIGHWAYS, FOOTPATHS AND ENVIRONMENT", "", "25/93.1   Highways", "          The Clerk reported that the two potholes reported in November had now been repaired.",
      "                                                                       Action: Clerk", "          The Clerk to report the pothole at the Werg Lane junction", "          via MyWilts and circulate the reference number.", "",
      "25/93.2   Footpaths and Rights of Way", "          Noted.", "", "25/93.3   Tree at Poulton Hill", "          Noted.", "",
      "25/100    ITEMS FOR THE NEXT AGENDA", "          Cllr Pearce asked that the arrangements for the Annual Parish Meeting in April be", "          included on the next agenda.", ""].join("\n");
    const p = extractMinutes(text, opts(["2026-01-13", "2026-03-10", "2026-05-12"]));
    expect(p.actions.map((a) => [a.item, a.owner, a.due, a.text.slice(0, 30)])).toEqual([["25/93.1", "Clerk", null, "The Clerk to report the pothol"], ["25/100", null, "2026-03-10", "Cllr Pearce asked that the arr"]]);
  });

  it("reads the decision in capitals after 'CARRIED:' in a resolution record (Brandon)", () => {
    const text = ["Minutes of the Meeting of Brandon Town Council held on Monday 2 February 2026 at 7.00pm", "",
      "   10.  HIGHWAYS AND SPEEDING", "        Members discussed traffic speeds near schools in the town.", "        Resolution Record No. BTC/102/02/Feb/26",
      "        Proposed by Cllr. Mrs A Rowlands and seconded by Cllr. T Okafor.", "        CARRIED: 9 for, 1 abstention.",
      "        THAT SUFFOLK COUNTY COUNCIL BE RECOMMENDED TO CONSIDER A 20MPH ZONE ON GLEBE CLOSE.", ""].join("\n");
    expect(extractMinutes(text, opts()).actions.map((a) => [a.item, a.kind, a.text])).toEqual([["10", "recommendation", "SUFFOLK COUNTY COUNCIL BE RECOMMENDED TO CONSIDER A 20MPH ZONE ON GLEBE CLOSE."]]);
  });
});

describe("hundred-and-fifteenth round: year-first minute numbers with titles in their own column, and 'commencing 7.30 pm.'", () => {
  it("reads '26/01    PUBLIC FORUM     Mr Colin Ardley …' in three columns, with parts titled in any case (Lavenham)", () => {
    const row = (n: string, title: string, body: string, more: [string, string][] = []) =>
      [`${n.padEnd(9)}${title.padEnd(17)}${body}`, ...more.map(([t, b]) => `${" ".repeat(9)}${t.padEnd(17)}${b}`), ""];
    const text = ["Held on Thursday 8th January 2026, commencing 7.30 pm. in the Village Hall.", "",
      ...row("26/01", "PUBLIC FORUM", "Mr Ardley reported the potholes in Water Street.", [["", "The Clerk to report the potholes to Suffolk Highways."]]),
      ...row("26/02", "APOLOGIES FOR", "Apologies were received from Mr Pettit.", [["ABSENCE", "They were accepted."]]),
      ...row("26/09", "PLANNING", "The Council considered the following applications:"),
      ...row("26/09.1", "DC/25/06112 14", "Listed Building Consent for replacement windows.", [["Water Street", "No objection."]]),
      ...row("26/10", "FINANCE", "The finance report was received."),
      ...row("26/10.3", "Bank reconcili-", "The bank reconciliation had been checked. The Clerk", [["ation and audit", "was asked to obtain quotations from two internal auditors."]]),
      ...row("26/11", "HIGHWAYS AND", "Column 14 was leaning. The Clerk to obtain three quotes", [["STREET LIGHTING", "for its replacement."]])].join("\n");
    const p = extractMinutes(text, opts());
    expect(p.meeting.time).toBe("19:30");
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["26/01", "PUBLIC FORUM"], ["26/02", "APOLOGIES FOR ABSENCE"], ["26/09", "PLANNING"], ["26/09.1", "DC/25/06112 14 Water Street"],
      ["26/10", "FINANCE"], ["26/10.3", "Bank reconciliation and audit"], ["26/11", "HIGHWAYS AND STREET LIGHTING"]]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["26/01", "Clerk"], ["26/10.3", "Clerk"], ["26/11", "Clerk"]]);
  });
});

describe("hundred-and-sixteenth round: month-year-minute references, decisions that only accept, a vote line labelled 'Resolved:-'", () => {
  it("reads '01.26.231' as Manningtree's minute 231 of January 2026, not a date, and no task in apologies accepted", () => {
    const item = (n: string, title: string, body: string) => `${n}     ${title}\n\n              ${body}\n\n`;
    const text = "MINUTES OF THE MEETING OF MANNINGTREE TOWN COUNCIL HELD ON THURSDAY 15TH JANUARY 2026 AT 7.30 P.M.\n\n" +
      item("01.26.231", "TO RECEIVE AND APPROVE ANY APOLOGIES FOR ABSENCE", "Apologies were received from Cllr. L. Bristow. RESOLVED that the apologies be accepted.") +
      item("01.26.232", "TO RECEIVE ANY DECLARATIONS OF INTEREST", "None.") + item("01.26.233", "PUBLIC ANNOUNCEMENTS", "None.") +
      item("01.26.244", "POLICIES", "The Clerk presented the policy. RESOLVED that the Complaints Procedure be re-adopted without amendment.") +
      item("01.26.245", "GRANTS", "The Clerk to request a copy of the club's most recent annual accounts.");
    const p = extractMinutes(text, opts());
    expect(p.items.map((i) => i.number)).toEqual(["01.26.231", "01.26.232", "01.26.233", "01.26.244", "01.26.245"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["01.26.245", "Clerk"]]);
  });

  it("reads 'Resolved:- Proposer Cllr Shattock seconder Cllr Phillips – unanimous' as the vote, not a decision, and the line under it afresh (Coggeshall)", () => {
    const text = ["Minutes of a meeting of the PARISH COUNCIL held on Monday 12th January 2026 at 7.30 pm", "",
      "  26/03.   Minutes of previous meetings", "           The minutes of the meeting of Monday 8th December 2025 were approved and signed by the Chairman.",
      "           Resolved:- Proposer Cllr Shattock seconder Cllr Phillips – unanimous", "           The Clerk to send the signed minutes to the archive.", "",
      "  26/08.   Finance", "           The payments were approved.", "           Resolved:- Proposer Cllr Norris seconder Cllr Phillips – unanimous", ""].join("\n");
    expect(extractMinutes(text, opts()).actions.map((a) => [a.item, a.owner, a.text])).toEqual([["26/03", "Clerk", "The Clerk to send the signed minutes to the archive."]]);
  });
});

describe("hundred-and-seventeenth round: titles closed by a semicolon, and an undertaking's own day for what was asked", () => {
  it("reads 'FC/01.26/05     BUDGET AND PRECEPT 2026/27;' and its fellows as headings, figures and a semicolon and all (Wivenhoe)", () => {
    const item = (n: string, title: string, body: string) => `FC/01.26/${n}     ${title}\n\n                ${body}\n\n`;
    const text = "Minutes of the Meeting of Wivenhoe Town Council held on Monday 19 January 2026 at 7.30pm\n\n" +
      item("01", "APOLOGIES FOR ABSENCE:", "Apologies were received from Cllr Hart.") + item("02", "DECLARATIONS OF INTEREST;", "None.") +
      item("05", "BUDGET AND PRECEPT 2026/27;", "The RFO to submit the precept demand form to Colchester City Council by 30 January 2026.") +
      item("08", "MOTION FROM CLLR KETTLE - 20MPH SPEED LIMIT;", "The Town Clerk to write to the Colchester Local Highways Panel.");
    const p = extractMinutes(text, opts());
    expect(p.items.map((i) => i.number)).toEqual(["FC/01.26/01", "FC/01.26/02", "FC/01.26/05", "FC/01.26/08"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["FC/01.26/05", "RFO", "2026-01-30"], ["FC/01.26/08", "Town Clerk", null]]);
  });

  it("dates an ask for papers by the day the officer then promised them, not the meeting the ask named (Wickford)", () => {
    const text = ["Minutes of the Full Council meeting held on Tuesday 20 January 2026 at 7.30pm", "", "121/25    FINANCE", "",
      "          Cllr Okafor asked that the quarter three budget monitoring statement be circulated to all members ahead of the February",
      "          meeting. The RFO agreed to circulate the quarter three budget monitoring statement to all members by 6 February 2026.", ""].join("\n");
    expect(extractMinutes(text, opts(["2026-01-20", "2026-02-17"])).actions.map((a) => [a.item, a.owner, a.due])).toEqual([["121/25", "RFO", "2026-02-06"]]);
  });
});

describe("hundred-and-eighteenth round: titles closed by a full stop over hanging paragraphs, a time in the wrapped opening, a second 'Resolved' in one paragraph", () => {
  it("reads '11.  Allotments.' over its paragraph hung under the title's words as an item, agenda wording wrapped once too (Great Wakering)", () => {
    const text = ["Minutes of the Full Council Meeting held on Wednesday 21st January, 2026, commencing at 7.30 p.m.", "",
      "8.   To receive reports from the County Councillor and the District Councillors on County", "     and District matters.",
      "     Councillor Fenwick agreed to circulate the Local Highways Panel scheme list to all councillors.", "",
      "9.   To receive the Police report.", "     The Clerk to request the crime figures for the beat from the Rochford Community Policing Team.", "",
      "11.  Allotments.", "     Councillor Harrold left the room. The Clerk to write to the tenants of plots 14 and 22.", "",
      "12.  St Nicholas Churchyard and Burial Ground.", "     Resolved that the Clerk obtain quotations for felling the two ash trees.", ""].join("\n");
    const p = extractMinutes(text, opts());
    expect(p.items.map((i) => i.number)).toEqual(["8", "9", "11", "12"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["8", "Councillor Fenwick"], ["9", "Clerk"], ["11", "Clerk"], ["12", "Clerk"]]);
  });

  it("takes the time from the wrapped opening when the date set alone at the top right has none (South Woodham Ferrers)", () => {
    const text = ["                                                                        19 January 2026", "",
      "                                SOUTH WOODHAM FERRERS TOWN COUNCIL", "",
      "                   MINUTES OF THE MEETING OF THE FULL COUNCIL HELD AT CHAMPIONS MANOR",
      "                  HALL, HULLBRIDGE ROAD, SOUTH WOODHAM FERRERS, CM3 5LJ ON MONDAY 19",
      "                                  JANUARY 2026 AT 7.30PM", "",
      "115/25         APOLOGIES FOR ABSENCE", "               Apologies were received from Cllr Lodge.", ""].join("\n");
    expect(extractMinutes(text, opts()).meeting).toMatchObject({ date: "2026-01-19", time: "19:30" });
  });

  it("reads a second 'Resolved' in one paragraph as a decision of its own, and a body's name the page cut as one (Great Wakering)", () => {
    const text = ["Minutes of the Full Council Meeting held on Wednesday 21st January, 2026 at 7.30 p.m.", "",
      "10.  Planning.", "     Members were concerned about overdevelopment and the narrow access onto the High Street. Resolved",
      "     to object. The Clerk to submit the Council's objection to Rochford District", "",
      "     Council, citing drainage, highway safety and loss of the hedgerow.", "",
      "14.  Highways and Footpaths.", "     Resolved that the Clerk write to Essex County Council requesting that the bus shelter on",
      "     Common Road be repaired. Resolved to recommend to the Local Highways Panel that the crossing",
      "     upgrade be included in the 2026/27 programme. Footpath 12 was reported to the Public Rights of Way",
      "     team by the Clerk on 12th January; no further action required.", "",
      "16.  Memorial Hall.", "     The Memorial Hall Trustees' report was received.", ""].join("\n");
    const p = extractMinutes(text, opts(["2026-01-21", "2026-03-18"]));
    expect(p.actions.map((a) => [a.item, a.kind, a.owner, a.due])).toEqual([
      ["10", "request", "Clerk", null], ["14", "letter", "Clerk", null], ["14", "recommendation", "Local Highways Panel", null]]);
    expect(p.actions[0]!.text).toContain("Rochford District Council, citing drainage");
  });

  it("reads what was deferred to a meeting, items asked for an agenda and a member's repair as tasks, and rents held as none (Bildeston)", () => {
    expect(classifySentence("The Grievance and Disciplinary Policies were deferred to be reviewed at the March meeting.")?.kind).toBe("work-programme");
    expect(classifySentence("The following items were requested for the February agenda: the defibrillator at the Market Place and an update on the Neighbourhood Plan review.")?.kind).toBe("work-programme");
    expect(classifySentence("Cllr Wheeler will tighten the bolt on the junior swing frame and record it on the weekly inspection sheet.")).toMatchObject({ kind: "action" });
    expect(classifySentence("Members agreed to hold rents at £28 per full plot.")).toBeNull();
  });

  it("ends a roman-numbered decision where a paragraph starts back at the numeral's margin, and names the Clerk once for two tasks (Hullbridge)", () => {
    // The action column, far right, as pdftotext sets it.
    const tagged = (line: string) => `${line.padEnd(100)}Clerk`;
    const text = ["Minutes of the Full Council meeting held on Monday 19 January 2026 at 7.30pm", "",
      "124/25   FINANCE", "",
      "         The Clerk presented the draft budget. Following discussion it was RESOLVED that:",
      "         i.   the budget for 2026/27 be adopted with net expenditure of £241,850;",
      "         ii.  £15,550 be drawn from general reserves to fund the play area surfacing.",
      tagged("         The Clerk to submit the precept demand form to Rochford District Council by"),
      "         30 January 2026.",
      tagged("         The Clerk to publish the approved budget and precept on the Council's website."), "",
      tagged("         Members noted the auditor's interim visit. The Clerk to write"),
      "         to the internal auditor confirming the date of the year-end visit.", "",
      tagged("         The Clerk to obtain three quotes for a replacement lockable gate for the play area."), ""].join("\n");
    const p = extractMinutes(text, opts());
    expect(p.actions.map((a) => [a.owner, a.due])).toContainEqual(["Clerk", "2026-01-30"]);
    expect(p.actions.some((a) => /^The Clerk to publish the approved budget/.test(a.text))).toBe(true);
    expect(p.actions.every((a) => a.owner === "Clerk")).toBe(true);
  });

  it("reads a paper to come to a meeting and a body to be contacted under an action tag as tasks (South Woodham Ferrers)", () => {
    expect(classifySentence("A review of Standing Orders to come to the March meeting, incorporating the 2025 model.")?.kind).toBe("work-programme");
    expect(classifySentence("Bus shelters: Essex County Council Passenger Transport to be contacted about the damaged shelter in Merchant Street. [Action: NB]")).not.toBeNull();
  });
});

describe("hundred-and-nineteenth round: 'Members decided', 'agreed the Clerk should', and an auditor appointed there and then", () => {
  it("reads 'Members decided that …' as a resolution, each decision after a comma too (Wisbech)", () => {
    const text = ["WISBECH TOWN COUNCIL", "", "26 January 2026 – 7.30 pm", "", "MINUTES OF MEETING", "",
      "120/25     Matters arising", "",
      "           Members decided that the Clerk be asked to obtain three quotations for the replacement of the catenary wires.", "",
      "133/25     Correspondence", "",
      "           Members decided that the correspondence be noted, that the Clerk reply to the resident of Tinkers Drove explaining",
      "           the action being taken, and that Anglian Water be invited to give a presentation to a future meeting of the council.", ""].join("\n");
    const p = extractMinutes(text, opts());
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["120/25", "Clerk"], ["133/25", "Clerk"], ["133/25", "Anglian Water"]]);
    expect(p.actions[1]!.text).toMatch(/^The Clerk reply to the resident/);
  });

  it("reads 'Members agreed the Clerk should …', a proposal 'agreed by all to recommend', and an application to a body as tasks (Chatteris)", () => {
    expect(classifySentence("Members agreed the Clerk should obtain three quotes for resurfacing the main path through the cemetery.")).not.toBeNull();
    expect(classifySentence("Members agreed the Staffing Committee should review the Clerk's job description and report to Council in March 2026.")).not.toBeNull();
    expect(classifySentence("It was proposed by Cllr Ruston, seconded by Cllr Kettle and agreed by all to recommend to Fenland District Council that the application be refused.")?.kind).toBe("recommendation");
    expect(classifySentence("The Clerk was asked to apply to Fenland District Council for the road closure order for Remembrance Sunday 2026 by the end of March.")).not.toBeNull();
  });

  it("keeps the task's own day where a noted sentence after it names a month, over an action tag (Baldock)", () => {
    const text = ["Minutes of the Full Council meeting held on Monday 19 January 2026 at 7.30pm", "",
      "FC25/148    FINANCE", "",
      "            The Clerk to submit the precept demand to North Hertfordshire District Council by 30 January 2026. It was",
      "            noted that the District Council would publish the council tax bills in early March.",
      "                                                                            Action: TC", ""].join("\n");
    expect(extractMinutes(text, opts()).actions.map((a) => [a.item, a.due])).toEqual([["FC25/148", "2026-01-30"]]);
  });

  it("reads an internal auditor appointed at the meeting as settled, the letter confirming it as the task (Wickham Market)", () => {
    expect(classifyPoint("to appoint Suffolk Association of Local Councils' internal audit service for 2025/26 at a fee of £495", "RESOLVED")).toBeNull();
    expect(classifySentence("It was RESOLVED to appoint Yorkshire Local Councils Audit Services as the Council's internal auditor for 2025/26.")).toBeNull();
  });
});

describe("hundred-and-twentieth round: a column's piece beside a paragraph's short last line, a task under its condition, a meeting's date settled", () => {
  it("reads the owner beside a paragraph's short last line, and ends that owner's paragraph at its stop (Burnham Market, Aldeburgh)", () => {
    const col = (body: string, piece = "") => (piece ? `${body.padEnd(80)}${piece}` : body);
    const text = ["Minutes of the Parish Council meeting held on Monday 12 January 2026 at 7.00pm", "",
      "142/25    AMENITIES", "",
      col("          The Clerk to obtain three quotations for new bark surfacing", "Clerk"),
      "          beneath the swings.", "",
      col("          The Clerk to report the broken gate latch on the recreation ground", "Clerk"),
      "          to the contractor.", "",
      col("          The Clerk to order two replacement litter bins for the Market Place", "Clerk"),
      "          and the bus shelter.", "",
      col("          The Clerk to renew the play area inspection contract for a further", "Clerk"),
      "          year.", "",
      "          The survey had found movement in the chimney stack. It was AGREED that the Clerk should obtain three",
      "          quotes for the repair and report them to the March",
      col("          meeting of the Council.", "TC"),
      "          A site meeting with the conservation architect and the contractor to be",
      col("          arranged before the end of February 2026.", "SM"), "",
      "          To liaise with the family over the wording of the plaque and the",
      col("          installation date.", "SB"), ""].join("\n");
    const p = extractMinutes(text, opts(["2026-01-12", "2026-02-09", "2026-03-09"]));
    expect(p.actions.find((a) => /three quotes for the repair/.test(a.text))?.owner).toBe("Clerk");
    expect(p.actions.find((a) => /site meeting/.test(a.text))?.owner).toBe("SM");
    expect(p.actions.find((a) => /liaise with the family/.test(a.text))?.owner).toBe("SB");
  });

  it("reads a task under its condition, and one with its column's note under 'Items for future agendas' (Burnham Market)", () => {
    expect(classifySentence("If no date for clearance of the gully has been given, the Clerk to chase Highways by 31 January 2026 and report to members by email.")).toMatchObject({ kind: "action" });
    const text = ["Minutes of the Parish Council meeting held on Monday 12 January 2026 at 7.00pm", "", "147/25    ITEMS FOR FUTURE AGENDAS", "",
      "          The Clerk to provisionally book the Village Hall for the Annual Parish Meeting, date to be confirmed with the Chairman. [Action: Clerk]", ""].join("\n");
    expect(extractMinutes(text, opts()).actions.map((a) => [a.item, a.owner])).toEqual([["147/25", "Clerk"]]);
  });

  it("reads 'raise no objection' as a planning comment made, and 'Members discussed … and asked that …' as an ask (Biggleswade)", () => {
    expect(classifyPoint("that the Town Council raise no objection to this application.", "RESOLVED")).toBeNull();
    expect(classifySentence("Members discussed the longer term future of the chapel and asked that a report on options for the future use of the chapel be brought to the Council in March 2026.")).not.toBeNull();
  });

  it("names a councillor of a council given by its initials (Sandy)", () => {
    expect(findOwner("CBC Cllr Ferris undertook to chase the Highways team for a date for the resurfacing works.", new Map())).toBe("CBC Cllr Ferris");
  });

  it("reads items put on an agenda and a report to come to a meeting as business for it, and a meeting's date as settled (Stalham)", () => {
    expect(classifyPoint("to put the Christmas lights 2026 contract and budget on the agenda for the March meeting", "RESOLVED")).toBe("work-programme");
    expect(classifyPoint("that a report on the quotes and the remaining low-risk items come to the April meeting", "AGREED")).toBe("work-programme");
    const text = ["Minutes of the Town Council meeting held on Monday 2 February 2026 at 7.00pm", "", "25/168.   ANNUAL TOWN MEETING 2026", "",
      "          It was RESOLVED that the Annual Town Meeting be held on Monday 20 April 2026 at 7.00pm. The Clerk to book the Town Hall",
      "          for the Annual Town Meeting and invite local organisations to give short reports.", ""].join("\n");
    expect(extractMinutes(text, opts()).actions.map((a) => [a.owner, a.due, a.text.slice(0, 25)])).toEqual([["Clerk", null, "The Clerk to book the Tow"]]);
  });
});

describe("hundred-and-twenty-first round: minute, month and year with strokes, the meeting closed for the public, proposals 'SECONDED and RESOLVED'", () => {
  it("reads '1/1/26   Roll call' … as minute references, the month and year shared, titles in any case (Faringdon)", () => {
    const item = (n: string, title: string, body: string) => `${n.padEnd(9)}${title}\n         ${body}\n\n`;
    const text = "        Minutes of a Full Council meeting held on Wednesday 14th January 2026 at 7.15pm\n\n" +
      item("1/1/26", "Roll call", "Cllrs. present: Helen Ashby (Town Mayor), Tom Redfern.") + item("2/1/26", "Apologies for Absence", "Apologies were received from Cllr. Nash.") +
      item("11/1/26", "Budget and Precept 2026/27", "The Clerk to submit the precept demand form to the Vale of White Horse District Council by 23rd January 2026.") +
      item("16/1/26", "Town Park and Open Spaces", "Members were informed that three plots were poorly maintained. The Clerk to contact the holders of the three uncultivated plots.");
    const p = extractMinutes(text, opts());
    expect(p.items.map((i) => i.number)).toEqual(["1/1/26", "2/1/26", "11/1/26", "16/1/26"]);
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["11/1/26", "Clerk", "2026-01-23"], ["16/1/26", "Clerk", null]]);
  });

  it("goes on past 'The meeting was closed for Public Participation at 7.34 pm.' (Wendover)", () => {
    const text = ["Minutes of the Parish Council Meeting held on 12th January, 2026 in Wendover Library Room at 7.30 pm", "",
      "PC26/155    Public Participation", "            The meeting was closed for Public Participation at 7.34 pm.", "",
      "            The meeting reconvened at 7.46 pm.", "",
      "PC26/156    Local Policing Report", "            PCSO Rowe agreed to arrange a Community Speedwatch session on Aylesbury Road.", "",
      "PC26/157    Date of Next Meeting", "            The next meeting will be held on Monday 9th February 2026 at 7.30 pm.", ""].join("\n");
    const p = extractMinutes(text, opts());
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["PC26/156", "PCSO Rowe"]]);
    expect(p.nextMeeting).toEqual({ date: "2026-02-09", time: "19:30" });
  });

  it("reads what was 'PROPOSED … This was SECONDED and RESOLVED' as a decision, only where it asks something (Faringdon)", () => {
    const p = extractMinutes(["Minutes of a Full Council meeting held on Wednesday 14th January 2026 at 7.15pm", "", "14.      NEIGHBOURHOOD PLAN REVIEW", "",
      "         It was PROPOSED that the reasons for absence be APPROVED. This was SECONDED and RESOLVED. It was PROPOSED that the Council",
      "         recommends to the Vale of White Horse District Council that the designated neighbourhood area remain unchanged for the review.",
      "         This was SECONDED and RESOLVED.", ""].join("\n"), opts());
    expect(p.actions.map((a) => a.kind)).toEqual(["recommendation"]);
    expect(findOwner("Vale of White Horse District Council to confirm the area", new Map())).toBe("Vale of White Horse District Council");
  });

  it("keeps an agenda item asked for where another member's ask is answered as already in hand (Eynsham)", () => {
    const text = ["Minutes of the Parish Council meeting held on Tuesday 13 January 2026 at 7.30pm", "", "156/25        ITEMS FOR FUTURE AGENDAS",
      "              It was agreed that the review of allotment rents for 2026/27 be placed on the agenda for the February meeting. Cllr Danvers",
      "              asked for an update on the Chilbridge Road footpath; the Clerk confirmed this was already included in the action log.", ""].join("\n");
    expect(extractMinutes(text, opts(["2026-01-13", "2026-02-10"])).actions.map((a) => [a.kind, a.due])).toEqual([["work-programme", "2026-02-10"]]);
  });

  it("reads the Council deciding to write, a final budget to be presented and papers to go to a named committee (Chinnor, Tring)", () => {
    expect(classifySentence("Following discussion the Council agreed to write to the Thames Valley Police Neighbourhood Inspector requesting more regular patrols.")?.kind).toBe("letter");
    expect(classifySentence("The final budget and precept to be presented to the January meeting for resolution.")).not.toBeNull();
    expect(classifySentence("The revised Financial Regulations are to be brought to the Finance & Policy Committee on 9th March 2026.")).not.toBeNull();
    expect(findOwner("The Clerk to the Youth Town Council will circulate the results of the skatepark survey to all members.", new Map())).toBe("Clerk to the Youth Town Council");
  });
});

describe("hundred-and-twenty-second round: a year-first minute's numbered sub-headings, quotations and their report as one task", () => {
  it("reads '440.1. Payments' under '25/440    FINANCE', with no blank line before it, as sub-item 440.1 (Arlesey)", () => {
    const text = ["Minutes of the Town Council meeting held on Tuesday 20 January 2026 at 7pm", "",
      "25/439    POLICE REPORT", "          PCSO Faraday reported. The report was noted.", "",
      "25/440    FINANCE", "          440.1. Payments", "                 Members received the schedule of payments.", "                 RESOLVED that the payments be approved.",
      "          440.3. Precept 2026/27", "                 RESOLVED that a precept of £412,650 be set.",
      "                 The Clerk to submit the precept request form to Central Bedfordshire Council by 30 January 2026.", "",
      "25/441    PLANNING", "          441.1. Planning applications", "                 The Clerk to submit the Council's objection by 28 January 2026.", ""].join("\n");
    const p = extractMinutes(text, opts());
    expect(p.items.map((i) => i.number)).toEqual(["25/439", "25/440", "440.1", "440.3", "25/441", "441.1"]);
    expect(p.actions.map((a) => [a.item, a.due])).toEqual([["440.3", "2026-01-30"], ["441.1", "2026-01-28"]]);
  });

  it("reads '159.1   Applications considered. The Council …' as a titled sub-heading where every such number opens so (Redbourn)", () => {
    const text = ["Minutes of the Full Council meeting held on Monday 19 January 2026 at 7.30pm", "",
      " 159/25       PLANNING", " 159.1        Applications considered. The Council considered the applications. RESOLVED that the Clerk submit the",
      "              Council's comments to SADC before the consultation deadlines.", " 159.2        Decisions. The list of decisions was NOTED.",
      " 159.3        St Albans Local Plan. RESOLVED to recommend to St Albans City & District Council that the allocation include a",
      "              new footpath.", "", " 160/25       HIGHWAYS", "              The Clerk to report the pothole in the High Street.", ""].join("\n");
    expect(extractMinutes(text, opts()).actions.map((a) => [a.item, a.kind])).toEqual([["159.1", "request"], ["159.3", "recommendation"], ["160/25", "action"]]);
  });

  it("keeps quotations to be obtained and the report of them to a meeting as one task, due then (Berkhamsted)", () => {
    const text = ["Minutes of the Town Council meeting held on Monday 26 January 2026 at 7.30 pm", "", "149/25    CIVIC CENTRE", "",
      "          After discussion it was agreed that the Town Clerk should obtain three quotations for the rebuilding of the rear access",
      "          ramp and handrails, and that a report with the quotations come to the March meeting.", ""].join("\n");
    expect(extractMinutes(text, opts(["2026-01-26", "2026-02-23", "2026-03-23"])).actions.map((a) => [a.owner, a.due])).toEqual([["Town Clerk", "2026-03-23"]]);
  });
});

describe("hundred-and-twenty-third round: a task after a story over its action tag, 'RESOLVED further to', lists agreed with no noun", () => {
  it("dates the shorthand task after a story by its own month, not the event the story names (Flitwick)", () => {
    const text = ["MINUTES OF THE COMMUNITY SERVICES COMMITTEE MEETING HELD ON TUESDAY 13TH JANUARY 2026 AT 7.30PM", "", "1647     EVENTS", "",
      "        Members discussed arrangements for the Spring Fair on Manor Park on Saturday 16th May",
      "        2026. The Community Services Officer to book the entertainment and publish the event",
      "        on the Council's website and social media in March. Action: TH", ""].join("\n");
    expect(extractMinutes(text, opts()).actions.map((a) => [a.item, a.due])).toEqual([["1647", "2026-03"]]);
  });

  it("reads 'RESOLVED further to recommend that …' and a list 'The following were agreed for inclusion on the next agenda:' (Bromham)", () => {
    expect(classifyPoint("to recommend that Bedford Borough Council refer application 25/03188/MAF to its Planning Committee", "RESOLVED further")).toBe("recommendation");
    const text = ["MINUTES OF THE MEETING OF BROMHAM PARISH COUNCIL HELD ON TUESDAY 3 FEBRUARY 2026 AT 7.30PM", "",
      "16/26      PLANNING", "           RESOLVED further to recommend that Bedford Borough Council refer application 25/03188/MAF to its",
      "           Planning Committee rather than determine it under delegated powers.", "",
      "25/26      ITEMS FOR NEXT AGENDA", "           The following were agreed for inclusion on the next agenda: a review of the allotment rents",
      "           for 2026/27; and the arrangements for the VE Day commemoration beacon on the Recreation Ground.", "",
      "27/26      DATE OF NEXT MEETING", "           The next meeting will be held on Tuesday 3 March 2026 at 7.30pm.", ""].join("\n");
    expect(extractMinutes(text, opts(["2026-02-03", "2026-03-03"])).actions.map((a) => [a.item, a.kind, a.due])).toEqual([
      ["16/26", "recommendation", null], ["25/26", "work-programme", "2026-03-03"], ["25/26", "work-programme", "2026-03-03"]]);
  });

  it("names the Clerk who 'is also to' act, and reads members responding individually and minutes adopted as nothing to do", () => {
    expect(findOwner("The Clerk is also to prepare and submit the application for listed building consent.", new Map())).toBe("Clerk");
    expect(classifySentence("The Town Mayor asked that the Deputy Town Clerk circulate the dates of the Mayor's Charity events for 2026 to all Members.")).not.toBeNull();
    expect(classifySentence("Members would respond individually.")).toBeNull();
    expect(classifySentence("For Members to receive and adopt the minutes of the Community Services Committee meeting held 2nd December 2025.")).toBeNull();
  });
});

describe("hundred-and-twenty-fourth round: quotations to be sought, a councillor to walk the footpaths", () => {
  it("reads 'Quotations to be sought for …' as a task with no owner beside it, and 'will walk Footpaths 7 and 12' as a promise (Haddenham, Henlow)", () => {
    expect(classifySentence("Quotations to be sought for the repair of the pavilion roof, for consideration at the February meeting.")).not.toBeNull();
    expect(classifySentence("Three quotations for a replacement multi-play unit to be obtained for consideration at the March meeting.")).not.toBeNull();
    expect(classifySentence("Cllr Moffat will walk Footpaths 7 and 12 and report back to the next meeting.")).toMatchObject({ kind: "action" });
  });
});

describe("hundred-and-twenty-fifth round: the agenda's wording in title case wrapped over three lines", () => {
  it("reads '7/26  To Receive And In So Far As Required, Ratify Recommendations Contained In' over two more lines as item 7/26 (Sawtry)", () => {
    const text = ["Minutes of a meeting of Sawtry Parish Council held on January 14th 2026 at 7.30pm", "",
      "6/26       To Receive The Chairman's Report", "           The Chairman reported on the Christmas lights.", "",
      "7/26       To Receive And In So Far As Required, Ratify Recommendations Contained In",
      "           The Minutes Of The Following Committees (attached to this Agenda as", "           listed)", "",
      "           The Clerk to update the asset register to include the new bench at Fen Lane.", "",
      "8/26       To Consider And Set The Precept For 2026/27", "           RESOLVED to set the precept at £212,000.", ""].join("\n");
    const p = extractMinutes(text, opts());
    expect(p.items.map((i) => i.number)).toEqual(["6/26", "7/26", "8/26"]);
    expect(p.actions.map((a) => [a.item, a.owner])).toEqual([["7/26", "Clerk"]]);
  });
});

describe("hundred-and-twenty-sixth round: a time wrapped after 'at', fees shown from a day, a proposal carried by its count", () => {
  it("reads the next meeting's time wrapped to the line below 'at', and a schedule updated 'from 1st April 2026' (Fenstanton)", () => {
    const text = ["Minutes of the meeting held on Thursday 12th February 2026 at 19.00", "", "9.      CEMETERY", "",
      "        Cllr M Brennan proposed that the cemetery fees for 2026/27 be increased by 3%, Cllr T Fowler 2nd, all in favour. The",
      "        Clerk to update the cemetery fees schedule on the website from 1st April 2026.", "",
      "14.     Date of next meeting", "", "        The next Parish Council Ordinary Meeting will be held on Thursday 12th March 2026 at",
      "        19.00 in Fenstanton Village Hall.", ""].join("\n");
    const p = extractMinutes(text, opts());
    expect(p.nextMeeting).toEqual({ date: "2026-03-12", time: "19:00" });
    expect(p.actions.map((a) => [a.item, a.owner, a.due])).toEqual([["9", "Clerk", "2026-04-01"]]);
  });

  it("reads 'It was PROPOSED by … and SECONDED by … to recommend …' over a vote with more for than against as decided (Sawston)", () => {
    const text = ["MINUTES of a FULL PARISH COUNCIL MEETING HELD ON Tuesday 13 January 2026 Meeting commenced at 7.30 pm", "", "151     PLANNING", "",
      "        It was PROPOSED by Councillor R Dunmore and SECONDED by Councillor T Ashworth to recommend to Greater Cambridge Shared",
      "        Planning that application 25/04512/FUL be refused for the reasons given above.", "        VOTE: 10 FOR : 1 ABSTENTION", "",
      "        It was PROPOSED by Councillor A Bell and SECONDED by Councillor C Dean to recommend to Cambridgeshire County Council that a",
      "        weight limit be introduced on Mill Lane.", "        VOTE: 3 FOR : 8 AGAINST", ""].join("\n");
    expect(extractMinutes(text, opts()).actions.map((a) => [a.item, a.kind, a.text.slice(0, 40)])).toEqual([["151", "recommendation", "It was PROPOSED by Councillor R Dunmore "]]);
  });
});

describe("hundred-and-twenty-seventh to -ninth rounds: owners beside each sentence, sub-headings in sentence case, a meeting's day in its minute numbers", () => {
  const beside = (body: string, owner = "") => (owner ? `              ${body}`.padEnd(92) + owner : `              ${body}`);

  it("gives each task of one paragraph the owner beside its own last line, and reads 'to be asked to' and 'the end of the month' (Bottisham)", () => {
    const text = ["BOTTISHAM PARISH COUNCIL", "Minutes of the meeting held on Tuesday 13 January 2026 at 7.30pm", "",
      "Present: Cllr K Whitmore (KW), Cllr R Pryce (RP)", "",
      " 25/150       RECREATION GROUND AND PAVILION",
      beside("It was RESOLVED that the zip wire be closed until repaired. The Clerk to obtain"),
      beside("three quotes for the zip wire repair and report to the February meeting.", "Clerk"),
      beside("The pavilion boiler had failed twice in December. Cllr Pryce agreed"),
      beside("to arrange for a Gas Safe engineer to inspect the pavilion boiler.", "RP"),
      beside("The lease expires on 31 May 2026. The Clerk to place the renewal of the"),
      beside("football club lease on the agenda for the March meeting of the Council.", "Clerk"),
      beside("A proposal by Cllr Dunning to install a second defibrillator at the"),
      beside("pavilion was withdrawn pending information on costs."), "",
      " 25/153       VILLAGE MAINTENANCE",
      beside("The ditch on Beechwood Avenue is again blocked near the footbridge."),
      beside("The lengthsman to be asked to clear the ditch on Beechwood Avenue"),
      beside("before the end of the month.", "KW"),
      beside("The dog bin on Maple Close is regularly overflowing. The Clerk to ask"),
      beside("East Cambridgeshire District Council to install an additional dog bin.", "Clerk"), ""].join("\n");
    expect(extractMinutes(text, opts(["2026-01-13", "2026-02-10", "2026-03-10"])).actions.map((a) => [a.item, a.text.slice(0, 30), a.due])).toEqual([
      ["25/150", "The Clerk to obtain three quot", "2026-02-10"], ["25/150", "Cllr Pryce agreed to arrange f", null],
      ["25/150", "The Clerk to place the renewal", "2026-03-10"],
      ["25/153", "The lengthsman to be asked to ", "2026-01"], ["25/153", "The Clerk to ask East Cambridg", null]]);
  });

  it("reads 'FC/270126/4' as item 4 of the meeting of 27 January 2026, and short sub-headings in sentence case as their own items (Burwell, Witchford)", () => {
    expect(refHeading("FC/270126/4   Matters arising from the minutes (for information only)")).toMatchObject({ ref: "FC/270126/4", numeric: 4 });
    const text = ["Minutes of the meeting of Witchford Parish Council held on Monday 12 January 2026 at 7.30pm", "",
      "2740.        REPORTS FROM OTHER BODIES", "", "2740.1       County Councillor's report",
      "             In answer to a question, Cllr Hughes agreed to find out from Highways when the road would be resurfaced.", "",
      "2740.2       District Councillor's report", "             Cllr Dunstan would send the Clerk the link to the consultation documents.", "",
      "2741.        FINANCE", "             The payments were approved.", "", "2742.        PLANNING", "             Noted.", ""].join("\n");
    expect(extractMinutes(text, opts()).actions.map((a) => a.item)).toEqual(["2740.1", "2740.2"]);
  });

  it("sets apart '5.1 Speed Indicator Device (SID)' over its paragraph under '2026/01-5' (Elsworth)", () => {
    const text = ["Minutes of the meeting of Elsworth Parish Council held on Wednesday 21st January 2026 at 7.30pm", "",
      "2026/01-4     Public Participation", "              None.", "",
      "2026/01-5     Update on items from the November 2025 PC meeting", "              5.1 Speed Indicator Device (SID)",
      "              GF reported that the solar panel had failed. GF to obtain two further quotes for a replacement panel.", "",
      "              5.2 Children's play area", "              RA would arrange for the loose safety surfacing to be repaired.", "",
      "              5.3 Trees and hedges", "              The Clerk to write to the owner of 12 Cross Lane asking that the hedge be cut back.", "",
      "2026/01-6     Finance", "              Noted.", ""].join("\n");
    expect(extractMinutes(text, opts()).actions.map((a) => a.item)).toEqual(["5.1", "5.2", "5.3"]);
  });

  it("parts the Clerk's task from what was adopted or written, and dates a list under 'for the February agenda:' by that meeting (Burwell, Barrington)", () => {
    expect(extractMinutes(["Minutes of the meeting held on Tuesday 27th January 2026 at 7.30pm", "", "12.   CLIMATE CHANGE FORUM", "",
      "      It was RESOLVED to adopt the updated Climate Emergency Action Plan and the Clerk to publish the updated",
      "      Climate Emergency Action Plan on the Council's website.", "", "13.   CORRESPONDENCE", "",
      "      It was RESOLVED that the Chairman write to the Mayor of the Combined Authority objecting to the withdrawal of the",
      "      evening journeys. The Clerk was also asked to request passenger numbers from the Combined Authority.", ""].join("\n"), opts())
      .actions.map((a) => [a.item, a.owner])).toEqual([["12", "Clerk"], ["13", "Chairman"], ["13", "Clerk"]]);
    const list = ["Minutes of the meeting held on Monday 5 January 2026 at 7.30pm", "", "015/26   ITEMS FOR THE NEXT AGENDA",
      "         The following items were requested for the February agenda:", "         •  Arrangements for the Annual Parish Meeting in April.",
      "         •  Drainage of the recreation ground.", ""].join("\n");
    expect(extractMinutes(list, opts(["2026-01-05", "2026-02-02", "2026-04-13"])).actions.map((a) => a.due)).toEqual(["2026-02-02", "2026-02-02"]);
  });

  it("reads 'RESOLVED to recommend refusal to South Cambridgeshire District Council' as the Council's recommendation (Willingham, Longstanton)", () => {
    expect(classifyPoint("to recommend refusal to South Cambridgeshire District Council on the grounds of highway safety.", "RESOLVED")).toBe("recommendation");
    expect(classifyPoint("to recommend approval to Huntingdonshire District Council.", "RESOLVED")).toBe("recommendation");
  });
});

describe("hundred-and-thirtieth round: a bare number's dash title, initials two spaces short of the column, another proposal after the last point", () => {
  it("reads '4        District Councillor’s Report – Cllr Tom Pellow reported …' as item 4 titled so (Haslingfield)", () => {
    const text = ["Minutes of the meeting of Haslingfield Parish Council held on Monday 12th January 2026 at 7.30pm", "",
      "1        Apologies for absence – Cllr Rachel Moss (work commitments). The apologies were accepted.", "",
      "2        Declarations of interest – Cllr Gareth Lowe declared a non-pecuniary interest in item 8.", "",
      "4        District Councillor’s Report – Cllr Tom Pellow reported on the draft budget. Cllr Pellow agreed to",
      "         circulate the briefing note on the Local Plan timetable to all parish councillors.", "",
      "5        County Councillor’s Report – Cllr Janet Rudd reported on the budget consultation. Cllr Rudd undertook",
      "         to obtain the latest traffic count data for Barton Road.", ""].join("\n");
    const p = extractMinutes(text, opts());
    expect(p.items.map((i) => [i.number, i.title])).toEqual([["1", "Apologies for absence"], ["2", "Declarations of interest"],
      ["4", "District Councillor's Report"], ["5", "County Councillor's Report"]]);
    expect(p.actions.map((a) => a.item)).toEqual(["4", "5"]);
  });

  it("keeps 'the next meeting' whole where initials stand two spaces before it, a character short of the column (Caldecote)", () => {
    const at = (body: string, owner: string, col = 93) => `           ${body}`.padEnd(col) + owner;
    const text = ["Minutes of the meeting held on Tuesday 13th January 2026 at 7.30pm", "", "25/146    REPORTS", "",
      at("Cllr Marsh reported on the A428 works. The Clerk to publish the notice of the", "Clerk", 94),
      "           closures on the Council website.", "",
      at("The hedge on Footpath 5 is overhanging and obstructing the path. The Clerk to", "Clerk", 94),
      "           write to the landowner asking that the hedge be cut back.", "",
      at("Members asked about the effect on traffic through the village. The Clerk to", "Clerk", 94),
      "           report on it at the February meeting.", "",
      at("The tree survey had been received. The Clerk to arrange the urgent works with", "Clerk", 94),
      "           the contractor.", "",
      // The body ends two characters before 93, one short of the column at 94.
      "           Cllr Penrose agreed to give an update on the A428 traffic diversions to the next  AP",
      "           meeting.", "", "25/147    DATE OF NEXT MEETING", "           Tuesday 10th February 2026.", ""].join("\n");
    const last = extractMinutes(text, opts(["2026-01-13", "2026-02-10"])).actions.at(-1)!;
    expect([last.text, last.due]).toEqual(["Cllr Penrose agreed to give an update on the A428 traffic diversions to the next meeting. [Action: AP]", "2026-02-10"]);
  });

  it("dates 'the Annual Parish Meeting in April be included on the agenda for the March meeting' by the March meeting (Grantchester)", () => {
    expect(due("Cllr Bennett asked that arrangements for the Annual Parish Meeting in April be included on the agenda for the March meeting.",
      { meetingDate: "2026-01-13", knownMeetings: [{ date: "2026-03-10", time: null }, { date: "2026-04-14", time: null }] })).toBe("2026-03-10");
  });

  it("reads a motion 'to install …' withdrawn as nothing to do, and a proposal after a resolution's last point as debate (Balsham, Coton)", () => {
    expect(classifySentence("Cllr Mortlock's motion to install outdoor gym equipment on the Recreation Ground was WITHDRAWN by the proposer pending the outcome of the funding enquiry.")).toBeNull();
    const text = ["Minutes of the meeting held on Monday 12 January 2026 at 7.30pm", "", "07/26   PLANNING", "",
      "        RESOLVED:", "        (i)   that Cllr Lambert draft the Council's statement of case by 30 January 2026;",
      "        (ii)  that the Clerk write to Pippa Heylings MP seeking her support for the Council's position.",
      "        A proposal that the Council appoint a planning consultant to represent it at the inquiry was put to the vote and was LOST.", ""].join("\n");
    expect(extractMinutes(text, opts()).actions.map((a) => [a.owner, a.kind])).toEqual([["Cllr Lambert", "action"], ["Clerk", "letter"]]);
  });
});

describe("hundred-and-thirty-first round: action bullets under initials, a legend of initials, titles run on after a numbered stop", () => {
  it("reads 'Action CP   •  Chase …' lines as tasks, owned by the names a legend of initials gives (Foxton)", () => {
    const text = ["Minutes of the meeting of Foxton Parish Council held on Monday 2 February 2026 at 7.30pm", "",
      "Initials used in the action lists: CP Caroline Pryce, KW Karen Whitlock, HG Huw", "Garland.", "",
      "5.    Matters Arising", "      The gully outside 41 Station Road is blocked again.", "",
      "      Action CP   •  Chase Cambridgeshire County Council Highways for a date to clear the", "                     gully outside 41 Station Road.",
      "      Action KW   •  Chase Anglian Water for a written reply on the Caxton Lane sewer smell.", "",
      "6.    Highways", "      Action HG   •  Report the faded SLOW markings on Fowlmere Road through Highways Report It.", ""].join("\n");
    expect(extractMinutes(text, opts()).actions.map((a) => [a.item, a.owner, a.text.slice(0, 20)])).toEqual([
      ["5", "Caroline Pryce", "Chase Cambridgeshire"], ["5", "Karen Whitlock", "Chase Anglian Water "], ["6", "Huw Garland", "Report the faded SLO"]]);
  });

  it("sets apart '118.1     Applications received' over a paragraph opening on a reference (Ickleton)", () => {
    const text = ["Minutes of the meeting held on Monday 12 January 2026 at 7.30pm", "", "118/25    PLANNING", "118.1     Applications received",
      "          25/04601/FUL, land north of Grange Road. It was RESOLVED to object. The Clerk to submit the objection.",
      "118.2     Decisions notified by the planning authority", "          The following decisions were noted.",
      "118.3     Wellcome Genome Campus expansion - Section 106 contributions", "          The Clerk to write to the planning officer.", "",
      "119/25    FINANCE", "          Noted.", ""].join("\n");
    expect(extractMinutes(text, opts()).actions.map((a) => a.item)).toEqual(["118.1", "118.3"]);
  });

  it("reads '109.  HIGHWAYS, FOOTPATHS AND TRAFFIC – The Local Highways Improvement bid …' as item 109 (Great Abington)", () => {
    const text = ["A Meeting of Great Abington Parish Council was held on Monday 19th January 2026 at 7.30pm", "",
      "102.  APOLOGIES – Mrs Jean Ashby (work commitments). The apologies were accepted.", "",
      "108.  PLANNING", "      No applications.", "",
      "109.  HIGHWAYS, FOOTPATHS AND TRAFFIC – The bid had been shortlisted. Ian Rowley agreed to contact the landowner.", "",
      "110.  RECREATION GROUND – The Clerk to circulate the full RoSPA report to all councillors.", "",
      "111.  POLICING – The Clerk to request monthly crime figures from the Neighbourhood Policing Team.", ""].join("\n");
    expect(extractMinutes(text, opts()).actions.map((a) => a.item)).toEqual(["109", "110", "111"]);
  });

  it("reads a meeting's day agreed there and then, and another body's event noted, as nothing to do (Thriplow, Tewin)", () => {
    expect(classifySentence("Members agreed to hold it on Monday 11 May 2026 in the village hall.")).toBeNull();
    expect(classifySentence("Members noted that the Tewin Society will hold its spring litter pick on Saturday 14 March 2026, meeting at the Memorial Hall at 10am.")).toBeNull();
    expect(classifySentence("Members agreed to hold a litter pick and the Clerk to book the hall.")).not.toBeNull();
  });

  it("dates 'The Clerk to include a report on …' under 'Items for the next agenda' by the next meeting (Little Shelford)", () => {
    const text = ["Minutes of the meeting held on Monday 19 January 2026 at 7.30pm", "", "14.     Items for the next agenda",
      "        Warden Scheme; internal audit quotes. The Clerk to include a report on the Wale parking on match",
      "        days, which was requested by email by Cllr Whitcombe.", "",
      "15.     Date of next meeting", "        Monday 16 March 2026 at 7.30pm.", ""].join("\n");
    expect(extractMinutes(text, opts(["2026-01-19", "2026-03-16"])).actions.filter((a) => /Wale/.test(a.text)).map((a) => a.due)).toEqual(["2026-03-16"]);
  });
});

describe("HTML and keys", () => {
  it("decodes HTML that was entity-encoded twice", () => {
    expect(htmlToText("&amp;lt;p&amp;gt;Fees &amp;amp;amp; charges&amp;lt;/p&amp;gt;&amp;lt;ul&amp;gt;&amp;lt;li&amp;gt;one&amp;lt;/li&amp;gt;&amp;lt;/ul&amp;gt;")).toBe("Fees & charges\n\n• one");
    expect(htmlToText("<p>RESOLVED:</p><p>That the council&#39;s report be noted.</p>")).toBe("RESOLVED:\n\nThat the council's report be noted.");
  });

  it("makes the same source key from the same words, whatever the spacing and case", () => {
    const a = minutesSourceKey("cyp", "2020-03-16", "46", "Requests a briefing note on the MOMO app.");
    expect(minutesSourceKey("cyp", "2020-03-16", "46", "requests a  briefing note on the momo app")).toBe(a);
    expect(minutesSourceKey("cyp", "2020-03-16", "47", "Requests a briefing note on the MOMO app.")).not.toBe(a);
  });
});
