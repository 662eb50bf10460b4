// Meetings and committees as the importers read them, before they meet the database.
export interface ImportedCommittee { externalId: string; title: string; deleted: boolean; expired: boolean }

export interface ImportedAgendaItem { number: string; title: string; text: string | null; minutesHtml: string | null }

export interface ImportedMeeting {
  externalSource: "moderngov" | "ical";
  externalId: string;
  committeeExternalId: string | null;
  committeeTitle: string | null;
  date: string;           // YYYY-MM-DD
  time: string | null;    // HH:MM
  cancelled: boolean;
  place: string | null;
  title: string | null;
  agenda: ImportedAgendaItem[];
}

export interface MeetingsFile { kind: "moderngov-committees" | "moderngov-meetings" | "moderngov-meeting" | "ical"; committees: ImportedCommittee[]; meetings: ImportedMeeting[] }
