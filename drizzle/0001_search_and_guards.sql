-- Fuzzy search on case number and title; guards that keep allmänna handlingar and the audit log intact.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_number_trgm ON cases USING gin (number gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_title_trgm ON cases USING gin (title gin_trgm_ops);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION namnd_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'namnd: % on % is not allowed (append-only / never deleted)', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE TRIGGER cases_never_deleted BEFORE DELETE ON cases FOR EACH ROW EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE TRIGGER documents_never_deleted BEFORE DELETE ON documents FOR EACH ROW EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE TRIGGER files_never_deleted BEFORE DELETE ON files FOR EACH ROW EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE TRIGGER secrecy_marks_never_deleted BEFORE DELETE ON secrecy_marks FOR EACH ROW EXECUTE FUNCTION namnd_reject_change();
