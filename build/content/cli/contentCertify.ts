import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { toHex } from '../../../renderer/core/text';
import { issueCertificate, parseCertificate } from '../../../renderer/core/content/publisherCertificate';
import { issueRevocations, verifyRevocations } from '../../../renderer/core/content/revocationList';
import { DEV_REVOCATIONS_FILE, PRODUCTION_REVOCATIONS_FILE, certificateFileFor, readKeyFile, readSignedDocument } from '../signingKey';
import { asString, cliArgs, fail } from './cliArgs';

// The root ceremony, on the offline computer that holds the root key:
//   npm run content:certify -- --root-key <root.json> --publisher-key <publisher.public.json>
//        --name "<publisher>" [--valid-from YYYY-MM-DD] --valid-until YYYY-MM-DD [--out <cert.json>]
//   npm run content:certify -- --root-key <root.json> --update-revocations [--revoke <key id> …]
//        [--revocations <file>]
// The first writes a publisher certificate (role `content`); the second writes the next revocation
// list (its number + 1, the keys already revoked stay revoked) into keys/revocations.json by default.

const { values } = cliArgs({
  'root-key': { type: 'string' },
  'publisher-key': { type: 'string' },
  name: { type: 'string' },
  'valid-from': { type: 'string' },
  'valid-until': { type: 'string' },
  out: { type: 'string' },
  'update-revocations': { type: 'boolean' },
  revoke: { type: 'string', multiple: true },
  revocations: { type: 'string' },
});

const rootFile = asString(values['root-key']);
if (!rootFile) fail('content:certify: --root-key <root key file> is required');
const root = readKeyFile(rootFile ?? '');
if (root.role !== 'root') fail(`content:certify: ${rootFile} is not a root key (role "${root.role ?? '?'}")`);
const rootPublic = toHex(ed25519.getPublicKey(root.secretKey));
const rootKey = { id: root.id, publicKey: rootPublic, dev: root.dev };

const day = (text: string | undefined, end: boolean, label: string): string => {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) fail(`content:certify: ${label} must be a date YYYY-MM-DD`);
  return `${text}T${end ? '23:59:59.999' : '00:00:00.000'}Z`;
};

// An async function, not top-level await: this script is loaded as CommonJS.
const updateRevocations = async (): Promise<void> => {
  const file = resolve(asString(values.revocations) ?? (root.dev ? DEV_REVOCATIONS_FILE : PRODUCTION_REVOCATIONS_FILE));
  let number = 1;
  let revoked: string[] = [];
  if (existsSync(file)) {
    const current = await verifyRevocations(readSignedDocument(file, 'revocation list'), [rootKey]);
    if (!current) fail(`content:certify: ${file} is not a revocation list signed by this root (${root.id})`);
    number = (current?.list.number ?? 0) + 1;
    revoked = current?.list.revoked ?? [];
  }
  const added = ((values.revoke as string[] | undefined) ?? []).filter((id) => !revoked.includes(id));
  const doc = issueRevocations({ rootId: root.id, number, issuedAt: new Date().toISOString(), revoked: [...revoked, ...added] }, root.secretKey);
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`✓ revocation list n° ${number} of ${root.id} → ${file}\n  revoked: ${[...revoked, ...added].join(', ') || '(none)'}`);
  console.log('  commit it, then rebuild and re-sign the pack: every pack carries the latest list.');
};

if (values['update-revocations']) {
  updateRevocations().catch((error: unknown) => fail(`content:certify: ${String(error)}`));
} else {
  const publisherFile = asString(values['publisher-key']);
  if (!publisherFile) fail('content:certify: --publisher-key <publisher.public.json> is required');
  const publisher = JSON.parse(readFileSync(resolve(publisherFile ?? ''), 'utf8')) as { id?: string; publicKey?: string; role?: string };
  if (publisher.role !== 'publisher' || !publisher.id || !/^[0-9a-f]{64}$/.test(publisher.publicKey ?? '')) {
    fail(`content:certify: ${publisherFile} is not a publisher key (made by content:keygen --role publisher)`);
  }
  const name = asString(values.name)?.trim();
  if (!name) fail('content:certify: --name "<publisher name>" is required (shown to users on import)');
  const validFrom = day(asString(values['valid-from']) ?? new Date().toISOString().slice(0, 10), false, '--valid-from');
  const validUntil = day(asString(values['valid-until']), true, '--valid-until');
  if (Date.parse(validUntil) < Date.parse(validFrom)) fail('content:certify: --valid-until is before --valid-from');
  const doc = issueCertificate(
    { rootId: root.id, publisher: name ?? '', keyId: publisher.id ?? '', publicKey: publisher.publicKey ?? '', validFrom, validUntil, roles: ['content'] },
    root.secretKey,
  );
  if (!parseCertificate(doc)) fail('content:certify: the certificate did not come out valid (check --name and the key id)');
  const out = resolve(asString(values.out) ?? certificateFileFor(publisherFile ?? ''));
  writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`, { flag: 'wx' });
  console.log(`✓ certificate for ${name} (${publisher.id}), valid ${validFrom.slice(0, 10)} → ${validUntil.slice(0, 10)}, signed by ${root.id}\n  → ${out}`);
}
