-- The vocabulary of Swedish compounds (hand-written; drizzle does not model it). Every stem of seven or more
-- letters in a search vector is kept once, with a trigram index, so a query word can be matched inside compounds
-- ("upphandling" in "telefoniupphandlingen"). The search uses these stems only to widen a query: what a reader may
-- match and quote is still decided on the vectors of the rows the reader may search.
-- No unique constraint: concurrent writers never wait on each other for a new word; a rare duplicate is harmless
-- (the lookup takes distinct words). Stems are lower case; the letter class is spelt out (Latin letters, Swedish
-- ones included) because [[:alpha:]] depends on the database's locale.
CREATE TABLE "search_words" ("word" text NOT NULL);
--> statement-breakpoint
CREATE INDEX "search_words_word" ON "search_words" ("word");
--> statement-breakpoint
CREATE INDEX "search_words_word_trgm" ON "search_words" USING gin ("word" gin_trgm_ops);
--> statement-breakpoint
-- One statement per written row, its plan kept by PL/pgSQL; a row's vectors are concatenated into one.
CREATE OR REPLACE FUNCTION namnd_collect_case_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
  SELECT DISTINCT l.lexeme FROM unnest(coalesce(NEW.search_title, ''::tsvector) || coalesce(NEW.search_public_title, ''::tsvector)) AS l
  WHERE length(l.lexeme) >= 7 AND l.lexeme ~ '^[a-z\u00c0-\u024f]+$' AND NOT EXISTS (SELECT 1 FROM search_words w WHERE w.word = l.lexeme);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION namnd_collect_document_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
  SELECT DISTINCT l.lexeme FROM unnest(coalesce(NEW.search_description, ''::tsvector) || coalesce(NEW.search_public_description, ''::tsvector)) AS l
  WHERE length(l.lexeme) >= 7 AND l.lexeme ~ '^[a-z\u00c0-\u024f]+$' AND NOT EXISTS (SELECT 1 FROM search_words w WHERE w.word = l.lexeme);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION namnd_collect_text_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
  SELECT DISTINCT l.lexeme FROM unnest(NEW.search) AS l
  WHERE length(l.lexeme) >= 7 AND l.lexeme ~ '^[a-z\u00c0-\u024f]+$' AND NOT EXISTS (SELECT 1 FROM search_words w WHERE w.word = l.lexeme);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER cases_search_words AFTER INSERT OR UPDATE OF title, public_title ON cases
  FOR EACH ROW EXECUTE FUNCTION namnd_collect_case_words();
--> statement-breakpoint
CREATE TRIGGER documents_search_words AFTER INSERT OR UPDATE OF description, public_description ON documents
  FOR EACH ROW EXECUTE FUNCTION namnd_collect_document_words();
--> statement-breakpoint
CREATE TRIGGER file_texts_search_words AFTER INSERT OR UPDATE OF text ON file_texts
  FOR EACH ROW EXECUTE FUNCTION namnd_collect_text_words();
--> statement-breakpoint
CREATE TRIGGER official_report_versions_search_words AFTER INSERT OR UPDATE OF content ON official_report_versions
  FOR EACH ROW EXECUTE FUNCTION namnd_collect_text_words();
--> statement-breakpoint
INSERT INTO search_words (word)
SELECT DISTINCT lexeme FROM (
  SELECT l.lexeme FROM cases, unnest(search_title) AS l
  UNION ALL SELECT l.lexeme FROM cases, unnest(search_public_title) AS l
  UNION ALL SELECT l.lexeme FROM documents, unnest(search_description) AS l
  UNION ALL SELECT l.lexeme FROM documents, unnest(search_public_description) AS l
  UNION ALL SELECT l.lexeme FROM file_texts, unnest(search) AS l
  UNION ALL SELECT l.lexeme FROM official_report_versions, unnest(search) AS l
) AS all_words
WHERE length(lexeme) >= 7 AND lexeme ~ '^[a-z\u00c0-\u024f]+$';
