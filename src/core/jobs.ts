/**
 * The durable job queue (issue 6): pg-boss 10 (CONVENTIONS: 11+ needs Node 22) on the app's own
 * database, PostgreSQL or PGlite, through one `executeSql` adapter.
 *
 * pg-boss keeps the jobs (its own schema: `pgboss`, or the test app's schema), claims them with
 * `FOR UPDATE SKIP LOCKED` (so a job runs once however many instances poll), computes the retry
 * delays (exponential backoff with jitter) and, in its maintenance, puts back jobs whose instance died
 * mid-run (`expireInSeconds`) and archives finished ones. The fetch → run → complete/fail loop is ours,
 * not pg-boss's `work()`: `work()` does not await the completion query, so a graceful stop could close
 * the database under it; here every completion is awaited before `stop()` returns.
 *
 * PGlite: one connection that serialises queries; pg-boss sends its schema changes and maintenance as
 * one text `BEGIN; …; COMMIT;` without parameters (plans.locked), which PGlite runs with `exec`; every
 * parameterised statement is a single statement, run with `query`.
 */
import PgBoss from 'pg-boss';
import type { Database } from './db.ts';

/** The one thing pg-boss needs from a database (its `db` option). */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

interface PgliteLike {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  exec(text: string): Promise<{ rows: Record<string, unknown>[] }[]>;
}
interface PoolLike {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** An executor over the app's own connection(s): the PGlite instance, or the node-postgres pool. */
export function sqlExecutorOf(database: Database): SqlExecutor {
  // drizzle exposes the driver it was built on as `$client` (the PGlite instance or the pg Pool).
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.kind === 'postgres') {
    const pool = client as PoolLike;
    return { executeSql: (text, values) => pool.query(text, values) };
  }
  const pglite = client as PgliteLike;
  return {
    async executeSql(text, values) {
      // pg turns undefined parameters into NULL; PGlite needs them said.
      if (values !== undefined)
        return pglite.query(
          text,
          values.map((v) => (v === undefined ? null : v)),
        );
      try {
        const results = await pglite.exec(text);
        return results[results.length - 1] ?? { rows: [] };
      } catch (err) {
        // A failed `BEGIN; …; COMMIT;` leaves PGlite's only connection in an aborted transaction.
        await pglite.exec('ROLLBACK').catch(() => undefined);
        throw err;
      }
    },
  };
}

export type StoredJobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

/** A job as stored (pg-boss's row, from the live table or the archive). */
export interface StoredJob<T = unknown> {
  id: string;
  name: string;
  data: T;
  state: StoredJobState;
  retryCount: number;
  retryLimit: number;
  startAfter: Date;
  startedOn: Date | null;
  createdOn: Date;
  completedOn: Date | null;
  /** What the handler returned (completed) or the RetryJob output of its last failed attempt. */
  output: Record<string, unknown> | null;
}

/** One attempt, as a handler sees it. */
export interface JobAttempt<T> {
  id: string;
  data: T;
  /** 1 for the first run. */
  attempt: number;
  /** No retry follows this attempt if it fails: the handler should settle the job itself. */
  lastAttempt: boolean;
}

/**
 * Thrown by a handler to have the job retried later (with the queue's backoff); `output` is kept on
 * the job so its state can say why. Anything else a handler throws is retried the same way.
 */
export class RetryJob extends Error {
  constructor(readonly output: Record<string, unknown>) {
    super('retry');
    this.name = 'RetryJob';
  }
}

export interface QueueDefinition<T> {
  name: string;
  /** Its return value is stored as the job's output (state completed). */
  handler: (job: JobAttempt<T>) => Promise<Record<string, unknown>>;
  /** Attempts in all, the first included. */
  maxAttempts: number;
  retryDelaySeconds: number;
  /** Exponential: the nth retry waits delay × 2^(n-1) to twice that (pg-boss's jitter). */
  retryBackoff: boolean;
  /** An attempt running longer is failed and retried (also how a killed instance's jobs come back). */
  timeoutSeconds: number;
  /** Parallel attempts in this instance; 0: this instance only enqueues. */
  concurrency: number;
}

export interface JobQueueOptions {
  /** PostgreSQL schema of pg-boss's tables. */
  schema: string;
  pollingIntervalSeconds: number;
  /** Finished jobs stay readable this long (pg-boss archive, then deleted). */
  retentionDays: number;
  /** How long stop() lets running attempts finish before releasing them for another instance. */
  stopTimeoutMs: number;
  log?: JobLog;
}

export interface JobLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

interface Running {
  name: string;
  id: string;
  /** Given back by stop(): its late outcome is not written (another attempt may be running it). */
  released: boolean;
}

const JOB_COLUMNS = `id, name, data, state::text AS state, retry_count AS "retryCount", retry_limit AS "retryLimit",
  start_after AS "startAfter", started_on AS "startedOn", created_on AS "createdOn", completed_on AS "completedOn", output`;

/** The pg-boss schema for a database: its own `pgboss`, or a test app's private schema. */
export function jobsSchemaFor(database: Database): string {
  return database.schemaName === 'public' ? 'pgboss' : database.schemaName;
}

/** PostgreSQL's SQLSTATE for a transaction chosen as a deadlock victim. */
const DEADLOCK_DETECTED = '40P01';

/**
 * pg-boss's createQueue is not under its advisory lock: each queue is a partition attached to the
 * job table, and instances starting at the same moment on a fresh database can deadlock on those
 * DDL locks (seen with four instances in test/instances.test.ts). PostgreSQL aborts one side; that
 * side tries again after a short random pause (createQueue is a no-op for a queue that exists).
 */
async function createQueueRetryingDeadlocks(boss: PgBoss, name: string, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.createQueue(name);
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== DEADLOCK_DETECTED || attempt >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
    }
  }
}

export class JobQueue {
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, QueueDefinition<never>>();
  private readonly running = new Set<Running>();
  private readonly wakers = new Set<() => void>();
  private loops: Promise<void>[] = [];
  private starting?: Promise<void>;
  private stopping?: Promise<void>;

  constructor(
    private readonly executor: SqlExecutor,
    private readonly options: JobQueueOptions,
  ) {
    this.boss = new PgBoss({
      db: executor,
      schema: options.schema,
      // Cron schedules and state monitoring are not used; maintenance (expiry, archive) is.
      schedule: false,
      supervise: true,
      migrate: true,
      archiveCompletedAfterSeconds: 12 * 3600,
      deleteAfterDays: options.retentionDays,
    } as PgBoss.ConstructorOptions);
    this.boss.on('error', (err: unknown) => options.log?.warn({ err }, 'job queue maintenance failed'));
  }

  /** The app's logger, once it exists (the queue is made with the services, before Fastify). */
  setLog(log: JobLog): void {
    this.options.log = log;
  }

  /** Declares a queue and its handler (before start). */
  define<T>(definition: QueueDefinition<T>): void {
    this.definitions.set(definition.name, definition as QueueDefinition<never>);
  }

  /** Installs or migrates pg-boss's schema, creates the queues and starts polling. Idempotent. */
  start(): Promise<void> {
    if (this.stopping) return Promise.reject(new Error('the job queue is stopped'));
    if (!this.starting) this.starting = this.doStart();
    return this.starting;
  }

  private async doStart(): Promise<void> {
    await this.boss.start();
    for (const def of this.definitions.values()) {
      await createQueueRetryingDeadlocks(this.boss, def.name);
      for (let i = 0; i < def.concurrency; i++) this.loops.push(this.loop(def));
    }
  }

  async send<T extends object>(name: string, data: T): Promise<string> {
    await this.start();
    const def = this.definitionOf(name);
    const id = await this.boss.send(name, data, {
      retryLimit: Math.max(0, def.maxAttempts - 1),
      retryDelay: def.retryDelaySeconds,
      retryBackoff: def.retryBackoff,
      expireInSeconds: def.timeoutSeconds,
      retentionDays: this.options.retentionDays,
    });
    if (!id) throw new Error(`job not created in queue ${name}`);
    // Our own pollers look now rather than at their next tick.
    for (const wake of this.wakers) wake();
    return id;
  }

  /** A job of this queue by id, live or archived; null when unknown. */
  async get<T>(name: string, id: string): Promise<StoredJob<T> | null> {
    await this.start();
    for (const table of ['job', 'archive']) {
      const { rows } = await this.executor.executeSql(
        `SELECT ${JOB_COLUMNS} FROM ${this.options.schema}.${table} WHERE name = $1 AND id = $2::uuid`,
        [name, id],
      );
      if (rows[0]) return toStoredJob<T>(rows[0]);
    }
    return null;
  }

  /**
   * Jobs of a queue whose data has `value` at `path` (e.g. ['auth', 'gstin']), newest first, live and
   * archived; `where` is an extra SQL condition on the row (no user input in it).
   */
  async list<T>(name: string, path: string[], value: string, opts: { limit: number; where?: string }): Promise<StoredJob<T>[]> {
    await this.start();
    const filter = `name = $1 AND data #>> $2::text[] = $3${opts.where ? ` AND (${opts.where})` : ''}`;
    const { rows } = await this.executor.executeSql(
      `SELECT * FROM (
         SELECT ${JOB_COLUMNS} FROM ${this.options.schema}.job WHERE ${filter}
         UNION ALL
         SELECT ${JOB_COLUMNS} FROM ${this.options.schema}.archive WHERE ${filter}
       ) j ORDER BY "createdOn" DESC, id LIMIT $4`,
      [name, `{${path.join(',')}}`, value, opts.limit],
    );
    return rows.map((r) => toStoredJob<T>(r));
  }

  /**
   * Graceful stop: no new attempts; running ones get stopTimeoutMs to finish (their completion is
   * written), the rest are released (failed with a retry) for another instance or the next start.
   */
  stop(): Promise<void> {
    if (!this.stopping) this.stopping = this.doStop();
    return this.stopping;
  }

  private async doStop(): Promise<void> {
    if (!this.starting) return;
    await this.starting.catch(() => undefined);
    for (const wake of this.wakers) wake();
    const finished = Promise.all(this.loops);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.options.stopTimeoutMs);
    });
    const outcome = await Promise.race([finished.then(() => 'done' as const), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      for (const run of this.running) {
        run.released = true;
        await this.boss
          .fail(run.name, run.id, { message: 'released: the gateway stopped while the attempt ran' })
          .catch((err: unknown) => this.options.log?.warn({ err, jobId: run.id }, 'could not release a running job'));
      }
    }
    await this.boss.stop({ graceful: false, close: false, wait: true }).catch(() => undefined);
  }

  private definitionOf(name: string): QueueDefinition<never> {
    const def = this.definitions.get(name);
    if (!def) throw new Error(`unknown job queue ${name}`);
    return def;
  }

  /** One poller: claim a job (SKIP LOCKED), run it, record the outcome; sleep when there is none. */
  private async loop(def: QueueDefinition<never>): Promise<void> {
    while (!this.stopping) {
      let claimed = false;
      try {
        const jobs = await this.boss.fetch<never>(def.name, { batchSize: 1, includeMetadata: true });
        const job = jobs[0];
        if (job && !this.stopping) {
          claimed = true;
          await this.runOne(def, job);
        } else if (job) {
          // Claimed just as the queue stopped: give it back untouched.
          await this.boss.fail(def.name, job.id, { message: 'released: the gateway stopped' });
        }
      } catch (err) {
        this.options.log?.warn({ err, queue: def.name }, 'job poll failed');
      }
      if (!claimed && !this.stopping) await this.sleep(this.options.pollingIntervalSeconds * 1000);
    }
  }

  private async runOne(def: QueueDefinition<never>, job: PgBoss.JobWithMetadata<never>): Promise<void> {
    const attempt: JobAttempt<never> = {
      id: job.id,
      data: job.data,
      attempt: job.retryCount + 1,
      lastAttempt: job.retryCount >= job.retryLimit,
    };
    const run: Running = { name: def.name, id: job.id, released: false };
    this.running.add(run);
    try {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`attempt exceeded ${def.timeoutSeconds} s`)), def.timeoutSeconds * 1000);
      });
      let output: Record<string, unknown> | undefined;
      let failure: Record<string, unknown> | undefined;
      try {
        output = await Promise.race([def.handler(attempt), timeout]);
      } catch (err) {
        failure = err instanceof RetryJob ? err.output : { message: err instanceof Error ? err.message : String(err) };
        if (!(err instanceof RetryJob)) this.options.log?.error({ err, jobId: job.id, queue: def.name }, 'job attempt crashed');
      } finally {
        clearTimeout(timer);
      }
      if (run.released) return;
      if (failure) await this.boss.fail(def.name, job.id, failure);
      else await this.boss.complete(def.name, job.id, output);
    } finally {
      this.running.delete(run);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wakers.add(wake);
    });
  }
}

function toStoredJob<T>(row: Record<string, unknown>): StoredJob<T> {
  const date = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));
  return {
    id: String(row.id),
    name: String(row.name),
    data: row.data as T,
    state: row.state as StoredJobState,
    retryCount: Number(row.retryCount),
    retryLimit: Number(row.retryLimit),
    startAfter: date(row.startAfter) as Date,
    startedOn: date(row.startedOn),
    createdOn: date(row.createdOn) as Date,
    completedOn: date(row.completedOn),
    output: (row.output as Record<string, unknown> | null) ?? null,
  };
}
