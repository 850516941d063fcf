/**
 * Sessions of the NIC wire protocol (issue 5; reference nic-einvoice.md §3.1, nic-ewaybill-gst.md A1.2).
 *
 * Choices (UNCONFIRMED at NIC, documented here and in docs):
 * - Tokens live on the GOVERNMENT (sandbox) clock, not real time: they are NIC's tokens, and an
 *   integrator tests its refresh logic by moving the sandbox clock (POST /v1/sandbox/clock). Our own
 *   bearer tokens (api.md §7) stay on real time.
 * - Lifetime 360 minutes (production's figure; NIC's sandbox uses 60), GSTGATE_NIC_TOKEN_MINUTES.
 * - e-Invoice: auth again while a token of the same client + user + GSTIN is valid returns that
 *   token (and its SEK, re-wrapped with the new AppKey by the caller). ForceRefreshAccessToken gives
 *   a new token only within the last 10 minutes; earlier it is ignored. The older token stays valid
 *   until its own expiry (NIC does not say it is revoked).
 * - e-Way bill: every auth issues a new token (A1.2); `revokeOthers` ends the owner's older ones
 *   (A1.2 "new auth invalidates the previous token", UNCONFIRMED) when the surface wants it.
 * - The SEK is 32 random bytes per session; the same token always keeps its SEK.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.ts';
import { aesEncrypt, randomAesKey } from '../core/crypto/nic-crypto.ts';
import { constantTimeEqual, DUMMY_PASSWORD_HASH, sha256Hex, verifyPassword } from '../core/crypto/secrets.ts';
import type { NicRepository } from './nic.repository.ts';
import type { NicSessionRow } from './nic.tables.ts';

export type NicKind = 'einvoice' | 'ewaybill';

export interface NicSession {
  authToken: string;
  kind: NicKind;
  clientId: string;
  username: string;
  gstin: string;
  /** The 32-byte session encryption key. */
  sek: Buffer;
  expiresAt: Date;
}

export interface NicIdentity {
  clientId: string;
  username: string;
  gstin: string;
}

/**
 * ok; no-user (1017 / EWB 108); bad-password (1019 / 108); wrong-gstin: the user exists and the
 * password is right, but for another GSTIN than the header's (1015); inactive (1014).
 */
export type UserCheck = 'ok' | 'no-user' | 'bad-password' | 'wrong-gstin' | 'inactive';

export const NIC_TOKEN_MINUTES = 360;
/** ForceRefreshAccessToken is honoured only within this many minutes before expiry (reference §3.1). */
export const NIC_FORCE_REFRESH_MINUTES = 10;

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const CLIENT_CACHE_MAX = 1_000;

/** e-Invoice tokens look like NIC's samples (25 alphanumerics); e-way bill tokens are UUIDs (A1.2). */
function newToken(kind: NicKind): string {
  if (kind === 'ewaybill') return randomUUID();
  const bytes = randomBytes(25);
  let out = '';
  // 248 = 4 × 62: bytes above it are redrawn, so every character is equally likely.
  for (const b of bytes) out += b < 248 ? ALNUM[b % 62] : ALNUM[randomBytes(1)[0] % 62];
  return out;
}

export class NicSessions {
  /** clientId → SHA-256 of a secret that verified (scrypt costs ~50 ms; NIC clients send it on every call). */
  private readonly verifiedClients = new Map<string, string>();

  constructor(
    private readonly repo: NicRepository,
    /** The government clock. */
    private readonly clock: Clock,
    private readonly ttlMinutes: number = NIC_TOKEN_MINUTES,
  ) {}

  async verifyClient(clientId: string, clientSecret: string): Promise<boolean> {
    if (!clientId || !clientSecret) return false;
    const digest = sha256Hex(clientSecret);
    const known = this.verifiedClients.get(clientId);
    if (known !== undefined && constantTimeEqual(known, digest)) return true;
    const hash = await this.repo.clientSecretHash(clientId);
    const ok = await verifyPassword(clientSecret, hash ?? DUMMY_PASSWORD_HASH);
    if (!hash || !ok) return false;
    if (this.verifiedClients.size >= CLIENT_CACHE_MAX) this.verifiedClients.delete(this.verifiedClients.keys().next().value as string);
    this.verifiedClients.set(clientId, digest);
    return true;
  }

  async verifyUser(gstin: string, username: string, password: string): Promise<UserCheck> {
    const users = await this.repo.usersNamed(username);
    const own = users.find((u) => u.gstin === gstin.toUpperCase());
    if (own) {
      if (!(await verifyPassword(password, own.passwordHash))) return 'bad-password';
      return own.active ? 'ok' : 'inactive';
    }
    if (users.length === 0) {
      await verifyPassword(password, DUMMY_PASSWORD_HASH); // same timing as a known user
      return 'no-user';
    }
    // The user name exists for other GSTINs only: with the right password it is the header GSTIN
    // that is wrong (1015); otherwise the password (1019).
    for (const u of users) if (await verifyPassword(password, u.passwordHash)) return 'wrong-gstin';
    return 'bad-password';
  }

  /** GSTINs under which an API user of this name exists (v1.03 auth has no Gstin header). */
  async gstinsOfUser(username: string): Promise<string[]> {
    return (await this.repo.usersNamed(username)).map((u) => u.gstin);
  }

  /**
   * A session for this identity: for e-invoice the valid one again unless `forceRefresh` within its
   * last 10 minutes; for e-way bill always a new one (older ones revoked with `revokeOthers`).
   */
  async open(kind: NicKind, who: NicIdentity, opts: { forceRefresh?: boolean; revokeOthers?: boolean } = {}): Promise<NicSession> {
    const now = this.clock.now();
    const owner = { kind, clientId: who.clientId, username: who.username, gstin: who.gstin.toUpperCase() };
    if (kind === 'einvoice') {
      const current = await this.repo.latestValid(owner, now);
      if (current) {
        const inLastMinutes = current.expiresAt.getTime() - now.getTime() <= NIC_FORCE_REFRESH_MINUTES * 60_000;
        if (!(opts.forceRefresh && inLastMinutes)) return sessionOf(current);
      }
    }
    if (opts.revokeOthers) await this.repo.deleteOwned(owner);
    else await this.repo.deleteOwned(owner, now); // expired ones only: the table stays small
    const row = {
      ...owner,
      authToken: newToken(kind),
      sek: randomAesKey().toString('base64'),
      expiresAt: new Date(now.getTime() + this.ttlMinutes * 60_000),
    };
    await this.repo.insert(row);
    return sessionOf(row);
  }

  /** The session of a token, if it is of this kind and not expired on the government clock. */
  async find(kind: NicKind, authToken: string): Promise<NicSession | undefined> {
    if (!authToken) return undefined;
    const row = await this.repo.find(authToken);
    if (!row || row.kind !== kind || row.expiresAt.getTime() <= this.clock.now().getTime()) return undefined;
    return sessionOf(row);
  }

  /** The SEK as the auth answer carries it: AES-256-ECB under the client's AppKey, base64. */
  static wrapSek(session: NicSession, appKey: Buffer): string {
    return aesEncrypt(appKey, session.sek);
  }
}

function sessionOf(row: Omit<NicSessionRow, 'createdAt'>): NicSession {
  return {
    authToken: row.authToken,
    kind: row.kind as NicKind,
    clientId: row.clientId,
    username: row.username,
    gstin: row.gstin,
    sek: Buffer.from(row.sek, 'base64'),
    expiresAt: row.expiresAt,
  };
}
