CREATE TABLE "audit_log" (
	"seq" integer PRIMARY KEY NOT NULL,
	"at" text NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"country_code" text,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "agenda_documents" (
	"id" text PRIMARY KEY NOT NULL,
	"title" jsonb NOT NULL,
	"adopted_on" date,
	"adopted_precision" text,
	"place" jsonb
);
--> statement-breakpoint
CREATE TABLE "agenda_events" (
	"id" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"start_date" date,
	"end_date" date,
	"date_precision" text,
	"place" jsonb,
	"host_country_code" text,
	"format" text NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_initiative_stage_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" text NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"changed_on" date NOT NULL,
	"statement_id" text,
	"report_id" uuid,
	"note" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_initiatives" (
	"id" text PRIMARY KEY NOT NULL,
	"title" jsonb NOT NULL,
	"stage" text NOT NULL,
	"stage_changed_on" date NOT NULL,
	"topics" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_meeting_participants" (
	"meeting_id" text NOT NULL,
	"ordinal" integer NOT NULL,
	"role" text NOT NULL,
	"country_code" text,
	"title" jsonb,
	"person_name" jsonb,
	"organization" jsonb,
	"span" jsonb NOT NULL,
	CONSTRAINT "agenda_meeting_participants_meeting_id_ordinal_pk" PRIMARY KEY("meeting_id","ordinal")
);
--> statement-breakpoint
CREATE TABLE "agenda_meetings" (
	"id" text PRIMARY KEY NOT NULL,
	"body" text NOT NULL,
	"body_name" jsonb NOT NULL,
	"number" integer NOT NULL,
	"title" jsonb NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"place" jsonb NOT NULL,
	"format" text NOT NULL,
	"chair" jsonb,
	"next_meeting" jsonb,
	"source_language" text NOT NULL,
	"source_text" text NOT NULL,
	"content_hash" text NOT NULL,
	"header_span" jsonb NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" text NOT NULL,
	"country_code" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"status" text NOT NULL,
	"progress_percent" integer NOT NULL,
	"narrative" jsonb NOT NULL,
	"evidence_links" jsonb NOT NULL,
	"review_state" text NOT NULL,
	"review_note" text,
	"submitted_by" uuid NOT NULL,
	"reviewed_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "agenda_statement_documents" (
	"statement_id" text NOT NULL,
	"document_id" text NOT NULL,
	"spans" jsonb NOT NULL,
	CONSTRAINT "agenda_statement_documents_statement_id_document_id_pk" PRIMARY KEY("statement_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "agenda_statement_events" (
	"statement_id" text NOT NULL,
	"event_id" text NOT NULL,
	"spans" jsonb NOT NULL,
	CONSTRAINT "agenda_statement_events_statement_id_event_id_pk" PRIMARY KEY("statement_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "agenda_statement_initiatives" (
	"statement_id" text NOT NULL,
	"initiative_id" text NOT NULL,
	"stage" text NOT NULL,
	"spans" jsonb NOT NULL,
	CONSTRAINT "agenda_statement_initiatives_statement_id_initiative_id_pk" PRIMARY KEY("statement_id","initiative_id")
);
--> statement-breakpoint
CREATE TABLE "agenda_statements" (
	"id" text PRIMARY KEY NOT NULL,
	"meeting_id" text NOT NULL,
	"ordinal" integer NOT NULL,
	"text" jsonb NOT NULL,
	"stance" text NOT NULL,
	"other_stances" jsonb NOT NULL,
	"actor_kind" text NOT NULL,
	"topics" text[] NOT NULL,
	"countries" text[] NOT NULL,
	"meeting_date" date NOT NULL,
	"span" jsonb NOT NULL,
	"search_zh" "tsvector" NOT NULL,
	"search_ru" "tsvector" NOT NULL,
	"search_en" "tsvector" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_initiative_stage_changes" ADD CONSTRAINT "agenda_initiative_stage_changes_initiative_id_agenda_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."agenda_initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_initiative_stage_changes" ADD CONSTRAINT "agenda_initiative_stage_changes_statement_id_agenda_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."agenda_statements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_meeting_participants" ADD CONSTRAINT "agenda_meeting_participants_meeting_id_agenda_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."agenda_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_reports" ADD CONSTRAINT "agenda_reports_initiative_id_agenda_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."agenda_initiatives"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_reports" ADD CONSTRAINT "agenda_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_reports" ADD CONSTRAINT "agenda_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_statement_documents" ADD CONSTRAINT "agenda_statement_documents_statement_id_agenda_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."agenda_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_statement_documents" ADD CONSTRAINT "agenda_statement_documents_document_id_agenda_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."agenda_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_statement_events" ADD CONSTRAINT "agenda_statement_events_statement_id_agenda_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."agenda_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_statement_events" ADD CONSTRAINT "agenda_statement_events_event_id_agenda_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."agenda_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_statement_initiatives" ADD CONSTRAINT "agenda_statement_initiatives_statement_id_agenda_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."agenda_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_statement_initiatives" ADD CONSTRAINT "agenda_statement_initiatives_initiative_id_agenda_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."agenda_initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_statements" ADD CONSTRAINT "agenda_statements_meeting_id_agenda_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."agenda_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "login_attempts_email_at_idx" ON "login_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_at_idx" ON "login_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "agenda_events_start_idx" ON "agenda_events" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "agenda_stage_changes_initiative_idx" ON "agenda_initiative_stage_changes" USING btree ("initiative_id","changed_on");--> statement-breakpoint
CREATE INDEX "agenda_reports_initiative_idx" ON "agenda_reports" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "agenda_reports_country_idx" ON "agenda_reports" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "agenda_reports_review_idx" ON "agenda_reports" USING btree ("review_state");--> statement-breakpoint
CREATE INDEX "agenda_statement_documents_document_idx" ON "agenda_statement_documents" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "agenda_statement_events_event_idx" ON "agenda_statement_events" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "agenda_statement_initiatives_initiative_idx" ON "agenda_statement_initiatives" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "agenda_statements_meeting_idx" ON "agenda_statements" USING btree ("meeting_id","ordinal");--> statement-breakpoint
CREATE INDEX "agenda_statements_listing_idx" ON "agenda_statements" USING btree ("meeting_date" DESC NULLS FIRST,"meeting_id","ordinal");--> statement-breakpoint
CREATE INDEX "agenda_statements_search_zh_idx" ON "agenda_statements" USING gin ("search_zh");--> statement-breakpoint
CREATE INDEX "agenda_statements_search_ru_idx" ON "agenda_statements" USING gin ("search_ru");--> statement-breakpoint
CREATE INDEX "agenda_statements_search_en_idx" ON "agenda_statements" USING gin ("search_en");--> statement-breakpoint
CREATE INDEX "agenda_statements_topics_idx" ON "agenda_statements" USING gin ("topics");--> statement-breakpoint
CREATE INDEX "agenda_statements_countries_idx" ON "agenda_statements" USING gin ("countries");--> statement-breakpoint
CREATE INDEX "agenda_statements_stance_idx" ON "agenda_statements" USING btree ("stance");