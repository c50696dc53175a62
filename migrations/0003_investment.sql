CREATE TABLE "investment_exchange_rates" (
	"currency" text NOT NULL,
	"rate_date" date NOT NULL,
	"units_per_usd" numeric(24, 10) NOT NULL,
	"source" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investment_exchange_rates_currency_rate_date_pk" PRIMARY KEY("currency","rate_date")
);
--> statement-breakpoint
CREATE TABLE "investment_forum_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" text NOT NULL,
	"slot_start" timestamp with time zone NOT NULL,
	"slot_end" timestamp with time zone NOT NULL,
	"table_number" integer NOT NULL,
	"requester_user_id" uuid NOT NULL,
	"invitee_user_id" uuid NOT NULL,
	"interest_id" uuid,
	"status" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "investment_forums" (
	"id" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"place" jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"time_zone" text NOT NULL,
	"day_start" text NOT NULL,
	"day_end" text NOT NULL,
	"slot_minutes" integer NOT NULL,
	"table_count" integer NOT NULL,
	"max_meetings_per_participant" integer NOT NULL,
	"initiative_id" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_incentives" (
	"id" text PRIMARY KEY NOT NULL,
	"country_code" text NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"benefit" jsonb NOT NULL,
	"eligibility" jsonb NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"legal_basis" jsonb NOT NULL,
	"source_url" text,
	"source_title" text,
	"retrieved_on" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_interest_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interest_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_stage" text,
	"to_stage" text,
	"note" text,
	"actor_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target_kind" text NOT NULL,
	"target_id" uuid NOT NULL,
	"target_owner_user_id" uuid NOT NULL,
	"source_kind" text,
	"source_id" uuid,
	"source_owner_user_id" uuid NOT NULL,
	"initiated_by" text NOT NULL,
	"broker_user_id" uuid,
	"message" text NOT NULL,
	"status" text NOT NULL,
	"source_consent_at" timestamp with time zone,
	"target_consent_at" timestamp with time zone,
	"pipeline_stage" text NOT NULL,
	"closed_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_listing_views" (
	"listing_kind" text NOT NULL,
	"listing_id" uuid NOT NULL,
	"viewer_key" text NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "investment_listing_views_listing_kind_listing_id_viewer_key_day_pk" PRIMARY KEY("listing_kind","listing_id","viewer_key","day")
);
--> statement-breakpoint
CREATE TABLE "investment_parks" (
	"id" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"kind" text NOT NULL,
	"country_code" text NOT NULL,
	"region_code" text,
	"latitude" double precision,
	"longitude" double precision,
	"description" jsonb NOT NULL,
	"specialisations" text[] NOT NULL,
	"established_year" integer,
	"area_hectares" numeric(12, 2),
	"resident_count" integer,
	"residents" jsonb NOT NULL,
	"website" text,
	"contact" jsonb,
	"source_url" text,
	"source_title" text,
	"retrieved_on" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"partnering_type" text,
	"investor_type" text,
	"organisation_name" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"country_code" text NOT NULL,
	"ticket_min_usd" numeric(20, 2),
	"ticket_max_usd" numeric(20, 2),
	"sectors" text[] NOT NULL,
	"target_countries" text[] NOT NULL,
	"target_regions" text[] NOT NULL,
	"stages" text[] NOT NULL,
	"instruments" text[] NOT NULL,
	"partnership_types" text[] NOT NULL,
	"languages" text[] NOT NULL,
	"keywords" text[] NOT NULL,
	"keyword_tokens" text[] NOT NULL,
	"contact" jsonb NOT NULL,
	"initiative_ids" text[] NOT NULL,
	"document_ids" text[] NOT NULL,
	"status" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_project_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_project_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"actor_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"sponsor_name" text NOT NULL,
	"country_code" text NOT NULL,
	"region_code" text,
	"region_name" text,
	"latitude" double precision,
	"longitude" double precision,
	"isic_division" text NOT NULL,
	"isic_section" text NOT NULL,
	"stage" text NOT NULL,
	"capital_cost" numeric(20, 2) NOT NULL,
	"currency" text NOT NULL,
	"capital_cost_usd" numeric(20, 2),
	"fx_rate_date" date,
	"financing_instruments" text[] NOT NULL,
	"financing_amount" numeric(20, 2),
	"financing_amount_usd" numeric(20, 2),
	"jobs" integer,
	"environmental_category" text,
	"sdgs" integer[] NOT NULL,
	"contact" jsonb NOT NULL,
	"languages" text[] NOT NULL,
	"keywords" text[] NOT NULL,
	"keyword_tokens" text[] NOT NULL,
	"initiative_ids" text[] NOT NULL,
	"document_ids" text[] NOT NULL,
	"status" text NOT NULL,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_saved_search_notices" (
	"saved_search_id" uuid NOT NULL,
	"listing_id" uuid NOT NULL,
	"notified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investment_saved_search_notices_saved_search_id_listing_id_pk" PRIMARY KEY("saved_search_id","listing_id")
);
--> statement-breakpoint
CREATE TABLE "investment_saved_searches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"target" text NOT NULL,
	"filters" jsonb NOT NULL,
	"alerts_enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "investment_exchange_rates" ADD CONSTRAINT "investment_exchange_rates_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_forum_meetings" ADD CONSTRAINT "investment_forum_meetings_forum_id_investment_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."investment_forums"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_forum_meetings" ADD CONSTRAINT "investment_forum_meetings_requester_user_id_users_id_fk" FOREIGN KEY ("requester_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_forum_meetings" ADD CONSTRAINT "investment_forum_meetings_invitee_user_id_users_id_fk" FOREIGN KEY ("invitee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_forum_meetings" ADD CONSTRAINT "investment_forum_meetings_interest_id_investment_interests_id_fk" FOREIGN KEY ("interest_id") REFERENCES "public"."investment_interests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_interest_events" ADD CONSTRAINT "investment_interest_events_interest_id_investment_interests_id_fk" FOREIGN KEY ("interest_id") REFERENCES "public"."investment_interests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_interest_events" ADD CONSTRAINT "investment_interest_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_interests" ADD CONSTRAINT "investment_interests_target_owner_user_id_users_id_fk" FOREIGN KEY ("target_owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_interests" ADD CONSTRAINT "investment_interests_source_owner_user_id_users_id_fk" FOREIGN KEY ("source_owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_interests" ADD CONSTRAINT "investment_interests_broker_user_id_users_id_fk" FOREIGN KEY ("broker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_profiles" ADD CONSTRAINT "investment_profiles_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_project_documents" ADD CONSTRAINT "investment_project_documents_project_id_investment_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."investment_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_project_documents" ADD CONSTRAINT "investment_project_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_project_status_changes" ADD CONSTRAINT "investment_project_status_changes_project_id_investment_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."investment_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_project_status_changes" ADD CONSTRAINT "investment_project_status_changes_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_projects" ADD CONSTRAINT "investment_projects_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_saved_search_notices" ADD CONSTRAINT "investment_saved_search_notices_saved_search_id_investment_saved_searches_id_fk" FOREIGN KEY ("saved_search_id") REFERENCES "public"."investment_saved_searches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_saved_searches" ADD CONSTRAINT "investment_saved_searches_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "investment_forum_meetings_table_idx" ON "investment_forum_meetings" USING btree ("forum_id","slot_start","table_number") WHERE status in ('requested', 'confirmed');--> statement-breakpoint
CREATE INDEX "investment_forum_meetings_requester_idx" ON "investment_forum_meetings" USING btree ("requester_user_id");--> statement-breakpoint
CREATE INDEX "investment_forum_meetings_invitee_idx" ON "investment_forum_meetings" USING btree ("invitee_user_id");--> statement-breakpoint
CREATE INDEX "investment_incentives_country_idx" ON "investment_incentives" USING btree ("country_code","kind");--> statement-breakpoint
CREATE INDEX "investment_interest_events_interest_idx" ON "investment_interest_events" USING btree ("interest_id","at");--> statement-breakpoint
CREATE INDEX "investment_interests_target_idx" ON "investment_interests" USING btree ("target_kind","target_id");--> statement-breakpoint
CREATE INDEX "investment_interests_target_owner_idx" ON "investment_interests" USING btree ("target_owner_user_id");--> statement-breakpoint
CREATE INDEX "investment_interests_source_owner_idx" ON "investment_interests" USING btree ("source_owner_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "investment_interests_open_pair_idx" ON "investment_interests" USING btree ("target_kind","target_id","source_owner_user_id") WHERE status in ('pending', 'accepted');--> statement-breakpoint
CREATE INDEX "investment_parks_country_idx" ON "investment_parks" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "investment_profiles_kind_idx" ON "investment_profiles" USING btree ("kind","status","expires_at");--> statement-breakpoint
CREATE INDEX "investment_profiles_owner_idx" ON "investment_profiles" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "investment_profiles_sectors_idx" ON "investment_profiles" USING gin ("sectors");--> statement-breakpoint
CREATE INDEX "investment_profiles_tokens_idx" ON "investment_profiles" USING gin ("keyword_tokens");--> statement-breakpoint
CREATE INDEX "investment_profiles_initiatives_idx" ON "investment_profiles" USING gin ("initiative_ids");--> statement-breakpoint
CREATE INDEX "investment_profiles_partnering_idx" ON "investment_profiles" USING btree ("partnering_type","status","expires_at");--> statement-breakpoint
CREATE INDEX "investment_project_documents_project_idx" ON "investment_project_documents" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "investment_project_status_changes_project_idx" ON "investment_project_status_changes" USING btree ("project_id","at");--> statement-breakpoint
CREATE INDEX "investment_projects_status_idx" ON "investment_projects" USING btree ("status","expires_at");--> statement-breakpoint
CREATE INDEX "investment_projects_owner_idx" ON "investment_projects" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "investment_projects_country_idx" ON "investment_projects" USING btree ("country_code","status");--> statement-breakpoint
CREATE INDEX "investment_projects_section_idx" ON "investment_projects" USING btree ("isic_section","status");--> statement-breakpoint
CREATE INDEX "investment_projects_division_idx" ON "investment_projects" USING btree ("isic_division","status");--> statement-breakpoint
CREATE INDEX "investment_projects_tokens_idx" ON "investment_projects" USING gin ("keyword_tokens");--> statement-breakpoint
CREATE INDEX "investment_projects_initiatives_idx" ON "investment_projects" USING gin ("initiative_ids");--> statement-breakpoint
CREATE INDEX "investment_projects_matching_idx" ON "investment_projects" USING btree ("status","isic_section","country_code","expires_at","isic_division","stage","region_code","financing_amount_usd","last_activity_at","owner_user_id","id");--> statement-breakpoint
CREATE INDEX "investment_saved_searches_user_idx" ON "investment_saved_searches" USING btree ("user_id");