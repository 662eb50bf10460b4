// The proposal the minutes extractor makes: exactly the JSON shape of CONTRACT.md, plus the
// provenance and due wording that the database keeps but the contract output leaves out.

export type ActionKind = "action" | "request" | "work-programme" | "letter" | "recommendation";

export interface ProposedMeeting {
  committee: string;
  date: string;        // YYYY-MM-DD
  time: string | null; // HH:MM
  place: string | null;
}

export interface ProposedItem { number: string; title: string }

export interface ProposedAction {
  item: string;
  text: string;
  owner: string | null;
  due: string | null;  // YYYY-MM-DD, YYYY-MM, or null
  kind: ActionKind;
  /** Not in the contract output: the words the due date came from, and the source excerpt. */
  dueText: string | null;
  provenance: string;
}

export interface MinutesProposal {
  meeting: ProposedMeeting;
  items: ProposedItem[];
  actions: ProposedAction[];
  nextMeeting: { date: string; time: string | null } | null;
}

/** A meeting of the committee already known to Scrutineer, for "the March meeting". */
export interface KnownMeeting { date: string; time: string | null }

export interface ExtractOptions {
  committee: string;
  /** Meetings of the committee already in the database, to resolve "for the March meeting". */
  knownMeetings?: KnownMeeting[];
  /** When the source already says when the meeting was (ModernGov), the header need not. */
  meeting?: { date: string; time?: string | null; place?: string | null };
}

/** The contract's JSON: the proposal without the fields kept only for the database. */
export function toContractJson(p: MinutesProposal) {
  return {
    meeting: p.meeting,
    items: p.items,
    actions: p.actions.map(({ item, text, owner, due, kind }) => ({ item, text, owner, due, kind })),
    nextMeeting: p.nextMeeting,
  };
}
