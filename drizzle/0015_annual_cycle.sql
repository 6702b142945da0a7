CREATE TABLE "annual_deadline_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"deadline_id" uuid NOT NULL,
	"deadline_date" date NOT NULL,
	"days_before" integer NOT NULL,
	"recipient_count" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annual_deadline_reminders_once" UNIQUE("body_id","deadline_id","deadline_date","days_before")
);
--> statement-breakpoint
CREATE TABLE "annual_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"date" date NOT NULL,
	"end_date" date,
	"heading" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"audience" text NOT NULL,
	"organ_id" uuid,
	"deliverer" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"reminder_days" integer[] DEFAULT '{}' NOT NULL,
	"reminder_emails" text[] DEFAULT '{}' NOT NULL,
	"remind_organ_staff" boolean DEFAULT false NOT NULL,
	"copied_from_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annual_deadlines_copied_from" UNIQUE("body_id","copied_from_id")
);
--> statement-breakpoint
ALTER TABLE "annual_deadline_reminders" ADD CONSTRAINT "annual_deadline_reminders_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_deadline_reminders" ADD CONSTRAINT "annual_deadline_reminders_deadline_id_annual_deadlines_id_fk" FOREIGN KEY ("deadline_id") REFERENCES "public"."annual_deadlines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_deadlines" ADD CONSTRAINT "annual_deadlines_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_deadlines" ADD CONSTRAINT "annual_deadlines_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "annual_deadlines_body_date_idx" ON "annual_deadlines" USING btree ("body_id","date");
