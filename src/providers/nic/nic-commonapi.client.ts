/**
 * The GST common portal's public taxpayer APIs (reference nic-ewaybill-gst.md B0–B3): plain GETs
 * under GSTGATE_NIC_COMMONAPI_URL, answers `{status_cd, data | error}`. No taxpayer session: these
 * are the portal's public actions (client headers only, when configured).
 */
import { memberOf, readCommonapiEnvelope } from './nic.envelopes.ts';
import { type NicHttpOptions, requestJson, upstreamError } from './nic.http.ts';

export interface NicCommonapiClientOptions extends NicHttpOptions {
  baseUrl: string;
  /** Sent as `client-id` / `client-secret` when set (B0: GSP-specific authentication). */
  clientId?: string;
  clientSecret?: string;
}

export class NicCommonapiClient {
  constructor(private readonly opts: NicCommonapiClientOptions) {}

  /** GET <base><path>?query → the unwrapped `data`; failures as GstError with the portal's code (e.g. RET13510). */
  async get<T = unknown>(path: string, query: Record<string, string>): Promise<T> {
    const url = `${this.opts.baseUrl.replace(/\/+$/, '')}${path}?${new URLSearchParams(query).toString()}`;
    const headers: Record<string, string> = {};
    if (this.opts.clientId) headers['client-id'] = this.opts.clientId;
    if (this.opts.clientSecret) headers['client-secret'] = this.opts.clientSecret;
    const res = await requestJson(this.opts, url, { method: 'GET', headers });
    const body = res.body;
    if (res.status === 404 && memberOf(body, 'status_cd') === undefined)
      throw upstreamError(`HTTP 404 for ${path} (check GSTGATE_NIC_COMMONAPI_URL)`);
    const env = readCommonapiEnvelope(body, path);
    if (!env.ok) throw env.error;
    return env.data as T;
  }
}
