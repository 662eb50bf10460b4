// Tracker rows to validated entries. Every row is checked and every problem reported with its row and
// column ("row 4, column "By When": "31/02/2021" is not a real date"); one problem means nothing is written.
import { createHash } from "node:crypto";
import { cellAt, isBlankRow, type SheetRow } from "../sheets/read.js";
import { findHeader, rejectIfErrors } from "../sheets/columns.js";
import { parseDateCell } from "../sheets/dates.js";
import { TRACKER_COLUMNS, trackerStatus } from "./columns.js";

export interface TrackerEntry {
  row: number;
  key: string;             // ref column or the normalised action words, for re-import
  text: string;
  ownerText: string;
  dueText: string | null;
  due: string | null;      // YYYY-MM-DD or YYYY-MM
  successCriteria: string | null;
  progress: string | null;
  status: string;
  meetingDate: string | null;
  recommendation: string | null;
}

export function parseTracker(rows: SheetRow[], fileName: string): TrackerEntry[] {
  const { columns, dataRows } = findHeader(rows, TRACKER_COLUMNS, fileName);
  const errors: string[] = [];
  const entries: TrackerEntry[] = [];
  const seen = new Map<string, number>();
  const col = (field: keyof typeof columns) => columns[field];
  const problem = (row: number, field: keyof typeof columns, message: string) => errors.push(`row ${row}, column "${col(field).heading}": ${message}`);

  for (const r of dataRows) {
    if (isBlankRow(r)) continue;
    const get = (field: keyof typeof columns) => cellAt(r, col(field).index);
    const text = get("action").text;
    const ownerText = get("owner").text;
    if (!text) problem(r.row, "action", "is empty");
    if (!ownerText) problem(r.row, "owner", "is empty");
    const due = parseDateCell(get("due"));
    if (due.kind === "error") problem(r.row, "due", due.message);
    const statusText = get("status").text;
    const status = trackerStatus(statusText);
    if (!status) problem(r.row, "status", `"${statusText}" is not a status I know: use Complete, In progress, Not started, Open or a RAG colour`);
    let meetingDate: string | null = null;
    if (col("meeting").index >= 0 && get("meeting").text) {
      const m = parseDateCell(get("meeting"));
      if (m.kind === "day") meetingDate = m.value;
      else problem(r.row, "meeting", m.kind === "error" ? m.message : `"${get("meeting").text}" is not a date`);
    }
    if (text.length > 4000) problem(r.row, "action", `is ${text.length} characters long; the limit is 4,000`);
    const ref = get("ref").text;
    const key = ref ? `ref:${ref.toLowerCase().replace(/\s+/g, "")}` : `text:${hash(text)}`;
    const earlier = seen.get(key);
    if (text && earlier !== undefined) errors.push(`row ${r.row}: repeats row ${earlier}${ref ? ` (the same ${col("ref").heading} "${ref}")` : " (the same action)"}`);
    seen.set(key, r.row);
    entries.push({
      row: r.row, key, text, ownerText,
      dueText: due.kind === "error" ? null : due.text,
      due: due.kind === "day" || due.kind === "month" ? due.value : null,
      successCriteria: get("success").text || null,
      progress: get("progress").text || null,
      status: status ?? "unknown",
      meetingDate,
      recommendation: get("recommendation").text || null,
    });
  }
  rejectIfErrors(fileName, errors);
  if (entries.length === 0) rejectIfErrors(fileName, [`no rows of actions under the header row`]);
  return entries;
}

const hash = (s: string) => createHash("sha256").update(s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim()).digest("hex").slice(0, 16);
export { hash as trackerHash };
