-- TRUNCATE bypasses row triggers: refuse it on the register and the audit log too (R-REG-8, R-REG-9).
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE TRIGGER cases_no_truncate BEFORE TRUNCATE ON cases FOR EACH STATEMENT EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE TRIGGER documents_no_truncate BEFORE TRUNCATE ON documents FOR EACH STATEMENT EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE TRIGGER files_no_truncate BEFORE TRUNCATE ON files FOR EACH STATEMENT EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE TRIGGER secrecy_marks_no_truncate BEFORE TRUNCATE ON secrecy_marks FOR EACH STATEMENT EXECUTE FUNCTION namnd_reject_change();
