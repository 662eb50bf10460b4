// Minutes that print each item's title in capitals in a left-hand column, its number in the next and its paragraphs
// in a third (East Ayrshire):
//   "MINUTE OF PREVIOUS MEETING    2.    The Minute of the meeting …"
//   "AYRSHIRE ROADS ALLIANCE:      4.    There was submitted a report …"
//   "CARRIAGEWAY DEFECTS AND             by the Head of Ayrshire Roads Alliance …"
// Rewritten as "2. MINUTE OF PREVIOUS MEETING" over the paragraph, the title's wrapped parts gathered from the column.

// The Western Isles print the title in title case and the number without a stop: "Internal Audit         3    With …".
// Crickhowell numbers its minutes on through the years: "COUNTY COUNCIL        6416    County Cllr Rhys reported …".
const ROW = /^([A-Z][A-Za-z0-9 ,&'’:/()–-]{2,60}?)[ \t]{2,}(\d{1,4})\.?([ \t]{2,})(\S.*)$/;
// A year on a line of its own ("2025/26") is the end of a title too.
const TITLE_PART = /^[A-Z0-9][A-Za-z0-9 ,&'’:/()–-]*[A-Za-z]{2}[A-Za-z0-9 ,&'’:/()–-]*$|^\d{4}(?:\/\d{2,4})?$/;

export function withLeftColumnTitles(text: string): string {
  return titlesBetweenColumns(titlesUnderNumbers(titlesBesideNumbers(text)));
}

// Market Drayton prints three columns, the number at the margin, the title in capitals beside it and wrapping in its own
// column, and the paragraph in a third:
//   "C.142/25  DECLARATIONS OF    Councillor Bebbington declared a non-pecuniary interest in"
//   "          INTEREST           minute C.153/25 as a trustee of Market Drayton Museum and"
// Rewritten as "C.142/25 DECLARATIONS OF INTEREST" over the paragraph.
const THREE_COLUMNS = /^([A-Z]{0,3}\.?\d{1,4}(?:\/\d{2,4})?)\.?[ \t]{2,}([A-Z][A-Z0-9,&'’:/()–-]*(?: [A-Z0-9,&'’:/()–-]+)*)[ \t]{3,}(\S.*)$/;

// "26/10.2  Budget and       The draft budget had been considered …" (Lavenham): a numbered part, its title in sentence case.
const PART_ROW = /^(\d{1,4}\/\d{2,4}\.\d{1,2})\.?[ \t]{2,}([A-Z][A-Za-z0-9,&'’:/()–-]*(?: [A-Za-z0-9,&'’:/()–-]+)*)[ \t]{2,}(\S.*)$/;

function titlesBetweenColumns(text: string): string {
  const lines = text.split("\n");
  const rows = lines.map((l) => THREE_COLUMNS.exec(l) ?? PART_ROW.exec(l));
  const columns = rows.flatMap((m, i) => (m ? [lines[i]!.length - m[3]!.length] : []));
  // Each number's parts in turn: "C.142/25" before "C.143/25", and "26/01" before "26/02" (Lavenham numbers by the year first).
  const numbers = rows.flatMap((m) => (m ? [m[1]!.match(/\d+/g)!.map(Number)] : []));
  const before = (a: number[], b: number[]) => { const k = a.findIndex((x, j) => x !== b[j]); return k < 0 ? a.length < b.length : b[k] === undefined ? false : a[k]! < b[k]!; };
  // Five such rows at least, the paragraphs in one column, numbered in order.
  if (columns.length < 5 || new Set(columns).size > 1 || numbers.some((n, k) => k > 0 && !before(numbers[k - 1]!, n))) return text;
  const column = columns[0]!;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = rows[i];
    if (!m) { out.push(lines[i]!); continue; }
    // Below a part's number the column holds only its title, in whatever case ("Decisions" over "notified", "Bank reconcili-" over
    // "ation and audit", Lavenham); a word hyphenated there is one word.
    const { title, body, end } = titleInColumn(lines, i, column, m[3]!, "", /\.\d{1,2}$/.test(m[1]!));
    i = end;
    out.push(`${m[1]} ${[m[2]!.trim(), ...title].join(" ").replace(/([a-z])- (?=[a-z])/g, "$1")}`, "", ...body);
  }
  return out.join("\n");
}

function titlesBesideNumbers(text: string): string {
  const lines = text.split("\n");
  const rows = lines.map((l) => ROW.exec(l));
  // Three such rows at least, their paragraphs in one column: a layout, not a stray line.
  const columns = rows.flatMap((m, i) => (m ? [lines[i]!.length - m[4]!.length] : []));
  // And numbered in order: a table of names and numbers ("Councillor Lister   26   Personal …") is not items.
  const numbers = rows.flatMap((m) => (m ? [Number(m[2])] : []));
  if (columns.length < 3 || new Set(columns).size > 2 || numbers.some((n, k) => k > 0 && n <= numbers[k - 1]!)) return text;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = rows[i];
    if (!m) { out.push(lines[i]!); continue; }
    const column = lines[i]!.length - m[4]!.length;
    const { title, body, end } = titleInColumn(lines, i, column, m[4]!, m[1]!.trim());
    i = end;
    out.push(`${m[2]}. ${[m[1]!.trim(), ...title].join(" ")}`, "", ...body);
  }
  return out.join("\n");
}

// Padstow Harbour Commissioners print the number at the margin with the paragraph beside it, and the title in the same left
// column below the number, beside the paragraph's next lines:
//   "11/25/01               Mr C Jory, Commodore of Rock Sailing and Water Ski Club, raised the"
//   "To Take Information    condition of the lower section of the Rock slipway, …"
//   "and Comments from      broken away below the half-tide mark …"
// Rewritten as "11/25/01 To Take Information and Comments from …" over the paragraph.
const NUMBER_ROW = /^(\d{1,4}(?:\/\d{1,4}){0,2})\.?([ \t]{2,})(\S.*)$/;

function titlesUnderNumbers(text: string): string {
  const lines = text.split("\n");
  const rows = lines.map((l) => NUMBER_ROW.exec(l));
  const columns = rows.flatMap((m, i) => (m ? [lines[i]!.length - m[3]!.length] : []));
  const column = columns[0];
  const last = (m: RegExpExecArray) => Number(m[1]!.split("/").pop());
  const numbers = rows.flatMap((m) => (m ? [last(m)] : []));
  // Three such rows at least, every paragraph in one column well in from the margin, and numbered in order.
  if (column === undefined || columns.length < 3 || new Set(columns).size > 1 || column < 12 || numbers.some((n, k) => k > 0 && n <= numbers[k - 1]!)) return text;
  // And titles below the numbers: a left column of words beside the paragraph.
  const titled = rows.filter((m, i) => m && (lines[i + 1] ?? "").slice(0, column).trim() && /[ \t]{2,}$/.test((lines[i + 1] ?? "").slice(0, column)));
  if (titled.length < 3) return text;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = rows[i];
    if (!m) { out.push(lines[i]!); continue; }
    const { title, body, end } = titleInColumn(lines, i, column, m[3]!);
    if (!title.length) { out.push(lines[i]!); continue; }
    i = end;
    out.push(`${m[1]} ${title.join(" ")}`, "", ...body);
  }
  return out.join("\n");
}

/** The parts of a title in the left column below line i, beside the paragraph's next lines, and the paragraph's lines. */
function titleInColumn(lines: string[], i: number, column: number, first: string, head = "", anyCase = false): { title: string[]; body: string[]; end: number } {
  const title: string[] = [];
  const body = [" ".repeat(column) + first];
  let end = i;
  for (let j = i + 1; j < lines.length; j++) {
    const left = lines[j]!.slice(0, column);
    const part = left.trim();
    // "MATTERS ARISING from" over "the previous meeting" over "(for information" over "only)." (Crickhowell): a title that stopped
    // on a word that cannot end one, or inside brackets, goes on in lower case.
    const sofar = [head, ...title].join(" ").trim();
    const goesOn = (/\b(?:of|from|on|in|and|the|for|to|at|by|with|&)$/i.test(sofar) || /\([^)]*$/.test(sofar) || /^\([a-z]/.test(part)) && /^[a-z(][A-Za-z0-9 ,&'’:/()–.-]*$/.test(part);
    // The next line's left column holds more of the title only where it is set off from the paragraph's words.
    if (!part || !(TITLE_PART.test(part) || goesOn || (anyCase && /^[a-z][A-Za-z0-9 ,&'’:/()–-]*$/.test(part))) || (!/[ \t]{2,}$/.test(left) && lines[j]!.length > column)) break;
    title.push(part);
    if (lines[j]!.slice(column).trim()) body.push(" ".repeat(column) + lines[j]!.slice(column).trim());
    end = j;
  }
  return { title, body, end };
}
