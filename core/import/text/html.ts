// HTML fragments (ModernGov minutes bodies, agenda text, .html uploads) to plain text lines.
// ModernGov often encodes the HTML twice ("&amp;lt;p&amp;gt;"), so encoded markup is decoded
// until real tags appear, then tags become line breaks and the remaining entities are decoded.

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", rsquo: "’", lsquo: "‘",
  rdquo: "”", ldquo: "“", hellip: "…", bull: "•", middot: "·", pound: "£", euro: "€", copy: "©", shy: "",
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

const ENCODED_TAG = /&lt;\/?[a-z][a-z0-9]*(?:\s[^&]{0,200})?&gt;|&amp;lt;/i;
const BLOCK_TAGS = /<\s*(?:br|\/p|\/div|\/li|\/h[1-6]|\/tr|\/table|\/ul|\/ol|p|div|h[1-6]|tr|table|ul|ol)(?:\s[^>]*)?\/?>/gi;

export function htmlToText(html: string): string {
  let s = html;
  for (let round = 0; round < 3 && ENCODED_TAG.test(s); round++) s = decodeEntities(s);
  s = s.replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<\s*li(?:\s[^>]*)?>/gi, "\n• ")
    .replace(/<\/t[dh]\s*>/gi, "\t")
    .replace(BLOCK_TAGS, "\n")
    .replace(/<[^>]{0,2000}>/g, "");
  // Text that was encoded twice ("Tom &amp;amp; Jerry") needs a second pass.
  for (let round = 0; round < 2 && /&(?:#\d+|#x[0-9a-f]+|[a-z]{2,8});/i.test(s); round++) s = decodeEntities(s);
  return s.replace(/\u00a0/g, " ").replace(/[ \t]*\n[ \t]*/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}
