// The rules for layouts and phrasings the first corpus did not have, one at a time: PDF page furniture and
// hyphenation, space-aligned tables, bilingual labels, parish shorthand, split decisions, initials as owners.
import { describe, expect, it } from "vitest";
import { extractMinutes } from "../../core/import/minutes/extract.js";
import { joinHyphenatedLines, removeRunningLines } from "../../core/import/minutes/page-text.js";
import { layoutTable } from "../../core/import/minutes/layout-table.js";
import { findDue } from "../../core/import/minutes/dates.js";
import { findAbbreviations, findOwner, ownerName } from "../../core/import/minutes/owners.js";
import { classifyPoint } from "../../core/import/minutes/cues.js";

const HEAD = "Minutes of the meeting held on 15 January 2024 at 10.00 am\n\n";
const extract = (body: string, knownMeetings: string[] = []) =>
  extractMinutes(HEAD + body, { committee: "c", knownMeetings: knownMeetings.map((date) => ({ date, time: null })) });
const summary = (body: string, known?: string[]) => extract(body, known).actions.map((a) => [a.item, a.kind, a.owner, a.due]);

describe("text as a PDF gives it", () => {
  it("drops the running header and footers at page breaks, and signature lines", () => {
    const pages = [
      "FIRE AUTHORITY\n\n1. ITEM\n\nRESOLVED that:\n(a) the report be noted;\n\nPage 1 of 3\nChair's initials ..........\n",
      "FIRE AUTHORITY – 5 OCTOBER 2023\n\n(b) the Treasurer report back.\n\nPage 2 of 3\nChair's initials ..........\n",
      "FIRE AUTHORITY – 5 OCTOBER 2023\n\n2. NEXT ITEM\n\nPage 3 of 3\nChair's initials ..........\n",
    ];
    const text = removeRunningLines(pages.join("\f"));
    expect(text).not.toMatch(/Page \d of 3|initials|5 OCTOBER/);
    expect(text).toContain("FIRE AUTHORITY\n");
    expect(text).toContain("(b) the Treasurer report back.");
    // Without page breaks nothing is taken out.
    expect(removeRunningLines("A\nB\nA\n")).toBe("A\nB\nA\n");
  });

  it("rejoins words hyphenated at a line end, keeping real compounds", () => {
    expect(joinHyphenatedLines("undertook to circu-\nlate the terms")).toBe("undertook to circulate the terms");
    expect(joinHyphenatedLines("the on-call rota and on-\ncall staff")).toBe("the on-call rota and on-call staff");
    expect(joinHyphenatedLines("firefighters and fire-\nfighters")).toBe("firefighters and firefighters");
    expect(joinHyphenatedLines("the co-\nopted member")).toBe("the co-opted member");
    expect(joinHyphenatedLines("agreed:-\nThat")).toBe("agreed:-\nThat");
  });

  it("reads a meeting date that a wrapped capitalised opening splits over lines", () => {
    const p = extractMinutes("MINUTES OF THE MEETING OF THE AUTHORITY HELD AT\nHEADQUARTERS, STANBURY, ON THURSDAY 5 OCTOBER\n2023 AT 10.00 AM\n\nFRA/23/41 APOLOGIES\n\nNone.\n", { committee: "c" });
    expect(p.meeting).toMatchObject({ date: "2023-10-05", time: "10:00" });
    expect(p.items.map((i) => i.number)).toEqual(["FRA/23/41"]);
  });
});

describe("tables printed as space-aligned columns", () => {
  it("rebuilds rows from the heading's column positions, wrapped cells rejoined", () => {
    const lines = [
      "Minute   Action                              Owner                  Due",
      "14       Circulate the figures for each      Head of Environmental  31 July 2023",
      "         ward                                Services",
      "15       Add the booking system to the       Scrutiny Officer       -",
      "         work programme",
      "",
      "The meeting closed at 8.10 pm.",
    ];
    expect(layoutTable(lines, 0)).toEqual({
      rows: [
        ["Minute", "Action", "Owner", "Due"],
        ["14", "Circulate the figures for each ward", "Head of Environmental Services", "31 July 2023"],
        ["15", "Add the booking system to the work programme", "Scrutiny Officer", "-"],
      ],
      end: 4,
    });
    // Prose with double spaces, and a label with its value, are not tables.
    expect(layoutTable(["Members agreed.  The Chair thanked them.  The meeting closed.", "Next paragraph."], 0)).toBeNull();
    expect(layoutTable(["Date:     Wednesday 12 July 2023"], 0)).toBeNull();
  });

  it("reads a recommendations table, its rows recommendations except those that only note", () => {
    const body = [
      "1. TASK GROUP REPORT", "",
      "RESOLVED - That the recommendations in the table below be agreed.", "",
      "  No.  Recommendation                        Responsible           Target date",
      "  1    That a vacancy dashboard be           Service Director      31 March 2024",
      "       published quarterly",
      "  2    That the Panel notes the progress     -                     -",
      "       made on the action zone",
    ].join("\n");
    expect(summary(body)).toEqual([["1", "recommendation", "Service Director", "2024-03-31"]]);
  });

  it("gives each row of an action log to the item it names, wherever the log is printed", () => {
    const body = [
      "14. Waste", "", "The report was noted.", "", "15. Roads", "", "The report was noted.", "", "16. Date of next meeting", "", "Wednesday 13 March 2024.", "",
      "ACTIONS ARISING", "",
      "Minute   Action                                   Responsible Officer   Target Date",
      "14       Circulate the fly-tipping figures        Head of Waste         31 January 2024",
      "15       Write to National Highways about the     Chair                 -",
      "         A36 closure",
      "Minute   Action                                   Responsible Officer   Target Date",
      "15       Add the parking review to the work       Scrutiny Officer      Next meeting",
      "         programme",
    ].join("\n");
    expect(summary(body)).toEqual([
      ["14", "request", "Head of Waste", "2024-01-31"],
      ["15", "letter", "Chair", null],
      ["15", "work-programme", "Scrutiny Officer", "2024-03-13"],
    ]);
  });
});

describe("labels, references and parish shorthand", () => {
  it("reads bilingual resolution labels and 'Min 23/112' references", () => {
    const body = "Min 23/112  Highways\nPENDERFYNWYD / RESOLVED: That the Director of Education write to the Welsh Government about the grant.\n\nMin 23/113  Apologies\nNone.\n";
    expect(summary(body)).toEqual([["23/112", "letter", "Director of Education", null]]);
  });

  it("takes the owner of a decision from the shorthand line after it, but keeps a separate shorthand task apart", () => {
    const body = [
      "1. Highways", "", "It was resolved to apply for a second speed sign. Cllr Bright to complete the application form by the end of November. Pothole on Mill Road still not repaired. Clerk to chase.", "",
      "2. Finance", "", "Resolved that the precept decision be deferred to the January meeting; the Clerk and Cllr Copley to revise the draft budget to include play area repairs.", "",
    ].join("\n");
    expect(summary(body, ["2024-02-05"]).map((a) => a.slice(1))).toEqual([
      ["action", "Cllr Bright", "2024-11"],
      ["action", "Clerk", null],
      // After a meeting on 15 January, "the January meeting" is next year's.
      ["work-programme", null, "2025-01"],
      ["action", "Clerk and Cllr Copley", null],
    ]);
  });

  it("lists an item of business for the next agenda entry by entry, due at the next meeting", () => {
    const body = "1. Items for the next agenda\n\nDefibrillator maintenance; Annual Parish Meeting arrangements.\n\n2. Date of next meeting\n\nMonday 11 March 2024 at 7.30pm.\n";
    expect(summary(body)).toEqual([["1", "work-programme", null, "2024-03-11"], ["1", "work-programme", null, "2024-03-11"]]);
  });
});

describe("decisions and owners in prose", () => {
  it("splits 'agreed that A, and that B' into two entries, each with its own owner and date", () => {
    const body = "1. Work programme\n\nMembers agreed that an item on housing be added to the work programme for the 13 March 2024 meeting, and that a task and finish group on bus shelters be established, with the Scrutiny Officer to draft terms of reference by the end of February.\n";
    expect(summary(body)).toEqual([["1", "work-programme", null, "2024-03-13"], ["1", "action", "Scrutiny Officer", "2024-02"]]);
  });

  it("finds the owner behind a pronoun, a delegation, a first clause and 'be authorised to'", () => {
    const body = [
      "1. Report", "",
      "Cllr Grimshaw reported on the budget consultation. He will find out whether the bins will still be emptied and let the Clerk know.", "",
      "The Board agreed the approach and delegated sign-off of the draft to the Director of Public Health in consultation with the Chair.", "",
      "The Head of Service did not have the figures to hand and would circulate them after the meeting.", "",
      "RESOLVED – That the Chief Finance Officer be authorised to sign the letter of representation.", "",
    ].join("\n");
    expect(extract(body).actions.map((a) => a.owner)).toEqual(["Cllr Grimshaw", "Director of Public Health", "Head of Service", "Chief Finance Officer"]);
  });

  it("expands owners given as initials defined in the attendance list, and reads 'ACTION: owner – task (date)'", () => {
    const body = "Present: Mark Collins (MC) – Director; Priya Shah (PS) – ICB\n\n1. Fund\n\nThe Board requested a report on discharge at the July meeting.\n\nACTION: MC/PS\n\nACTION: All partners – nominate a prevention lead (31.05.24)\n";
    expect(summary(body, ["2024-07-11"])).toEqual([["1", "request", "Mark Collins / Priya Shah", "2024-07-11"], ["1", "action", "All partners", "2024-05-31"]]);
  });

  it("reads 'Follow-up:' lines as action lines, with an owner and a date after a comma", () => {
    const body = "1. Budget\n\nCouncillor Kerr asked for a list of the savings proposals that had been rejected.\nFollow-up: Chief Finance Officer, by 31 October 2024.\n\nMembers discussed reserves.\nFollow-up: Head of Finance to circulate the reserves policy.\n";
    expect(summary(body)).toEqual([["1", "request", "Chief Finance Officer", "2024-10-31"], ["1", "request", "Head of Finance", null]]);
  });

  it("gives an undertaking that answers 'asked how many …' the question's words", () => {
    const p = extract("1. Local Plan\n\nCouncillor Aziz asked how many responses had come from residents under 25. Officers did not have this figure and agreed to provide it after the meeting.\n");
    expect(p.actions.map((a) => [a.text, a.owner])).toEqual([["Councillor Aziz asked how many responses had come from residents under 25. Officers did not have this figure and agreed to provide it after the meeting.", "Officers"]]);
  });

  it("reads a date after the owner in an 'ACTION: XX - date' tail, over any date the paragraph gives", () => {
    const body = "Present: Kwame Mensah (KM) - Director\n\n1. Discharge\n\nMembers asked KM to bring back an analysis of readmissions before the next meeting. ACTION: KM - June 2024\n";
    expect(summary(body)).toEqual([["1", "request", "Kwame Mensah", "2024-06"]]);
  });

  it("reads owners that are named bodies or task groups, and no clause after a role", () => {
    const none = new Map<string, string>();
    expect(ownerName("People and Culture Committee", none)).toBe("People and Culture Committee");
    expect(ownerName("Panel's task group on violence against women and girls", none)).toBe("Panel's task group on violence against women and girls");
    expect(ownerName("Head of Parking Services attend its next meeting", none)).toBeNull();
    expect(findOwner("The Committee requested that the Head of Parking Services attend its next meeting to explain the response.", none)).toBe("Head of Parking Services");
    expect(findAbbreviations("Sarah Booth (SB) – Director").get("SB")).toBe("Sarah Booth");
  });

  it("does not track courtesies, and recommends to a named member in full", () => {
    expect(classifyPoint("That the Committee's thanks be passed on to the library staff.", "RESOLVED")).toBeNull();
    expect(classifyPoint("That a letter of thanks be sent to the volunteers.", "RESOLVED")).toBe("letter");
    expect(summary("1. Waste\n\nRESOLVED that the Committee recommends to the Executive Member for Environment that the decision be deferred.\n")).toEqual([["1", "recommendation", "Executive Member for Environment", null]]);
  });
});

describe("due dates for lists and programmes", () => {
  const ctx = { meetingDate: "2024-02-06", nextMeeting: null, knownMeetings: [{ date: "2024-03-19", time: null }] };

  it("reads a date set after a list entry with a dash or in brackets", () => {
    expect(findDue("School Transport Policy Review – 19 March 2024", ctx).due).toBe("2024-03-19");
    expect(findDue("Circulate the figures (31 July 2024)", ctx).due).toBe("2024-07-31");
    // A date inside the words, with no cue, is only mentioned.
    expect(findDue("the 19 March 2024 consultation report", ctx).due).toBeNull();
  });

  it("puts business added to the programme 'for March' at the March meeting, but not a working group 'in March'", () => {
    expect(summary("1. Work programme\n\nMembers agreed that an update on procurement be added to the work programme for March.\n", ["2024-03-19"])).toEqual([["1", "work-programme", null, "2024-03-19"]]);
    expect(summary("1. Work programme\n\nRESOLVED - That the work schedule be approved, subject to the addition of a working group meeting on housing in March 2024.\n", ["2024-03-19"])).toEqual([["1", "work-programme", null, "2024-03"]]);
    expect(summary("1. Forward plan\n\nThe following items were added: Healthwatch annual report (March); Tobacco control update (October).\n", ["2024-03-19"])).toEqual([["1", "work-programme", null, "2024-03-19"], ["1", "work-programme", null, "2024-10"]]);
  });
});
