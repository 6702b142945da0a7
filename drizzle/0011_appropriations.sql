CREATE TABLE "appropriation_commitment_amounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"commitment_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"amount_kr" bigint NOT NULL,
	CONSTRAINT "appropriation_commitment_amounts_commitment_year" UNIQUE("body_id","commitment_id","year")
);
--> statement-breakpoint
CREATE TABLE "appropriation_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"appropriation_id" uuid NOT NULL,
	"case_id" uuid,
	"recipient" text NOT NULL,
	"purpose" text,
	"reference" text,
	"decided_on" date,
	"conditions" text,
	"status" text DEFAULT 'proposed' NOT NULL,
	"released_on" date,
	"source_kind" text DEFAULT 'manual' NOT NULL,
	"source_id" uuid,
	"override_reason" text,
	"agenda_item_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appropriation_commitments_source" UNIQUE("body_id","source_kind","source_id")
);
--> statement-breakpoint
CREATE TABLE "appropriation_years" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"appropriation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"amount_kr" bigint NOT NULL,
	CONSTRAINT "appropriation_years_appropriation_year" UNIQUE("body_id","appropriation_id","year")
);
--> statement-breakpoint
CREATE TABLE "appropriations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"organ_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appropriations_body_organ_name" UNIQUE("body_id","organ_id","name")
);
--> statement-breakpoint
ALTER TABLE "appropriation_commitment_amounts" ADD CONSTRAINT "appropriation_commitment_amounts_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appropriation_commitment_amounts" ADD CONSTRAINT "appropriation_commitment_amounts_commitment_id_appropriation_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."appropriation_commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appropriation_commitments" ADD CONSTRAINT "appropriation_commitments_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appropriation_commitments" ADD CONSTRAINT "appropriation_commitments_appropriation_id_appropriations_id_fk" FOREIGN KEY ("appropriation_id") REFERENCES "public"."appropriations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appropriation_commitments" ADD CONSTRAINT "appropriation_commitments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appropriation_commitments" ADD CONSTRAINT "appropriation_commitments_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appropriation_commitments" ADD CONSTRAINT "appropriation_commitments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appropriation_years" ADD CONSTRAINT "appropriation_years_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appropriation_years" ADD CONSTRAINT "appropriation_years_appropriation_id_appropriations_id_fk" FOREIGN KEY ("appropriation_id") REFERENCES "public"."appropriations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appropriations" ADD CONSTRAINT "appropriations_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appropriations" ADD CONSTRAINT "appropriations_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appropriations" ADD CONSTRAINT "appropriations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appropriation_commitments_appropriation_idx" ON "appropriation_commitments" USING btree ("appropriation_id");--> statement-breakpoint
CREATE INDEX "appropriation_commitments_case_idx" ON "appropriation_commitments" USING btree ("case_id");
