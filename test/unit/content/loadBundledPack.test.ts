import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../renderer/core/text';
import { APP_TRUST_ROOTS } from '../../../renderer/core/content/appTrustRoots';
import { CERTIFICATE_CONTEXT, parseCertificate } from '../../../renderer/core/content/publisherCertificate';
import { verifyDocument } from '../../../renderer/core/content/signedDocument';
import { PRODUCTION_ROOTS } from '../../../renderer/core/content/trustedKeys';
import { loadBundledPack } from '../../../renderer/core/content/loadBundledPack';
import { PART } from '../../../renderer/core/content/packManifest';
import { DEV_ROOT as DEV_KEY, DEV_TRUST_ROOTS as TRUSTED_KEYS } from '../../../renderer/core/content/devTrustRoots';
import { ed25519 } from '@noble/curves/ed25519.js';
import { buildParts, DEV_SIGNING_KEY } from './packHelpers';

// A fetch over an in-memory pack folder, answering like a static server.
const fakeFetch =
  (parts: Map<string, Uint8Array>, fallback?: Uint8Array) =>
  (url: string): Promise<Response> => {
    const name = url.replace(/^\.\/pack\//, '');
    const body = parts.get(name) ?? fallback;
    return Promise.resolve(body ? new Response(new Uint8Array(body)) : new Response('not found', { status: 404 }));
  };

describe('loadBundledPack', () => {
  it('fetches ./pack/<part>, verifies and flags a dev-signed pack', async () => {
    const parts = await buildParts();
    const requested: string[] = [];
    const pack = await loadBundledPack((url) => {
      requested.push(url);
      return fakeFetch(parts)(url);
    });
    expect(pack.signedBy.dev).toBe(true);
    expect(pack.entries.length).toBe(8);
    expect(requested.sort()).toEqual([...parts.keys()].map((n) => `./pack/${n}`).sort());
  });

  it('turns a 404 into missing-part', async () => {
    const parts = await buildParts();
    parts.delete(PART.entries);
    await expect(loadBundledPack(fakeFetch(parts))).rejects.toMatchObject({ code: 'missing-part', part: PART.entries });
  });

  it('refuses a server answering index.html for a missing part', async () => {
    const parts = await buildParts();
    parts.delete(PART.tags);
    const html = new TextEncoder().encode('<!doctype html><title>Dalili</title>');
    await expect(loadBundledPack(fakeFetch(parts, html))).rejects.toMatchObject({ code: 'hash-mismatch', part: PART.tags });
  });

  it('can be told to refuse development packs', async () => {
    const parts = await buildParts();
    await expect(loadBundledPack(fakeFetch(parts), { allowDevKeys: false })).rejects.toMatchObject({
      code: 'dev-key-refused',
    });
  });
});

describe('trusted keys', () => {
  it('the committed development root certifies the committed development publisher, and is the only dev root', async () => {
    const root = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../../build/content/keys/dev-root-ed25519.json'), 'utf8'),
    ) as { publicKey: string; secretKey: string; role: string };
    expect(root.role).toBe('root');
    expect(toHex(ed25519.getPublicKey(fromHex(root.secretKey)))).toBe(root.publicKey);
    expect(DEV_KEY.publicKey).toBe(root.publicKey);
    expect(await verifyDocument(CERTIFICATE_CONTEXT, DEV_SIGNING_KEY.certificate, DEV_KEY.publicKey)).toBe(true);
    expect(parseCertificate(DEV_SIGNING_KEY.certificate)?.publicKey).toBe(toHex(ed25519.getPublicKey(DEV_SIGNING_KEY.secretKey)));
    expect(TRUSTED_KEYS.filter((k) => k.dev)).toEqual([DEV_KEY]);
    // Outside release builds the app trusts production roots plus the dev root; production roots are never dev.
    expect(APP_TRUST_ROOTS).toEqual([...PRODUCTION_ROOTS, DEV_KEY]);
    expect(PRODUCTION_ROOTS.every((k) => !k.dev && k.publicKey !== DEV_KEY.publicKey)).toBe(true);
  });
});
