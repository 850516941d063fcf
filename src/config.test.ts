import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from './config.ts';

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
    const c = loadConfig({ PORT: '9000', GSTGATE_PROVIDER: 'nic', DATABASE_URL: '', GSTGATE_SEED: 'false' });
    assert.equal(c.PORT, 9000);
    assert.equal(c.GSTGATE_PROVIDER, 'nic');
    assert.equal(c.DATABASE_URL, undefined);
    assert.equal(c.GSTGATE_SEED, false);
  });

  it('names every invalid variable at once', () => {
    assert.throws(() => loadConfig({ PORT: 'eighty', GSTGATE_PROVIDER: 'gsp' }), /PORT[\s\S]*GSTGATE_PROVIDER/);
  });
});
