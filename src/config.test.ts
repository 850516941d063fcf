import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from './config.ts';

const NIC_ENV = {
  GSTGATE_NIC_EINVOICE_URL: 'https://einv-apisandbox.nic.in',
  GSTGATE_NIC_EWAYBILL_URL: 'https://einv-apisandbox.nic.in/ewaybillapi/v1.03',
  GSTGATE_NIC_COMMONAPI_URL: 'https://gsp.example/commonapi',
  GSTGATE_NIC_PUBLIC_KEY: '/etc/gstgate/nic-public.pem',
  GSTGATE_SECRETS_KEY: Buffer.alloc(32, 7).toString('base64'),
};

describe('loadConfig (api.md §1)', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({});
    assert.equal(c.PORT, 8080);
    assert.equal(c.HOST, '127.0.0.1');
    assert.equal(c.GSTGATE_DATA_DIR, './data');
    assert.equal(c.GSTGATE_PROVIDER, 'sandbox');
    assert.equal(c.GSTGATE_TOKEN_TTL_SECONDS, 21600);
    assert.equal(c.GSTGATE_RATE_LIMIT_PER_MINUTE, 600);
    assert.equal(c.DATABASE_URL, undefined);
  });

  it('reads values and treats empty strings as unset', () => {
    const c = loadConfig({ PORT: '9000', GSTGATE_PROVIDER: 'nic', DATABASE_URL: '', GSTGATE_SEED: 'false', ...NIC_ENV });
    assert.equal(c.PORT, 9000);
    assert.equal(c.GSTGATE_PROVIDER, 'nic');
    assert.equal(c.DATABASE_URL, undefined);
    assert.equal(c.GSTGATE_SEED, false);
  });

  it('names every invalid variable at once', () => {
    assert.throws(() => loadConfig({ PORT: 'eighty', GSTGATE_PROVIDER: 'gsp' }), /PORT[\s\S]*GSTGATE_PROVIDER/);
  });

  it('provider nic: NIC URLs, public key and secrets key are required, named at start (issue 5)', () => {
    assert.throws(
      () => loadConfig({ GSTGATE_PROVIDER: 'nic' }),
      /GSTGATE_NIC_EINVOICE_URL: required[\s\S]*GSTGATE_NIC_EWAYBILL_URL[\s\S]*GSTGATE_NIC_COMMONAPI_URL[\s\S]*GSTGATE_NIC_PUBLIC_KEY[\s\S]*GSTGATE_SECRETS_KEY/,
    );
    const { GSTGATE_SECRETS_KEY: _k, ...withoutKey } = NIC_ENV;
    assert.throws(() => loadConfig({ GSTGATE_PROVIDER: 'nic', ...withoutKey }), /GSTGATE_SECRETS_KEY: required/);
    assert.throws(
      () => loadConfig({ GSTGATE_PROVIDER: 'nic', ...NIC_ENV, GSTGATE_SECRETS_KEY: 'c2hvcnQ=' }),
      /GSTGATE_SECRETS_KEY: must be base64 of 32 bytes/,
    );
    assert.throws(
      () => loadConfig({ GSTGATE_PROVIDER: 'nic', ...NIC_ENV, GSTGATE_NIC_EINVOICE_URL: 'not a url' }),
      /GSTGATE_NIC_EINVOICE_URL/,
    );
    const c = loadConfig({ GSTGATE_PROVIDER: 'nic', ...NIC_ENV });
    assert.equal(c.GSTGATE_NIC_TIMEOUT_MS, 30_000);
    assert.equal(loadConfig({ GSTGATE_PROVIDER: 'nic', ...NIC_ENV, GSTGATE_NIC_TIMEOUT_MS: '5000' }).GSTGATE_NIC_TIMEOUT_MS, 5000);
    // The sandbox needs none of them.
    assert.equal(loadConfig({}).GSTGATE_SECRETS_KEY, undefined);
  });
});
