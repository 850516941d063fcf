/** Small shared pieces: error lists, fields, formatting. */
import type { ReactNode } from 'react';
import { ApiError } from './api.ts';

export function Errors({ error }: { error: unknown }) {
  if (!error) return null;
  const items =
    error instanceof ApiError && error.errors.length
      ? error.errors.map((e) => `${e.code}: ${e.message}${e.field ? ` (${e.field})` : ''}`)
      : [error instanceof Error ? error.message : String(error)];
  return (
    <ul className="errors" role="alert">
      {items.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

export function Field(props: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child
    <label className={props.wide ? 'field wide' : 'field'}>
      <span>{props.label}</span>
      {props.children}
    </label>
  );
}

const inr = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' });
export function money(v: number): string {
  return inr.format(v);
}

export function StatusBadge({ status }: { status: string }) {
  const label = status === 'ACT' ? 'Active' : status === 'CNL' ? 'Cancelled' : status;
  return <span className={`badge badge-${status.toLowerCase()}`}>{label}</span>;
}

/** dd/mm/yyyy IST of an instant. */
export function istDate(d = new Date()): string {
  const ist = new Date(d.getTime() + 5.5 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(ist.getUTCDate())}/${p(ist.getUTCMonth() + 1)}/${ist.getUTCFullYear()}`;
}

/** "dd/MM/yyyy hh:mm:ss AM|PM" (IST, the e-way bill system's format) → Date. */
export function parseEwbTime(s: string | null): Date | null {
  const m = s?.match(/^(\d{2})\/(\d{2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) ?(AM|PM)?$/i);
  if (!m) return null;
  let h = Number(m[4]) % 12;
  if (m[7]?.toUpperCase() === 'PM') h += 12;
  else if (!m[7]) h = Number(m[4]);
  return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]), h, Number(m[5]), Number(m[6])) - 5.5 * 3600_000);
}

export function countdown(ms: number): string {
  if (ms <= 0) return 'expired';
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  return d > 0 ? `${d}d ${h}h ${m}m` : `${h}h ${m}m ${s % 60}s`;
}
