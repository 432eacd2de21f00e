import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { toHex } from '../../../renderer/core/content/bytes';
import { REPO_ROOT } from '../signingKey';
import { asString, cliArgs, fail } from './cliArgs';

// npm run content:keygen -- --out <file outside the repository> [--id <key id>]
// Creates a production signing key file (mode 600) and prints the line to add to trustedKeys.ts.

const { values } = cliArgs({ out: { type: 'string' }, id: { type: 'string' } });
const out = asString(values.out);
if (!out) fail('content:keygen: --out <file> is required (a path outside the repository)');
const path = resolve(out ?? '');
if (!relative(REPO_ROOT, path).startsWith('..')) fail(`content:keygen: ${path} is inside the repository; keep keys outside it`);
if (existsSync(path)) fail(`content:keygen: ${path} exists; refusing to overwrite a key`);

const id = asString(values.id) ?? `dalili-prod-${new Date().toISOString().slice(0, 10)}`;
const { secretKey, publicKey } = ed25519.keygen();
mkdirSync(dirname(path), { recursive: true });
writeFileSync(
  path,
  `${JSON.stringify({ id, dev: false, algorithm: 'ed25519', secretKey: toHex(secretKey), publicKey: toHex(publicKey) }, null, 2)}\n`,
  { mode: 0o600 },
);
console.log(`✓ key written to ${path}\n  add to TRUSTED_KEYS in renderer/core/content/trustedKeys.ts:\n`);
console.log(`  { id: '${id}', publicKey: '${toHex(publicKey)}', dev: false },`);
