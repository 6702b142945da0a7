-- The compound vocabulary's triggers (0016) share one function that keeps a vector's new compound stems: the
-- rule for what the vocabulary holds (seven letters or more, Latin letters only; MIN_VOCABULARY_STEM in
-- src/domain/searchCompounds.ts) is written once. Each trigger function only names its row's vectors.
CREATE OR REPLACE FUNCTION namnd_keep_compound_stems(v tsvector) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
  SELECT DISTINCT l.lexeme FROM unnest(v) AS l
  WHERE length(l.lexeme) >= 7 AND l.lexeme ~ '^[a-z\u00c0-\u024f]+$' AND NOT EXISTS (SELECT 1 FROM search_words w WHERE w.word = l.lexeme);
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION namnd_collect_case_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM namnd_keep_compound_stems(coalesce(NEW.search_title, ''::tsvector) || coalesce(NEW.search_public_title, ''::tsvector));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION namnd_collect_document_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM namnd_keep_compound_stems(coalesce(NEW.search_description, ''::tsvector) || coalesce(NEW.search_public_description, ''::tsvector));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION namnd_collect_text_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM namnd_keep_compound_stems(NEW.search);
  RETURN NULL;
END $$;
