// "import meetings": ModernGov XML (GetCommittees, GetMeetings, GetMeeting) or an iCalendar file.
// Everything is read and checked first (committees resolved, minutes extracted), then written at once.
import { basename } from "node:path";
import type { Actor, Deps, Tenant } from "../../context.js";
import { UserError } from "../../errors.js";
import type { CommitteeRef } from "../../queries/tenant.js";
import { resolveCommittee } from "../committee.js";
import { readInputFile } from "../input.js";
import { decodeText } from "../text/decode.js";
import { htmlToText } from "../text/html.js";
import { extractMinutes } from "../minutes/extract.js";
import { knownMeetingsOf, ownerIdsFor } from "../minutes/save.js";
import { parseIcal } from "./ical.js";
import { parseModernGov } from "./moderngov.js";
import { writeMeetings, type MeetingsSummary, type PlannedCommittee, type PlannedMeeting } from "./save.js";
import type { ImportedCommittee, ImportedMeeting, MeetingsFile } from "./types.js";

export interface MeetingsImport { file: MeetingsFile; planned: PlannedMeeting[]; committees: PlannedCommittee[]; written: MeetingsSummary | null }

export async function importMeetings(deps: Deps, tenant: Tenant, actor: Actor, opts: { path: string; committee?: string; dryRun?: boolean }): Promise<MeetingsImport> {
  const input = readInputFile(opts.path, ["xml", "ics", "ical"]);
  const text = decodeText(input.buffer, input.name);
  const file = input.ext === "xml" ? parseModernGov(text, input.name) : parseIcal(text, input.name, tenant.zone);
  const explicit = opts.committee ? await resolveCommittee(deps, tenant, opts.committee) : null;
  const planner = new CommitteePlanner(deps, tenant);
  const committees: PlannedCommittee[] = [];
  for (const c of file.committees.filter((c) => !c.deleted)) committees.push(await planner.forImported(c));
  const planned: PlannedMeeting[] = [];
  for (const m of file.meetings) {
    const committee = await planner.forMeeting(m, explicit, input.name);
    planned.push({ meeting: m, committee, minutes: await minutesOf(deps, tenant, m, committee) });
  }
  if (opts.dryRun) return { file, planned, committees, written: null };
  const written = await writeMeetings(deps, tenant, actor, committees, planned, `import:${file.kind}:${basename(opts.path)}`);
  deps.log.info({ kind: file.kind, ...written, minutes: written.minutes.length }, "meetings imported");
  return { file, planned, committees, written };
}

/** GetMeeting with published minutes: the items' minutes, as text, through the same extractor as a minutes file. */
async function minutesOf(deps: Deps, tenant: Tenant, m: ImportedMeeting, committee: PlannedCommittee): Promise<PlannedMeeting["minutes"]> {
  const withMinutes = m.agenda.filter((a) => a.minutesHtml && htmlToText(a.minutesHtml));
  if (!withMinutes.length || m.cancelled) return null;
  const text = withMinutes.map((a) => `Item ${a.number}: ${a.title}\n\n${htmlToText(a.minutesHtml!)}`).join("\n\n");
  const slug = committee.ref?.slug ?? committee.create!.slug;
  const proposal = extractMinutes(text, {
    committee: slug,
    meeting: { date: m.date, time: m.time, place: m.place },
    knownMeetings: committee.ref ? await knownMeetingsOf(deps, committee.ref.id) : [],
  });
  return { proposal, ownerIds: await ownerIdsFor(deps, tenant, proposal) };
}

/** Finds or plans the committee for each imported committee or meeting, once per external id. */
class CommitteePlanner {
  private byExternal = new Map<string, PlannedCommittee>();
  private slugs = new Set<string>();
  constructor(private deps: Deps, private tenant: Tenant) {}

  async forImported(c: ImportedCommittee): Promise<PlannedCommittee> {
    const known = this.byExternal.get(c.externalId);
    if (known) return known;
    const db = this.deps.db;
    const byId = await db.committee.findFirst({ where: { councilId: this.tenant.councilId, externalId: c.externalId }, select: { id: true, slug: true, name: true } });
    let planned: PlannedCommittee;
    if (byId) planned = { ref: byId, create: null, setExternalId: null };
    else {
      const all = await db.committee.findMany({ where: { councilId: this.tenant.councilId, externalId: null }, select: { id: true, slug: true, name: true } });
      const byName = all.find((x) => x.name.trim().toLowerCase() === c.title.trim().toLowerCase());
      planned = byName
        ? { ref: byName, create: null, setExternalId: c.externalId }
        : { ref: null, create: { slug: await this.freeSlug(c), name: c.title || `Committee ${c.externalId}`, externalId: c.externalId }, setExternalId: null };
    }
    this.byExternal.set(c.externalId, planned);
    return planned;
  }

  async forMeeting(m: ImportedMeeting, explicit: CommitteeRef | null, name: string): Promise<PlannedCommittee> {
    if (explicit) {
      const key = `explicit:${explicit.id}`;
      const known = this.byExternal.get(key);
      if (known) return known;
      const row = await this.deps.db.committee.findUnique({ where: { id: explicit.id }, select: { externalId: true } });
      const taken = m.committeeExternalId
        ? await this.deps.db.committee.findFirst({ where: { councilId: this.tenant.councilId, externalId: m.committeeExternalId }, select: { id: true, slug: true } })
        : null;
      if (taken && taken.id !== explicit.id) throw new UserError(`${name}: its meetings belong to ModernGov committee ${m.committeeExternalId}, which is already "${taken.slug}", not "${explicit.slug}"`);
      const planned = { ref: explicit, create: null, setExternalId: !row?.externalId && m.committeeExternalId && !taken ? m.committeeExternalId : null };
      this.byExternal.set(key, planned);
      return planned;
    }
    if (m.committeeExternalId) {
      return this.forImported({ externalId: m.committeeExternalId, title: m.committeeTitle ?? "", deleted: false, expired: false });
    }
    const only = await resolveCommittee(this.deps, this.tenant, undefined).catch(() => null);
    if (!only) throw new UserError(`${name} does not say which committee its meetings belong to: add --committee <slug>`);
    return this.forMeeting(m, only, name);
  }

  private async freeSlug(c: ImportedCommittee): Promise<string> {
    const base = `${this.tenant.slug}-${slugify(c.title) || "committee"}`.slice(0, 80);
    for (const candidate of [base, `${base}-${slugify(c.externalId)}`]) {
      if (this.slugs.has(candidate)) continue;
      const clash = await this.deps.db.committee.findUnique({ where: { slug: candidate }, select: { id: true } });
      if (!clash) { this.slugs.add(candidate); return candidate; }
    }
    throw new UserError(`cannot make a unique name for committee "${c.title}" (${c.externalId})`);
  }
}

const slugify = (s: string) => s.toLowerCase().replace(/&/g, " and ").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
