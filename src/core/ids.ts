/** Identifiers shared by the modules: the UUIDs in resource paths and the ids of emitted events. */
import { randomUUID } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a path id can be a UUID at all: anything else is answered 404 without asking the database (a uuid column rejects it). */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** A new event id, `evt_` and 32 hex digits: the same shape for activity entries and webhook envelopes. */
export function newEventId(): string {
  return `evt_${randomUUID().replaceAll('-', '')}`;
}
