// The face of core/contentUpdate: what the UI and the other features may use. Everything else is internal.
export type { PackDiff } from './diffPacks';
export { openPackStore, type PackStore } from './packStore';
export { prepareImport } from './prepareImport';
export type { StartupPack } from './startupPack';
export { openTrustStore, type TrustState, type TrustStore } from './trustState';
export { MAX_VERSION_JUMP } from './versionPolicy';
