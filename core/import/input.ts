// Reading an uploaded file safely: one size limit for every importer, checked before a byte is read,
// so a huge or wrong file fails fast with one clear line instead of exhausting memory. Files that
// arrive as bytes (a chat upload) go through the same checks.
import { statSync, readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { UserError } from "../errors.js";

/** Published minutes, trackers and calendars are well under this; anything larger is not one of them. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface InputFile {
  /** "" when the file arrived as bytes and is not on disk. */
  path: string;
  name: string;
  ext: string; // lower-case, without the dot: "txt", "docx", "xlsx"
  buffer: Buffer;
}

/** The file's extension, if it is one of those accepted; otherwise a UserError naming them. */
export function inputExtension(name: string, accepted: readonly string[]): string {
  const ext = extname(name).slice(1).toLowerCase();
  if (!accepted.includes(ext)) {
    throw new UserError(`${name}: cannot import .${ext || "(no extension)"} files here; use ${accepted.map((e) => "." + e).join(", ")}`);
  }
  return ext;
}

export function checkInputSize(name: string, size: number, maxBytes = MAX_INPUT_BYTES): void {
  if (size > maxBytes) throw new UserError(`${name} is ${megabytes(size)}; the import limit is ${megabytes(maxBytes)}`);
  if (size === 0) throw new UserError(`${name} is empty`);
}

export function readInputFile(path: string, accepted: readonly string[], maxBytes = MAX_INPUT_BYTES): InputFile {
  const name = basename(path);
  const ext = inputExtension(name, accepted);
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new UserError(`${name} is not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`cannot read ${path}: no such file`);
  }
  checkInputSize(name, size, maxBytes);
  return { path, name, ext, buffer: readFileSync(path) };
}

/** A file that arrived as bytes (a chat upload), checked exactly like one read from disk. */
export function inputFromBytes(name: string, buffer: Buffer, accepted: readonly string[], maxBytes = MAX_INPUT_BYTES): InputFile {
  const safe = basename(name.replace(/\\/g, "/")) || "upload";
  const ext = inputExtension(safe, accepted);
  checkInputSize(safe, buffer.length, maxBytes);
  return { path: "", name: safe, ext, buffer };
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
