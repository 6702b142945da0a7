-- Row-level security as the backstop of the disclosure rules (src/disclosure/): the application reads secret and
-- protected material as the role namnd_app with its reader set per connection (src/db/readerScope.ts), so a query
-- that forgets a rule returns nothing instead of leaking. The table owner (migrations, jobs, the demo loader)
-- is not subject to these policies.
DO $$ BEGIN
  CREATE ROLE namnd_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  EXECUTE format('GRANT namnd_app TO %I', current_user);
EXCEPTION WHEN duplicate_object OR invalid_grant_operation OR insufficient_privilege THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO namnd_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO namnd_app;
--> statement-breakpoint
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO namnd_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO namnd_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO namnd_app;
--> statement-breakpoint
-- The reader of the connection: 'staff' (of the body namnd.body) or 'public' (anything else sees no protected rows).
CREATE OR REPLACE FUNCTION namnd_reader() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(current_setting('namnd.reader', true), '') $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION namnd_body() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('namnd.body', true), '')::uuid $$;
--> statement-breakpoint
-- Organs whose secret-marked documents the staff reader may read (R-REG-6).
CREATE OR REPLACE FUNCTION namnd_secret_organs() RETURNS uuid[] LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(nullif(current_setting('namnd.secret_organs', true), ''), '{}')::uuid[] $$;
--> statement-breakpoint
-- The staff reader may read protected personal data (R-REG-7).
CREATE OR REPLACE FUNCTION namnd_protected_access() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(current_setting('namnd.protected', true), '') = 'on' $$;
--> statement-breakpoint
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A document is a row for the reader when no active secrecy mark lies outside the reader's secret organs
-- (the public: no active mark at all), as documentListedSql says.
CREATE POLICY documents_read ON documents FOR SELECT TO namnd_app USING (
  CASE namnd_reader()
    WHEN 'staff' THEN documents.body_id = namnd_body() AND NOT EXISTS (SELECT 1 FROM secrecy_marks m WHERE m.document_id = documents.id AND m.released_at IS NULL AND NOT (m.organ_id = ANY (namnd_secret_organs())))
    WHEN 'public' THEN NOT EXISTS (SELECT 1 FROM secrecy_marks m WHERE m.document_id = documents.id AND m.released_at IS NULL)
    ELSE false END);
--> statement-breakpoint
CREATE POLICY documents_insert ON documents FOR INSERT TO namnd_app WITH CHECK (namnd_reader() = 'public' OR documents.body_id = namnd_body());
--> statement-breakpoint
CREATE POLICY documents_update ON documents FOR UPDATE TO namnd_app USING (
  documents.body_id = namnd_body() AND namnd_reader() = 'staff'
    AND NOT EXISTS (SELECT 1 FROM secrecy_marks m WHERE m.document_id = documents.id AND m.released_at IS NULL AND NOT (m.organ_id = ANY (namnd_secret_organs()))))
  WITH CHECK (namnd_reader() = 'public' OR documents.body_id = namnd_body());
--> statement-breakpoint
ALTER TABLE files ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A file is a row when its document is (the documents policy applies inside), and its content may be read:
-- staff without protected-data access never get the files of a document naming a person with protected identity;
-- the public only those of published documents without protected data that are not the unmasked minutes
-- (documentContentSql).
CREATE POLICY files_read ON files FOR SELECT TO namnd_app USING (
  EXISTS (SELECT 1 FROM documents d WHERE d.id = files.document_id AND CASE namnd_reader()
    WHEN 'staff' THEN NOT d.counterparty_protected OR namnd_protected_access()
    WHEN 'public' THEN NOT d.counterparty_protected AND d.kind <> 'minutes_extract'
      AND NOT EXISTS (SELECT 1 FROM minutes mn WHERE mn.document_id = d.id)
      AND EXISTS (SELECT 1 FROM web_publications wp WHERE wp.document_id = d.id AND wp.withdrawn_at IS NULL)
    ELSE false END));
--> statement-breakpoint
CREATE POLICY files_insert ON files FOR INSERT TO namnd_app WITH CHECK (namnd_reader() = 'public' OR files.body_id = namnd_body());
--> statement-breakpoint
ALTER TABLE file_texts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Extracted text is keyed by content: readable when some file with that content is.
CREATE POLICY file_texts_read ON file_texts FOR SELECT TO namnd_app USING (EXISTS (SELECT 1 FROM files f WHERE f.sha256 = file_texts.sha256));
--> statement-breakpoint
-- Narrow, deliberate ways past the policies, each for facts that are not secret:
-- the legal grounds of a case's secret-marked documents, which the public register names (R-REG-5) ...
CREATE OR REPLACE FUNCTION namnd_withheld_grounds(case_id uuid) RETURNS SETOF text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT m.legal_ground FROM documents d JOIN secrecy_marks m ON m.document_id = d.id AND m.released_at IS NULL
        WHERE d.case_id = namnd_withheld_grounds.case_id ORDER BY d.seq $$;
--> statement-breakpoint
-- ... and the number and public description of documents, which the official record names (R-MIN-1).
CREATE OR REPLACE FUNCTION namnd_record_documents(ids uuid[]) RETURNS TABLE (id uuid, number text, public_description text, counterparty_protected boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT d.id, d.number, d.public_description, d.counterparty_protected FROM documents d WHERE d.id = ANY (ids) $$;
--> statement-breakpoint
-- ... and the names of senders and recipients with protected identity, which masking must know to hide (R-PUB-2).
CREATE OR REPLACE FUNCTION namnd_protected_names(body uuid) RETURNS SETOF text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT DISTINCT d.counterparty_name FROM documents d WHERE d.body_id = namnd_protected_names.body AND d.counterparty_protected AND d.counterparty_name IS NOT NULL $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION namnd_protected_names(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION namnd_protected_names(uuid) TO namnd_app;
--> statement-breakpoint
REVOKE ALL ON FUNCTION namnd_withheld_grounds(uuid) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION namnd_record_documents(uuid[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION namnd_withheld_grounds(uuid) TO namnd_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION namnd_record_documents(uuid[]) TO namnd_app;
