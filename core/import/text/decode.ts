// Bytes to text for plain-text uploads. Councils export UTF-8, UTF-16 (Word "Unicode text") and
// Windows-1252; anything with control characters in it is not text at all and is refused.
import { UserError } from "../../errors.js";

export function decodeText(buffer: Buffer, name: string): string {
  let text: string;
  if (buffer[0] === 0xff && buffer[1] === 0xfe) text = new TextDecoder("utf-16le").decode(buffer.subarray(2));
  else if (buffer[0] === 0xfe && buffer[1] === 0xff) text = new TextDecoder("utf-16be").decode(buffer.subarray(2));
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(buffer);
    } catch {
      text = new TextDecoder("windows-1252").decode(buffer);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksBinary(text)) throw new UserError(`${name} does not look like a text document (it contains binary data)`);
  return text;
}

/** More than one control character in a hundred, or any NUL, means binary data rather than prose. */
export function looksBinary(text: string): boolean {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) control++;
  }
  return control > sample.length / 100;
}
