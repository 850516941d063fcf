CREATE TABLE "bulk_batches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"gstin" text NOT NULL,
	"user_id" integer NOT NULL,
	"username" text,
	"file_name" text,
	"format" text NOT NULL,
	"state" text NOT NULL,
	"total" integer NOT NULL,
	"file_rows" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bulk_rows" (
	"batch_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"row_no" integer NOT NULL,
	"last_row_no" integer NOT NULL,
	"doc_type" text,
	"doc_no" text,
	"doc_date" text,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"irn" text,
	"ack_no" bigint,
	"ack_dt" text,
	"errors" jsonb,
	"payload" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bulk_rows_batch_id_seq_pk" PRIMARY KEY("batch_id","seq")
);
--> statement-breakpoint
ALTER TABLE "bulk_rows" ADD CONSTRAINT "bulk_rows_batch_id_bulk_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "bulk_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bulk_batches_gstin_created_idx" ON "bulk_batches" USING btree ("gstin","created_at");--> statement-breakpoint
CREATE INDEX "bulk_rows_batch_status_idx" ON "bulk_rows" USING btree ("batch_id","status");