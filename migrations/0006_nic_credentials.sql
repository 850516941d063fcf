CREATE TABLE "nic_credentials" (
	"gstin" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"client_secret_enc" text NOT NULL,
	"username" text NOT NULL,
	"password_enc" text NOT NULL,
	"ewb_username" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
