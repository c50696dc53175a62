CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notification_id" uuid,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"link" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "agenda_entity_aliases" (
	"kind" text NOT NULL,
	"alias_key" text NOT NULL,
	"alias" text NOT NULL,
	"language" text NOT NULL,
	"entity_id" text NOT NULL,
	"origin" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_entity_aliases_kind_alias_key_pk" PRIMARY KEY("kind","alias_key")
);
--> statement-breakpoint
CREATE TABLE "agenda_ingest_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text NOT NULL,
	"file_name" text,
	"language" text NOT NULL,
	"kind" text NOT NULL,
	"provenance" text NOT NULL,
	"source_note" text,
	"content_hash" text NOT NULL,
	"parsed" jsonb NOT NULL,
	"meeting_id" text NOT NULL,
	"mode" text NOT NULL,
	"alignment" jsonb,
	"corrections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_note" text
);
--> statement-breakpoint
CREATE TABLE "agenda_subscriptions" (
	"user_id" uuid NOT NULL,
	"target_kind" text NOT NULL,
	"target" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_subscriptions_user_id_target_kind_target_pk" PRIMARY KEY("user_id","target_kind","target")
);
--> statement-breakpoint
CREATE TABLE "agenda_text_versions" (
	"meeting_id" text NOT NULL,
	"language" text NOT NULL,
	"provenance" text NOT NULL,
	"source_note" text,
	"text" text NOT NULL,
	"content_hash" text NOT NULL,
	"alignment" jsonb NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_text_versions_meeting_id_language_pk" PRIMARY KEY("meeting_id","language")
);
--> statement-breakpoint
ALTER TABLE "agenda_meetings" ALTER COLUMN "number" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "preferred_language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_events" ADD COLUMN "series_id" text;--> statement-breakpoint
ALTER TABLE "agenda_initiatives" ADD COLUMN "lead_country_code" text;--> statement-breakpoint
ALTER TABLE "agenda_initiatives" ADD COLUMN "lead_body" jsonb;--> statement-breakpoint
ALTER TABLE "agenda_initiatives" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "agenda_initiatives" ADD COLUMN "overdue_notified_for" date;--> statement-breakpoint
ALTER TABLE "agenda_meetings" ADD COLUMN "kind" text DEFAULT 'communique' NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_meetings" ADD COLUMN "source_provenance" text DEFAULT 'official' NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_meetings" ADD COLUMN "source_note" text;--> statement-breakpoint
ALTER TABLE "agenda_statements" ADD COLUMN "version_spans" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_entity_aliases" ADD CONSTRAINT "agenda_entity_aliases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_ingest_drafts" ADD CONSTRAINT "agenda_ingest_drafts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_ingest_drafts" ADD CONSTRAINT "agenda_ingest_drafts_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_subscriptions" ADD CONSTRAINT "agenda_subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_text_versions" ADD CONSTRAINT "agenda_text_versions_meeting_id_agenda_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."agenda_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_outbox_status_idx" ON "email_outbox" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "agenda_entity_aliases_entity_idx" ON "agenda_entity_aliases" USING btree ("kind","entity_id");--> statement-breakpoint
CREATE INDEX "agenda_ingest_drafts_status_idx" ON "agenda_ingest_drafts" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "agenda_subscriptions_target_idx" ON "agenda_subscriptions" USING btree ("target_kind","target");--> statement-breakpoint
CREATE INDEX "agenda_events_series_idx" ON "agenda_events" USING btree ("series_id");