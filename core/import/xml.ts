// XML from outside (ModernGov web-service responses) parsed defensively: no DOCTYPE (so no entity
// expansion tricks), a nesting limit checked before parsing, and well-formedness checked first so a
// broken file gives one clear line rather than a half-read document.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { UserError } from "../errors.js";

export const MAX_XML_DEPTH = 64;

export function parseXml(text: string, name: string, arrays: readonly string[]): Record<string, unknown> {
  const body = text.replace(/^\uFEFF/, "");
  if (!/^\s*</.test(body)) throw new UserError(`${name} is not an XML document`);
  if (/<!DOCTYPE|<!ENTITY/i.test(body.slice(0, 4096)) || /<!ENTITY/i.test(body)) {
    throw new UserError(`${name} declares a DOCTYPE or entities; ModernGov XML never does, so it is refused`);
  }
  const depth = maxDepth(body);
  if (depth > MAX_XML_DEPTH) throw new UserError(`${name} nests elements ${depth} deep; the limit is ${MAX_XML_DEPTH}`);
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new UserError(`${name} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  const parser = new XMLParser({
    ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false, trimValues: true,
    processEntities: true, htmlEntities: true, maxNestedTags: MAX_XML_DEPTH + 1,
    isArray: (tag) => arrays.includes(tag),
  });
  try {
    return parser.parse(body) as Record<string, unknown>;
  } catch (e) {
    throw new UserError(`${name} could not be read as XML: ${(e as Error).message.split("\n")[0]}`);
  }
}

/** Element nesting depth, in one linear pass that skips comments, CDATA and declarations. */
export function maxDepth(xml: string): number {
  let depth = 0;
  let max = 0;
  for (let i = xml.indexOf("<"); i >= 0 && i < xml.length; i = xml.indexOf("<", i + 1)) {
    const next = xml[i + 1];
    if (next === "!") {
      const end = xml.startsWith("<!--", i) ? xml.indexOf("-->", i) : xml.startsWith("<![CDATA[", i) ? xml.indexOf("]]>", i) : xml.indexOf(">", i);
      if (end < 0) break;
      i = end;
      continue;
    }
    if (next === "?") continue;
    const close = xml.indexOf(">", i);
    if (close < 0) break;
    if (next === "/") depth--;
    else if (xml[close - 1] !== "/") {
      depth++;
      if (depth > max) max = depth;
      if (max > MAX_XML_DEPTH) return max;
    }
    i = close;
  }
  return max;
}

/** A text value out of a parsed node, whatever shape the parser gave it. */
export function textOf(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v === "object" && "#text" in (v as Record<string, unknown>)) return textOf((v as Record<string, unknown>)["#text"]);
  return "";
}

export function asArray<T = unknown>(v: unknown): T[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? (v as T[]) : [v as T];
}
