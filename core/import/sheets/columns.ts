// Column headings as councils actually write them, matched to fields: "By When", "Target date" and
// "Deadline" are all the due date. The header row is the first near the top that names enough of them.
import { UserError } from "../../errors.js";
import type { SheetRow } from "./read.js";

export interface ColumnSpec<F extends string> {
  field: F;
  label: string;            // the name used in messages when the column is missing
  synonyms: RegExp;         // matched against the normalised heading
  required?: boolean;
}

export type ColumnMap<F extends string> = Record<F, { index: number; heading: string }>;

export const normaliseHeading = (h: string) => h.toLowerCase().replace(/[\s_\-–/\\.:?*()]+/g, " ").trim();

export function findHeader<F extends string>(rows: SheetRow[], specs: ColumnSpec<F>[], fileName: string): { headerRow: number; columns: ColumnMap<F>; dataRows: SheetRow[] } {
  let best: { at: number; found: number } | null = null;
  for (let i = 0; i < Math.min(rows.length, 15); i++) {
    const found = specs.filter((s) => rows[i]!.cells.some((c) => s.synonyms.test(normaliseHeading(c.text)))).length;
    if (found >= 2 && (!best || found > best.found)) best = { at: i, found };
  }
  if (!best) {
    throw new UserError(`${fileName}: no header row found in the first 15 rows; expected columns such as ${specs.filter((s) => s.required).map((s) => `"${s.label}"`).join(", ")}`);
  }
  const header = rows[best.at]!;
  const columns = {} as ColumnMap<F>;
  const missing: string[] = [];
  for (const s of specs) {
    const index = header.cells.findIndex((c) => s.synonyms.test(normaliseHeading(c.text)));
    columns[s.field] = { index, heading: index >= 0 ? header.cells[index]!.text : s.label };
    if (index < 0 && s.required) missing.push(`"${s.label}"`);
  }
  if (missing.length) {
    const has = header.cells.map((c) => c.text).filter(Boolean).map((t) => `"${t}"`).join(", ");
    throw new UserError(`${fileName}: row ${header.row} (the header row) has no ${missing.join(" or ")} column; it has ${has}`);
  }
  return { headerRow: header.row, columns, dataRows: rows.slice(best.at + 1) };
}

/** Every problem in one message, so a user can fix the file in one go; nothing is written. */
export function rejectIfErrors(fileName: string, errors: string[]): void {
  if (!errors.length) return;
  const shown = errors.slice(0, 20).join("; ");
  const more = errors.length > 20 ? `; and ${errors.length - 20} more` : "";
  throw new UserError(`${fileName}: ${errors.length} problem${errors.length > 1 ? "s" : ""}, nothing imported: ${shown}${more}`);
}
