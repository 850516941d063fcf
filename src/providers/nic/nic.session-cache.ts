/**
 * NIC sessions per GSTIN, in memory (reference nic-einvoice.md §3.1 [NIC-BP]: "store token + SEK and
 * reuse; re-requesting a token per transaction can get the API service blocked"). One auth at a time
 * per GSTIN: concurrent callers wait for the same one. A session opened with credentials that have
 * since been replaced is not reused.
 */
import type { Clock } from '../../core/clock.ts';
import type { NicCredentials } from '../../modules/nic-credentials/nic-credentials.service.ts';

const RETRY_REFRESH_MS = 60_000;

export interface NicSessionState {
  token: string;
  sek: Buffer;
  /** Credentials version the session was opened with. */
  version: string;
  /** From this instant the next call authenticates again first (shortly before expiry). */
  refreshAt: number;
}

export class NicSessionCache {
  private readonly sessions = new Map<string, NicSessionState>();
  private readonly pending = new Map<string, Promise<NicSessionState>>();
  /** Auth requests sent, for tests and metrics. */
  authCount = 0;

  constructor(private readonly clock: Clock) {}

  /** A usable session, authenticating (once, shared) when there is none, it is due for refresh, or the credentials changed. */
  async get(
    creds: NicCredentials,
    open: (opts: { refresh: boolean }) => Promise<NicSessionState>,
    opts: { fresh?: boolean } = {},
  ): Promise<NicSessionState> {
    const key = creds.gstin;
    const current = this.sessions.get(key);
    const usable =
      !opts.fresh && current && current.version === creds.version && current.refreshAt > this.clock.now().getTime() ? current : undefined;
    if (usable) return usable;
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    // A refresh of a session we hold (not a lost token) may ask NIC for a new one (ForceRefreshAccessToken).
    const refresh = !opts.fresh && current !== undefined && current.version === creds.version;
    const p = (async () => {
      this.authCount += 1;
      const s = await open({ refresh });
      // NIC answered the same token again (a refresh it did not honour): use it, ask again in a minute.
      const now = this.clock.now().getTime();
      if (current && s.token === current.token && s.refreshAt <= now) s.refreshAt = now + RETRY_REFRESH_MS;
      this.sessions.set(key, s);
      return s;
    })().finally(() => this.pending.delete(key));
    this.pending.set(key, p);
    return p;
  }

  /** Forget a session NIC refused (1005 / 238), unless another caller already replaced it. */
  drop(gstin: string, token: string): void {
    if (this.sessions.get(gstin)?.token === token) this.sessions.delete(gstin);
  }
}
