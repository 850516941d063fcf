/** The gstgate dashboard: sign in with an API user, then the pages below. */
import { type FormEvent, StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { get, onSessionChange, type Session, session, signIn, signOut } from './api.ts';
import { BulkPage } from './bulk.tsx';
import { DocumentPage, DocumentsPage } from './documents.tsx';
import { EwayBillsPage } from './ewaybills.tsx';
import { GeneratePage } from './generate.tsx';
import { Link, navigate, usePath } from './router.tsx';
import { SandboxPage, TaxpayerPage, TokenPage, WebhooksPage } from './tools.tsx';
import { Errors, Field } from './ui.tsx';
import './styles.css';

function SignIn() {
  const [gstin, setGstin] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(gstin.trim().toUpperCase(), username, password);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="signin">
      <form className="card" onSubmit={submit} aria-label="Sign in">
        <h1>gstgate</h1>
        <p className="hint">Sign in with an API user.</p>
        <Field label="GSTIN">
          <input
            name="gstin"
            required
            maxLength={15}
            autoComplete="organization"
            value={gstin}
            onChange={(e) => setGstin(e.target.value)}
          />
        </Field>
        <Field label="User name">
          <input name="username" required autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
        </Field>
        <Field label="Password">
          <input
            name="password"
            type="password"
            required
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <Errors error={error} />
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
    </main>
  );
}

const NAV: { to: string; label: string; sandbox?: boolean }[] = [
  { to: '/documents', label: 'E-invoices' },
  { to: '/generate', label: 'New invoice' },
  { to: '/bulk', label: 'Bulk upload' },
  { to: '/ewaybills', label: 'E-way bills' },
  { to: '/taxpayer', label: 'Taxpayer lookup' },
  { to: '/webhooks', label: 'Webhooks' },
  { to: '/token', label: 'API token' },
  { to: '/sandbox', label: 'Sandbox', sandbox: true },
];

function Page({ path }: { path: string }) {
  const doc = path.match(/^\/documents\/([0-9a-fA-F]{64})$/);
  if (doc) return <DocumentPage irn={doc[1]} />;
  switch (path) {
    case '/documents':
      return <DocumentsPage />;
    case '/generate':
      return <GeneratePage />;
    case '/bulk':
      return <BulkPage />;
    case '/ewaybills':
      return <EwayBillsPage />;
    case '/taxpayer':
      return <TaxpayerPage />;
    case '/webhooks':
      return <WebhooksPage />;
    case '/token':
      return <TokenPage />;
    case '/sandbox':
      return <SandboxPage />;
    default:
      return <p>Not found.</p>;
  }
}

function Shell({ s }: { s: Session }) {
  const path = usePath();
  const [open, setOpen] = useState(false);
  const [sandbox, setSandbox] = useState(false);
  useEffect(() => {
    get<{ provider: { name: string } }>('/v1/health', { anonymous: true })
      .then((h) => setSandbox(h.provider.name === 'sandbox'))
      .catch(() => setSandbox(false));
  }, []);
  return (
    <div className="shell">
      <header className="topbar">
        <button type="button" className="menu" aria-label="Menu" aria-expanded={open} onClick={() => setOpen(!open)}>
          ☰
        </button>
        <Link to="/documents" className="brand">
          gstgate
        </Link>
        <span className="who">{s.gstin}</span>
        <button
          type="button"
          className="secondary small"
          onClick={() => {
            signOut();
            navigate('/documents');
          }}
        >
          Sign out
        </button>
      </header>
      <nav className={open ? 'nav open' : 'nav'} aria-label="Main">
        {NAV.filter((n) => !n.sandbox || sandbox).map((n) => (
          <Link
            key={n.to}
            to={n.to}
            className={path === n.to || path.startsWith(`${n.to}/`) ? 'active' : undefined}
            onClick={() => setOpen(false)}
          >
            {n.label}
          </Link>
        ))}
      </nav>
      <main className="content">
        <Page path={path} />
      </main>
    </div>
  );
}

function App() {
  const [s, setS] = useState<Session | null>(session());
  useEffect(() => onSessionChange(() => setS(session())), []);
  return s ? <Shell s={s} /> : <SignIn />;
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
