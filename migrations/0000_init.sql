CREATE TABLE "api_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" bigint NOT NULL,
	"gstin" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_users" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"gstin" text NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "einvoices" (
	"irn" text PRIMARY KEY NOT NULL,
	"gstin" text NOT NULL,
	"filed_by" text NOT NULL,
	"doc_type" text NOT NULL,
	"doc_no" text NOT NULL,
	"doc_date" text NOT NULL,
	"buyer_gstin" text,
	"total_value" numeric(16, 2) NOT NULL,
	"ack_no" bigint NOT NULL,
	"ack_dt" text NOT NULL,
	"status" text NOT NULL,
	"signed_invoice" text NOT NULL,
	"signed_qr_code" text NOT NULL,
	"ewb_no" bigint,
	"ewb_dt" text,
	"ewb_valid_till" text,
	"remarks" text,
	"cancel_date" text,
	"cancel_reason" text,
	"cancel_remark" text,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nic_clients" (
	"client_id" text PRIMARY KEY NOT NULL,
	"secret_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sandbox_state" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "taxpayers" (
	"gstin" text PRIMARY KEY NOT NULL,
	"state_code" text NOT NULL,
	"pan" text NOT NULL,
	"legal_name" text NOT NULL,
	"trade_name" text,
	"sts" text NOT NULL,
	"registration_date" date NOT NULL,
	"cancellation_date" date,
	"constitution" text,
	"taxpayer_type" text NOT NULL,
	"address" jsonb,
	"additional_addresses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"nature_of_business" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state_jurisdiction" text,
	"state_jurisdiction_code" text,
	"centre_jurisdiction" text,
	"centre_jurisdiction_code" text,
	"einvoice_enabled" boolean DEFAULT true NOT NULL,
	"blocked" boolean DEFAULT false NOT NULL,
	"reporting_limit_days" integer,
	"test_identity" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "irp_documents" (
	"irn" text PRIMARY KEY NOT NULL,
	"seller_gstin" text NOT NULL,
	"submitter_gstin" text NOT NULL,
	"fy" text NOT NULL,
	"doc_type" text NOT NULL,
	"doc_key" text NOT NULL,
	"doc_no" text NOT NULL,
	"doc_date" text NOT NULL,
	"buyer_gstin" text,
	"total_value" numeric(16, 2) NOT NULL,
	"ack_no" bigint NOT NULL,
	"ack_dt" text NOT NULL,
	"status" text NOT NULL,
	"signed_invoice" text NOT NULL,
	"signed_qr_code" text NOT NULL,
	"ewb_no" bigint,
	"ewb_dt" text,
	"ewb_valid_till" text,
	"cancel_date" text,
	"cancel_reason" text,
	"cancel_remark" text,
	"document" jsonb NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "api_tokens_user_expires_idx" ON "api_tokens" USING btree ("user_id","expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "api_users_gstin_username_uq" ON "api_users" USING btree ("gstin","username");--> statement-breakpoint
CREATE INDEX "einvoices_gstin_doc_idx" ON "einvoices" USING btree ("gstin","doc_type","doc_no");--> statement-breakpoint
CREATE INDEX "einvoices_gstin_created_idx" ON "einvoices" USING btree ("gstin","created_at");--> statement-breakpoint
CREATE INDEX "taxpayers_pan_idx" ON "taxpayers" USING btree ("pan");--> statement-breakpoint
CREATE INDEX "taxpayers_state_idx" ON "taxpayers" USING btree ("state_code");--> statement-breakpoint
CREATE UNIQUE INDEX "irp_documents_doc_uq" ON "irp_documents" USING btree ("seller_gstin","fy","doc_type","doc_key");--> statement-breakpoint
CREATE INDEX "irp_documents_ack_idx" ON "irp_documents" USING btree ("ack_no");