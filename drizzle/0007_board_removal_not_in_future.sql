-- A posting's removal is recorded on the day it happens (R-APPEAL-1): it cannot be dated ahead, which would take
-- it off the public board before its removal date while seeming to respect it.
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
  IF NEW.removed_on IS NOT NULL AND NEW.removed_on > (now() AT TIME ZONE 'Europe/Stockholm')::date THEN
    RAISE EXCEPTION 'namnd: a posting''s removal cannot be dated after today (%)', (now() AT TIME ZONE 'Europe/Stockholm')::date USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;
