-- Issue 9: the two wide document columns of the IRN hot path keep their JSON as text (json): jsonb's
-- binary conversion cost ~15 ms per 1,000-item invoice per column; nothing queries inside them.
ALTER TABLE "einvoices" ALTER COLUMN "payload" SET DATA TYPE json;--> statement-breakpoint
ALTER TABLE "irp_documents" ALTER COLUMN "document" SET DATA TYPE json;