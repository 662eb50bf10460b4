// Reading PDFs back with poppler-utils, as a reader's tools would.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "scrutineer-pdf-"));
let n = 0;

export function savePdf(pdf: Uint8Array, name = `r${++n}`): string {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/** The PDF's text in reading order, with runs of whitespace collapsed so phrases match across line breaks. */
export function pdfText(path: string): string {
  return run("pdftotext", ["-enc", "UTF-8", path, "-"]).replace(/\s+/g, " ");
}

export function pdfInfo(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run("pdfinfo", [path]).split("\n")) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!.trim()] = m[2]!.trim();
  }
  return out;
}

/** Every font with its "emb" (embedded) column. */
export function pdfFonts(path: string): { name: string; embedded: boolean }[] {
  const lines = run("pdffonts", [path]).split("\n").slice(2).filter(Boolean);
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name type [encoding…] emb sub uni object ID: emb is the 5th column from the end.
    return { name: cols[0]!, embedded: cols[cols.length - 5] === "yes" };
  });
}

export interface OutlineItem { title: string; page: number; children: OutlineItem[] }

/** The document outline (bookmarks), read with pdftohtml -xml. */
export function pdfOutline(path: string): OutlineItem[] {
  const xml = run("pdftohtml", ["-xml", "-i", "-q", "-stdout", path]);
  const start = xml.indexOf("<outline>");
  if (start < 0) return [];
  const root: OutlineItem[] = [];
  const stack: OutlineItem[][] = [];
  let current = root;
  const token = /<outline>|<\/outline>|<item page="(\d+)">([\s\S]*?)<\/item>/g;
  token.lastIndex = start;
  let m: RegExpExecArray | null;
  let depth = 0;
  while ((m = token.exec(xml))) {
    if (m[0] === "<outline>") {
      depth++;
      if (depth > 1) {
        const parent = current[current.length - 1];
        stack.push(current);
        current = parent ? parent.children : current;
      }
    } else if (m[0] === "</outline>") {
      depth--;
      if (depth === 0) break;
      current = stack.pop() ?? root;
    } else {
      current.push({ title: decode(m[2]!), page: Number(m[1]), children: [] });
    }
  }
  return root;
}

const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&apos;/g, "'").replace(/&amp;/g, "&").trim();

/** The PDF's raw bytes as text, for checks on objects Chromium writes uncompressed (catalog, links). */
export function pdfRaw(pdf: Uint8Array): string {
  return Buffer.from(pdf).toString("latin1");
}
