// Spreadsheets (.csv through csv-parse, .xlsx through exceljs) as rows of cells, each row keeping the
// number a person sees in Excel, so every validation message can point at "row 4, column …".
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { UserError } from "../../errors.js";
import type { InputFile } from "../input.js";
import { checkZip } from "../zip.js";
import { decodeText } from "../text/decode.js";

export interface Cell { text: string; date: string | null; number: number | null }
export interface SheetRow { row: number; cells: Cell[] }

export const MAX_ROWS = 50_000;
const MAX_COLUMNS = 200;
const EMPTY: Cell = { text: "", date: null, number: null };

export async function readSheet(file: InputFile, preferredSheet?: RegExp): Promise<SheetRow[]> {
  return file.ext === "csv" ? readCsv(file) : readXlsx(file, preferredSheet);
}

function readCsv(file: InputFile): SheetRow[] {
  const text = decodeText(file.buffer, file.name);
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true, trim: true, max_record_size: 100_000 }) as string[][];
  } catch (e) {
    const m = /line (\d+)/i.exec((e as Error).message);
    throw new UserError(`${file.name} is not valid CSV${m ? ` (near line ${m[1]})` : ""}: ${(e as Error).message.split(/[.:]/)[0]}`);
  }
  if (records.length > MAX_ROWS) throw new UserError(`${file.name} has ${records.length} rows; the limit is ${MAX_ROWS}`);
  return records.map((r, i) => ({ row: i + 1, cells: r.slice(0, MAX_COLUMNS).map((t) => ({ text: t, date: null, number: numberOf(t) })) }));
}

async function readXlsx(file: InputFile, preferredSheet?: RegExp): Promise<SheetRow[]> {
  checkZip(file.buffer, file.name, ".xlsx");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file.buffer as unknown as ArrayBuffer);
  } catch {
    throw new UserError(`${file.name} is not a readable Excel (.xlsx) workbook`);
  }
  const sheet = (preferredSheet && wb.worksheets.find((w) => preferredSheet.test(w.name))) || wb.worksheets.find((w) => w.rowCount > 0);
  if (!sheet) throw new UserError(`${file.name} has no worksheet with anything in it`);
  if (sheet.rowCount > MAX_ROWS) throw new UserError(`${file.name} has ${sheet.rowCount} rows; the limit is ${MAX_ROWS}`);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    const count = Math.min(row.cellCount, MAX_COLUMNS);
    for (let c = 1; c <= count; c++) cells.push(cellOf(row.getCell(c).value));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

/** An Excel cell's value as text, with the calendar date when it is a date cell. */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (value instanceof Date) {
    // Excel dates have no zone; exceljs reads them as UTC midnight.
    const iso = value.toISOString().slice(0, 10);
    return { text: iso, date: iso, number: null };
  }
  if (typeof value === "number") return { text: String(value), date: null, number: value };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", date: null, number: null };
  if (typeof value === "string") return { text: value.trim(), date: null, number: numberOf(value) };
  if (typeof value === "object") {
    if ("richText" in value) return cellOf(value.richText.map((r) => r.text).join(""));
    if ("result" in value) return cellOf((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in value) return cellOf(String((value as { text: unknown }).text));
    if ("error" in value) return { text: String((value as ExcelJS.CellErrorValue).error), date: null, number: null };
  }
  return { text: String(value), date: null, number: null };
}

function numberOf(t: string): number | null {
  const s = t.trim().replace(/,/g, "");
  return /^-?\d+(?:\.\d+)?$/.test(s) ? Number(s) : null;
}

export const cellAt = (row: SheetRow, index: number): Cell => (index >= 0 ? row.cells[index] ?? EMPTY : EMPTY);
export const isBlankRow = (row: SheetRow) => row.cells.every((c) => !c.text);
