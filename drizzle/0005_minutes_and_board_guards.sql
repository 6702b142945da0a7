-- Signatures and the notice board's history are append-only; postings and minutes are never deleted
-- (R-JUST-3, R-APPEAL-1). Adjusted minutes are frozen; a posting cannot come down before its removal date.
CREATE TRIGGER minutes_signatures_append_only BEFORE UPDATE OR DELETE ON minutes_signatures FOR EACH ROW EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE TRIGGER posting_events_append_only BEFORE UPDATE OR DELETE ON posting_events FOR EACH ROW EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE TRIGGER postings_never_deleted BEFORE DELETE ON postings FOR EACH ROW EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE TRIGGER minutes_never_deleted BEFORE DELETE ON minutes FOR EACH ROW EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE TRIGGER extracts_never_deleted BEFORE DELETE ON extracts FOR EACH ROW EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE TRIGGER minutes_signatures_no_truncate BEFORE TRUNCATE ON minutes_signatures FOR EACH STATEMENT EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE TRIGGER posting_events_no_truncate BEFORE TRUNCATE ON posting_events FOR EACH STATEMENT EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE TRIGGER postings_no_truncate BEFORE TRUNCATE ON postings FOR EACH STATEMENT EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE TRIGGER minutes_no_truncate BEFORE TRUNCATE ON minutes FOR EACH STATEMENT EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION namnd_minutes_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.state = 'adjusted' THEN
    RAISE EXCEPTION 'namnd: adjusted minutes are frozen' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER minutes_frozen BEFORE UPDATE ON minutes FOR EACH ROW EXECUTE FUNCTION namnd_minutes_frozen();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION namnd_posting_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.posted_on <> OLD.posted_on OR NEW.removable_from <> OLD.removable_from
     OR NEW.last_appeal_day IS DISTINCT FROM OLD.last_appeal_day OR NEW.kind <> OLD.kind THEN
    RAISE EXCEPTION 'namnd: a posting''s dates cannot change' USING ERRCODE = 'restrict_violation';
  END IF;
  IF OLD.removed_on IS NOT NULL THEN
    RAISE EXCEPTION 'namnd: a removed posting cannot change' USING ERRCODE = 'restrict_violation';
  END IF;
  IF NEW.removed_on IS NOT NULL AND NEW.removed_on < NEW.removable_from THEN
    RAISE EXCEPTION 'namnd: a posting cannot be removed before %', NEW.removable_from USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER postings_guard BEFORE UPDATE ON postings FOR EACH ROW EXECUTE FUNCTION namnd_posting_guard();
