/** Injected by Vite from package.json at build time. */
declare const __APP_VERSION__: string;
/** False in release builds (DALILI_RELEASE=1): imported packs signed with the public dev key are refused. */
declare const __ALLOW_DEV_PACKS__: boolean;
/** True only in the web build the browser tests load: installs the lock probe (renderer/ui/vault/lockProbe.ts). */
declare const __LOCK_PROBE__: boolean;
