-- Sequences kept out of drizzle's schema so they stay unqualified (the test suite runs each app in
-- its own PostgreSQL schema through search_path).
-- IRP acknowledgement numbers (reference nic-einvoice.md §6.2).
CREATE SEQUENCE IF NOT EXISTS "irp_ack_no_seq" START WITH 1 INCREMENT BY 1;
