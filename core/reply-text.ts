// Plain-text rendering of a Reply, for the terminal and for logs.
import type { Reply, ReplyField } from "./reply.js";

const indent = (text: string, by: string) => text.split("\n").map((l) => by + l).join("\n");
const fields = (fs: ReplyField[] | undefined, by: string) => (fs ?? []).map((f) => indent(`${f.label}: ${f.value}`, by).replace(new RegExp(`\n${by}`, "g"), `\n${by}  `)).join("\n");

export function replyToText(r: Reply): string {
  const out: string[] = [];
  out.push(r.tone === "error" ? `✗ ${r.title}` : r.title);
  if (r.summary) out.push(r.summary);
  for (const s of r.sections) {
    out.push("");
    if (s.heading) out.push(`== ${s.heading} ==`);
    if (s.text) out.push(s.text);
    if (s.fields?.length) out.push(fields(s.fields, "  "));
    for (const item of s.items ?? []) {
      out.push(`- ${item.title}${item.exempt ? " [EXEMPT]" : ""}`);
      if (item.text) out.push(indent(item.text, "    "));
      if (item.fields?.length) out.push(fields(item.fields, "    "));
      if (item.link) out.push(`    ${item.link.label}: ${item.link.url}`);
    }
    if (s.note) out.push(s.note);
  }
  if (r.more) out.push("", `More: ask "${r.more.command}"`);
  if (r.footer) out.push("", r.footer);
  return out.join("\n");
}
