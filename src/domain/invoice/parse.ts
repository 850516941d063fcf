/**
 * INV-01 request → typed invoice, or every schema failure at once with NIC codes (reference
 * nic-einvoice.md §5, §7.1 items 1–3, §9). Steps: case-insensitive key binding (§5.15), `Irn` must not
 * be sent, nulls dropped (so the signed invoice omits them, §6.3), Inv01Schema, issues → Problems.
 *
 * Codes: empty body 2255; DocDtls.Dt 2144; DocDtls.Typ 2161; RegRev 2159; IgstOnIntra 2263; ItemList
 * empty or absent 2228, over 1000 2173; Unit 2177; HsnCd 2176; SellerDtls.Gstin absent 2155 or "URP"
 * 2213. Everything else (Version, Irn, SupTyp, lengths, patterns, ranges, types, required) is 5002 with a
 * .NET data-annotation style message naming the field (§7.1 item 1: code 5002 UNCONFIRMED). NIC has no
 * dedicated code for an unknown supply type, so SupTyp uses 5002.
 */
import { z } from 'zod';
import { type Problem, problem } from '../../core/errors.ts';
import { type FieldMeta, type Inv01, Inv01Schema, metaOf } from './inv01.schema.ts';
import { fastItems } from './item-fast.ts';
import { bindInvoiceKeysSharing } from './normalize.ts';

/** Inv01Schema without the per-line checks, for when fastItems has vouched for every line. */
const Inv01HeadSchema = Inv01Schema.extend({ ItemList: z.array(z.unknown()).min(1).max(1000) });

export type ParseInvoiceResult = { ok: true; invoice: Inv01 } | { ok: false; problems: Problem[] };

type Path = readonly PropertyKey[];

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
}

const SUPPLY_TYPES = 'B2B, SEZWP, SEZWOP, EXPWP, EXPWOP, DEXP';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `ItemList[0].IgstAmt`, `SellerDtls.Gstin`. */
export function fieldPath(path: Path): string {
  let s = '';
  for (const key of path) {
    if (typeof key === 'number') s += `[${key}]`;
    else s += s === '' ? String(key) : `.${String(key)}`;
  }
  return s;
}

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key as string];
  }
  return v;
}

type Def = { type?: string; innerType?: unknown; shape?: Record<string, unknown>; element?: unknown };
function defOf(schema: unknown): Def | undefined {
  return (schema as { _zod?: { def?: Def } })?._zod?.def;
}

/** The field schema at a path of Inv01Schema (wrappers left on the leaf). */
function schemaAt(path: Path): unknown {
  let s: unknown = Inv01Schema;
  for (const key of path) {
    let def = defOf(s);
    while (def && (def.type === 'optional' || def.type === 'nullable')) {
      s = def.innerType;
      def = defOf(s);
    }
    if (!def) return undefined;
    if (typeof key === 'number' && def.type === 'array') s = def.element;
    else if (typeof key === 'string' && def.type === 'object' && def.shape && Object.hasOwn(def.shape, key)) s = def.shape[key];
    else return undefined;
  }
  return s;
}

function display(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === undefined) return '';
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** .NET data-annotation style texts (RequiredAttribute, StringLengthAttribute, RangeAttribute, RegularExpressionAttribute). */
function annotationMessage(name: string, meta: FieldMeta | undefined, issue: Issue): string {
  switch (meta?.kind) {
    case 'enum':
      return `The field ${name} must be one of ${meta.values.join(', ')}.`;
    case 'date':
      return `The field ${name} must be a valid date in the format dd/mm/yyyy.`;
    case 'literal':
      return `The field ${name} must be ${meta.value}.`;
    case 'pin':
      return `The field ${name} must be a PIN code between 100000 and 999999.`;
    case 'unit':
      return `The field ${name} must be a unit code of the UQC master.`;
    case 'string':
      if (issue.code === 'invalid_type') return `The field ${name} must be a string.`;
      if (issue.code === 'invalid_format' && meta.pattern) return `The field ${name} must match the regular expression '${meta.pattern}'.`;
      if (meta.min !== undefined && meta.min === meta.max) return `The field ${name} must be a string with a length of ${meta.max}.`;
      return `The field ${name} must be a string with a minimum length of ${meta.min ?? 0} and a maximum length of ${meta.max}.`;
    case 'number':
      if (issue.code === 'invalid_type' && issue.expected !== 'int') return `The field ${name} must be a number.`;
      if (meta.int) return `The field ${name} must be a whole number between ${meta.min} and ${meta.max}.`;
      return `The field ${name} must be between ${meta.min} and ${meta.max}.`;
  }
  if (issue.code === 'invalid_type') {
    const what = issue.expected === 'array' ? 'an array' : issue.expected === 'object' ? 'an object' : `of type ${issue.expected}`;
    return `The field ${name} must be ${what}.`;
  }
  if (issue.code === 'too_big' && issue.origin === 'array') return `The field ${name} has too many elements.`;
  return `The field ${name} is invalid: ${issue.message}`;
}

function toProblem(issue: Issue, data: unknown): Problem {
  const path = issue.path;
  const field = fieldPath(path);
  const keys = path.filter((k): k is string => typeof k === 'string');
  const name = keys.at(-1) ?? 'body';
  const input = valueAt(data, path);
  const absent = input === undefined;

  // Field-specific NIC codes (§9.2).
  if (field === 'ItemList') {
    if (absent || issue.code === 'too_small') return problem('2228', [], field); // 2228 item list empty
    if (issue.code === 'too_big') return problem('2173', [], field); // 2173 more than 1000 items
  }
  if (field === 'SellerDtls.Gstin') {
    if (absent) return problem('2155', [], field); // 2155 supplier GSTIN required
    if (input === 'URP') return problem('2213', [], field); // 2213 supplier cannot be URP
  }
  if (absent) return problem('5002', [`The ${name} field is required.`], field);

  if (field === 'DocDtls.Dt') return problem('2144', [], field); // 2144 dd/MM/yyyy
  if (field === 'DocDtls.Typ') return problem('2161', [], field); // 2161 document type
  if (field === 'TranDtls.RegRev') return problem('2159', [], field); // 2159 reverse charge flag
  if (field === 'TranDtls.IgstOnIntra') return problem('2263', [], field); // 2263 IgstOnIntra flag
  if (path.length === 3 && path[0] === 'ItemList') {
    if (name === 'Unit') return problem('2177', [display(input)], field); // 2177 unit code
    if (name === 'HsnCd') return problem('2176', [display(input)], field); // 2176 HSN code
  }
  if (field === 'Version') {
    return problem('5002', [`Version ${display(input)} is not supported: the field Version must be 1.1 (INV-01 schema v1.1).`], field);
  }
  if (field === 'TranDtls.SupTyp' && typeof input === 'string' && input.trim().toUpperCase() === 'B2C') {
    return problem('5002', [`B2C invoices are not registered on the IRP; the field SupTyp must be one of ${SUPPLY_TYPES}.`], field);
  }
  return problem('5002', [annotationMessage(name, metaOf(schemaAt(path) as never), issue)], field);
}

/**
 * Parses an INV-01 v1.1 request (any key casing). On success the invoice has canonical casing,
 * upper-cased codes and no nulls; on failure every problem found, each with its field path.
 */
export function parseInvoice(raw: unknown): ParseInvoiceResult {
  // 2255: absent or empty body.
  if (
    raw === undefined ||
    raw === null ||
    (typeof raw === 'string' && raw.trim() === '') ||
    (isPlainObject(raw) && Object.keys(raw).length === 0)
  ) {
    return { ok: false, problems: [problem('2255')] };
  }
  if (!isPlainObject(raw)) return { ok: false, problems: [problem('5002', ['The request body must be an INV-01 JSON object.'])] };

  // Keys bound case-insensitively and nulls dropped (so the signed invoice omits them, §6.3) in one copy.
  const normalized = bindInvoiceKeysSharing(raw);
  const problems: Problem[] = [];

  // §7.1 item 2: the IRN is computed by the IRP and must not be sent (null or "" count as not sent).
  const irn = normalized.Irn;
  if (irn !== undefined && irn !== null && irn !== '') {
    problems.push(problem('5002', ['Irn should not be sent: the IRP generates the IRN.'], 'Irn'));
  }
  delete normalized.Irn;

  const data = normalized;
  // The fast path: lines checked by hand, the rest by the schema; any doubt, and the full schema
  // decides (and writes the problems) exactly as before.
  if (problems.length === 0) {
    const items = fastItems(data.ItemList);
    if (items) {
      const head = Inv01HeadSchema.safeParse(data);
      if (head.success) return { ok: true, invoice: { ...head.data, ItemList: items } };
    }
  }
  const result = Inv01Schema.safeParse(data);
  if (!result.success) {
    const seen = new Set<string>();
    for (const issue of result.error.issues as unknown as Issue[]) {
      const p = toProblem(issue, data);
      const key = `${p.code}|${p.field ?? ''}`;
      if (seen.has(key)) continue; // one problem per field and code
      seen.add(key);
      problems.push(p);
    }
  }
  if (problems.length > 0 || !result.success) return { ok: false, problems };
  return { ok: true, invoice: result.data };
}
