import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { toHex } from '../../../renderer/core/text';
import { REPO_ROOT } from '../signingKey';
import { asString, cliArgs, fail } from './cliArgs';

// npm run content:keygen -- --role root|publisher --out <file outside the repository> [--id <key id>]
// Creates an Ed25519 key file (mode 600). For a publisher, also writes <file>.public.json (no secret)
// to carry to the root ceremony (content:certify). `--dev` is only for the committed development keys.

const { values } = cliArgs({ out: { type: 'string' }, id: { type: 'string' }, role: { type: 'string' }, dev: { type: 'boolean' } });
const role = asString(values.role);
if (role !== 'root' && role !== 'publisher') fail('content:keygen: --role root or --role publisher is required');
const out = asString(values.out);
if (!out) fail('content:keygen: --out <file> is required (a path outside the repository)');
const path = resolve(out ?? '');
const dev = values.dev === true;
if (!dev && !relative(REPO_ROOT, path).startsWith('..')) fail(`content:keygen: ${path} is inside the repository; keep keys outside it`);
if (existsSync(path)) fail(`content:keygen: ${path} exists; refusing to overwrite a key`);

const id = asString(values.id) ?? `dalili-${role}-${new Date().toISOString().slice(0, 10)}`;
if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(id)) fail('content:keygen: --id must be lower-case letters, digits, dot, dash or underscore');
const { secretKey, publicKey } = ed25519.keygen();
const pub = toHex(publicKey);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, `${JSON.stringify({ role, id, dev, algorithm: 'ed25519', secretKey: toHex(secretKey), publicKey: pub }, null, 2)}\n`, {
  mode: 0o600,
  flag: 'wx',
});
console.log(`✓ ${role} key ${id} written to ${path} (keep it secret)`);
if (role === 'root') {
  console.log('  add this line to "roots" in renderer/core/content/productionRoots.json:\n');
  console.log(`  { "id": "${id}", "publicKey": "${pub}" }`);
} else {
  const publicFile = path.replace(/(\.json)?$/, '.public.json');
  writeFileSync(publicFile, `${JSON.stringify({ role, id, publicKey: pub }, null, 2)}\n`, { flag: 'wx' });
  console.log(`  public half (no secret) for the root ceremony: ${publicFile}`);
  console.log(`  next: npm run content:certify -- --root-key <root key file> --publisher-key ${publicFile} --name "<publisher>" --valid-until <YYYY-MM-DD>`);
}
