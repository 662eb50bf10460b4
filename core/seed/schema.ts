// The shape of the demo data files under prisma/seed/<council>/.
// Every field is transcribed from a public document; `source` fields say where,
// so a reader can check any value against the original.
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
const isoMonth = z.string().regex(/^\d{4}-\d{2}$/, "expected YYYY-MM");
const localTime = z.string().regex(/^\d{2}:\d{2}$/, "expected HH:MM (24h, Europe/London)");
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "expected YYYY-MM-DDTHH:MM (Europe/London)");
const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "keys are lower-case slugs");
export const periodKey = z.string().regex(/^\d{4}-\d{2}-Q[1-4]$/, "expected e.g. 2020-21-Q2");
const classification = z.enum(["open", "exempt"]).default("open");
const text = z.string().trim().min(1);

/** A due date as the document gives it: the verbatim words, plus the date they mean, if any. */
export const dueSchema = z.object({
  text: z.string().nullable(),                 // verbatim, e.g. "31 st October 2020", "Ongoing"
  date: z.union([isoDate, isoMonth]).nullable(), // day or month precision; null when the words give no date
});

export const personSchema = z.object({
  key,
  name: text,
  kind: z.enum(["councillor", "co-optee", "officer", "external"]),
  roleTitle: z.string().nullable().default(null), // e.g. "Assistant Director Children's Safeguarding Quality and Improvement"
  email: z.string().email().nullable().default(null),
});

export const councilFileSchema = z.object({
  council: z.object({ slug: key, name: text, timezone: z.string().default("Europe/London") }),
  committees: z.array(z.object({ slug: key, name: text, shortName: z.string().optional() })).min(1),
  people: z.array(personSchema),
  memberships: z.array(z.object({
    committee: key,
    person: key,
    role: z.enum(["chairperson", "vice-chairperson", "member", "co-optee"]),
    representing: z.string().nullable().default(null), // co-optees: e.g. "Parent Governor Representative – SEND Sector"
    asOf: isoDate,
    source: text,
  })),
});

export const meetingSchema = z.object({
  key,
  committee: key,
  date: isoDate,
  time: localTime.nullable(),
  place: z.string().nullable().default(null),
  webcastUrl: z.string().url().nullable().default(null),
  status: z.enum(["scheduled", "held", "cancelled"]),
  despatchDate: isoDate.nullable().default(null),
  questionDeadline: localDateTime.nullable().default(null),
  source: text,
});

export const workItemSchema = z.object({
  committee: key,
  meeting: key.nullable(), // null: "business to allocate"
  title: text,
  description: z.string().nullable().default(null),
  reportAuthor: z.string().nullable().default(null),
  formOfScrutiny: z.string().nullable().default(null),
  status: z.string().nullable().default(null), // e.g. "Proposed"
  classification,
  source: text,
});

export const meetingsFileSchema = z.object({
  meetings: z.array(meetingSchema),
  workItems: z.array(workItemSchema),
});

export const actionSchema = z.object({
  text,
  owner: z.string().nullable(),      // verbatim owner cell, a person or a role
  ownerPeople: z.array(key).default([]), // people named in the owner cell, as keys in council.yaml
  due: dueSchema,
  successCriteria: z.string().nullable().default(null),
  progress: z.string().nullable().default(null), // latest progress text as published
  progressAsOf: isoDate.nullable().default(null), // date of the document that published the progress
  status: z.enum(["open", "in-progress", "complete", "not-started", "unknown"]).default("unknown"),
  classification,
});

export const recommendationSchema = z.object({
  key,
  committee: key,
  group: key.nullable().default(null), // review group key
  meeting: key.nullable().default(null), // meeting key where made/resolved, if known
  meetingDate: isoDate.nullable().default(null), // when the meeting is not in meetings.yaml
  itemTitle: z.string().nullable().default(null),
  number: z.string().nullable().default(null), // as numbered in the document: "1", "(a)"
  title: z.string().nullable().default(null),
  text,
  kind: z.enum(["recommendation", "resolution"]),
  addressedTo: z.string().nullable().default(null), // "executive", "committee", "cabinet member", ...
  response: z.enum(["agreed", "part-agreed", "not-agreed"]).nullable().default(null),
  responseText: z.string().nullable().default(null),
  trackerAction: z.string().nullable().default(null), // the "Action" column of a recommendation tracker
  trackerStatus: z.string().nullable().default(null), // the "Status" column, verbatim
  actions: z.array(actionSchema).default([]),
  classification,
  source: text,
});

export const reviewGroupSchema = z.object({
  key,
  committee: key,
  title: text,
  kind: z.enum(["task-and-finish", "spotlight-review", "committee"]),
  conducted: z.string().nullable().default(null), // e.g. "November 2019 to December 2019"
  source: text,
});

export const recommendationsFileSchema = z.object({
  groups: z.array(reviewGroupSchema).default([]),
  recommendations: z.array(recommendationSchema),
});

const numericValue = z.object({
  label: text,               // verbatim, e.g. "Outturn 2019/2020", "Q1 2020/21", "Sept 2020"
  period: periodKey.nullable().default(null), // when the label is a quarter of the plan
  value: z.number().nullable(), // null when the document gives only words
  display: text,             // verbatim, e.g. "68.1% YTD"
});

export const measureSchema = z.object({
  key,
  text,                       // "How will we know" wording
  target: z.number().nullable(),
  targetText: z.string().nullable(),
  unit: z.enum(["percent", "count", "days", "weeks", "other"]),
  betterWhen: z.enum(["higher", "lower"]).nullable(),
  baselines: z.array(numericValue).default([]),
  values: z.array(numericValue).default([]),
  commentary: z.string().nullable().default(null),
  rag: z.enum(["red", "amber", "green", "blue"]).nullable().default(null), // only where the document states it
  direction: z.enum(["improving", "declining", "same"]).nullable().default(null), // only where the document states it
  directionText: z.string().nullable().default(null), // verbatim glyph or words, e.g. "↓"
});

export const smartActionSchema = z.object({
  text,
  lead: z.string().nullable(),
  status: z.string().nullable().default(null),
});

export const objectiveSchema = z.object({
  key,
  text,
  impactOnChildren: z.string().nullable(),
  measures: z.array(measureSchema),
  actions: z.array(smartActionSchema).default([]),
  rag: z.enum(["red", "amber", "green", "blue"]).nullable().default(null),
  direction: z.enum(["improving", "declining", "same"]).nullable().default(null),
  directionText: z.string().nullable().default(null),
});

export const planFileSchema = z.object({
  plan: z.object({
    key,
    committee: key,
    title: text,
    year: z.string().regex(/^\d{4}-\d{2}$/),
    asAt: periodKey,
    updatedText: z.string().nullable(), // "updated to end of quarter two, September 2020"
    vision: text,
    aim: z.string().nullable().default(null),
    classification,
    source: text,
  }),
  summary: z.object({
    goingWell: z.array(text),
    worriedAbout: z.array(text),
    deliveredLastQuarter: z.array(z.object({ text, lead: z.string().nullable(), status: z.string().nullable() })),
    nextQuarter: z.array(z.object({ text, lead: z.string().nullable() })),
  }),
  aims: z.array(z.object({ text, priorities: z.array(z.number().int()) })).default([]),
  priorities: z.array(z.object({
    number: z.number().int().min(1),
    title: text,
    definition: z.string().nullable().default(null),       // Appendix B
    whatGoodLooksLike: z.string().nullable().default(null), // Appendix B
    objectives: z.array(objectiveSchema),
  })),
});

/** More priorities for a plan declared in another file; lets a long plan be split by priority. */
export const planPrioritiesFileSchema = z.object({
  plan: key,
  priorities: planFileSchema.shape.priorities,
});

export const selfAssessmentFileSchema = z.object({
  title: text,
  period: periodKey,
  committee: key,
  introduction: z.string().nullable().default(null),
  classification,
  source: text,
  services: z.array(z.object({
    key,
    name: text,
    whatWeKnow: z.string().nullable().default(null),
    howWeKnow: z.string().nullable().default(null),
    strengths: z.array(text),
    areasForDevelopment: z.array(z.object({ text, timescale: z.string().nullable() })),
    score: z.number().min(0).max(10).nullable(), // null when the published text lost it
    scoreText: z.string().nullable().default(null),
    rationale: z.string().nullable().default(null),
  })),
});

export type CouncilFile = z.infer<typeof councilFileSchema>;
export type MeetingsFile = z.infer<typeof meetingsFileSchema>;
export type RecommendationsFile = z.infer<typeof recommendationsFileSchema>;
export type PlanFile = z.infer<typeof planFileSchema>;
export type PlanPrioritiesFile = z.infer<typeof planPrioritiesFileSchema>;
export type SelfAssessmentFile = z.infer<typeof selfAssessmentFileSchema>;

/**
 * Which schema validates which file in a council's seed folder, by name prefix,
 * so that each source document can keep its own file (e.g. recommendations-2013-report.yaml).
 */
export const seedFilePrefixes = {
  council: councilFileSchema,
  meetings: meetingsFileSchema,
  recommendations: recommendationsFileSchema,
  "improvement-plan": planFileSchema,
  "self-assessment": selfAssessmentFileSchema,
  "plan-priorities": planPrioritiesFileSchema,
} as const;
export type SeedKind = keyof typeof seedFilePrefixes;
