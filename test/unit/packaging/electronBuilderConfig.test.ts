import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuilderConfig, REPO_ROOT } from '../../../build/packaging/builderConfig';

// electron-builder itself is never run in tests (it would download Electron); its configuration is.
const config = loadBuilderConfig({});
type Target = { target: string; arch: string[] };
const targetsOf = (platform: string) =>
  ((config[platform] as { target: Target[] }).target ?? []).map((t) => t.target);

describe('electron-builder configuration', () => {
  it('builds the Windows portable .exe and NSIS installer, Linux AppImage/folder/zip, and an unsigned macOS dmg', () => {
    expect(targetsOf('win')).toEqual(['portable', 'nsis']);
    expect((config.win as { target: Target[] }).target.every((t) => t.arch.includes('x64'))).toBe(true);
    expect(targetsOf('linux')).toEqual(['AppImage', 'dir', 'zip']);
    expect(targetsOf('mac')).toEqual(['dmg']);
    expect((config.mac as { identity: unknown }).identity).toBeNull();
  });

  it('is named Dalili and installs in French first', () => {
    expect(config.productName).toBe('Dalili');
    const nsis = config.nsis as { language: string; installerLanguages: string[] };
    expect(nsis.language).toBe('1036');
    expect(nsis.installerLanguages[0]).toBe('fr_FR');
  });

  it('flips the hardening fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packs only the built app, never sources, tests, fixtures or source maps', () => {
    const files = config.files as string[];
    const included = files.filter((f) => !f.startsWith('!'));
    expect(included.sort()).toEqual(
      ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'].sort(),
    );
    expect(files).toEqual(expect.arrayContaining(['!**/*.map', '!**/test/**']));
    for (const pattern of included)
      expect(pattern).not.toMatch(/^(test|content|build|renderer|electron|node_modules)\//);
    expect(config.asar).toBe(true);
  });

  it('has its icon in build/resources', () => {
    const icon = path.join(REPO_ROOT, 'build/resources/icon.png');
    expect(existsSync(icon)).toBe(true);
    expect(readFileSync(icon).subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('takes the Electron archive from DALILI_ELECTRON_DIST so an office can package offline', () => {
    expect(loadBuilderConfig({}).electronDist).toBeUndefined();
    expect(loadBuilderConfig({ DALILI_ELECTRON_DIST: '/media/usb/electron' }).electronDist).toBe(
      path.resolve('/media/usb/electron'),
    );
  });

  it('keeps renderer libraries out of the packaged node_modules', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies)).toEqual(['zod']);
  });
});
