// The headings of real action and recommendation trackers, and the fields they fill.
import type { ColumnSpec } from "../sheets/columns.js";

export type TrackerField = "action" | "owner" | "due" | "success" | "progress" | "status" | "ref" | "meeting" | "recommendation";

export const TRACKER_COLUMNS: ColumnSpec<TrackerField>[] = [
  { field: "action", label: "Action", required: true, synonyms: /^(?:agreed\s+)?(?:action|actions|action\s+(?:required|agreed|to\s+be\s+taken|description)|what\s+(?:will|we\s+will)\s+do|task|smart\s+action)s?$/ },
  { field: "owner", label: "Owner", required: true, synonyms: /^(?:owner|owners|action\s+owner|lead|lead\s+officer|leads?|responsible|responsible\s+(?:officer|person|lead)|who|by\s+whom|officer|accountable\s+(?:officer|lead)|lead\s+(?:member|person))$/ },
  { field: "due", label: "By When", required: true, synonyms: /^(?:by\s+when|when|due|due\s+date|date\s+due|deadline|target\s+date|timescales?|completion\s+date|target\s+completion(?:\s+date)?|date\s+for\s+completion|by)$/ },
  { field: "success", label: "Target/Success Criteria", synonyms: /^(?:target\s+success\s+criteria|success\s+criteria|target|targets|measures?\s+of\s+success|how\s+will\s+we\s+know|outcomes?|expected\s+outcomes?|success\s+measures?)$/ },
  { field: "progress", label: "Progress", synonyms: /^(?:progress|progress\s+(?:update|to\s+date|made)|update|latest\s+update|comments?|commentary|notes?|response|position)$/ },
  { field: "status", label: "Status", synonyms: /^(?:status|rag|rag\s+status|rag\s+rating|current\s+status|complete|completed)$/ },
  { field: "ref", label: "Ref", synonyms: /^(?:ref|reference|ref\s+no|no|number|id|action\s+(?:no|number|ref)|rec\s+no)$/ },
  { field: "meeting", label: "Meeting date", synonyms: /^(?:meeting|meeting\s+date|date\s+of\s+meeting|date\s+raised|date\s+agreed)$/ },
  { field: "recommendation", label: "Recommendation", synonyms: /^(?:recommendation|recommendations|resolution|minute|minute\s+ref|item)$/ },
];

/** Status words as trackers print them, to Action.status. */
export function trackerStatus(text: string): string | null {
  const t = text.trim().toLowerCase();
  if (!t) return "open";
  if (/^(?:complete|completed|done|closed|achieved|blue|delivered|implemented|finished|yes|b)$/.test(t)) return "complete";
  if (/^(?:in\s+progress|ongoing|on-?going|on\s+track|under\s?way|started|green|amber|red|g|a|r|on\s+hold|delayed|overdue|at\s+risk|part(?:ially)?\s+complete(?:d)?|awaiting.*|in\s+hand|progressing)$/.test(t)) return "in-progress";
  if (/^(?:not\s+(?:yet\s+)?started|planned|pending|no)$/.test(t)) return "not-started";
  if (/^(?:open|new|agreed)$/.test(t)) return "open";
  return null;
}
