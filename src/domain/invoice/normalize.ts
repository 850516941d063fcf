/**
 * Case-insensitive property binding for INV-01 (reference nic-einvoice.md §5.15): NIC's .NET binder
 * evidently matches property names ignoring case (Odoo sends `GSTIN`/`POS`; NIC's circulated sample
 * spells `Paidamt`, `Transid`, `Vehno` …), while its signed output uses the schema casing. We bind the
 * same way and emit the canonical casing, at every level, derived from Inv01Schema itself.
 *
 * Choices: unknown keys are kept as they are here (the schema then strips them silently, like the
 * .NET binder ignores them). When one object holds the same property twice in different cases, the
 * canonically spelled one wins; otherwise the later one wins (as Json.NET assigns in document order).
 */
import type { z } from 'zod';
import { Inv01Schema } from './inv01.schema.ts';

interface KeyNode {
  /** lower-case name → canonical name */
  names: Map<string, string>;
  /** The canonical names themselves: most clients send them, and need no lower-casing (issue 9). */
  canonical: Set<string>;
  /** canonical name → node for the value (object, or elements of an array) */
  children: Map<string, KeyNode>;
}

type Def = { type?: string; innerType?: unknown; in?: unknown; out?: unknown; shape?: Record<string, unknown>; element?: unknown };

function defOf(schema: unknown): Def | undefined {
  return (schema as { _zod?: { def?: Def } })?._zod?.def;
}

/** Unwraps optional/nullable/pipe wrappers and arrays down to an object schema's shape, if any. */
function shapeOf(schema: unknown): Record<string, unknown> | undefined {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const def = defOf(s);
    if (!def) return undefined;
    switch (def.type) {
      case 'object':
        return def.shape;
      case 'optional':
      case 'nullable':
      case 'default':
      case 'readonly':
        s = def.innerType;
        break;
      case 'pipe':
        s = def.in;
        break;
      case 'array':
        s = def.element;
        break;
      default:
        return undefined;
    }
  }
  return undefined;
}

function buildNode(shape: Record<string, unknown>): KeyNode {
  const node: KeyNode = { names: new Map(), canonical: new Set(), children: new Map() };
  for (const [key, child] of Object.entries(shape)) {
    node.names.set(key.toLowerCase(), key);
    node.canonical.add(key);
    const childShape = shapeOf(child);
    if (childShape) node.children.set(key, buildNode(childShape));
  }
  return node;
}

let root: KeyNode | undefined;
function rootNode(): KeyNode {
  root ??= buildNode(shapeOf(Inv01Schema as z.ZodType) ?? {});
  return root;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty for "__proto__" (from JSON.parse), so it stays an ordinary property.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Removes properties whose value is null, at every level (parse.ts: NIC clients send nulls for absent fields). */
function stripNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripNulls);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null) continue;
    setOwn(out, k, stripNulls(v));
  }
  return out;
}

function normalizeValue(value: unknown, node: KeyNode | undefined, dropNulls: boolean): unknown {
  if (!node) return dropNulls ? stripNulls(value) : value;
  if (Array.isArray(value)) return value.map((v) => normalizeValue(v, node, dropNulls));
  if (!isPlainObject(value)) return value;
  return normalizeObject(value, node, dropNulls);
}

/** No null anywhere in it (stripNulls would return an equal copy). */
function hasNoNulls(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(hasNoNulls);
  if (!isPlainObject(value)) return value !== null;
  for (const key in value) if (!hasNoNulls(value[key])) return false;
  return true;
}

/** normalizeValue would return an equal copy: every key canonical (or unknown) and, with dropNulls, no nulls. */
function isClean(value: unknown, node: KeyNode | undefined, dropNulls: boolean): boolean {
  if (!node) return !dropNulls || hasNoNulls(value);
  if (Array.isArray(value)) return value.every((v) => isClean(v, node, dropNulls));
  if (!isPlainObject(value)) return true;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (dropNulls && v === null) return false;
    if (key === '__proto__') return false;
    if (node.canonical.has(key)) {
      if (!isClean(v, node.children.get(key), dropNulls)) return false;
    } else if (node.names.has(key.toLowerCase())) return false;
    else if (dropNulls && !hasNoNulls(v)) return false;
  }
  return true;
}

/** The common case, every known key spelled canonically: one pass; a differently cased known key → the general binding. */
function normalizeObject(obj: Record<string, unknown>, node: KeyNode, dropNulls: boolean, share = false): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    if (dropNulls && value === null) continue;
    if (node.canonical.has(key)) {
      const child = node.children.get(key);
      setOwn(out, key, share && isClean(value, child, dropNulls) ? value : normalizeValue(value, child, dropNulls));
    } else if (node.names.has(key.toLowerCase())) return bindIgnoringCase(obj, node, dropNulls);
    else setOwn(out, key, dropNulls ? stripNulls(value) : value);
  }
  return out;
}

function bindIgnoringCase(obj: Record<string, unknown>, node: KeyNode, dropNulls: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const exact = new Set<string>();
  for (const [key, value] of Object.entries(obj)) {
    const canonical = node.names.get(key.toLowerCase());
    if (canonical === undefined) {
      setOwn(out, key, dropNulls ? stripNulls(value) : value);
      continue;
    }
    if (exact.has(canonical) && key !== canonical) continue; // canonical spelling already bound
    if (key === canonical) exact.add(canonical);
    setOwn(out, canonical, normalizeValue(value, node.children.get(canonical), dropNulls));
  }
  // Nulls go after binding: a null under the canonical spelling (or the later one) still wins, then is dropped.
  if (dropNulls) for (const key of Object.keys(out)) if (out[key] === null) delete out[key];
  return out;
}

/**
 * §5.15: returns a copy of an INV-01 payload with every known property name in canonical casing
 * (`GSTIN` → `Gstin`, `POS` → `Pos`, `Transid` → `TransId`, `Paidamt` → `PaidAmt` …). Unknown keys
 * and non-object input are returned unchanged. `dropNulls`: also leaves out null-valued properties at
 * every level, as removing them afterwards would (parse.ts), in the same pass: one copy, not two.
 */
export function normalizeInvoiceKeys(raw: unknown, opts: { dropNulls?: boolean } = {}): unknown {
  return isPlainObject(raw) ? normalizeObject(raw, rootNode(), opts.dropNulls ?? false) : raw;
}

/**
 * normalizeInvoiceKeys with nulls dropped, for parseInvoice only: a new top-level object, but a
 * section already canonical and null-free (the usual case: most of a 1,000-line invoice) is the
 * caller's own, not a copy (issue 9: copying the lines was ~4 ms). Its result must not be mutated
 * below the top level.
 */
export function bindInvoiceKeysSharing(raw: Record<string, unknown>): Record<string, unknown> {
  return normalizeObject(raw, rootNode(), true, true);
}
