/** Taxpayer lookup, the API token, webhooks, and (sandbox only) the clock and fault controls. */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { adminKey, del, get, post, session, setAdminKey, token } from './api.ts';
import { Errors, Field } from './ui.tsx';

export function TaxpayerPage() {
  const [gstin, setGstin] = useState('');
  const [result, setResult] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const lookup = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setResult(null);
    try {
      setResult(await get(`/v1/gstin/${encodeURIComponent(gstin.trim().toUpperCase())}`));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section>
      <header className="page-head">
        <h1>Taxpayer lookup</h1>
      </header>
      <form className="filters" onSubmit={lookup}>
        <Field label="GSTIN">
          <input name="gstin" required maxLength={15} value={gstin} onChange={(e) => setGstin(e.target.value)} />
        </Field>
        <div className="actions">
          <button type="submit">Look up</button>
        </div>
      </form>
      <Errors error={error} />
      {result !== null && <Facts value={result as Record<string, unknown>} />}
    </section>
  );
}

function Facts({ value }: { value: Record<string, unknown> }) {
  return (
    <dl className="facts card">
      {Object.entries(value).map(([k, v]) => (
        <div key={k} className="fact">
          <dt>{k}</dt>
          <dd>{typeof v === 'object' && v !== null ? <pre>{JSON.stringify(v, null, 2)}</pre> : String(v ?? '—')}</dd>
        </div>
      ))}
    </dl>
  );
}

export function TokenPage() {
  const s = session();
  const [copied, setCopied] = useState(false);
  return (
    <section>
      <header className="page-head">
        <h1>API token</h1>
      </header>
      <div className="card">
        <p>
          Signed in as <b>{s?.username}</b> for <b>{s?.gstin}</b>. This session's bearer token expires at{' '}
          <b>{s ? new Date(s.expiresAt).toLocaleString() : '—'}</b>.
        </p>
        <p className="hint">
          gstgate issues tokens only through <code>POST /v1/authenticate</code> (like NIC): there is no API to list or revoke tokens, so
          this page shows the current one. Scripts should authenticate themselves with their own API user.
        </p>
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(token() ?? '').then(() => setCopied(true));
          }}
        >
          Copy token
        </button>
        {copied && <span className="ok"> Copied.</span>}
      </div>
    </section>
  );
}

interface Endpoint {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  active: boolean;
  createdAt: string;
}

export function WebhooksPage() {
  const [list, setList] = useState<Endpoint[]>([]);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState('einvoice.generated, einvoice.cancelled');
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      setList((await get<{ endpoints: Endpoint[] }>('/v1/webhooks')).endpoints);
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const created = await post<Endpoint & { secret: string }>('/v1/webhooks', {
        url,
        events: events
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      });
      setSecret(created.secret);
      setUrl('');
      await load();
    } catch (err) {
      setError(err);
    }
  };
  const remove = async (id: string) => {
    try {
      await del(`/v1/webhooks/${id}`);
      await load();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section>
      <header className="page-head">
        <h1>Webhooks</h1>
      </header>
      <form className="card" onSubmit={create} aria-label="New webhook">
        <div className="grid">
          <Field label="URL" wide>
            <input
              name="url"
              type="url"
              required
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              placeholder="https://example.com/hooks"
            />
          </Field>
          <Field label="Events (comma-separated)" wide>
            <input name="events" required value={events} onChange={(e) => setEvents(e.target.value)} />
          </Field>
        </div>
        <button type="submit">Add endpoint</button>
        {secret && (
          <p className="ok">
            Signing secret (shown only now): <code>{secret}</code>
          </p>
        )}
      </form>
      <Errors error={error} />
      <div className="table-wrap">
        <table className="list">
          <thead>
            <tr>
              <th>URL</th>
              <th>Events</th>
              <th>Active</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((w) => (
              <tr key={w.id}>
                <td data-label="URL" className="mono small">
                  {w.url}
                </td>
                <td data-label="Events">{w.events.join(', ')}</td>
                <td data-label="Active">{w.active ? 'yes' : 'no'}</td>
                <td>
                  <button type="button" className="danger small" onClick={() => void remove(w.id)}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface Fault {
  id: number;
  gstin: string;
  kind: string;
  remaining: number;
  delayMs: number | null;
}

export function SandboxPage() {
  const [key, setKey] = useState(adminKey());
  const [clock, setClock] = useState<{ now: string; offsetSeconds: number } | null>(null);
  const [faults, setFaults] = useState<Fault[]>([]);
  const [hours, setHours] = useState('1');
  const [fault, setFault] = useState({ gstin: session()?.gstin ?? '', kind: 'down', count: '1', delayMs: '' });
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    setError(null);
    if (!adminKey()) return;
    try {
      setClock(await get('/v1/sandbox/clock', { admin: true }));
      setFaults((await get<{ faults: Fault[] }>('/v1/sandbox/faults', { admin: true })).faults);
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await load();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section>
      <header className="page-head">
        <h1>Sandbox controls</h1>
      </header>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setAdminKey(key);
          void load();
        }}
      >
        <Field label="X-Admin-Key" wide>
          <input name="adminKey" type="password" value={key} onChange={(e) => setKey(e.target.value)} />
        </Field>
        <div className="actions">
          <button type="submit">Use key</button>
        </div>
      </form>
      <Errors error={error} />
      {clock && (
        <div className="two">
          <div className="card">
            <h2>Government clock</h2>
            <p>
              <b>{new Date(clock.now).toLocaleString('en-IN', { timeZone: 'Asia/Kolkata' })}</b> IST (offset {clock.offsetSeconds} s)
            </p>
            <div className="grid">
              <Field label="Advance by hours">
                <input type="number" value={hours} onChange={(e) => setHours(e.target.value)} />
              </Field>
            </div>
            <button
              type="button"
              onClick={() =>
                void act(() => post('/v1/sandbox/clock', { advanceSeconds: Math.round(Number(hours) * 3600) }, { admin: true }))
              }
            >
              Advance
            </button>{' '}
            <button type="button" className="secondary" onClick={() => void act(() => del('/v1/sandbox/clock', { admin: true }))}>
              Reset to real time
            </button>
          </div>
          <div className="card">
            <h2>Faults</h2>
            <div className="grid">
              <Field label="GSTIN">
                <input value={fault.gstin} onChange={(e) => setFault({ ...fault, gstin: e.target.value })} />
              </Field>
              <Field label="Kind">
                <select value={fault.kind} onChange={(e) => setFault({ ...fault, kind: e.target.value })}>
                  <option value="down">down</option>
                  <option value="slow">slow</option>
                  <option value="commit-then-timeout">commit-then-timeout</option>
                </select>
              </Field>
              <Field label="Count">
                <input type="number" min={1} value={fault.count} onChange={(e) => setFault({ ...fault, count: e.target.value })} />
              </Field>
              {fault.kind === 'slow' && (
                <Field label="Delay ms">
                  <input type="number" min={1} value={fault.delayMs} onChange={(e) => setFault({ ...fault, delayMs: e.target.value })} />
                </Field>
              )}
            </div>
            <button
              type="button"
              onClick={() =>
                void act(() =>
                  post(
                    '/v1/sandbox/faults',
                    {
                      gstin: fault.gstin,
                      kind: fault.kind,
                      count: Number(fault.count),
                      ...(fault.kind === 'slow' ? { delayMs: Number(fault.delayMs) } : {}),
                    },
                    { admin: true },
                  ),
                )
              }
            >
              Add fault
            </button>{' '}
            <button type="button" className="secondary" onClick={() => void act(() => del('/v1/sandbox/faults', { admin: true }))}>
              Clear all
            </button>
            <ul>
              {faults.map((f) => (
                <li key={f.id}>
                  {f.gstin}: {f.kind} ×{f.remaining}
                  {f.delayMs ? ` (${f.delayMs} ms)` : ''}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
