/** Bulk upload: a CSV/XLSX/JSON file → a batch; progress polled until it completes; the per-row results. */
import { type FormEvent, useEffect, useState } from 'react';
import { download, get, post } from './api.ts';
import { Link } from './router.tsx';
import { Errors } from './ui.tsx';

interface Batch {
  batchId: string;
  state: 'validating' | 'generating' | 'completed';
  fileName: string | null;
  total: number;
  validated: number;
  invalid: number;
  generated: number;
  failed: number;
  duplicate: number;
  progress: number;
}

interface Row {
  rowNo: number;
  docType: string | null;
  docNo: string | null;
  docDate: string | null;
  status: string;
  irn: string | null;
  ackNo: number | null;
  errors: { code: string; message: string; column?: string }[];
}

function contentType(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (name.endsWith('.json')) return 'application/json';
  return file.type || 'application/octet-stream';
}

export function BulkPage() {
  const [file, setFile] = useState<File | null>(null);
  const [batch, setBatch] = useState<Batch | null>(null);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // Poll the batch until it completes, then read its rows.
  useEffect(() => {
    if (!batch) return;
    if (batch.state === 'completed') {
      if (!rows) {
        get<{ rows: Row[] }>(`/v1/einvoice/bulk/${batch.batchId}/rows?limit=1000`)
          .then((r) => setRows(r.rows))
          .catch(setError);
      }
      return;
    }
    const timer = setTimeout(() => {
      get<Batch>(`/v1/einvoice/bulk/${batch.batchId}`).then(setBatch).catch(setError);
    }, 500);
    return () => clearTimeout(timer);
  }, [batch, rows]);

  const upload = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setRows(null);
    try {
      const body = new Blob([await file.arrayBuffer()], { type: contentType(file) });
      const accepted = await post<{ batchId: string }>(`/v1/einvoice/bulk?filename=${encodeURIComponent(file.name)}`, body);
      setBatch(await get<Batch>(`/v1/einvoice/bulk/${accepted.batchId}`));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const pct = batch ? Math.round(batch.progress * 100) : 0;
  return (
    <section>
      <header className="page-head">
        <h1>Bulk upload</h1>
      </header>
      <form className="card" onSubmit={upload} aria-label="Bulk upload">
        <p className="hint">
          CSV or XLSX with the documented columns (one row per item), or a JSON array of INV-01 invoices. Templates:{' '}
          <button type="button" className="link" onClick={() => void download('/v1/einvoice/bulk/template?format=csv', 'template.csv')}>
            CSV
          </button>{' '}
          ·{' '}
          <button type="button" className="link" onClick={() => void download('/v1/einvoice/bulk/template?format=xlsx', 'template.xlsx')}>
            XLSX
          </button>
        </p>
        <input type="file" name="file" accept=".csv,.xlsx,.json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <button type="submit" disabled={!file || busy}>
          Upload
        </button>
        <Errors error={error} />
      </form>
      {batch && (
        <section className="card" aria-label="Batch">
          <h2>
            {batch.fileName ?? 'Batch'} — {batch.state}
          </h2>
          <div className="progress" role="progressbar" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100} aria-label="Progress">
            <div style={{ width: `${pct}%` }} />
          </div>
          <p className="progress-text">
            <span data-testid="progress">{pct}%</span> · {batch.total} invoices · validated {batch.validated} · invalid {batch.invalid} ·
            generated {batch.generated} · failed {batch.failed} · duplicate {batch.duplicate}
          </p>
          {batch.state === 'completed' && (
            <p>
              Results:{' '}
              <button
                type="button"
                className="link"
                onClick={() => void download(`/v1/einvoice/bulk/${batch.batchId}/results?format=csv`, 'results.csv')}
              >
                CSV
              </button>{' '}
              ·{' '}
              <button
                type="button"
                className="link"
                onClick={() => void download(`/v1/einvoice/bulk/${batch.batchId}/results?format=xlsx`, 'results.xlsx')}
              >
                XLSX
              </button>
            </p>
          )}
        </section>
      )}
      {rows && (
        <div className="table-wrap">
          <table className="list" aria-label="Rows">
            <thead>
              <tr>
                <th>Row</th>
                <th>Document</th>
                <th>Status</th>
                <th>IRN / errors</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.rowNo}>
                  <td data-label="Row">{r.rowNo}</td>
                  <td data-label="Document">
                    {r.docType} {r.docNo} {r.docDate}
                  </td>
                  <td data-label="Status">
                    <span className={`badge badge-${r.status}`}>{r.status}</span>
                  </td>
                  <td data-label="IRN / errors" className="mono small">
                    {r.irn ? (
                      <Link to={`/documents/${r.irn}`}>{r.irn.slice(0, 16)}…</Link>
                    ) : (
                      r.errors.map((x) => `${x.code}${x.column ? ` [${x.column}]` : ''}: ${x.message}`).join('; ')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
