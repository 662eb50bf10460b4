-- Hand-written: a counter that every committed change to the data chat answers are built from moves on.
-- The bot caches answers under it (core/commands/answer-cache.ts), so a change made by any process
-- (the CLI, an import, another bot, the worker) is seen by the very next question.
-- Left out on purpose: the worker's own bookkeeping (ReportSchedule, ReportRun, Delivery), audit rows and
-- chat identities, which change often and never appear in an answer.
-- PostgreSQL moves it once per statement rather than per row, and the row lock it takes is held only by
-- transactions that change that data, so the worker's claims never wait on it.
CREATE TABLE "_scrutineer_data_version" ("id" INTEGER NOT NULL PRIMARY KEY, "value" BIGINT NOT NULL);
INSERT INTO "_scrutineer_data_version" ("id", "value") VALUES (1, 0);
CREATE FUNCTION "scrutineer_bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE "_scrutineer_data_version" SET "value" = "value" + 1 WHERE "id" = 1; RETURN NULL; END $$;
CREATE TRIGGER "Council_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Council" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "Committee_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Committee" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "Person_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Person" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "Membership_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Membership" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "Meeting_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Meeting" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "WorkItem_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "WorkItem" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "ReviewGroup_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReviewGroup" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "Recommendation_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Recommendation" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "Action_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Action" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "ActionOwner_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ActionOwner" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "ProgressUpdate_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProgressUpdate" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "ImprovementPlan_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ImprovementPlan" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "PlanSummaryItem_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PlanSummaryItem" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "PlanAim_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PlanAim" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "Priority_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Priority" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "Objective_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Objective" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "Measure_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Measure" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "MeasureValue_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MeasureValue" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "PeriodStatus_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PeriodStatus" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "SmartAction_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SmartAction" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "SelfAssessment_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SelfAssessment" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "ServiceAssessment_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ServiceAssessment" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "ServicePoint_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ServicePoint" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "ChatWorkspace_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ChatWorkspace" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
CREATE TRIGGER "ChannelLink_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ChannelLink" FOR EACH STATEMENT EXECUTE FUNCTION "scrutineer_bump_data_version"();
