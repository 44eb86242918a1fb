CREATE TABLE "article_references" (
	"version_id" text NOT NULL,
	"code" text NOT NULL,
	"cited_num_key" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "article_references_version_id_cited_num_key_pk" PRIMARY KEY("version_id","cited_num_key")
);
--> statement-breakpoint
CREATE TABLE "article_version_revisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "article_version_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version_id" text NOT NULL,
	"row" integer NOT NULL,
	"num" text NOT NULL,
	"num_key" text NOT NULL,
	"etat" text NOT NULL,
	"status" text NOT NULL,
	"valid_from" text NOT NULL,
	"valid_to" text,
	"dates_inverted" boolean NOT NULL,
	"previous_version_id" text,
	"version_number" integer,
	"html" text NOT NULL,
	"paragraphs" jsonb NOT NULL,
	"text" text NOT NULL,
	"nota_html" text NOT NULL,
	"nota_text" text NOT NULL,
	"section_path" jsonb NOT NULL,
	"section_cid" text,
	"content_hash" text NOT NULL,
	"raw_hash" text NOT NULL,
	"replaced_by_dump_id" integer NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "article_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"cid" text NOT NULL,
	"code" text NOT NULL,
	"row" integer NOT NULL,
	"num" text NOT NULL,
	"num_key" text NOT NULL,
	"etat" text NOT NULL,
	"status" text NOT NULL,
	"valid_from" text NOT NULL,
	"valid_to" text,
	"dates_inverted" boolean NOT NULL,
	"previous_version_id" text,
	"version_number" integer,
	"html" text NOT NULL,
	"paragraphs" jsonb NOT NULL,
	"text" text NOT NULL,
	"nota_html" text NOT NULL,
	"nota_text" text NOT NULL,
	"section_path" jsonb NOT NULL,
	"section_cid" text,
	"content_hash" text NOT NULL,
	"raw_hash" text NOT NULL,
	"first_dump_id" integer NOT NULL,
	"last_dump_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "changes" (
	"id" text PRIMARY KEY NOT NULL,
	"sequence" bigint GENERATED ALWAYS AS IDENTITY (sequence name "changes_sequence_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"cid" text,
	"num" text,
	"num_key" text,
	"section_cid" text,
	"section_path" jsonb NOT NULL,
	"section_path_key" text NOT NULL,
	"section_before" jsonb,
	"before_version_id" text,
	"after_version_id" text,
	"before" jsonb,
	"after" jsonb,
	"effective_date" text,
	"detected_dump_id" integer NOT NULL,
	"detected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"diff" jsonb,
	"summary" text,
	"search" "tsvector",
	CONSTRAINT "changes_sequence_unique" UNIQUE("sequence")
);
--> statement-breakpoint
CREATE TABLE "code_state" (
	"code" text NOT NULL,
	"cid" text NOT NULL,
	"position" integer NOT NULL,
	"version_id" text NOT NULL,
	"row" integer NOT NULL,
	CONSTRAINT "code_state_code_cid_position_pk" PRIMARY KEY("code","cid","position")
);
--> statement-breakpoint
CREATE TABLE "codes" (
	"slug" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"state_dump_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dumps" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dumps_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text,
	"source" text NOT NULL,
	"sha256" text,
	"label" text,
	"as_of" date,
	"status" text DEFAULT 'queued' NOT NULL,
	"hold_reason" text,
	"hold_detail" text,
	"change_counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"technical_count" integer DEFAULT 0 NOT NULL,
	"row_count" integer,
	"row_error_count" integer DEFAULT 0 NOT NULL,
	"first_row_errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"total_rows" integer,
	"error" text,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"duration_ms" integer,
	CONSTRAINT "dumps_status_known" CHECK ("dumps"."status" in ('queued', 'running', 'completed', 'held', 'discarded', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "sections" (
	"cid" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"path" jsonb NOT NULL,
	"path_key" text NOT NULL,
	"title" text NOT NULL,
	"first_dump_id" integer NOT NULL,
	"last_dump_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_attempts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "webhook_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"outbox_id" bigint NOT NULL,
	"attempted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status_code" integer,
	"latency_ms" integer,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "webhook_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "webhook_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"change_id" text NOT NULL,
	"change_sequence" bigint NOT NULL,
	"subscription_id" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "webhook_subscriptions" (
	"id" text PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"filter" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"secret" text NOT NULL,
	"previous_secret" text,
	"previous_secret_expires_at" timestamp with time zone,
	"status" text DEFAULT 'active' NOT NULL,
	"disabled_reason" text,
	"failing_since" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_version_revisions" ADD CONSTRAINT "article_version_revisions_version_id_article_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."article_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_version_revisions" ADD CONSTRAINT "article_version_revisions_replaced_by_dump_id_dumps_id_fk" FOREIGN KEY ("replaced_by_dump_id") REFERENCES "public"."dumps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "changes" ADD CONSTRAINT "changes_code_codes_slug_fk" FOREIGN KEY ("code") REFERENCES "public"."codes"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "changes" ADD CONSTRAINT "changes_detected_dump_id_dumps_id_fk" FOREIGN KEY ("detected_dump_id") REFERENCES "public"."dumps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_state" ADD CONSTRAINT "code_state_version_id_article_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."article_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codes" ADD CONSTRAINT "codes_state_dump_id_dumps_id_fk" FOREIGN KEY ("state_dump_id") REFERENCES "public"."dumps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_code_codes_slug_fk" FOREIGN KEY ("code") REFERENCES "public"."codes"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_first_dump_id_dumps_id_fk" FOREIGN KEY ("first_dump_id") REFERENCES "public"."dumps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_last_dump_id_dumps_id_fk" FOREIGN KEY ("last_dump_id") REFERENCES "public"."dumps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_outbox_id_webhook_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."webhook_outbox"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_outbox" ADD CONSTRAINT "webhook_outbox_change_id_changes_id_fk" FOREIGN KEY ("change_id") REFERENCES "public"."changes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_outbox" ADD CONSTRAINT "webhook_outbox_subscription_id_webhook_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_references_cited_idx" ON "article_references" USING btree ("code","cited_num_key");--> statement-breakpoint
CREATE INDEX "article_version_revisions_version_idx" ON "article_version_revisions" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "article_versions_cid_idx" ON "article_versions" USING btree ("cid");--> statement-breakpoint
CREATE INDEX "article_versions_code_num_key_idx" ON "article_versions" USING btree ("code","num_key");--> statement-breakpoint
CREATE INDEX "changes_code_sequence_idx" ON "changes" USING btree ("code","sequence");--> statement-breakpoint
CREATE INDEX "changes_cid_idx" ON "changes" USING btree ("cid");--> statement-breakpoint
CREATE INDEX "changes_num_key_idx" ON "changes" USING btree ("code","num_key");--> statement-breakpoint
CREATE INDEX "changes_kind_idx" ON "changes" USING btree ("kind","sequence");--> statement-breakpoint
CREATE INDEX "changes_section_cid_idx" ON "changes" USING btree ("section_cid");--> statement-breakpoint
CREATE INDEX "changes_section_path_key_idx" ON "changes" USING btree ("section_path_key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "changes_effective_date_idx" ON "changes" USING btree ("effective_date");--> statement-breakpoint
CREATE INDEX "changes_detected_at_idx" ON "changes" USING btree ("detected_at");--> statement-breakpoint
CREATE INDEX "changes_search_idx" ON "changes" USING gin ("search");--> statement-breakpoint
CREATE INDEX "code_state_cid_idx" ON "code_state" USING btree ("cid");--> statement-breakpoint
CREATE INDEX "code_state_version_idx" ON "code_state" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "dumps_sha256_idx" ON "dumps" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "dumps_code_idx" ON "dumps" USING btree ("code","id");--> statement-breakpoint
CREATE INDEX "sections_code_path_key_idx" ON "sections" USING btree ("code","path_key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "webhook_attempts_outbox_idx" ON "webhook_attempts" USING btree ("outbox_id");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_outbox_change_subscription_idx" ON "webhook_outbox" USING btree ("change_id","subscription_id");--> statement-breakpoint
CREATE INDEX "webhook_outbox_due_idx" ON "webhook_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "webhook_outbox_subscription_idx" ON "webhook_outbox" USING btree ("subscription_id","change_sequence");