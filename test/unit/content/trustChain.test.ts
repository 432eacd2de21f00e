import { describe, expect, it } from 'vitest';
import { loadPack, type LoadOptions } from '../../../renderer/core/content/loadPack';
import { writePackFile } from '../../../renderer/core/content/packFile';
import { PART } from '../../../renderer/core/content/packManifest';
import { issueRevocations } from '../../../renderer/core/content/revocationList';
import { DEV_ROOT, DEV_TRUST_ROOTS } from '../../../renderer/core/content/devTrustRoots';
import { PRODUCTION_ROOTS } from '../../../renderer/core/content/trustedKeys';
import { prepareImport } from '../../../renderer/core/contentUpdate/prepareImport';
import { MAX_VERSION_JUMP } from '../../../renderer/core/contentUpdate/versionPolicy';
import { DEV_REVOCATIONS_FILE, DEV_ROOT_KEY_FILE, readKeyFile, readSignedDocument } from '../../../build/content/signingKey';
import type { SigningKey } from '../../../build/content/buildPack';
import { buildParts, compileValid, DEV_SIGNING_KEY, makePublisher, makeRoot, reader, resign } from './packHelpers';

// The chain root → publisher certificate → pack, as a release build checks it (issue 16).

const office = makeRoot('bureau-racine-2026');
const publisher = makePublisher(office, 'bureau-goma-2026', { publisher: 'Bureau de Goma' });
/** A release build: production roots only (here the test's office root stands for the configured one). */
const RELEASE: LoadOptions = { trustedKeys: [...PRODUCTION_ROOTS, office.trusted], allowDevKeys: false };
const DEV: LoadOptions = { trustedKeys: [office.trusted, ...DEV_TRUST_ROOTS], allowDevKeys: true };

const fileOf = (parts: Map<string, Uint8Array>): Uint8Array => {
  const names = [PART.manifest, PART.signature, ...[...parts.keys()].filter((n) => n !== PART.manifest && n !== PART.signature)];
  return writePackFile(names.map((n) => [n, parts.get(n)!] as const));
};

const load = (parts: Map<string, Uint8Array>, options: LoadOptions = RELEASE) => loadPack(reader(parts), options);

/** The attack from the issue: an entry rewritten to "no penalty", version 2^53−1, signed with committed dev keys. */
async function forgedPack(key: SigningKey): Promise<Map<string, Uint8Array>> {
  const content = structuredClone(compileValid());
  const entry = content.entries.find((e) => e.penalty)!;
  entry.text.fr = 'Cette infraction n’est punie d’aucune peine.';
  delete entry.penalty;
  return buildParts({ content, packVersion: Number.MAX_SAFE_INTEGER, key });
}

describe('the forged pack from the security review', () => {
  it('is refused by a release configuration, whether signed by the dev publisher or by a publisher the attacker certified with the dev root', async () => {
    const current = await load(await buildParts({ packVersion: 3, key: publisher }));
    const devRoot = { trusted: DEV_ROOT, secretKey: readKeyFile(DEV_ROOT_KEY_FILE).secretKey };
    const attacker = makePublisher(devRoot, 'bureau-officiel', { publisher: 'Bureau officiel' });
    for (const key of [DEV_SIGNING_KEY, attacker]) {
      const forged = await forgedPack(key);
      await expect(prepareImport(fileOf(forged), current, RELEASE)).rejects.toMatchObject({ code: 'untrusted-key' });
    }
    // A genuine next update is still accepted afterwards: nothing was recorded from the forgery.
    const next = await prepareImport(fileOf(await buildParts({ packVersion: 4, key: publisher })), current, RELEASE);
    expect(next.candidate.manifest.packVersion).toBe(4);
    expect(next.candidate.signedBy).toMatchObject({ publisher: 'Bureau de Goma', keyId: 'bureau-goma-2026', rootId: office.trusted.id, dev: false });
  });

  it('is refused even where the dev root is trusted (development builds): its version jumps too far', async () => {
    const current = await load(await buildParts({ packVersion: 3 }), DEV);
    await expect(prepareImport(fileOf(await forgedPack(DEV_SIGNING_KEY)), current, DEV)).rejects.toMatchObject({ code: 'version-jump' });
    const justInside = await prepareImport(fileOf(await buildParts({ packVersion: 3 + MAX_VERSION_JUMP })), current, DEV);
    expect(justInside.candidate.manifest.packVersion).toBe(3 + MAX_VERSION_JUMP);
    await expect(prepareImport(fileOf(await buildParts({ packVersion: 4 + MAX_VERSION_JUMP })), current, DEV)).rejects.toMatchObject({ code: 'version-jump' });
    // The bound counts from the highest version this computer has seen, not only the one in use.
    await expect(prepareImport(fileOf(await buildParts({ packVersion: 10 })), current, DEV, 60)).resolves.toBeDefined();
    await expect(prepareImport(fileOf(await buildParts({ packVersion: 3 + MAX_VERSION_JUMP })), current, DEV, 1)).resolves.toBeDefined();
  });
});

describe('certificates', () => {
  it('accepts a pack made inside the validity period, even after the certificate has expired since', async () => {
    const key = makePublisher(office, 'court', { validFrom: '2026-01-01T00:00:00.000Z', validUntil: '2026-06-30T23:59:59.999Z' });
    const pack = await load(await buildParts({ key, createdAt: '2026-06-30T12:00:00.000Z' }));
    expect(pack.signedBy.validUntil).toBe('2026-06-30T23:59:59.999Z');
  });

  it('refuses an expired certificate and one not yet valid, judged at the pack creation date', async () => {
    const key = makePublisher(office, 'court', { validFrom: '2026-01-01T00:00:00.000Z', validUntil: '2026-06-30T23:59:59.999Z' });
    await expect(load(await buildParts({ key, createdAt: '2026-07-01T00:00:00.000Z' }))).rejects.toMatchObject({ code: 'certificate-expired', part: PART.signature });
    await expect(load(await buildParts({ key, createdAt: '2025-12-31T23:59:59.000Z' }))).rejects.toMatchObject({ code: 'certificate-not-yet-valid' });
  });

  it('refuses a publisher whose certificate does not grant the content role', async () => {
    const key = makePublisher(office, 'annuaire', { roles: ['directory'] });
    await expect(load(await buildParts({ key }))).rejects.toMatchObject({ code: 'role-refused' });
  });

  it('refuses a certificate that names a trusted root but was signed by another key', async () => {
    const impostor = makeRoot(office.trusted.id); // same id, other secret
    const key = makePublisher(impostor, 'bureau-goma-2026', { publisher: 'Bureau de Goma' });
    await expect(load(await buildParts({ key }))).rejects.toMatchObject({ code: 'signature-invalid', part: PART.signature });
  });

  it('refuses a manifest signed by a key other than the certified one', async () => {
    const other = makePublisher(office, 'autre');
    const stolenCertificate: SigningKey = { ...other, certificate: publisher.certificate, keyId: publisher.keyId };
    await expect(buildParts({ key: stolenCertificate })).rejects.toThrow(/not the one certified/);
    // Written by hand instead of by signManifest: the app refuses it too.
    const parts = await buildParts({ key: publisher });
    const sig = JSON.parse(new TextDecoder().decode(parts.get(PART.signature))) as { certificate: unknown };
    const otherParts = await buildParts({ key: other });
    const otherSig = JSON.parse(new TextDecoder().decode(otherParts.get(PART.signature))) as Record<string, unknown>;
    otherParts.set(PART.signature, new TextEncoder().encode(JSON.stringify({ ...otherSig, keyId: publisher.keyId, certificate: sig.certificate })));
    await expect(load(otherParts)).rejects.toMatchObject({ code: 'signature-invalid' });
  });

  it('refuses a certificate whose signed text was edited (a longer validity)', async () => {
    const parts = await buildParts({ key: publisher });
    const sig = JSON.parse(new TextDecoder().decode(parts.get(PART.signature))) as { certificate: { signed: string } };
    sig.certificate.signed = sig.certificate.signed.replace('2027-12-31', '2099-12-31');
    parts.set(PART.signature, new TextEncoder().encode(JSON.stringify(sig)));
    await expect(load(parts)).rejects.toMatchObject({ code: 'signature-invalid' });
  });
});

describe('revocation', () => {
  it('refuses a pack whose own revocation list names its publisher', async () => {
    const key = makePublisher(office, 'vole', { revoked: ['vole'] });
    await expect(load(await buildParts({ key }))).rejects.toMatchObject({ code: 'publisher-revoked' });
  });

  it('applies the highest list known here, even when the pack carries an older one', async () => {
    const key = makePublisher(office, 'vole', { revocationNumber: 1 });
    const parts = await buildParts({ key });
    const later = issueRevocations({ rootId: office.trusted.id, number: 2, issuedAt: '2026-09-01T00:00:00.000Z', revoked: ['vole'] }, office.secretKey);
    await expect(load(parts, { ...RELEASE, knownRevocations: [later] })).rejects.toMatchObject({ code: 'publisher-revoked' });
    // A list the root did not sign, or an older one, revokes nothing.
    const forgedList = issueRevocations({ rootId: office.trusted.id, number: 9, issuedAt: '2026-09-01T00:00:00.000Z', revoked: ['bureau-goma-2026'] }, makeRoot('x').secretKey);
    const older = issueRevocations({ rootId: office.trusted.id, number: 0, issuedAt: '2025-01-01T00:00:00.000Z', revoked: ['bureau-goma-2026'] }, office.secretKey);
    const pack = await load(await buildParts({ key: publisher }), { ...RELEASE, knownRevocations: [forgedList, older] });
    expect(pack.signedBy.keyId).toBe('bureau-goma-2026');
  });

  it('hands back the highest list to keep: the later known one over the pack’s own', async () => {
    const later = issueRevocations({ rootId: office.trusted.id, number: 5, issuedAt: '2026-09-01T00:00:00.000Z', revoked: ['ancien'] }, office.secretKey);
    const pack = await load(await buildParts({ key: publisher }), { ...RELEASE, knownRevocations: [later] });
    expect(pack.revocations).toEqual(later);
    const fresh = await load(await buildParts({ key: publisher }), RELEASE);
    expect(fresh.revocations).toEqual(publisher.revocations);
  });

  it('refuses a pack whose revocation list is signed by another root', async () => {
    const key: SigningKey = {
      ...publisher,
      revocations: issueRevocations({ rootId: office.trusted.id, number: 3, issuedAt: '2026-01-01T00:00:00.000Z', revoked: [] }, makeRoot('y').secretKey),
    };
    await expect(load(await buildParts({ key }))).rejects.toMatchObject({ code: 'signature-invalid' });
  });
});

describe('the committed development chain', () => {
  it('is a dev root certifying the dev publisher, with a list signed by the dev root', async () => {
    const pack = await load(await buildParts(), DEV);
    expect(pack.signedBy).toMatchObject({ rootId: DEV_ROOT.id, dev: true });
    expect(readSignedDocument(DEV_REVOCATIONS_FILE, 'revocation list')).toEqual(DEV_SIGNING_KEY.revocations);
    // Whatever name an attacker writes into a dev-root certificate, the pack says it is a dev pack.
    const devRoot = { trusted: DEV_ROOT, secretKey: readKeyFile(DEV_ROOT_KEY_FILE).secretKey };
    const posing = await load(await buildParts({ key: makePublisher(devRoot, 'ministere', { publisher: 'Ministère de la Justice' }) }), DEV);
    expect(posing.signedBy).toMatchObject({ publisher: 'Ministère de la Justice', dev: true });
  });

  it('resigning keeps the chain: an edited manifest signed by the dev publisher loads in development only', async () => {
    const parts = await resign(await buildParts(), { manifest: (m) => ({ ...m, packVersion: 2 }) });
    expect((await load(parts, DEV)).manifest.packVersion).toBe(2);
    await expect(load(parts, RELEASE)).rejects.toMatchObject({ code: 'untrusted-key' });
  });
});
