// Reading an uploaded file safely: one size limit for every importer, checked before a byte is read,
// so a huge or wrong file fails fast with one clear line instead of exhausting memory.
import { statSync, readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { UserError } from "../errors.js";

/** Published minutes, trackers and calendars are well under this; anything larger is not one of them. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface InputFile {
  path: string;
  name: string;
  ext: string; // lower-case, without the dot: "txt", "docx", "xlsx"
  buffer: Buffer;
}

export function readInputFile(path: string, accepted: readonly string[], maxBytes = MAX_INPUT_BYTES): InputFile {
  const name = basename(path);
  const ext = extname(path).slice(1).toLowerCase();
  if (!accepted.includes(ext)) {
    throw new UserError(`${name}: cannot import .${ext || "(no extension)"} files here; use ${accepted.map((e) => "." + e).join(", ")}`);
  }
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new UserError(`${name} is not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`cannot read ${path}: no such file`);
  }
  if (size > maxBytes) throw new UserError(`${name} is ${megabytes(size)}; the import limit is ${megabytes(maxBytes)}`);
  if (size === 0) throw new UserError(`${name} is empty`);
  return { path, name, ext, buffer: readFileSync(path) };
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
