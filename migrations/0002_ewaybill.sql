CREATE TABLE "ewb_bills" (
	"ewb_no" bigint PRIMARY KEY NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"ewb_date" text NOT NULL,
	"gen_mode" text NOT NULL,
	"user_gstin" text NOT NULL,
	"from_gstin" text NOT NULL,
	"to_gstin" text NOT NULL,
	"dup_gstin" text NOT NULL,
	"doc_type" text NOT NULL,
	"doc_no" text NOT NULL,
	"doc_key" text NOT NULL,
	"doc_date" text NOT NULL,
	"transporter_id" text,
	"transporter_name" text,
	"transporter_assigned_at" timestamp with time zone,
	"trans_mode" text,
	"vehicle_type" text,
	"actual_dist" integer NOT NULL,
	"no_valid_days" integer DEFAULT 0 NOT NULL,
	"validity_start_at" timestamp with time zone,
	"valid_until" timestamp with time zone,
	"status" text NOT NULL,
	"cancel_reason" text,
	"cancel_remark" text,
	"cancel_date" text,
	"cancelled_at" timestamp with time zone,
	"reject_status" text DEFAULT 'N' NOT NULL,
	"rejected_at" timestamp with time zone,
	"extended_times" integer DEFAULT 0 NOT NULL,
	"part_b_by_transporter" boolean DEFAULT false NOT NULL,
	"multi_vehicle" boolean DEFAULT false NOT NULL,
	"irn" text,
	"tot_inv_value" numeric(18, 2) NOT NULL,
	"del_place" text,
	"del_pincode" integer,
	"del_state_code" integer,
	"payload" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ewb_trip_sheet_members" (
	"trip_sheet_no" bigint NOT NULL,
	"ewb_no" bigint NOT NULL,
	CONSTRAINT "ewb_trip_sheet_members_trip_sheet_no_ewb_no_pk" PRIMARY KEY("trip_sheet_no","ewb_no")
);
--> statement-breakpoint
CREATE TABLE "ewb_trip_sheets" (
	"trip_sheet_no" bigint PRIMARY KEY NOT NULL,
	"user_gstin" text NOT NULL,
	"from_place" text NOT NULL,
	"from_state" integer NOT NULL,
	"vehicle_no" text DEFAULT '' NOT NULL,
	"trans_mode" text NOT NULL,
	"trans_doc_no" text,
	"trans_doc_date" text,
	"entered_at" timestamp with time zone NOT NULL,
	"entered_date" text NOT NULL,
	"status" text NOT NULL,
	"reason_code" text,
	"reason_remark" text,
	"previous_no" bigint
);
--> statement-breakpoint
CREATE TABLE "ewb_vehicle_groups" (
	"ewb_no" bigint NOT NULL,
	"group_no" integer NOT NULL,
	"reason_code" text NOT NULL,
	"reason_remark" text,
	"from_place" text NOT NULL,
	"from_state" integer NOT NULL,
	"to_place" text NOT NULL,
	"to_state" integer NOT NULL,
	"trans_mode" text NOT NULL,
	"total_quantity" numeric(18, 3) NOT NULL,
	"unit_code" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_date" text NOT NULL,
	"fingerprint" text NOT NULL,
	CONSTRAINT "ewb_vehicle_groups_ewb_no_group_no_pk" PRIMARY KEY("ewb_no","group_no")
);
--> statement-breakpoint
CREATE TABLE "ewb_vehicles" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"ewb_no" bigint NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"entered_date" text NOT NULL,
	"upd_mode" text NOT NULL,
	"vehicle_no" text DEFAULT '' NOT NULL,
	"from_place" text DEFAULT '' NOT NULL,
	"from_state" integer NOT NULL,
	"trip_sheet_no" bigint DEFAULT 0 NOT NULL,
	"user_gstin" text NOT NULL,
	"trans_mode" text NOT NULL,
	"trans_doc_no" text,
	"trans_doc_date" text,
	"group_no" integer DEFAULT 0 NOT NULL,
	"quantity" numeric(18, 3),
	"active" boolean DEFAULT true NOT NULL,
	"reason_code" text,
	"reason_remark" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "ewb_bills_doc_uq" ON "ewb_bills" USING btree ("dup_gstin","doc_type","doc_key") WHERE status = 'ACT';--> statement-breakpoint
CREATE INDEX "ewb_bills_generator_idx" ON "ewb_bills" USING btree ("user_gstin","generated_at");--> statement-breakpoint
CREATE INDEX "ewb_bills_transporter_idx" ON "ewb_bills" USING btree ("transporter_id","generated_at");--> statement-breakpoint
CREATE INDEX "ewb_bills_from_idx" ON "ewb_bills" USING btree ("from_gstin","generated_at");--> statement-breakpoint
CREATE INDEX "ewb_bills_to_idx" ON "ewb_bills" USING btree ("to_gstin","generated_at");--> statement-breakpoint
CREATE INDEX "ewb_bills_irn_idx" ON "ewb_bills" USING btree ("irn");--> statement-breakpoint
CREATE INDEX "ewb_trip_sheets_user_idx" ON "ewb_trip_sheets" USING btree ("user_gstin");--> statement-breakpoint
CREATE UNIQUE INDEX "ewb_vehicle_groups_request_uq" ON "ewb_vehicle_groups" USING btree ("ewb_no","fingerprint");--> statement-breakpoint
CREATE INDEX "ewb_vehicles_ewb_idx" ON "ewb_vehicles" USING btree ("ewb_no","group_no");