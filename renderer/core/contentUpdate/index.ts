// The face of core/contentUpdate: what the UI and the other features may use. Everything else is internal.
export type { PackDiff } from './diffPacks';
export { openPackStore, type PackStore } from './packStore';
export { prepareImport } from './prepareImport';
export type { StartupPack } from './startupPack';
export { openTrustStore, type TrustState, type TrustStore } from './trustState';
export { MAX_VERSION_JUMP } from './versionPolicy';
// Issue 20: delta imports and the diff entry by entry.
export type { EntryChange, EntryField } from './entryChanges';
export type { PreparedImport, PrepareOptions } from './prepareImport';
