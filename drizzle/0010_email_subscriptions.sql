CREATE TABLE "site_keys" (
	"purpose" text PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"email" text NOT NULL,
	"organ_ids" uuid[] NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	"token_hash" text NOT NULL,
	CONSTRAINT "subscriptions_body_email" UNIQUE("body_id","email")
);
--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "subscriptions_organs_idx" ON "subscriptions" USING gin ("organ_ids");