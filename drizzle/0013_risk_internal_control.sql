CREATE TABLE "internal_control_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"control_id" uuid NOT NULL,
	"tertial" integer NOT NULL,
	"comment" text NOT NULL,
	"unscheduled" boolean DEFAULT false NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "internal_control_follow_ups_control_tertial" UNIQUE("body_id","control_id","tertial"),
	CONSTRAINT "internal_control_follow_ups_tertial" CHECK ("internal_control_follow_ups"."tertial" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "internal_controls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"risk_id" uuid NOT NULL,
	"control" text NOT NULL,
	"method" text NOT NULL,
	"responsible" text NOT NULL,
	"tertials" integer[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internal_controls_risk" UNIQUE("body_id","risk_id"),
	CONSTRAINT "internal_controls_tertials" CHECK (cardinality("internal_controls"."tertials") between 1 and 3 and "internal_controls"."tertials" <@ array[1, 2, 3])
);
--> statement-breakpoint
CREATE TABLE "risk_analyses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"organ_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"established_on" date NOT NULL,
	"probability_scale" jsonb NOT NULL,
	"consequence_scale" jsonb NOT NULL,
	"thresholds" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_analyses_organ_year" UNIQUE("body_id","organ_id","year")
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"analysis_id" uuid NOT NULL,
	"number" text NOT NULL,
	"control_area" text NOT NULL,
	"description" text NOT NULL,
	"probability" integer NOT NULL,
	"consequence" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risks_analysis_number" UNIQUE("body_id","analysis_id","number"),
	CONSTRAINT "risks_probability_range" CHECK ("risks"."probability" between 1 and 4),
	CONSTRAINT "risks_consequence_range" CHECK ("risks"."consequence" between 1 and 4)
);
--> statement-breakpoint
ALTER TABLE "internal_control_follow_ups" ADD CONSTRAINT "internal_control_follow_ups_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_control_follow_ups" ADD CONSTRAINT "internal_control_follow_ups_control_id_internal_controls_id_fk" FOREIGN KEY ("control_id") REFERENCES "public"."internal_controls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_control_follow_ups" ADD CONSTRAINT "internal_control_follow_ups_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_controls" ADD CONSTRAINT "internal_controls_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_controls" ADD CONSTRAINT "internal_controls_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_analyses" ADD CONSTRAINT "risk_analyses_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_analyses" ADD CONSTRAINT "risk_analyses_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_analyses" ADD CONSTRAINT "risk_analyses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_analysis_id_risk_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."risk_analyses"("id") ON DELETE no action ON UPDATE no action;
