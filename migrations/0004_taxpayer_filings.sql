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
ALTER TABLE "taxpayers" ADD COLUMN "synthetic_filings" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Data dirs seeded before filing histories existed: the demo taxpayers get theirs (new ones are seeded with it).
UPDATE "taxpayers" SET "synthetic_filings" = true WHERE "gstin" IN ('29AAFCD5862R1ZR', '29AAACW4202F1ZM', '27AAPFU0939F1ZV', '27AAJCS5738D1Z6', '36AASFP8573D2ZN', '29AAFCB7707D1C1', '24ACPPM5624F1ZK', '08AAAAD1307N1ZW', '33GSPTN0791G1Z5', '05AAACG2140A1ZL', '37ARZPT4384Q1MT', '29AWGPV7107B1Z1');
