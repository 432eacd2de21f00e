// The face of core/content: what the UI and the other features may use. Everything else is internal.
export { APP_TRUST_ROOTS } from './appTrustRoots';
export { choosePack } from './choosePack';
export { loadBundledPack } from './loadBundledPack';
export type { LoadedPack, LoadOptions } from './loadPack';
export { isPackError, PackError, type PackErrorCode } from './packError';
export { PACK_FILE_LIMITS, readPackFile } from './packFile';
export { verifyRevocations } from './revocationList';
export type { SignedDocument } from './signedDocument';
export type { TrustedKey } from './trustedKeys';
export type { ContentDocument, Coverage, Dimension, DocumentKind, DocumentStatus, Entry, EntryKind, EntryNature, Grouping, Jurisdiction, Lang, Localized, LocalizedList, OutlineNode, Penalty, Source, Strength, Verification, VerificationLevel } from './types';
