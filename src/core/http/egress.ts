/**
 * Outbound HTTP to addresses a tenant chose (webhook URLs): the guard against server-side request
 * forgery. Unless private targets are allowed (GSTGATE_WEBHOOK_ALLOW_PRIVATE; default true with the
 * sandbox provider, whose receivers run on 127.0.0.1, false with nic), a URL may not point at the
 * gateway's own network: loopback, RFC 1918, CGNAT, link-local (169.254.169.254, the cloud metadata
 * service), unique-local, unspecified, multicast or reserved addresses, IPv4-mapped/compatible/NAT64/6to4
 * forms of those, or `localhost`.
 *
 * Two checks: at registration the URL's host when it is a literal (checkTargetUrl), and at delivery
 * every address the host resolves to, inside the lookup of the very connection that is made
 * (postOnce), so a name that resolves to a public address when checked and a private one when
 * connecting (DNS rebinding) cannot slip through.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, isIPv4, type LookupFunction } from 'node:net';

/** Resolves a host name to all its addresses (dns.lookup with `all`); injectable: the DNS seam of the tests. */
export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** The error of a connection refused by the guard; its message is what the delivery log shows. */
export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATE';
  constructor() {
    super('refused: private address');
  }
}

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", incl. the unspecified 0.0.0.0
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // CGNAT (RFC 6598)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, incl. 169.254.169.254 (cloud metadata)
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, incl. the broadcast 255.255.255.255
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 96], // unspecified, loopback and the deprecated IPv4-compatible ::a.b.c.d
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** The IPv4 address an IPv6 address carries and leads to: IPv4-mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16. */
function embeddedIPv4(ipv6: string): string | undefined {
  const groups = expandIPv6(ipv6);
  if (!groups) return undefined;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  const zero = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  if (zero(0, 5) && groups[5] === 0xffff) return v4(groups[6], groups[7]);
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zero(2, 6)) return v4(groups[6], groups[7]);
  if (groups[0] === 0x2002) return v4(groups[1], groups[2]);
  return undefined;
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part included). */
function expandIPv6(address: string): number[] | undefined {
  let text = address.toLowerCase().split('%')[0];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1].split('.').map(Number);
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parse = (s: string | undefined) => (s ? s.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

/** True for an IP address the gateway must not connect to on a tenant's behalf (see the module comment). */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '');
  if (isIPv4(ip)) return blocked.check(ip, 'ipv4');
  if (isIP(ip) !== 6) return false;
  const v4 = embeddedIPv4(ip);
  if (v4 && blocked.check(v4, 'ipv4')) return true;
  return blocked.check(ip.split('%')[0], 'ipv6');
}

/** `localhost` and its subdomains (RFC 6761 §6.3: they resolve to loopback), with or without the final dot. */
function isLocalhostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}

/**
 * The registration check: true when the URL's host is a literal private address or `localhost`.
 * A host name is checked when it is resolved, at delivery (postOnce).
 */
export function isPrivateTarget(url: URL): boolean {
  return isLocalhostName(url.hostname) || isPrivateAddress(url.hostname);
}

export interface PostOptions {
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
  /** false: refuse private targets (PrivateAddressError) */
  allowPrivate: boolean;
  resolver?: Resolver;
}

/**
 * The connection's lookup: every address of the host is resolved and checked, and the connection goes
 * to one of those checked addresses (no second resolution between check and connect).
 */
function guardedLookup(resolver: Resolver): LookupFunction {
  return (hostname, options, callback) => {
    resolver(hostname)
      .then((found) => {
        const family = typeof options.family === 'number' ? options.family : 0;
        const addresses = found.filter((a) => family === 0 || a.family === family);
        if (found.some((a) => isPrivateAddress(a.address))) throw new PrivateAddressError();
        if (addresses.length === 0) throw Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' });
        if (options.all) (callback as (err: null, all: typeof addresses) => void)(null, addresses);
        else callback(null, addresses[0].address, addresses[0].family);
      })
      .catch((err: NodeJS.ErrnoException) => callback(err, '', 0));
  };
}

/**
 * One POST; resolves with the response status (the body is not read: a receiver's answer is its
 * status). No redirects are followed, no connection is reused (each delivery is resolved and checked
 * afresh).
 */
export function postOnce(url: string, opts: PostOptions): Promise<number> {
  const target = new URL(url);
  if (!opts.allowPrivate && isPrivateTarget(target)) return Promise.reject(new PrivateAddressError());
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<number>((resolve, reject) => {
    const req = send(target, {
      method: 'POST',
      agent: false,
      signal: opts.signal,
      headers: { ...opts.headers, 'content-length': String(Buffer.byteLength(opts.body)) },
      ...(opts.allowPrivate ? {} : { lookup: guardedLookup(opts.resolver ?? systemResolver) }),
    });
    req.on('response', (res: IncomingMessage) => {
      resolve(res.statusCode ?? 0);
      res.destroy();
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}
