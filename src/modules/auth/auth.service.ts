/**
 * API users and bearer tokens (api.md §3). Tokens are opaque random strings; only their SHA-256 is
 * stored. Token lifetime runs on real time, not the sandbox's government clock (api.md §7).
 */
import type { Clock } from '../../core/clock.ts';
import { DUMMY_PASSWORD_HASH, hashPassword, randomToken, sha256Hex, verifyPassword } from '../../core/crypto/secrets.ts';
import { fail } from '../../core/errors.ts';
import type { AuthRepository } from './auth.repository.ts';

export interface AuthContext {
  gstin: string;
  userId: number;
  /** The API user's name: the actor of the audit log (issue 6). */
  username?: string;
}

export interface IssuedToken {
  token: string;
  token_type: 'Bearer';
  expires_in: number;
}

/** Verified tokens kept in memory (tokens are immutable until they expire), bounded in size. */
const TOKEN_CACHE_MAX = 10_000;

export class AuthService {
  private readonly verified = new Map<string, AuthContext & { expiresAt: number }>();

  constructor(
    private readonly repo: AuthRepository,
    private readonly clock: Clock,
    private readonly tokenTtlSeconds: number,
  ) {}

  async authenticate(gstin: string, username: string, password: string): Promise<IssuedToken> {
    const user = await this.repo.findUser(gstin.toUpperCase(), username);
    // Verify against a dummy hash when the user is unknown, so timing does not tell which part was wrong.
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
    if (!user || !ok || !user.active) fail('INVALID_CREDENTIALS');
    const now = this.clock.now();
    await this.repo.deleteExpiredTokens(user.id, now);
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + this.tokenTtlSeconds * 1000);
    await this.repo.insertToken(sha256Hex(token), user.id, user.gstin, expiresAt);
    return { token, token_type: 'Bearer', expires_in: this.tokenTtlSeconds };
  }

  async verify(token: string): Promise<AuthContext> {
    const hash = sha256Hex(token);
    const now = this.clock.now().getTime();
    const cached = this.verified.get(hash);
    if (cached && cached.expiresAt > now) return { gstin: cached.gstin, userId: cached.userId, username: cached.username };
    this.verified.delete(hash);
    const row = await this.repo.findToken(hash);
    if (!row || row.expiresAt.getTime() <= now) fail('UNAUTHORIZED');
    const context = { gstin: row.gstin, userId: Number(row.userId), username: row.username };
    if (this.verified.size >= TOKEN_CACHE_MAX) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(hash, { ...context, expiresAt: row.expiresAt.getTime() });
    return context;
  }

  /** Creates an API user; CONFLICT when the GSTIN already has that user name. */
  async createUser(gstin: string, username: string, password: string): Promise<{ id: number; gstin: string; username: string }> {
    const user = await this.repo.insertUser(gstin.toUpperCase(), username, await hashPassword(password));
    if (!user) fail('CONFLICT', [`User ${username} already exists for ${gstin}`]);
    return { id: user.id, gstin: user.gstin, username: user.username };
  }
}
