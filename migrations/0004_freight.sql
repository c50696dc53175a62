CREATE TABLE "freight_authority_accesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"link_id" uuid NOT NULL,
	"shipment_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"document_id" uuid,
	"accessed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"client_hash" text NOT NULL,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "freight_authority_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"label" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "freight_authority_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "freight_services" (
	"id" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"via_node_ids" text[] NOT NULL,
	"distance_km" text,
	"transit_days" text,
	"source" text NOT NULL,
	"note" text,
	"planned" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "freight_document_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"signer_user_id" uuid NOT NULL,
	"signer_name" text NOT NULL,
	"capacity" text NOT NULL,
	"key_id" uuid NOT NULL,
	"algorithm" text DEFAULT 'Ed25519' NOT NULL,
	"signature" text NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "freight_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"leg_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"fields" jsonb NOT NULL,
	"supersedes_id" uuid,
	"superseded_by_id" uuid,
	"signed_payload" text,
	"payload_digest" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "freight_documents_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "freight_edges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_node_id" text NOT NULL,
	"to_node_id" text NOT NULL,
	"mode" text NOT NULL,
	"distance_km" double precision NOT NULL,
	"distance_estimated" boolean NOT NULL,
	"great_circle_km" double precision,
	"distance_source" text NOT NULL,
	"transit_hours" double precision,
	"gauge" text,
	"gauge_change" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"dwell_hours_min" double precision,
	"dwell_hours_max" double precision,
	"dwell_source" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "freight_network_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_kind" text NOT NULL,
	"entity_id" text NOT NULL,
	"version" integer NOT NULL,
	"before" jsonb,
	"after" jsonb NOT NULL,
	"reason" text NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "freight_nodes" (
	"id" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"country_code" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"coordinates_approximate" boolean DEFAULT true NOT NULL,
	"coordinates_note" text,
	"kind" text NOT NULL,
	"gauge" text,
	"border_of" text[],
	"note" text,
	"facts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "freight_shipment_legs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"mode" text NOT NULL,
	"from_node_id" text NOT NULL,
	"to_node_id" text NOT NULL,
	"via_node_ids" text[] NOT NULL,
	"distance_km" double precision NOT NULL,
	"gauge" text,
	"regimes" text[] NOT NULL,
	"carrier_user_id" uuid NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"planned_departure" timestamp with time zone NOT NULL,
	"planned_arrival" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "freight_shipments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"booked_by" uuid NOT NULL,
	"shipper_user_id" uuid,
	"parties" jsonb NOT NULL,
	"cargo" jsonb NOT NULL,
	"goods" jsonb NOT NULL,
	"containers" text[] DEFAULT '{}' NOT NULL,
	"origin_node_id" text NOT NULL,
	"destination_node_id" text NOT NULL,
	"planned_route" jsonb NOT NULL,
	"planned_departure" timestamp with time zone NOT NULL,
	"planned_arrival" timestamp with time zone NOT NULL,
	"estimated_arrival" timestamp with time zone NOT NULL,
	"estimate_updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "freight_shipments_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "freight_signing_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"public_key" text NOT NULL,
	"private_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "freight_tracking_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"leg_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"node_id" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_digest" text NOT NULL,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "freight_authority_accesses" ADD CONSTRAINT "freight_authority_accesses_link_id_freight_authority_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."freight_authority_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_authority_accesses" ADD CONSTRAINT "freight_authority_accesses_shipment_id_freight_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."freight_shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_authority_links" ADD CONSTRAINT "freight_authority_links_shipment_id_freight_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."freight_shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_authority_links" ADD CONSTRAINT "freight_authority_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_document_signatures" ADD CONSTRAINT "freight_document_signatures_document_id_freight_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."freight_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_document_signatures" ADD CONSTRAINT "freight_document_signatures_signer_user_id_users_id_fk" FOREIGN KEY ("signer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_document_signatures" ADD CONSTRAINT "freight_document_signatures_key_id_freight_signing_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."freight_signing_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_documents" ADD CONSTRAINT "freight_documents_shipment_id_freight_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."freight_shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_documents" ADD CONSTRAINT "freight_documents_leg_id_freight_shipment_legs_id_fk" FOREIGN KEY ("leg_id") REFERENCES "public"."freight_shipment_legs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_documents" ADD CONSTRAINT "freight_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_edges" ADD CONSTRAINT "freight_edges_from_node_id_freight_nodes_id_fk" FOREIGN KEY ("from_node_id") REFERENCES "public"."freight_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_edges" ADD CONSTRAINT "freight_edges_to_node_id_freight_nodes_id_fk" FOREIGN KEY ("to_node_id") REFERENCES "public"."freight_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_edges" ADD CONSTRAINT "freight_edges_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_network_revisions" ADD CONSTRAINT "freight_network_revisions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_nodes" ADD CONSTRAINT "freight_nodes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_shipment_legs" ADD CONSTRAINT "freight_shipment_legs_shipment_id_freight_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."freight_shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_shipment_legs" ADD CONSTRAINT "freight_shipment_legs_from_node_id_freight_nodes_id_fk" FOREIGN KEY ("from_node_id") REFERENCES "public"."freight_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_shipment_legs" ADD CONSTRAINT "freight_shipment_legs_to_node_id_freight_nodes_id_fk" FOREIGN KEY ("to_node_id") REFERENCES "public"."freight_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_shipment_legs" ADD CONSTRAINT "freight_shipment_legs_carrier_user_id_users_id_fk" FOREIGN KEY ("carrier_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_shipments" ADD CONSTRAINT "freight_shipments_booked_by_users_id_fk" FOREIGN KEY ("booked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_shipments" ADD CONSTRAINT "freight_shipments_shipper_user_id_users_id_fk" FOREIGN KEY ("shipper_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_shipments" ADD CONSTRAINT "freight_shipments_origin_node_id_freight_nodes_id_fk" FOREIGN KEY ("origin_node_id") REFERENCES "public"."freight_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_shipments" ADD CONSTRAINT "freight_shipments_destination_node_id_freight_nodes_id_fk" FOREIGN KEY ("destination_node_id") REFERENCES "public"."freight_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_signing_keys" ADD CONSTRAINT "freight_signing_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_tracking_events" ADD CONSTRAINT "freight_tracking_events_shipment_id_freight_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."freight_shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_tracking_events" ADD CONSTRAINT "freight_tracking_events_leg_id_freight_shipment_legs_id_fk" FOREIGN KEY ("leg_id") REFERENCES "public"."freight_shipment_legs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_tracking_events" ADD CONSTRAINT "freight_tracking_events_node_id_freight_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."freight_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_tracking_events" ADD CONSTRAINT "freight_tracking_events_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "freight_authority_accesses_link_idx" ON "freight_authority_accesses" USING btree ("link_id","accessed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "freight_document_signatures_uq" ON "freight_document_signatures" USING btree ("document_id","capacity");--> statement-breakpoint
CREATE INDEX "freight_documents_shipment_idx" ON "freight_documents" USING btree ("shipment_id");--> statement-breakpoint
CREATE INDEX "freight_documents_leg_idx" ON "freight_documents" USING btree ("leg_id");--> statement-breakpoint
CREATE INDEX "freight_edges_from_idx" ON "freight_edges" USING btree ("from_node_id");--> statement-breakpoint
CREATE INDEX "freight_edges_to_idx" ON "freight_edges" USING btree ("to_node_id");--> statement-breakpoint
CREATE UNIQUE INDEX "freight_edges_link_uq" ON "freight_edges" USING btree ("from_node_id","to_node_id","mode");--> statement-breakpoint
CREATE UNIQUE INDEX "freight_network_revisions_uq" ON "freight_network_revisions" USING btree ("entity_kind","entity_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "freight_shipment_legs_seq_uq" ON "freight_shipment_legs" USING btree ("shipment_id","sequence");--> statement-breakpoint
CREATE INDEX "freight_shipment_legs_carrier_idx" ON "freight_shipment_legs" USING btree ("carrier_user_id");--> statement-breakpoint
CREATE INDEX "freight_shipments_booked_by_idx" ON "freight_shipments" USING btree ("booked_by");--> statement-breakpoint
CREATE INDEX "freight_shipments_shipper_idx" ON "freight_shipments" USING btree ("shipper_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "freight_tracking_events_idem_uq" ON "freight_tracking_events" USING btree ("recorded_by","idempotency_key");--> statement-breakpoint
CREATE INDEX "freight_tracking_events_shipment_idx" ON "freight_tracking_events" USING btree ("shipment_id","occurred_at");--> statement-breakpoint
CREATE INDEX "freight_tracking_events_node_idx" ON "freight_tracking_events" USING btree ("node_id","kind");