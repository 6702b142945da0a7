CREATE TABLE "deleted_rows" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"body_id" uuid NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"created_at" timestamp with time zone,
	"deleted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bodies" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "organs" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "terms" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "terms" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "deleted_rows" ADD CONSTRAINT "deleted_rows_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deleted_rows_body_type_idx" ON "deleted_rows" USING btree ("body_id","entity_type","deleted_at");--> statement-breakpoint
-- Rows that existed before this migration were last changed no later than they were created, as far as is known.
UPDATE "bodies" SET "updated_at" = "created_at";--> statement-breakpoint
UPDATE "organs" SET "updated_at" = "created_at";--> statement-breakpoint
UPDATE "people" SET "updated_at" = "created_at";--> statement-breakpoint
UPDATE "documents" SET "updated_at" = "created_at";--> statement-breakpoint
UPDATE "agenda_items" SET "updated_at" = "created_at";--> statement-breakpoint
UPDATE "meetings" SET "updated_at" = "created_at";--> statement-breakpoint
-- The open-data API (OParl) reports when each object changed: updated_at follows every UPDATE ...
CREATE OR REPLACE FUNCTION namnd_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER bodies_touch BEFORE UPDATE ON bodies FOR EACH ROW EXECUTE FUNCTION namnd_touch_updated_at();--> statement-breakpoint
CREATE TRIGGER organs_touch BEFORE UPDATE ON organs FOR EACH ROW EXECUTE FUNCTION namnd_touch_updated_at();--> statement-breakpoint
CREATE TRIGGER terms_touch BEFORE UPDATE ON terms FOR EACH ROW EXECUTE FUNCTION namnd_touch_updated_at();--> statement-breakpoint
CREATE TRIGGER people_touch BEFORE UPDATE ON people FOR EACH ROW EXECUTE FUNCTION namnd_touch_updated_at();--> statement-breakpoint
CREATE TRIGGER memberships_touch BEFORE UPDATE ON memberships FOR EACH ROW EXECUTE FUNCTION namnd_touch_updated_at();--> statement-breakpoint
CREATE TRIGGER meetings_touch BEFORE UPDATE ON meetings FOR EACH ROW EXECUTE FUNCTION namnd_touch_updated_at();--> statement-breakpoint
CREATE TRIGGER agenda_items_touch BEFORE UPDATE ON agenda_items FOR EACH ROW EXECUTE FUNCTION namnd_touch_updated_at();--> statement-breakpoint
CREATE TRIGGER consultations_touch BEFORE UPDATE ON consultations FOR EACH ROW EXECUTE FUNCTION namnd_touch_updated_at();--> statement-breakpoint
CREATE TRIGGER documents_touch BEFORE UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION namnd_touch_updated_at();--> statement-breakpoint
CREATE TRIGGER cases_touch BEFORE UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION namnd_touch_updated_at();--> statement-breakpoint
-- ... and every DELETE of a row the API shows leaves a tombstone, so `modified_since` can report it as deleted.
CREATE OR REPLACE FUNCTION namnd_record_deleted_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO deleted_rows (body_id, entity_type, entity_id, created_at)
  VALUES (OLD.body_id, TG_TABLE_NAME, OLD.id, (to_jsonb(OLD) ->> 'created_at')::timestamptz);
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE TRIGGER organs_tombstone AFTER DELETE ON organs FOR EACH ROW EXECUTE FUNCTION namnd_record_deleted_row();--> statement-breakpoint
CREATE TRIGGER terms_tombstone AFTER DELETE ON terms FOR EACH ROW EXECUTE FUNCTION namnd_record_deleted_row();--> statement-breakpoint
CREATE TRIGGER people_tombstone AFTER DELETE ON people FOR EACH ROW EXECUTE FUNCTION namnd_record_deleted_row();--> statement-breakpoint
CREATE TRIGGER memberships_tombstone AFTER DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION namnd_record_deleted_row();--> statement-breakpoint
CREATE TRIGGER meetings_tombstone AFTER DELETE ON meetings FOR EACH ROW EXECUTE FUNCTION namnd_record_deleted_row();--> statement-breakpoint
CREATE TRIGGER agenda_items_tombstone AFTER DELETE ON agenda_items FOR EACH ROW EXECUTE FUNCTION namnd_record_deleted_row();--> statement-breakpoint
CREATE TRIGGER consultations_tombstone AFTER DELETE ON consultations FOR EACH ROW EXECUTE FUNCTION namnd_record_deleted_row();
