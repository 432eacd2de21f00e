import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCertificate } from '../../../renderer/core/content/publisherCertificate';
import { rootsFor } from './verifyPath';
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
  certificate: { type: 'string' },
  revocations: { type: 'string' },
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
  key = loadSigningKey(process.env, {
    keyFile: asString(values['key-file']),
    certificateFile: asString(values.certificate),
    revocationsFile: asString(values.revocations),
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (!key) process.exit(1);
if (process.env.DALILI_RELEASE === '1' && key.dev) {
  fail('content:build: DALILI_RELEASE=1 but the signer is the development publisher: set DALILI_PACK_SIGNING_KEY_FILE to a production publisher key (build/content/README.md)');
}
const rootId = parseCertificate(key.certificate)?.rootId;
if (!rootsFor(process.env.DALILI_RELEASE === '1').some((k) => k.id === rootId)) {
  console.warn(`! the certificate of ${key.keyId} is signed by root ${rootId ?? '?'}, which this build does not trust: the app will refuse this pack`);
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
