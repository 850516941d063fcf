CREATE TABLE "nic_sessions" (
	"auth_token" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"client_id" text NOT NULL,
	"username" text NOT NULL,
	"gstin" text NOT NULL,
	"sek" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "nic_sessions_owner_idx" ON "nic_sessions" USING btree ("kind","client_id","gstin","username","expires_at");