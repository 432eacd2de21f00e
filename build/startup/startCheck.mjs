#!/usr/bin/env node
// `npm start` runs this before building and launching Electron. Plain JavaScript with no dependency, so that it
// still runs (and explains itself) on a Node too old for the rest of the toolchain.
//
// It checks two things a newcomer meets on the first start:
// 1. Node is at least 22.12 (Electron 45 and its tools declare it; older Node ends in cryptic errors);
// 2. the Electron binary is there. If not, it lets Electron's own installer fetch it, after seeding the installer's
//    cache from a local archive when DALILI_ELECTRON_DIST names a folder holding electron-v<version>-<os>-<arch>.zip
//    (the same variable packaging uses). When that fails, it prints a short French/English message with the
//    offline route instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIN_NODE = [22, 12, 0];

/** True when a `process.version` string ("v20.20.2") is older than MIN_NODE. */
export function isNodeTooOld(version) {
  const parts = String(version)
    .replace(/^v/, '')
    .split('.')
    .map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < MIN_NODE.length; i += 1) {
    const have = parts[i] ?? 0;
    if (have !== MIN_NODE[i]) return have < MIN_NODE[i];
  }
  return false;
}

export function nodeTooOldMessage(version) {
  return [
    `Dalili : Node ${version} est trop ancien. Installez Node 22.12 ou plus récent (https://nodejs.org, ou un`,
    `installateur copié sur clé USB), puis relancez « npm install && npm start ».`,
    '',
    `Dalili: Node ${version} is too old. Install Node 22.12 or later (https://nodejs.org, or an installer copied`,
    `on a USB stick), then run "npm install && npm start" again.`,
  ].join('\n');
}

/** Where Electron's package puts its executable inside dist/ (mirrors electron/install.js). */
export function electronPlatformPath(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

export function electronZipName(version, platform, arch) {
  return `electron-v${version}-${platform}-${arch}.zip`;
}

/**
 * The folder @electron/get looks in for a cached archive: the SHA-256 of the download URL's directory
 * (documented at electron.build, "Offline / Air-Gapped Builds").
 */
export function electronCacheFolder(cacheRoot, version) {
  const urlDir = `https://github.com/electron/electron/releases/download/v${version}`;
  return path.join(cacheRoot, createHash('sha256').update(urlDir).digest('hex'));
}

export function isElectronInstalled(electronDir, env, platform) {
  const executable = electronPlatformPath(platform);
  if (env.ELECTRON_OVERRIDE_DIST_PATH)
    return fs.existsSync(path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable));
  try {
    const recorded = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8');
    return fs.existsSync(path.join(electronDir, 'dist', recorded));
  } catch {
    return false;
  }
}

export function electronMissingMessage({ version, zipName, detail }) {
  const lines = [
    `Dalili ne peut pas démarrer : le programme Electron ${version} manque et n’a pas pu être téléchargé (pas d’internet ?).`,
    `Sans internet : copiez ${zipName} (depuis une clé USB, ou la page`,
    `https://github.com/electron/electron/releases/tag/v${version} sur un ordinateur connecté) dans un dossier, puis :`,
    `  Windows (PowerShell) : $env:DALILI_ELECTRON_DIST="D:\\electron"; npm start`,
    `  Linux, macOS :         DALILI_ELECTRON_DIST=/chemin/du/dossier npm start`,
    `Le même dossier sert à fabriquer les installateurs (npm run package).`,
    '',
    `Dalili cannot start: Electron ${version} is missing and could not be downloaded (no internet?).`,
    `Offline: copy ${zipName} (from a USB stick, or from the page above on a connected computer) into a folder, then`,
    `run npm start with DALILI_ELECTRON_DIST set to that folder, as shown above.`,
  ];
  if (detail) lines.push('', `Détail / detail: ${detail}`);
  return lines.join('\n');
}

export function localArchiveMessage({ folder, zipName, problem }) {
  const fr =
    problem === 'missing'
      ? `ne contient pas ${zipName}`
      : `contient un ${zipName} abîmé ou d’une autre version (empreinte SHA-256 différente)`;
  const en =
    problem === 'missing'
      ? `does not hold ${zipName}`
      : `holds a damaged or different ${zipName} (SHA-256 differs)`;
  return [
    `Dalili : le dossier DALILI_ELECTRON_DIST (${folder}) ${fr}. Copiez-y l’archive officielle d’Electron, puis relancez npm start.`,
    `Dalili: the DALILI_ELECTRON_DIST folder (${folder}) ${en}. Copy Electron's official archive there, then run npm start again.`,
  ].join('\n');
}

/** The last meaningful line of the installer's output ("TypeError: fetch failed"), never the stack. */
export function errorDetail(output) {
  const lines = String(output)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at ') && !/^\^+$/.test(l) && !l.startsWith('Node.js v'));
  const error = lines.find((l) => /\b(Error|error)\b/.test(l));
  return (error ?? lines[lines.length - 1] ?? '').slice(0, 200);
}

/** Copies the local archive into the installer's cache after checking it against Electron's own checksums. */
function seedCacheFromLocalArchive({ folder, zipName, electronDir, cacheRoot, version }) {
  const zipPath = path.join(folder, zipName);
  if (!fs.existsSync(zipPath))
    return { ok: false, message: localArchiveMessage({ folder, zipName, problem: 'missing' }) };
  const checksums = JSON.parse(fs.readFileSync(path.join(electronDir, 'checksums.json'), 'utf8'));
  const actual = createHash('sha256').update(fs.readFileSync(zipPath)).digest('hex');
  if (checksums[zipName] !== actual)
    return { ok: false, message: localArchiveMessage({ folder, zipName, problem: 'checksum' }) };
  const target = electronCacheFolder(cacheRoot, version);
  fs.mkdirSync(target, { recursive: true });
  fs.copyFileSync(zipPath, path.join(target, zipName));
  return { ok: true };
}

/** Runs Electron's own installer (downloads unless its cache holds the archive). */
function runElectronInstaller(electronDir, env) {
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    env,
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  return {
    ok: result.status === 0,
    output: `${result.stderr ?? ''}\n${result.stdout ?? ''}\n${result.error?.message ?? ''}`,
  };
}

function defaultElectronDir() {
  return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
}

/** Returns the process exit code; writes what a person needs to read to `print`. */
export function startCheck({
  env = process.env,
  version = process.version,
  platform = process.platform,
  arch = process.arch,
  print = console.error,
  install = runElectronInstaller,
  electronDir = defaultElectronDir(),
} = {}) {
  if (isNodeTooOld(version) && env.DALILI_ALLOW_OLD_NODE !== '1') {
    print(nodeTooOldMessage(version));
    return 1;
  }
  if (isElectronInstalled(electronDir, env, platform)) return 0;

  const electronVersion = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
  const zipName = electronZipName(electronVersion, platform, arch);
  const installEnv = { ...env };
  const folder = env.DALILI_ELECTRON_DIST?.trim();
  if (folder) {
    const cacheRoot = env.electron_config_cache || path.join(electronDir, '..', '.cache', 'dalili-electron');
    const seeded = seedCacheFromLocalArchive({
      folder: path.resolve(folder),
      zipName,
      electronDir,
      cacheRoot,
      version: electronVersion,
    });
    if (!seeded.ok) {
      print(seeded.message);
      return 1;
    }
    installEnv.electron_config_cache = cacheRoot;
    // The cache folder is named after the download URL: a mirror setting would make the installer look elsewhere.
    for (const key of Object.keys(installEnv))
      if (/electron_(nightly_)?(mirror|custom_dir|custom_filename)$/i.test(key)) delete installEnv[key];
  }
  print(`Electron ${electronVersion} : installation… / installing…`);
  const installed = install(electronDir, installEnv);
  if (installed.ok && isElectronInstalled(electronDir, env, platform)) return 0;
  print(electronMissingMessage({ version: electronVersion, zipName, detail: errorDetail(installed.output) }));
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = startCheck();
}
