// A large, realistic council for benchmarks: many committees, members, meetings with agendas, and a
// long action history where most actions are long complete. Deterministic (seeded), so runs compare.
import { DateTime } from "luxon";
import type { Db } from "../core/db.js";

export interface CouncilSize {
  committees: number;
  actions: number;
  /** Council slug; default "bench". */
  slug?: string;
  /** Days the meeting calendar and due dates spread around; default 2020-11-23 (the demo "today"). */
  around?: string;
}

export interface GeneratedCouncil {
  councilId: number;
  slug: string;
  committeeIds: number[];
  /** People with emails, owners of actions: bench users sign in as these. */
  people: { id: number; email: string; name: string }[];
  counts: { committees: number; people: number; meetings: number; workItems: number; actions: number; progress: number };
}

const SERVICES = [
  "Adults and wellbeing", "Children and young people", "Environment", "Economy and place", "Health",
  "Housing", "Transport", "Community safety", "Finance and resources", "Education and skills",
  "Culture and leisure", "Planning", "Waste and recycling", "Highways", "Public health",
  "Climate and nature", "Corporate performance", "Digital services", "Regeneration", "Social care",
  "Licensing", "Audit and governance", "Tourism", "Flood risk", "Rural affairs",
];
const FIRST = ["Alex", "Sam", "Jo", "Chris", "Pat", "Ruth", "Owen", "Gwen", "Harriet", "Ian", "Kate", "Liam", "Megan", "Nia", "Rhys", "Sian", "Tom", "Zara"];
const LAST = ["Evans", "Jones", "Price", "Morgan", "Hughes", "Powell", "Davies", "Lewis", "Bennett", "Turner", "Walker", "Watkins", "Pritchard", "Bevan"];
const VERBS = ["Report back on", "Review", "Circulate a briefing on", "Arrange training on", "Write to the cabinet member about", "Provide figures for", "Agree a timetable for", "Consult partners on"];
const TOPICS = ["waiting times", "the budget gap", "agency staff costs", "school place planning", "the local transport plan", "respite provision", "fly-tipping enforcement", "the housing allocation policy", "digital inclusion", "the carbon reduction plan", "the fostering recruitment campaign", "pothole repairs"];

/** A small seeded generator (mulberry32): the same data every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inserts many rows in multi-row statements: tens of thousands per second even through Prisma. */
async function insertRows(db: Db, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const perStatement = Math.max(1, Math.floor(30_000 / columns.length));
  const cols = columns.map((c) => `"${c}"`).join(", ");
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const values = chunk.map(() => `(${columns.map(() => "?").join(", ")})`).join(", ");
    await db.$executeRawUnsafe(`INSERT INTO "${table}" (${cols}) VALUES ${values}`, ...chunk.flat());
  }
}

/** Generates one council into an empty (migrated) database. */
export async function generateCouncil(db: Db, size: CouncilSize): Promise<GeneratedCouncil> {
  const rnd = random(20201123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const slug = size.slug ?? "bench";
  const around = DateTime.fromISO(size.around ?? "2020-11-23", { zone: "Europe/London" });
  const council = await db.council.create({ data: { slug, name: `${slug[0]!.toUpperCase()}${slug.slice(1)} Council`, timezone: "Europe/London" } });

  const committeeIds: number[] = [];
  for (let c = 0; c < size.committees; c++) {
    const service = SERVICES[c % SERVICES.length]!;
    const round = Math.floor(c / SERVICES.length);
    const name = `${service} scrutiny committee${round ? ` ${round + 1}` : ""}`;
    const row = await db.committee.create({ data: { councilId: council.id, slug: `${slug}-${c + 1}`, name } });
    committeeIds.push(row.id);
  }

  // Officers own actions; councillors sit on committees.
  const peopleRows: unknown[][] = [];
  const officerCount = Math.max(20, size.committees * 6);
  const councillorCount = Math.max(10, size.committees * 4);
  for (let p = 0; p < officerCount + councillorCount; p++) {
    const officer = p < officerCount;
    const name = `${officer ? "" : "Councillor "}${FIRST[p % FIRST.length]} ${LAST[Math.floor(p / FIRST.length) % LAST.length]}${p >= FIRST.length * LAST.length ? ` ${p}` : ""}`;
    const key = `${slug}-person-${p + 1}`;
    peopleRows.push([council.id, key, name, officer ? "officer" : "councillor", officer ? `Officer ${p + 1}` : null, `${key}@${slug}.gov.uk`]);
  }
  await insertRows(db, "Person", ["councilId", "key", "name", "kind", "roleTitle", "email"], peopleRows);
  const people = await db.person.findMany({ where: { councilId: council.id }, select: { id: true, email: true, name: true, kind: true }, orderBy: { id: "asc" } });
  const officers = people.filter((p) => p.kind === "officer");
  const councillors = people.filter((p) => p.kind === "councillor");

  const memberships: unknown[][] = [];
  committeeIds.forEach((committeeId, i) => {
    const seats = new Set<number>();
    for (let s = 0; s < 9; s++) seats.add(councillors[(i * 3 + s * 7) % councillors.length]!.id);
    // Two officers per committee sit on it too, so some action owners can see exempt items.
    seats.add(officers[(i * 2) % officers.length]!.id);
    seats.add(officers[(i * 2 + 1) % officers.length]!.id);
    [...seats].forEach((personId, n) => memberships.push([committeeId, personId, n === 0 ? "chairperson" : "member", around.toISODate(), "generated"]));
  });
  await insertRows(db, "Membership", ["committeeId", "personId", "role", "asOf", "source"], memberships);

  // Monthly meetings for two years either side of "today", with an agenda of four items.
  const meetingRows: unknown[][] = [];
  committeeIds.forEach((committeeId, i) => {
    for (let m = -24; m <= 24; m++) {
      const date = around.plus({ months: m }).set({ day: 1 + ((i * 3) % 26) });
      const weekday = date.weekday > 5 ? date.plus({ days: 8 - date.weekday }) : date;
      const time = i % 2 ? "14:00" : "10:00";
      const startsAt = DateTime.fromISO(`${weekday.toISODate()}T${time}`, { zone: "Europe/London" });
      const despatch = workingDaysBefore(weekday, 6);
      const question = workingDaysBefore(weekday, 4).set({ hour: 17, minute: 0 });
      meetingRows.push([
        council.id, committeeId, `${slug}-${committeeId}-${weekday.toISODate()}`, weekday.toISODate(), time, iso(startsAt),
        "Shire Hall, St Peter's Square", m < 0 ? "held" : rnd() < 0.03 ? "cancelled" : "scheduled", despatch.toISODate(), iso(question), "generated",
      ]);
    }
  });
  await insertRows(db, "Meeting", ["councilId", "committeeId", "key", "date", "time", "startsAt", "place", "status", "despatchDate", "questionDeadline", "source"], meetingRows);
  const meetings = await db.meeting.findMany({ where: { councilId: council.id }, select: { id: true, committeeId: true, date: true }, orderBy: { id: "asc" } });
  const itemRows: unknown[][] = [];
  for (const m of meetings) {
    for (let n = 0; n < 4; n++) {
      itemRows.push([m.committeeId, m.id, n + 1, `${pick(VERBS).replace(/^\w/, (c) => c.toUpperCase())} ${pick(TOPICS)}`, pick(officers).name, n === 3 && rnd() < 0.1 ? "exempt" : "open", "generated"]);
    }
  }
  await insertRows(db, "WorkItem", ["committeeId", "meetingId", "position", "title", "reportAuthor", "classification", "source"], itemRows);

  // Actions: due dates spread over the four years, most long complete, the rest a mix of open states.
  const actionRows: unknown[][] = [];
  const nowIso = iso(around);
  const ownerOf: number[] = [];
  for (let a = 0; a < size.actions; a++) {
    const committeeId = committeeIds[a % committeeIds.length]!;
    const due = around.plus({ days: Math.floor(rnd() * 1460) - 1100 });
    const pastDue = due < around;
    const r = rnd();
    // Most actions whose dates have passed are complete; future ones are mostly still open.
    const status = pastDue
      ? r < 0.9 ? "complete" : r < 0.94 ? "in-progress" : r < 0.97 ? "open" : r < 0.985 ? "not-started" : "unknown"
      : r < 0.25 ? "complete" : r < 0.6 ? "in-progress" : r < 0.85 ? "open" : "not-started";
    const undated = rnd() < 0.05;
    const ownerIndex = Math.floor(rnd() * officers.length);
    const owner = officers[ownerIndex]!;
    ownerOf.push(ownerIndex);
    actionRows.push([
      council.id, committeeId, `${slug}-action-${a + 1}`, `${pick(VERBS)} ${pick(TOPICS)} (${a + 1})`, `${owner.name} – Officer`,
      undated ? "ongoing" : due.toISODate(), undated ? null : due.toISODate(), undated ? null : "day", status, "action",
      rnd() < 0.02 ? "exempt" : "open", status === "complete" ? iso(due.minus({ days: Math.floor(rnd() * 20) })) : null, nowIso, nowIso,
    ]);
  }
  await insertRows(db, "Action", ["councilId", "committeeId", "sourceKey", "text", "ownerText", "dueText", "dueDate", "duePrecision", "status", "kind", "classification", "completedAt", "createdAt", "updatedAt"], actionRows);

  const firstAction = await db.action.findFirst({ where: { councilId: council.id }, orderBy: { id: "asc" }, select: { id: true } });
  const base = firstAction?.id ?? 1;
  const ownerRows: unknown[][] = [];
  const progressRows: unknown[][] = [];
  for (let a = 0; a < size.actions; a++) {
    const actionId = base + a;
    const owner = officers[ownerOf[a]!]!;
    ownerRows.push([actionId, owner.id]);
    if (rnd() < 0.15) {
      const second = officers[(a * 7) % officers.length]!;
      if (second.id !== owner.id) ownerRows.push([actionId, second.id]);
    }
    if (rnd() < 0.5) {
      progressRows.push([actionId, "Update given at the quarterly review.", actionRows[a]![8], owner.id, owner.name, "import", iso(around.minus({ days: Math.floor(rnd() * 300) }))]);
    }
  }
  await insertRows(db, "ActionOwner", ["actionId", "personId"], ownerRows);
  await insertRows(db, "ProgressUpdate", ["actionId", "text", "statusAfter", "authorId", "authorText", "channel", "createdAt"], progressRows);

  return {
    councilId: council.id, slug, committeeIds,
    people: officers.map((o) => ({ id: o.id, email: o.email!, name: o.name })),
    counts: { committees: committeeIds.length, people: people.length, meetings: meetings.length, workItems: itemRows.length, actions: size.actions, progress: progressRows.length },
  };
}

/** Instants as the Prisma SQLite adapter stores them, so range queries compare like with like. */
function iso(d: DateTime): string {
  return d.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'+00:00'");
}

function workingDaysBefore(day: DateTime, n: number): DateTime {
  let d = day;
  let left = n;
  while (left > 0) {
    d = d.minus({ days: 1 });
    if (d.weekday <= 5) left--;
  }
  return d;
}
