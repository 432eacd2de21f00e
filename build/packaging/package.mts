import { build, Platform } from 'electron-builder';
import { loadBuilderConfig } from './builderConfig';

// `npm run package -- --win | --linux | --mac` (default: the current platform).
const args = new Set(process.argv.slice(2));
const targets = [
  ...(args.has('--win') ? [Platform.WINDOWS] : []),
  ...(args.has('--linux') ? [Platform.LINUX] : []),
  ...(args.has('--mac') ? [Platform.MAC] : []),
];
const config = loadBuilderConfig();
if (!config.electronDist) {
  console.log('DALILI_ELECTRON_DIST is not set: electron-builder will try to download Electron (needs internet).');
}
await build({
  config,
  ...(targets.length > 0 ? { targets: targets.map((p) => p.createTarget()).reduce((all, m) => new Map([...all, ...m])) } : {}),
});
