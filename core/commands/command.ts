// The command language's parsed form, shared by the parser, the handler and every adapter.
import type { IsoDate } from "../dates.js";

export interface DateWindow { from: IsoDate; to: IsoDate; label: string }

export type Command =
  | { kind: "help"; topic?: string }
  | { kind: "due"; window: DateWindow }
  | { kind: "meetings"; from?: IsoDate; nextOnly: boolean }
  | { kind: "agenda"; date?: IsoDate }
  | { kind: "actions"; filter: "mine" | "overdue" | "all" | { target: string }; page: number }
  | { kind: "action"; id: number }
  | { kind: "progress"; id: number; text: string }
  | { kind: "done"; id: number; text: string }
  | { kind: "plan"; period?: string }
  | { kind: "selfeval"; period?: string }
  | { kind: "link"; committee: string }
  | { kind: "reminders"; on: boolean }
  | { kind: "schedule"; text: string };

export const VERBS = ["help", "due", "meetings", "agenda", "actions", "action", "progress", "done", "plan", "selfeval", "link", "schedule", "reminders"] as const;
