-- R-PUB-1: web publication of a document's files and full text is a decision of its own, recorded per document:
-- who published it and when, and who withdrew it, when and why. Rows are never deleted; the only change a row
-- takes is its withdrawal, once. At most one publication of a document is active at a time.
CREATE TABLE "web_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"basis" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"withdrawal_reason" text,
	CONSTRAINT "web_publications_basis" CHECK ("basis" IN ('default', 'choice')),
	CONSTRAINT "web_publications_withdrawal_complete" CHECK (("withdrawn_at" IS NULL) = ("withdrawal_reason" IS NULL) AND ("withdrawn_by" IS NULL OR "withdrawn_at" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "web_publications" ADD CONSTRAINT "web_publications_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "web_publications" ADD CONSTRAINT "web_publications_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "web_publications" ADD CONSTRAINT "web_publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "web_publications" ADD CONSTRAINT "web_publications_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "web_publications_one_active" ON "web_publications" USING btree ("document_id") WHERE withdrawn_at IS NULL;--> statement-breakpoint
CREATE INDEX "web_publications_body_published_idx" ON "web_publications" USING btree ("body_id","published_at");--> statement-breakpoint
CREATE INDEX "web_publications_body_withdrawn_idx" ON "web_publications" USING btree ("body_id","withdrawn_at");--> statement-breakpoint
-- Backfill by the default rule of domain/webPublication.ts as it stands at this migration: never secret-marked
-- documents or documents with protected personal data; motions always; not documents whose counterparty is a
-- private person (a name without an organisation); the municipality's own kinds; statements, annexes and other
-- documents it drew up; letters and incoming documents from an organisation. Published when it was registered.
INSERT INTO "web_publications" ("body_id", "document_id", "basis", "published_at", "published_by")
SELECT d.body_id, d.id, 'default', d.created_at, NULL
FROM documents d
WHERE NOT d.counterparty_protected
  AND NOT EXISTS (SELECT 1 FROM secrecy_marks m WHERE m.document_id = d.id AND m.released_at IS NULL)
  AND (d.kind = 'motion'
    OR (NOT (btrim(coalesce(d.counterparty_name, '')) <> '' AND btrim(coalesce(d.counterparty_organisation, '')) = '')
      AND (d.kind IN ('official_report', 'decision', 'minutes_extract', 'audit_report')
        OR (d.kind IN ('statement', 'annex', 'other') AND d.direction <> 'incoming')
        OR btrim(coalesce(d.counterparty_organisation, '')) <> '')));
--> statement-breakpoint
CREATE TRIGGER web_publications_never_deleted BEFORE DELETE ON web_publications FOR EACH ROW EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE TRIGGER web_publications_no_truncate BEFORE TRUNCATE ON web_publications FOR EACH STATEMENT EXECUTE FUNCTION namnd_reject_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION namnd_web_publication_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.withdrawn_at IS NOT NULL THEN
    RAISE EXCEPTION 'namnd: a withdrawn web publication cannot change' USING ERRCODE = 'restrict_violation';
  END IF;
  IF NEW.id <> OLD.id OR NEW.body_id <> OLD.body_id OR NEW.document_id <> OLD.document_id OR NEW.basis <> OLD.basis
     OR NEW.published_at <> OLD.published_at OR NEW.published_by IS DISTINCT FROM OLD.published_by THEN
    RAISE EXCEPTION 'namnd: a web publication can only be withdrawn' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER web_publications_guard BEFORE UPDATE ON web_publications FOR EACH ROW EXECUTE FUNCTION namnd_web_publication_guard();
--> statement-breakpoint
-- Publishing later or withdrawing changes what open data and feeds show of the document: its modification time
-- moves (not at registration, where the document row is new in the same transaction).
-- Every change is also announced to the server processes, on commit, so they drop their kept public pages.
CREATE OR REPLACE FUNCTION namnd_web_publication_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE documents SET updated_at = now() WHERE id = NEW.document_id AND updated_at < now();
  PERFORM pg_notify('namnd_public_change', NEW.body_id::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER web_publications_touch AFTER INSERT OR UPDATE ON web_publications FOR EACH ROW EXECUTE FUNCTION namnd_web_publication_touch();
--> statement-breakpoint
-- A secret-marked document is never on the web: marking it, by whatever path, withdraws its active publication
-- (releasing the mark later does not publish it again; that is a decision of its own).
CREATE OR REPLACE FUNCTION namnd_secrecy_withdraws_publication() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE web_publications SET withdrawn_at = now(), withdrawn_by = NEW.marked_by,
    withdrawal_reason = 'Sekretessmarkerad (' || NEW.legal_ground || ')'
  WHERE document_id = NEW.document_id AND withdrawn_at IS NULL;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER secrecy_marks_withdraw_publication AFTER INSERT ON secrecy_marks FOR EACH ROW EXECUTE FUNCTION namnd_secrecy_withdraws_publication();
