/**
 * Per-GSTIN NIC API credentials (issue 5): client id/secret and API user/password, sealed at rest
 * with AES-256-GCM (GSTGATE_SECRETS_KEY). The nic provider reads them here; decrypted values stay
 * in memory for a minute at most (another instance's update is seen within that time) and never
 * reach a log or a response.
 */
import type { Clock } from '../../core/clock.ts';
import type { SecretBox } from '../../core/crypto/at-rest.ts';
import { fail } from '../../core/errors.ts';
import type { NicCredentialsRepository } from './nic-credentials.repository.ts';

export interface NicCredentials {
  gstin: string;
  clientId: string;
  clientSecret: string;
  /** IRP API user (reference §2.2 `user_name`). */
  username: string;
  password: string;
  /** e-way bill API user (A1.2 `username`); the IRP user when not set. */
  ewbUsername: string;
  /** Changes whenever the credentials are replaced (sessions opened with older ones are dropped). */
  version: string;
}

export interface NicCredentialsInput {
  clientId: string;
  clientSecret: string;
  username: string;
  password: string;
  ewbUsername?: string;
}

export interface NicCredentialsView {
  gstin: string;
  clientId: string;
  username: string;
  ewbUsername: string | null;
  updatedAt: string;
}

const MEMO_MS = 60_000;

const aad = (gstin: string, column: string) => `nic_credentials:${gstin}:${column}`;

export class NicCredentialsService {
  private readonly memo = new Map<string, { value: NicCredentials; until: number }>();

  constructor(
    private readonly repo: NicCredentialsRepository,
    private readonly box: SecretBox,
    private readonly clock: Clock,
  ) {}

  async put(gstinRaw: string, input: NicCredentialsInput): Promise<void> {
    const gstin = gstinRaw.toUpperCase();
    await this.repo.upsert({
      gstin,
      clientId: input.clientId,
      clientSecretEnc: this.box.seal(input.clientSecret, aad(gstin, 'client_secret')),
      username: input.username,
      passwordEnc: this.box.seal(input.password, aad(gstin, 'password')),
      ewbUsername: input.ewbUsername ?? null,
      updatedAt: this.clock.now(),
    });
    this.memo.delete(gstin);
  }

  async list(): Promise<NicCredentialsView[]> {
    return (await this.repo.list()).map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
  }

  /** The GSTIN's credentials; NIC_CREDENTIALS_MISSING when none are stored. */
  async require(gstinRaw: string): Promise<NicCredentials> {
    const gstin = gstinRaw.toUpperCase();
    const now = this.clock.now().getTime();
    const hit = this.memo.get(gstin);
    if (hit && hit.until > now) return hit.value;
    const row = await this.repo.find(gstin);
    if (!row) fail('NIC_CREDENTIALS_MISSING', [gstin]);
    const value: NicCredentials = {
      gstin,
      clientId: row.clientId,
      clientSecret: this.box.open(row.clientSecretEnc, aad(gstin, 'client_secret')),
      username: row.username,
      password: this.box.open(row.passwordEnc, aad(gstin, 'password')),
      ewbUsername: row.ewbUsername ?? row.username,
      version: `${row.clientId}|${row.username}|${row.updatedAt.getTime()}`,
    };
    this.memo.set(gstin, { value, until: now + MEMO_MS });
    return value;
  }
}
