// "import minutes": read the document, extract the proposal against the committee's known meetings,
// and (unless it is a dry run) write it.
import { basename } from "node:path";
import type { Actor, Deps, Tenant } from "../../context.js";
import { resolveCommittee } from "../committee.js";
import { readDocumentText } from "../text/read-document.js";
import { extractMinutes } from "./extract.js";
import { knownMeetingsOf, saveMinutesProposal, type SaveSummary } from "./save.js";
import type { MinutesProposal } from "./types.js";

export interface MinutesImport { proposal: MinutesProposal; written: SaveSummary | null }

export async function importMinutes(deps: Deps, tenant: Tenant, actor: Actor, opts: { path: string; committee?: string; dryRun?: boolean }): Promise<MinutesImport> {
  const committee = await resolveCommittee(deps, tenant, opts.committee);
  const { text } = await readDocumentText(opts.path);
  const proposal = extractMinutes(text, { committee: committee.slug, knownMeetings: await knownMeetingsOf(deps, committee.id) });
  if (opts.dryRun) return { proposal, written: null };
  const written = await saveMinutesProposal(deps, tenant, actor, committee, proposal, `import:minutes:${basename(opts.path)}`);
  deps.log.info({ committee: committee.slug, meeting: proposal.meeting.date, ...written, actionIds: undefined }, "minutes imported");
  return { proposal, written };
}
