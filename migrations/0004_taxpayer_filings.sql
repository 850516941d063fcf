CREATE TABLE "taxpayer_filings" (
	"gstin" text NOT NULL,
	"rtntype" text NOT NULL,
	"ret_prd" text NOT NULL,
	"dof" date NOT NULL,
	"arn" text NOT NULL,
	"status" text DEFAULT 'Filed' NOT NULL,
	"mof" text DEFAULT 'ONLINE' NOT NULL,
	"valid" text DEFAULT 'Y' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "taxpayer_filings_pkey" PRIMARY KEY("gstin","rtntype","ret_prd","arn")
);
--> statement-breakpoint
ALTER TABLE "taxpayers" ADD COLUMN "synthetic_filings" boolean DEFAULT false NOT NULL;