/**
 * Load over loopback: peak throughput with autocannon's programmatic API (a fixed duration, a fixed
 * number of keep-alive connections, no pipelining), latency at a fixed rate with `paced`, and
 * single requests one after another. Each request gets a body or path made fresh for it (unique
 * document numbers, random GSTINs). Every answer's status is counted: throughput counts 2xx only,
 * and the first few other answers are kept to show why.
 */
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';

export interface LoadSpec {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** Path of request i (0, 1, 2 … across the whole run). */
  path: (i: number) => string;
  /** Body of request i, for POST. */
  body?: (i: number) => string;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  /** Answers with a 2xx status. */
  ok: number;
  /** Answers with another status. */
  non2xx: number;
  /** Socket errors and timeouts. */
  errors: number;
  /** 2xx answers per second. */
  perSecond: number;
  /** Latency in ms (autocannon's histogram: whole milliseconds; paced: performance.now()). */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  statusCodes: Record<string, number>;
  /** Up to three non-2xx answers, `status body…`. */
  samples: string[];
}

export async function load(spec: LoadSpec): Promise<LoadResult> {
  let n = 0;
  const samples: string[] = [];
  const headers = spec.body ? { 'content-type': 'application/json', ...spec.headers } : spec.headers;
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.seconds,
    timeout: 30,
    requests: [
      {
        method: spec.method,
        headers,
        setupRequest: (req) => {
          const i = n++;
          return { ...req, path: spec.path(i), body: spec.body?.(i) };
        },
        onResponse: (status, body) => {
          if ((status < 200 || status > 299) && samples.length < 3) samples.push(`${status} ${body.slice(0, 300)}`);
        },
      },
    ],
  });
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  return {
    connections: spec.connections,
    seconds: result.duration,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors, // timeouts included
    perSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    statusCodes,
    samples,
  };
}

/**
 * Latency at a given rate, open loop: request i is due at start + i / rate, whatever happened to the
 * earlier ones, and its latency counts from when it was due (so a stalled server cannot hide its
 * queue: no coordinated omission), over at most `connections` keep-alive sockets. Not autocannon:
 * its overallRate lets each connection send its quota back to back at the top of every second
 * (bursts at full concurrency), and its correction takes 1/rate seconds for milliseconds.
 */
export async function paced(spec: LoadSpec & { overallRate: number }): Promise<LoadResult> {
  const target = new URL(spec.url);
  const agent = new Agent({ keepAlive: true, maxSockets: spec.connections });
  const interval = 1000 / spec.overallRate;
  const total = Math.max(1, Math.round(spec.overallRate * spec.seconds));
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  const samples: string[] = [];
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  const send = (i: number, due: number) =>
    new Promise<void>((resolve) => {
      const body = spec.body?.(i);
      const headers: Record<string, string | number> = { ...spec.headers };
      if (body !== undefined) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = Buffer.byteLength(body);
      }
      const req = request(
        { agent, host: target.hostname, port: target.port, method: spec.method, path: spec.path(i), headers, timeout: 30_000 },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            statusCodes[status] = (statusCodes[status] ?? 0) + 1;
            if (status >= 200 && status < 300) {
              ok += 1;
              latencies.push(performance.now() - due);
            } else {
              non2xx += 1;
              if (samples.length < 3) samples.push(`${status} ${Buffer.concat(chunks).toString('utf8').slice(0, 300)}`);
            }
            resolve();
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        errors += 1;
        resolve();
      });
      req.end(body);
    });

  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  let sent = 0;
  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && started + sent * interval <= now) {
        inFlight.push(send(sent, started + sent * interval));
        sent += 1;
      }
      if (sent < total) setTimeout(tick, Math.max(0, started + sent * interval - performance.now()));
      else done();
    };
    tick();
  });
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : Number.NaN);
  return {
    connections: spec.connections,
    seconds,
    ok,
    non2xx,
    errors,
    perSecond: ok / seconds,
    p50: at(50),
    p90: at(90),
    p99: at(99),
    max: sorted.at(-1) ?? Number.NaN,
    statusCodes,
    samples,
  };
}

/** `count` requests one after another (a single client), each timed with performance.now(). */
export async function sequential(
  count: number,
  send: (i: number) => Promise<Response>,
): Promise<{ ok: number; non2xx: number; p50: number; max: number; all: number[]; samples: string[] }> {
  const all: number[] = [];
  const samples: string[] = [];
  let ok = 0;
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const res = await send(i);
    const text = await res.text();
    all.push(performance.now() - t0);
    if (res.status >= 200 && res.status < 300) ok += 1;
    else if (samples.length < 3) samples.push(`${res.status} ${text.slice(0, 300)}`);
  }
  const sorted = [...all].sort((a, b) => a - b);
  return { ok, non2xx: count - ok, p50: sorted[Math.ceil(sorted.length / 2) - 1], max: sorted[sorted.length - 1], all, samples };
}
