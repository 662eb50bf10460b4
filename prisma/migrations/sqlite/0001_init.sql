-- CreateTable
CREATE TABLE "Council" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "timezone" TEXT NOT NULL DEFAULT 'Europe/London',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Committee" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "externalId" TEXT,
    CONSTRAINT "Committee_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "roleTitle" TEXT,
    "email" TEXT,
    "remindersOptOut" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Person_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "representing" TEXT,
    "asOf" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    CONSTRAINT "Membership_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "committeeId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "time" TEXT,
    "startsAt" DATETIME NOT NULL,
    "place" TEXT,
    "webcastUrl" TEXT,
    "status" TEXT NOT NULL,
    "despatchDate" TEXT,
    "questionDeadline" DATETIME,
    "classification" TEXT NOT NULL DEFAULT 'open',
    "source" TEXT NOT NULL,
    "externalSource" TEXT,
    "externalId" TEXT,
    CONSTRAINT "Meeting_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WorkItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "meetingId" INTEGER,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "reportAuthor" TEXT,
    "formOfScrutiny" TEXT,
    "status" TEXT,
    "classification" TEXT NOT NULL DEFAULT 'open',
    "source" TEXT NOT NULL,
    CONSTRAINT "WorkItem_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WorkItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewGroup" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "committeeId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "conducted" TEXT,
    "source" TEXT NOT NULL,
    CONSTRAINT "ReviewGroup_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "committeeId" INTEGER NOT NULL,
    "groupId" INTEGER,
    "meetingId" INTEGER,
    "meetingDate" TEXT,
    "key" TEXT NOT NULL,
    "itemTitle" TEXT,
    "number" TEXT,
    "title" TEXT,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "addressedTo" TEXT,
    "response" TEXT,
    "responseText" TEXT,
    "trackerAction" TEXT,
    "trackerStatus" TEXT,
    "classification" TEXT NOT NULL DEFAULT 'open',
    "source" TEXT NOT NULL,
    CONSTRAINT "Recommendation_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Recommendation_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ReviewGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Recommendation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Action" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "committeeId" INTEGER NOT NULL,
    "recommendationId" INTEGER,
    "meetingId" INTEGER,
    "sourceKey" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "ownerText" TEXT,
    "dueText" TEXT,
    "dueDate" TEXT,
    "duePrecision" TEXT,
    "successCriteria" TEXT,
    "status" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'action',
    "classification" TEXT NOT NULL DEFAULT 'open',
    "provenance" TEXT,
    "completedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Action_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Action_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Action_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionOwner" (
    "actionId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,

    PRIMARY KEY ("actionId", "personId"),
    CONSTRAINT "ActionOwner_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionOwner_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgressUpdate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actionId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "statusAfter" TEXT,
    "authorId" INTEGER,
    "authorText" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "requestKey" TEXT,
    "asOf" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProgressUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "actorId" INTEGER,
    "actorText" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "verb" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "requestKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ImprovementPlan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "committeeId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "year" TEXT NOT NULL,
    "asAt" TEXT NOT NULL,
    "updatedText" TEXT,
    "vision" TEXT NOT NULL,
    "aim" TEXT,
    "classification" TEXT NOT NULL DEFAULT 'open',
    "source" TEXT NOT NULL,
    CONSTRAINT "ImprovementPlan_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanSummaryItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "lead" TEXT,
    "status" TEXT,
    CONSTRAINT "PlanSummaryItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ImprovementPlan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanAim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "priorities" TEXT NOT NULL,
    CONSTRAINT "PlanAim_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ImprovementPlan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Priority" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "definition" TEXT,
    "whatGoodLooksLike" TEXT,
    CONSTRAINT "Priority_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ImprovementPlan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Objective" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "priorityId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "impactOnChildren" TEXT,
    CONSTRAINT "Objective_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "Priority" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "objectiveId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "target" REAL,
    "targetText" TEXT,
    "unit" TEXT NOT NULL,
    "betterWhen" TEXT,
    "commentary" TEXT,
    CONSTRAINT "Measure_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "Objective" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeasureValue" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "measureId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "period" TEXT,
    "value" REAL,
    "display" TEXT NOT NULL,
    CONSTRAINT "MeasureValue_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PeriodStatus" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "objectiveId" INTEGER,
    "measureId" INTEGER,
    "period" TEXT NOT NULL,
    "rag" TEXT,
    "direction" TEXT,
    "directionText" TEXT,
    CONSTRAINT "PeriodStatus_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "Objective" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PeriodStatus_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SmartAction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "objectiveId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "lead" TEXT,
    "status" TEXT,
    "period" TEXT NOT NULL,
    CONSTRAINT "SmartAction_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "Objective" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SelfAssessment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "committeeId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "introduction" TEXT,
    "classification" TEXT NOT NULL DEFAULT 'open',
    "source" TEXT NOT NULL,
    CONSTRAINT "SelfAssessment_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceAssessment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "selfAssessmentId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "whatWeKnow" TEXT,
    "howWeKnow" TEXT,
    "score" REAL,
    "scoreText" TEXT,
    "rationale" TEXT,
    CONSTRAINT "ServiceAssessment_selfAssessmentId_fkey" FOREIGN KEY ("selfAssessmentId") REFERENCES "SelfAssessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServicePoint" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "serviceId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "timescale" TEXT,
    CONSTRAINT "ServicePoint_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "ServiceAssessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChatWorkspace" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "councilId" INTEGER NOT NULL,
    CONSTRAINT "ChatWorkspace_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChatIdentity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "email" TEXT,
    "personId" INTEGER,
    "checkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ChatIdentity_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChannelLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "committeeId" INTEGER,
    "conversationRef" TEXT,
    "serviceUrl" TEXT,
    "teamId" TEXT,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReportSchedule" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "committeeId" INTEGER,
    "cron" TEXT NOT NULL,
    "timezone" TEXT NOT NULL DEFAULT 'Europe/London',
    "kind" TEXT NOT NULL,
    "params" TEXT NOT NULL,
    "targets" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "failureStreak" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "ReportRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "scheduleId" INTEGER,
    "scheduledFor" DATETIME NOT NULL,
    "claimedBy" TEXT,
    "leaseUntil" DATETIME,
    "status" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "pdfPath" TEXT,
    "htmlPath" TEXT,
    "sha256" TEXT,
    "renderMs" INTEGER,
    "summary" TEXT,
    "error" TEXT,
    CONSTRAINT "ReportRun_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "ReportSchedule" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" INTEGER NOT NULL,
    "target" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "externalRef" TEXT,
    "deliveredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Delivery_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ReportRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Council_slug_key" ON "Council"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Committee_slug_key" ON "Committee"("slug");

-- CreateIndex
CREATE INDEX "Committee_councilId_idx" ON "Committee"("councilId");

-- CreateIndex
CREATE UNIQUE INDEX "Committee_councilId_externalId_key" ON "Committee"("councilId", "externalId");

-- CreateIndex
CREATE INDEX "Person_councilId_email_idx" ON "Person"("councilId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Person_councilId_key_key" ON "Person"("councilId", "key");

-- CreateIndex
CREATE INDEX "Membership_personId_idx" ON "Membership"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_committeeId_personId_key" ON "Membership"("committeeId", "personId");

-- CreateIndex
CREATE INDEX "Meeting_councilId_date_idx" ON "Meeting"("councilId", "date");

-- CreateIndex
CREATE INDEX "Meeting_councilId_despatchDate_idx" ON "Meeting"("councilId", "despatchDate");

-- CreateIndex
CREATE INDEX "Meeting_councilId_questionDeadline_idx" ON "Meeting"("councilId", "questionDeadline");

-- CreateIndex
CREATE INDEX "Meeting_committeeId_date_idx" ON "Meeting"("committeeId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_councilId_key_key" ON "Meeting"("councilId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_councilId_externalSource_externalId_key" ON "Meeting"("councilId", "externalSource", "externalId");

-- CreateIndex
CREATE INDEX "WorkItem_meetingId_position_idx" ON "WorkItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "WorkItem_committeeId_idx" ON "WorkItem"("committeeId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewGroup_committeeId_key_key" ON "ReviewGroup"("committeeId", "key");

-- CreateIndex
CREATE INDEX "Recommendation_committeeId_idx" ON "Recommendation"("committeeId");

-- CreateIndex
CREATE INDEX "Recommendation_groupId_idx" ON "Recommendation"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_councilId_key_key" ON "Recommendation"("councilId", "key");

-- CreateIndex
CREATE INDEX "Action_councilId_status_dueDate_idx" ON "Action"("councilId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Action_committeeId_status_dueDate_idx" ON "Action"("committeeId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Action_recommendationId_idx" ON "Action"("recommendationId");

-- CreateIndex
CREATE UNIQUE INDEX "Action_councilId_sourceKey_key" ON "Action"("councilId", "sourceKey");

-- CreateIndex
CREATE INDEX "ActionOwner_personId_actionId_idx" ON "ActionOwner"("personId", "actionId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressUpdate_requestKey_key" ON "ProgressUpdate"("requestKey");

-- CreateIndex
CREATE INDEX "ProgressUpdate_actionId_createdAt_idx" ON "ProgressUpdate"("actionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_requestKey_key" ON "AuditEvent"("requestKey");

-- CreateIndex
CREATE INDEX "AuditEvent_councilId_createdAt_idx" ON "AuditEvent"("councilId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "ImprovementPlan_committeeId_idx" ON "ImprovementPlan"("committeeId");

-- CreateIndex
CREATE UNIQUE INDEX "ImprovementPlan_councilId_key_key" ON "ImprovementPlan"("councilId", "key");

-- CreateIndex
CREATE INDEX "PlanSummaryItem_planId_section_position_idx" ON "PlanSummaryItem"("planId", "section", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Priority_planId_number_key" ON "Priority"("planId", "number");

-- CreateIndex
CREATE INDEX "Objective_priorityId_position_idx" ON "Objective"("priorityId", "position");

-- CreateIndex
CREATE INDEX "Measure_objectiveId_position_idx" ON "Measure"("objectiveId", "position");

-- CreateIndex
CREATE INDEX "MeasureValue_measureId_period_idx" ON "MeasureValue"("measureId", "period");

-- CreateIndex
CREATE INDEX "PeriodStatus_measureId_period_idx" ON "PeriodStatus"("measureId", "period");

-- CreateIndex
CREATE INDEX "PeriodStatus_objectiveId_period_idx" ON "PeriodStatus"("objectiveId", "period");

-- CreateIndex
CREATE INDEX "SmartAction_objectiveId_position_idx" ON "SmartAction"("objectiveId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "SelfAssessment_committeeId_period_key" ON "SelfAssessment"("committeeId", "period");

-- CreateIndex
CREATE INDEX "ServiceAssessment_selfAssessmentId_position_idx" ON "ServiceAssessment"("selfAssessmentId", "position");

-- CreateIndex
CREATE INDEX "ServicePoint_serviceId_kind_position_idx" ON "ServicePoint"("serviceId", "kind", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ChatWorkspace_platform_workspaceId_key" ON "ChatWorkspace"("platform", "workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "ChatIdentity_platform_workspaceId_userId_key" ON "ChatIdentity"("platform", "workspaceId", "userId");

-- CreateIndex
CREATE INDEX "ChannelLink_councilId_committeeId_idx" ON "ChannelLink"("councilId", "committeeId");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelLink_platform_workspaceId_channelId_key" ON "ChannelLink"("platform", "workspaceId", "channelId");

-- CreateIndex
CREATE INDEX "ReportSchedule_enabled_idx" ON "ReportSchedule"("enabled");

-- CreateIndex
CREATE INDEX "ReportRun_status_leaseUntil_idx" ON "ReportRun"("status", "leaseUntil");

-- CreateIndex
CREATE UNIQUE INDEX "ReportRun_scheduleId_scheduledFor_key" ON "ReportRun"("scheduleId", "scheduledFor");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_runId_target_key" ON "Delivery"("runId", "target");

