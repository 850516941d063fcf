/**
 * The sandbox's NIC wire-protocol key pair (issue 5, reference nic-einvoice.md §3.2): clients
 * RSA-encrypt their auth payload with the public half, served as PEM at `GET /nic/public-key`.
 * Separate from the JWS signing key (core/crypto/signer.ts), as at NIC, where the auth key "is not
 * the key that verifies signed invoices" (reference §9.1 1013 note). RSA-2048, like NIC's key.
 * Kept in the data dir (nic-auth-key.pem, 0600) so integrators' downloaded PEMs stay valid across
 * restarts; in memory when there is no data dir (tests, memory:// databases).
 */

import { createPrivateKey, createPublicKey, generateKeyPair, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { loadOrCreateKeyFiles } from '../core/key-file.ts';

export interface NicKeys {
  /** SPKI PEM of the public key, as clients download it. */
  publicPem: string;
  privateKey: KeyObject;
}

export const NIC_KEY_FILE = 'nic-auth-key.pem';

function keysOf(privateKey: KeyObject): NicKeys {
  return { privateKey, publicPem: createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString() };
}

/** Generates an RSA-2048 pair off the main thread. */
export async function createNicKeys(): Promise<NicKeys> {
  const privateKey = await new Promise<KeyObject>((resolve, reject) =>
    generateKeyPair('rsa', { modulusLength: 2048 }, (err, _pub, priv) => (err ? reject(err) : resolve(priv))),
  );
  return keysOf(privateKey);
}

/** Loads `<dataDir>/nic-auth-key.pem`, creating it at first start; `undefined` → an ephemeral pair. */
export async function loadOrCreateNicKeys(dataDir: string | undefined): Promise<NicKeys> {
  if (!dataDir) return createNicKeys();
  // Instances starting at once on a shared data dir end up with one key pair (core/key-file.ts).
  const made = await loadOrCreateKeyFiles([join(dataDir, NIC_KEY_FILE)], async () => [
    (await createNicKeys()).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  ]);
  return keysOf(createPrivateKey(made.contents[0]));
}
