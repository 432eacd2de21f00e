import type { Plugin } from 'vite';

// Release builds (DALILI_RELEASE=1) must not even contain the development root: this plugin resolves
// renderer/core/content/devTrustRoots.ts to devTrustRoots.release.ts (which lists no root), so the
// dev root's public key never reaches the bundle. test/unit/packaging/releaseBundle.test.ts builds
// the release renderer and searches it; build/packaging/package.mts checks the packaged output too.

const DEV_TRUST_MODULE = /devTrustRoots\.ts$/;

export const isReleaseBuild = (env: Readonly<Record<string, string | undefined>> = process.env): boolean =>
  env.DALILI_RELEASE === '1';

export function releaseTrust(release: boolean): Plugin {
  return {
    name: 'dalili-release-trust',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!release || !source.includes('devTrustRoots')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !DEV_TRUST_MODULE.test(resolved.id)) return resolved;
      return { ...resolved, id: resolved.id.replace(DEV_TRUST_MODULE, 'devTrustRoots.release.ts') };
    },
  };
}
