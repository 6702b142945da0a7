CREATE TABLE "file_texts" (
	"sha256" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"pages" integer,
	"text" text DEFAULT '' NOT NULL,
	"error" text,
	"extracted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Swedish full-text search (hand-written; drizzle does not model generated tsvector columns). Stored vectors, so
-- ranking reads them instead of parsing text per row; GIN indexes for matching.
ALTER TABLE "file_texts" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (to_tsvector('swedish'::regconfig, "text")) STORED;
--> statement-breakpoint
CREATE INDEX "file_texts_search" ON "file_texts" USING gin ("search");
--> statement-breakpoint
CREATE INDEX "files_sha256_idx" ON "files" ("sha256");
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "search_title" tsvector GENERATED ALWAYS AS (to_tsvector('swedish'::regconfig, "title")) STORED;
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "search_public_title" tsvector GENERATED ALWAYS AS (to_tsvector('swedish'::regconfig, "public_title")) STORED;
--> statement-breakpoint
CREATE INDEX "cases_search_title" ON "cases" USING gin ("search_title");
--> statement-breakpoint
CREATE INDEX "cases_search_public_title" ON "cases" USING gin ("search_public_title");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "cases_public_title_trgm" ON "cases" USING gin ("public_title" gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "search_description" tsvector GENERATED ALWAYS AS (to_tsvector('swedish'::regconfig, "description")) STORED;
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "search_public_description" tsvector GENERATED ALWAYS AS (to_tsvector('swedish'::regconfig, "public_description")) STORED;
--> statement-breakpoint
CREATE INDEX "documents_search_description" ON "documents" USING gin ("search_description");
--> statement-breakpoint
CREATE INDEX "documents_search_public_description" ON "documents" USING gin ("search_public_description");
--> statement-breakpoint
-- The searchable text of an official report's content: title, clauses, description without its tags, basis.
CREATE OR REPLACE FUNCTION namnd_report_text(content jsonb) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT concat_ws(E'\n',
    content->>'title',
    (SELECT string_agg(c, E'\n') FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(content->'clauses') = 'array' THEN content->'clauses' ELSE '[]'::jsonb END) AS c),
    regexp_replace(coalesce(content->>'description', ''), '<[^>]*>', ' ', 'g'),
    (SELECT string_agg(b->>'text', E'\n') FROM jsonb_array_elements(CASE WHEN jsonb_typeof(content->'basis') = 'array' THEN content->'basis' ELSE '[]'::jsonb END) AS b))
$$;
--> statement-breakpoint
ALTER TABLE "official_report_versions" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (to_tsvector('swedish'::regconfig, namnd_report_text("content"))) STORED;
--> statement-breakpoint
CREATE INDEX "official_report_versions_search" ON "official_report_versions" USING gin ("search");
