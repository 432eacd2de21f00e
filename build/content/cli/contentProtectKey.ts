import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { KEY_FILE_EXTENSION, sealPublisherKey } from '../../../renderer/core/workshop/publisherKeyFile';
import { insideRepo, loadSigningKey } from '../signingKey';
import { asString, cliArgs, fail } from './cliArgs';

// npm run content:protect-key -- <publisher key file> [--certificate <cert>] [--revocations <list>] --out <file.dalili-key>
// Seals an existing publisher key (content:keygen), its root-signed certificate and the current
// revocation list into one passphrase-protected file for the app's workshop (issue 20; format in
// renderer/core/workshop/publisherKeyFile.ts and build/content/README.md). The passphrase comes from
// DALILI_KEY_PASSPHRASE or is asked twice on the terminal, without echo. `--test-cost` uses a cheap
// Argon2id cost, for the committed development test key only; otherwise the vault's floor (64 MiB, 3 passes).

export const MIN_PASSPHRASE_CHARS = 12;
const TEST_COST = { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 };

const { values, positionals } = cliArgs({
  out: { type: 'string' },
  certificate: { type: 'string' },
  revocations: { type: 'string' },
  'test-cost': { type: 'boolean' },
});

const ask = (question: string): Promise<string> =>
  new Promise((done) => {
    let muted = false;
    const output = new Writable({
      write: (chunk: Buffer, _encoding, callback) => {
        if (!muted) process.stdout.write(chunk);
        callback();
      },
    });
    const rl = createInterface({ input: process.stdin, output, terminal: true });
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      done(answer);
    });
    muted = true;
  });

const main = async (): Promise<void> => {
  const keyFile = positionals[0];
  const out = asString(values.out);
  if (!keyFile || !out) fail('content:protect-key: usage: npm run content:protect-key -- <key file> [--certificate <file>] --out <file.dalili-key>');
  const target = resolve(out!);
  if (!target.endsWith(KEY_FILE_EXTENSION)) fail(`content:protect-key: --out must end with ${KEY_FILE_EXTENSION}`);
  if (existsSync(target)) fail(`content:protect-key: ${target} exists; refusing to overwrite a key`);
  // The key named on the command line, never an inline DALILI_PACK_SIGNING_KEY left in the environment.
  const key = loadSigningKey({ ...process.env, DALILI_PACK_SIGNING_KEY: '' }, {
    keyFile,
    certificateFile: asString(values.certificate),
    revocationsFile: asString(values.revocations),
  });
  if (!key.dev && insideRepo(target)) fail(`content:protect-key: ${target} is inside the repository; keep publisher keys outside it`);
  const testCost = values['test-cost'] === true;
  if (testCost && !key.dev) fail('content:protect-key: --test-cost is for the development test key only');

  let passphrase = process.env.DALILI_KEY_PASSPHRASE ?? '';
  if (!passphrase) {
    if (!process.stdin.isTTY) fail('content:protect-key: set DALILI_KEY_PASSPHRASE or run it in a terminal');
    passphrase = await ask('Passphrase for the key file: ');
    if ((await ask('The same passphrase again: ')) !== passphrase) fail('content:protect-key: the two passphrases differ');
  }
  if ([...passphrase].length < MIN_PASSPHRASE_CHARS) fail(`content:protect-key: the passphrase must have at least ${MIN_PASSPHRASE_CHARS} characters`);

  const bytes = await sealPublisherKey(
    { keyId: key.keyId, secretKey: key.secretKey, certificate: key.certificate, revocations: key.revocations },
    passphrase,
    testCost ? { cost: TEST_COST } : {},
  );
  key.secretKey.fill(0);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes, { mode: 0o600, flag: 'wx' });
  console.log(`✓ publisher key ${key.keyId} sealed under the passphrase → ${target}`);
  console.log('  load it in Dalili: Paramètres → Atelier juridique; keep the passphrase apart from the file');
};

main().catch((error: unknown) => fail(`content:protect-key: ${error instanceof Error ? error.message : String(error)}`));
