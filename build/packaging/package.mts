import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DEFAULT_PACK_DIR } from '../content/packFolder';
import { loadBuilderConfig, REPO_ROOT } from './builderConfig';
import { assertNoDevRoot, assertPackVerifies, assertProductionRoots, ReleaseRefused } from './releaseCheck';

// `npm run package -- --win | --linux | --mac` (default: the current platform). A release, end to
// end: refuse at once without a production root; build the pack and the app with DALILI_RELEASE=1
// (no development root in the code); check the bundled pack verifies under the production roots
// and the dev root is nowhere in out/; only then run electron-builder.

const run = (command: string, args: string[]): void => {
  const result = spawnSync(command, args, {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, DALILI_RELEASE: '1' },
  });
  if (result.status !== 0) throw new ReleaseRefused(`npm run package: ${command} ${args.join(' ')} failed`);
};

try {
  assertProductionRoots();
  run('npm', ['run', 'content:build']);
  const pack = await assertPackVerifies(DEFAULT_PACK_DIR);
  console.log(
    `✓ bundled pack v${pack.manifest.packVersion} signed by ${pack.signedBy.publisher} (${pack.signedBy.keyId}), root ${pack.signedBy.rootId}`,
  );
  run('npx', ['electron-vite', 'build']);
  assertNoDevRoot(path.join(REPO_ROOT, 'out'));
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const { build, Platform } = await import('electron-builder');
const args = new Set(process.argv.slice(2));
const targets = [
  ...(args.has('--win') ? [Platform.WINDOWS] : []),
  ...(args.has('--linux') ? [Platform.LINUX] : []),
  ...(args.has('--mac') ? [Platform.MAC] : []),
];
const config = loadBuilderConfig();
if (!config.electronDist) {
  console.log(
    'DALILI_ELECTRON_DIST is not set: electron-builder will try to download Electron (needs internet).',
  );
}
await build({
  config,
  ...(targets.length > 0
    ? { targets: targets.map((p) => p.createTarget()).reduce((all, m) => new Map([...all, ...m])) }
    : {}),
});
