import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TRUSTED_KEYS } from '../../../renderer/core/content/trustedKeys';
import { toHex } from '../../../renderer/core/content/bytes';
import { ed25519 } from '@noble/curves/ed25519.js';
import { buildPack } from '../buildPack';
import { compileContent } from '../compileContent';
import { formatError } from '../contentError';
import { DEFAULT_PACK_DIR, writePackFolder } from '../packFolder';
import { readContentDir } from '../readContentDir';
import { REPO_ROOT, loadSigningKey } from '../signingKey';
import { asString, cliArgs, fail } from './cliArgs';

// npm run content:build [-- --content <dir>] [--out <dir>] [--pack-version N] [--key-file <path>]
// Compiles content/ into the signed pack the app bundles. SOURCE_DATE_EPOCH fixes createdAt for
// fully reproducible output.

const { values } = cliArgs({
  content: { type: 'string' },
  out: { type: 'string' },
  'pack-version': { type: 'string' },
  'key-file': { type: 'string' },
});

const contentDir = resolve(asString(values.content) ?? resolve(REPO_ROOT, 'content'));
const outDir = resolve(asString(values.out) ?? DEFAULT_PACK_DIR);

const packVersionSource =
  asString(values['pack-version']) ??
  process.env.DALILI_PACK_VERSION ??
  String((JSON.parse(readFileSync(resolve(REPO_ROOT, 'build/content/packVersion.json'), 'utf8')) as { packVersion: number }).packVersion);
const packVersion = Number(packVersionSource);
if (!Number.isInteger(packVersion) || packVersion < 1) fail(`invalid pack version: ${packVersionSource}`);

const epoch = process.env.SOURCE_DATE_EPOCH;
const createdAt = new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString();

const main = async (): Promise<void> => {
const compiled = compileContent(readContentDir(contentDir));
for (const w of compiled.warnings) console.warn(`warning: ${formatError(w)}`);
if (compiled.gaps.length > 0) {
  console.warn(`! ${compiled.gaps.length} entr(ies) name no source (gaps, listed by npm run content:report); they may not ship`);
}
if (compiled.errors.length > 0) {
  for (const e of compiled.errors) console.error(formatError(e));
  fail(`content:build: ${compiled.errors.length} error(s) in ${contentDir}; no pack written`);
}

let key;
try {
  key = loadSigningKey(process.env, asString(values['key-file']));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (!key) process.exit(1);
const publicKey = toHex(ed25519.getPublicKey(key.secretKey));
if (!TRUSTED_KEYS.some((k) => k.publicKey === publicKey)) {
  console.warn(`! the signing key ${key.keyId} (${publicKey}) is not in renderer/core/content/trustedKeys.ts: the app will refuse this pack`);
}

const pack = await buildPack(compiled, { packVersion, createdAt, key });
writePackFolder(outDir, pack.parts);
const c = pack.manifest.counts;
console.log(
  `✓ content pack v${packVersion} → ${outDir}\n  ${c.documents} documents, ${c.entries} entries ` +
    `(${c.articles} articles, ${c.indicators} indicators, ${c.steps} steps, ${c.actors} actors; ` +
    `officiel ${c.officiel ?? 0}, concordant ${c.concordant ?? 0}, à vérifier ${c.aVerifier}; ` +
    `résumé Dalili ${c.resume ?? 0}, texte officiel ${c.texte ?? 0}), signed by ${key.keyId}${key.dev ? ' (DEVELOPMENT key)' : ''}`,
);
};

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
