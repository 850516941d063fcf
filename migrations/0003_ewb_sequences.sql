-- E-way bill system numbers, kept out of drizzle's schema so they stay unqualified (each test app
-- runs in its own PostgreSQL schema through search_path), like 0001_sequences.sql.
-- E-way bill numbers are 12 digits (reference nic-ewaybill-gst.md A3.6, Part C item 3): our sandbox
-- issues 310 followed by this sequence in 9 digits (310000000001, 310000000002, ...).
CREATE SEQUENCE IF NOT EXISTS "ewb_no_seq" START WITH 1 INCREMENT BY 1 MAXVALUE 999999999;
--> statement-breakpoint
-- Consolidated e-way bill (trip sheet) numbers are 10 digits (A4.6): 11 followed by this sequence in
-- 8 digits (1100000001, ...).
CREATE SEQUENCE IF NOT EXISTS "ewb_trip_sheet_seq" START WITH 1 INCREMENT BY 1 MAXVALUE 99999999;
