-- Hand-written: Prisma's schema language cannot express partial indexes.
-- Open actions are a small, hot slice of a council's history ("due", "overdue", "mine"):
-- these walk them in due-date order without touching the long tail of completed ones.
CREATE INDEX "Action_open_council_due_idx" ON "Action" ("councilId", "dueDate", "id") WHERE "status" <> 'complete';
CREATE INDEX "Action_open_committee_due_idx" ON "Action" ("committeeId", "dueDate", "id") WHERE "status" <> 'complete';
