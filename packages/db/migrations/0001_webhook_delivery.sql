ALTER TABLE "webhook_attempts" ADD COLUMN "subscription_id" text NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_attempts" ADD COLUMN "attempt" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_subscription_id_webhook_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "webhook_attempts_subscription_idx" ON "webhook_attempts" USING btree ("subscription_id","id");--> statement-breakpoint
CREATE INDEX "webhook_outbox_pending_idx" ON "webhook_outbox" USING btree ("subscription_id","change_sequence") WHERE "webhook_outbox"."status" = 'pending';