// Minutes as text, whatever they arrived as: plain text, HTML, Word (.docx, through mammoth's HTML so
// tables keep their cells) or PDF (its text layer, through pdftotext). Each failure is one clear line.
// A file on disk (the CLI) and one that arrived as bytes (a chat upload) are read the same way.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import mammoth from "mammoth";
import { UserError } from "../../errors.js";
import { readInputFile, type InputFile } from "../input.js";
import { checkZip } from "../zip.js";
import { decodeText } from "./decode.js";
import { htmlToText } from "./html.js";

const run = promisify(execFile);
export const MINUTES_EXTENSIONS = ["txt", "text", "md", "html", "htm", "docx", "pdf"] as const;

export async function readDocumentText(path: string): Promise<{ name: string; text: string }> {
  const file = readInputFile(path, MINUTES_EXTENSIONS);
  return { name: file.name, text: await documentText(file) };
}

/** The text of a checked input file (see input.ts), whichever of the minutes formats it is. */
export async function documentText(file: InputFile): Promise<string> {
  const { name, buffer } = file;
  switch (file.ext) {
    case "html":
    case "htm":
      return htmlToText(decodeText(buffer, name));
    case "docx":
      return docxText(buffer, name);
    case "pdf":
      return pdfText(file.path, buffer, name);
    default:
      return decodeText(buffer, name);
  }
}

async function docxText(buffer: Buffer, name: string): Promise<string> {
  checkZip(buffer, name, ".docx");
  try {
    const { value } = await mammoth.convertToHtml({ buffer });
    return htmlToText(value);
  } catch {
    throw new UserError(`${name} is not a readable Word (.docx) document`);
  }
}

/** pdftotext reads the file, or (for bytes not on disk) its standard input. */
async function pdfText(path: string, buffer: Buffer, name: string): Promise<string> {
  if (buffer.subarray(0, 5).toString("latin1") !== "%PDF-") throw new UserError(`${name} is not a PDF file`);
  let stdout: string;
  try {
    const running = run("pdftotext", ["-enc", "UTF-8", "-q", path || "-", "-"], { timeout: 30_000, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" });
    if (!path) {
      // pdftotext may stop reading early on a broken file: that is its error to report, not a crash here.
      running.child.stdin?.on("error", () => undefined);
      running.child.stdin?.end(buffer);
    }
    ({ stdout } = await running);
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { killed?: boolean };
    if (err.code === "ENOENT") throw new UserError(`cannot read PDF files here: pdftotext is not installed`);
    throw new UserError(err.killed ? `${name} took too long to read` : `${name} is not a readable PDF file`);
  }
  if (!stdout.trim()) throw new UserError(`${name} has no text layer (a scanned image?); export the minutes as text or Word instead`);
  return stdout;
}
