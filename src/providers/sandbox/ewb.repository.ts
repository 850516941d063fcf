import type { Db } from '../../core/db.ts';

/** The emulated e-way bill system's tables (ewb.tables.ts). */
export class EwbRepository {
  constructor(readonly db: Db) {}
}
