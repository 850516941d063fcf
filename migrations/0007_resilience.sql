CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"gstin" text NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"doc_type" text,
	"doc_id" text,
	"request_id" text,
	"outcome" text DEFAULT 'success' NOT NULL,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"gstin" text NOT NULL,
	"key" text NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"request_hash" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"status_code" integer,
	"response_headers" jsonb,
	"response_body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_gstin_key_pk" PRIMARY KEY("gstin","key")
);
--> statement-breakpoint
CREATE TABLE "sandbox_faults" (
	"id" serial PRIMARY KEY NOT NULL,
	"gstin" text NOT NULL,
	"kind" text NOT NULL,
	"remaining" integer NOT NULL,
	"delay_ms" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ewaybill_watch" (
	"ewb_no" text PRIMARY KEY NOT NULL,
	"gstin" text NOT NULL,
	"valid_upto" timestamp with time zone,
	"expiring_sent_at" timestamp with time zone,
	"expired_sent_at" timestamp with time zone,
	"closed" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"endpoint_id" uuid NOT NULL,
	"gstin" text NOT NULL,
	"event_id" text NOT NULL,
	"event" text NOT NULL,
	"payload" jsonb NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_status" integer,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gstin" text NOT NULL,
	"url" text NOT NULL,
	"events" jsonb NOT NULL,
	"secret_enc" text NOT NULL,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_webhook_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_gstin_idx" ON "audit_log" USING btree ("gstin","id");--> statement-breakpoint
CREATE INDEX "audit_log_doc_idx" ON "audit_log" USING btree ("gstin","doc_id");--> statement-breakpoint
CREATE INDEX "sandbox_faults_gstin_idx" ON "sandbox_faults" USING btree ("gstin","id");--> statement-breakpoint
CREATE INDEX "ewaybill_watch_open_idx" ON "ewaybill_watch" USING btree ("valid_upto") WHERE NOT closed;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" USING btree ("next_attempt_at") WHERE state = 'pending';--> statement-breakpoint
CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" USING btree ("endpoint_id","id");--> statement-breakpoint
CREATE INDEX "webhook_endpoints_gstin_idx" ON "webhook_endpoints" USING btree ("gstin");