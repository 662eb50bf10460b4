// Dates typed into spreadsheet cells, read strictly: "31/02/2021" is an error, not 3 March;
// "March 2021" is a month; "Ongoing" and "Q3 2021/22" are words with no date, kept as written.
import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import type { Cell } from "./read.js";

export type CellDate =
  | { kind: "day"; value: string; text: string }
  | { kind: "month"; value: string; text: string }
  | { kind: "words"; text: string | null }
  | { kind: "error"; message: string };

const NO_DATE = /^(?:ongoing|on-?going|tbc|tba|tbd|asap|n\/?a|none|nil|immediate(?:ly)?|complete(?:d)?|continuous|as\s+required|as\s+needed|annually|quarterly|monthly|weekly|next\s+meeting|various|done|-+)$/i;
const PERIOD_WORDS = /\bq[1-4]\b|\bquarter\b|\b\d{4}\s*\/\s*\d{2,4}\b|\b(?:spring|summer|autumn|winter|financial\s+year|year\s+end)\b/i;
const pad = (n: number) => String(n).padStart(2, "0");

export function parseDateCell(cell: Cell): CellDate {
  if (cell.date) return { kind: "day", value: cell.date, text: cell.text };
  const text = cell.text.trim();
  if (!text) return { kind: "words", text: null };
  if (NO_DATE.test(text) || !/\d/.test(text) || PERIOD_WORDS.test(text) && !/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(text)) return { kind: "words", text };
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (m) return day(Number(m[3]!.length === 2 ? `20${m[3]}` : m[3]), Number(m[2]), Number(m[1]), text);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return month(Number(m[2]), Number(m[1]), text);
  const endOf = /\bend\s+of\b/i.test(text);
  const found = chrono.en.GB.parse(text, new Date("2000-01-01T12:00:00Z"))[0];
  if (found && found.start.isCertain("month") && found.start.isCertain("year")) {
    const y = found.start.get("year")!, mo = found.start.get("month")!;
    return found.start.isCertain("day") && !endOf ? day(y, mo, found.start.get("day")!, text) : month(y, mo, text);
  }
  if (found && found.start.isCertain("month")) return { kind: "error", message: `"${text}" has no year` };
  if (/\b\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\s+\d{4}\b/i.test(text)) return { kind: "error", message: `"${text}" is not a real date` };
  return { kind: "error", message: `"${text}" is not a date I can read: write e.g. 31/01/2021 or January 2021` };
}

function day(y: number, m: number, d: number, text: string): CellDate {
  const dt = DateTime.fromObject({ year: y, month: m, day: d }, { zone: "UTC" });
  if (!dt.isValid || y < 1990 || y > 2100) return { kind: "error", message: `"${text}" is not a real date` };
  return { kind: "day", value: `${y}-${pad(m)}-${pad(d)}`, text };
}

function month(y: number, m: number, text: string): CellDate {
  if (m < 1 || m > 12 || y < 1990 || y > 2100) return { kind: "error", message: `"${text}" is not a real month` };
  return { kind: "month", value: `${y}-${pad(m)}`, text };
}
