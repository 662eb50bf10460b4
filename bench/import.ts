// Benchmark of the minutes extractor: 1,000 generated sets of minutes in several councils' styles,
// extracted one after another (no database), with throughput and the process's peak RSS.
// Run directly: node --import tsx bench/import.ts
import { pathToFileURL } from "node:url";
import { extractMinutes } from "../core/import/minutes/extract.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ROLES = ["Director of Children's Services", "Head of Housing", "Chief Executive", "Scrutiny Officer", "Head of Finance", "Cabinet Member for Education"];
const TOPICS = ["school places", "temporary accommodation", "the leisure contract", "adult social care charging", "highways maintenance", "the youth service", "SEND transport", "the budget"];

/** A deterministic generator, so every run extracts the same documents. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

export function generateMinutes(seed: number): string {
  const r = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const year = 2019 + Math.floor(r() * 6);
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 27);
  const style = Math.floor(r() * 3);
  let n = 1 + Math.floor(r() * 100);
  const heading = (title: string) => (style === 0 ? `${n++}. ${title.toUpperCase()}` : style === 1 ? `Item ${n++}: ${title}` : `${n++}/${String(year).slice(2)} ${title}`);
  const parts = [
    `Minutes of the meeting of the Overview and Scrutiny Committee held at the Council Chamber, Town Hall on Tuesday ${day} ${MONTHS[month]} ${year} at ${1 + Math.floor(r() * 11)}.00 pm`,
    "Present: Councillors Adams (Chair), Brown, Clarke, Davies and Evans",
    heading("Apologies for absence"), "Apologies were received from Councillor Fox.",
    heading("Minutes"), "RESOLVED: That the minutes of the previous meeting be approved as a correct record.",
  ];
  for (let i = 0, items = 3 + Math.floor(r() * 5); i < items; i++) {
    const topic = pick(TOPICS);
    const role = pick(ROLES);
    parts.push(heading(`Report on ${topic}`));
    parts.push(`The ${role} introduced the report on ${topic}. Members discussed the figures in detail and asked about the trend over the last three years. The ${role} explained that the position had improved since the last report.`);
    parts.push(`- It was requested that a breakdown of ${topic} by ward be circulated to members by ${1 + Math.floor(r() * 27)} ${pick(MONTHS)} ${year + 1}.`);
    parts.push(`- Members asked whether the service was fully staffed. The ${role} confirmed that recruitment was under way.`);
    if (r() < 0.5) parts.push(`- Details of the consultation were requested. The ${role} agreed to provide them before the next meeting.`);
    if (r() < 0.4) parts.push(`ACTION: ${role} to report back on ${topic} to the ${pick(MONTHS)} meeting.`);
    parts.push("RESOLVED: That the committee:");
    parts.push("- notes the report;");
    parts.push(`- recommends that the Cabinet reviews the approach to ${topic};`);
    if (r() < 0.5) parts.push(`- asks that an item on ${topic} be added to the work programme; and`);
    parts.push(`- requests that the Chair writes to the ${role} setting out the committee's concerns.`);
  }
  parts.push(heading("Date of next meeting"), `The next meeting will be held on ${1 + Math.floor(r() * 27)} ${MONTHS[(month + 2) % 12]} ${month >= 10 ? year + 1 : year} at 2.00 pm.`);
  parts.push("The meeting ended at 4.30 pm.");
  return parts.join("\n\n");
}

export async function benchImport(): Promise<Record<string, unknown>> {
  const documents = Array.from({ length: 1000 }, (_, i) => generateMinutes(i + 1));
  const chars = documents.reduce((n, d) => n + d.length, 0);
  extractMinutes(documents[0]!, { committee: "bench" }); // warm up the regular expressions and chrono
  let actions = 0;
  let peakRss = process.memoryUsage().rss;
  const started = performance.now();
  for (const [i, d] of documents.entries()) {
    actions += extractMinutes(d, { committee: "bench" }).actions.length;
    if (i % 50 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  return {
    documents: documents.length,
    averageChars: Math.round(chars / documents.length),
    actionsFound: actions,
    seconds: Number(seconds.toFixed(2)),
    minutesPerSecond: Number((documents.length / seconds).toFixed(1)),
    msPerMinutes: Number(((seconds * 1000) / documents.length).toFixed(2)),
    peakRssMB: Math.round(peakRss / 1024 / 1024),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchImport();
  console.table(Object.entries(result).map(([measure, value]) => ({ measure, value })));
}
