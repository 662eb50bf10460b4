// .docx and .xlsx are zip files. Before handing one to a parser we read its central directory and
// refuse archives that would inflate to far more than any real document (a "zip bomb").
import { UserError } from "../errors.js";

export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

export function checkZip(buffer: Buffer, name: string, kind: string): void {
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd < 0) throw new UserError(`${name} is not a ${kind} file (it is not a zip archive)`);
  const entries = buffer.readUInt16LE(eocd + 10);
  const cdOffset = buffer.readUInt32LE(eocd + 16);
  if (entries > MAX_ENTRIES) throw new UserError(`${name} has ${entries} parts; a ${kind} file has far fewer`);
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < entries; i++) {
    if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== 0x02014b50) throw new UserError(`${name} is a damaged ${kind} file`);
    total += buffer.readUInt32LE(p + 24);
    if (total > MAX_UNZIPPED_BYTES) throw new UserError(`${name} would expand to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB; refusing to open it`);
    p += 46 + buffer.readUInt16LE(p + 28) + buffer.readUInt16LE(p + 30) + buffer.readUInt16LE(p + 32);
  }
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const stop = Math.max(0, buffer.length - 65_557);
  for (let i = buffer.length - 22; i >= stop; i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}
