// Resolutions: "RESOLVED: That the committee:" with its bullets, "RESOLVED that (a) …; (b) …",
// "It was RESOLVED to:", numbered or lettered recommendation lists with sub-items, and the bare
// "That the committee:" stem some minutes print after "proposed and seconded".
import type { Block, Marker } from "./blocks.js";
import { collapse } from "./blocks.js";

export interface Resolution { stem: string; points: string[]; start: number; end: number }

const STEM_KEYWORD = /^(?:following\s+(?:the\s+)?debate,?\s+|after\s+discussion,?\s+)?(?:it\s+was\s+)?(?:(?:unanimously|further|also)\s+)?(?:RESOLVED|AGREED|DECIDED|RECOMMENDED|DECISION|RESOLUTION|RECOMMENDATIONS?|Resolved|Agreed|Decided|Decision|Resolution|Recommendations?)\b(?:\s*\((?:unanimously|by\s+[^)]{1,40})\))?(?:\s+(?:unanimously|accordingly))?\s*(?:[:\-–—.]\s*|(?=\s+(?:that|to)\b))(.*)$/;
const STEM_MIDDLE = /\b(?:it\s+was\s+|the\s+(?:committee|panel|board|sub-committee|cabinet|council)\s+|members\s+)(?:(?:unanimously|further|therefore|then)\s+)?(RESOLVED|resolved|AGREED|DECIDED|RECOMMENDED)\s*(?:[:\-–—]\s*|(?=\s*(?:that|to)\b))(.*)$/;
const BARE_STEM = /^that\s*(?:the\s+(?:committee|panel|board|council|cabinet|executive|members?|sub-committee)\b[^.]{0,80})?:$/i;

/** Finds resolutions among an item's blocks. */
export function findResolutions(blocks: Block[]): Resolution[] {
  const out: Resolution[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.cells || b.text.length > 6000) continue;
    let content: string | null = null;
    let stem = "";
    const m = STEM_KEYWORD.exec(b.text);
    if (m && (b.marker === null || b.marker.style !== "bullet")) {
      content = m[1]!.trim();
      stem = b.text.slice(0, b.text.length - m[1]!.length).trim();
    } else if (BARE_STEM.test(b.text)) {
      content = b.text;
      stem = "";
    } else {
      const mid = STEM_MIDDLE.exec(b.text);
      if (mid && (mid[1] === mid[1]!.toUpperCase() || /^(?:the|members)/i.test(b.text.slice(mid.index)))) {
        content = mid[2]!.trim();
        stem = b.text.slice(mid.index, b.text.length - mid[2]!.length).trim();
      }
    }
    if (content === null) continue;
    const wantsList = content === "" || /[:\-–]$/.test(content) || BARE_STEM.test(content);
    if (!wantsList) {
      const inline = splitInline(content);
      out.push({ stem: inline.stem ? `${stem} ${inline.stem}`.trim() : stem, points: inline.points, start: i, end: i });
      continue;
    }
    const { points, end } = collectList(blocks, i + 1);
    if (points.length === 0 && content && !BARE_STEM.test(content)) {
      out.push({ stem, points: [content.replace(/[:\-–]$/, "").trim()], start: i, end: i });
    } else if (points.length) {
      out.push({ stem: `${stem} ${content}`.trim(), points, start: i, end });
      i = end;
    }
  }
  return out;
}

/** "that (a) the report be noted; and (b) officers report back" as two points. */
function splitInline(content: string): { stem: string; points: string[] } {
  const re = /(?:^|[\s;:,])\(([a-z]|[ivx]{1,4}|\d{1,2})\)\s+/g;
  const starts: { at: number; len: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(content))) starts.push({ at: m.index, len: m[0].length });
  if (starts.length < 2) return { stem: "", points: [content] };
  const points = starts.map((s, k) => content.slice(s.at + s.len, starts[k + 1]?.at ?? content.length).trim()).filter(Boolean);
  return { stem: content.slice(0, starts[0]!.at).trim(), points };
}

const ROMAN = /^(?:x{0,2})(?:ix|iv|v?i{1,3}|v)$/;

/** The list after a stem: one point per list block; sub-items join their parent; a split point is rejoined. */
function collectList(blocks: Block[], from: number): { points: string[]; end: number } {
  const points: string[] = [];
  let style: Marker["style"] | null = null;
  let lastLetter = "";
  let end = from - 1;
  for (let j = from; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.cells) break;
    let marker = b.marker;
    if (marker?.style === "roman" && style === "letter" && marker.label.length === 1 && nextLetter(lastLetter) === marker.label) {
      marker = { style: "letter", label: marker.label };
    }
    if (!marker) {
      const nextIsPoint = blocks[j + 1]?.marker != null;
      const first = points.length === 0;
      // The first point may have lost its bullet; a paragraph between two points continues the one before.
      if (first && (/^[a-z]/.test(b.text) || nextIsPoint || /[;,]\s*(?:and|or)?$/.test(b.text))) {
        points.push(b.text);
        end = j;
        continue;
      }
      if (!first && nextIsPoint && !/[.]$/.test(points[points.length - 1]!)) {
        points[points.length - 1] = collapse(`${points[points.length - 1]} ${b.text}`);
        end = j;
        continue;
      }
      break;
    }
    if (style === null) style = marker.style;
    const parent = points[points.length - 1];
    const isSub = parent !== undefined && marker.style !== style && (/:\s*$/.test(parent) || isSubStyle(style, marker.style));
    if (isSub) points[points.length - 1] = collapse(`${parent} (${marker.label === "•" ? "-" : marker.label}) ${b.text}`);
    else {
      points.push(b.text);
      if (marker.style === "letter") lastLetter = marker.label;
    }
    end = j;
  }
  return { points, end };
}

/** Roman numerals under letters, and letters under numbers, are sub-items. */
function isSubStyle(parent: Marker["style"] | null, child: Marker["style"]): boolean {
  return (parent === "letter" && child === "roman") || (parent === "number" && (child === "letter" || child === "roman"));
}

const nextLetter = (l: string) => (l ? String.fromCharCode(l.charCodeAt(0) + 1) : "a");
export const isRomanLabel = (l: string) => ROMAN.test(l);
