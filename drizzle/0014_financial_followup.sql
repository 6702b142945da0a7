CREATE TABLE "follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"organ_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"tertial" text NOT NULL,
	"title" text NOT NULL,
	"staff_text" text DEFAULT '' NOT NULL,
	"economy_text" text DEFAULT '' NOT NULL,
	"investment_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_ups_organ_period" UNIQUE("body_id","organ_id","year","tertial")
);
--> statement-breakpoint
CREATE TABLE "follow_up_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"follow_up_id" uuid NOT NULL,
	"line" text NOT NULL,
	"measure" text NOT NULL,
	"amount_kr" bigint NOT NULL,
	CONSTRAINT "follow_up_values_line_measure" UNIQUE("body_id","follow_up_id","line","measure")
);
--> statement-breakpoint
CREATE TABLE "staff_kpis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"follow_up_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"measure" text NOT NULL,
	"decimals" integer DEFAULT 0 NOT NULL,
	"target_tenths" integer,
	"women_tenths" integer,
	"men_tenths" integer,
	"total_tenths" integer,
	"previous_women_tenths" integer,
	"previous_men_tenths" integer,
	"previous_total_tenths" integer,
	CONSTRAINT "staff_kpis_position" UNIQUE("body_id","follow_up_id","position")
);
--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_values" ADD CONSTRAINT "follow_up_values_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_values" ADD CONSTRAINT "follow_up_values_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_kpis" ADD CONSTRAINT "staff_kpis_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_kpis" ADD CONSTRAINT "staff_kpis_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE no action ON UPDATE no action;
