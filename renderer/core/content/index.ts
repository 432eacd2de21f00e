// The face of core/content: what the UI and the other features may use. Everything else is internal.
export { APP_TRUST_ROOTS } from './appTrustRoots';
export { choosePack } from './choosePack';
export { loadBundledPack, openBundledPack } from './loadBundledPack';
export type { LoadedPack, LoadOptions, OpenedPack, PackHead } from './loadPack';
export type { ListedDocument } from './listPart';
export { isPackError, PackError, type PackErrorCode } from './packError';
export { openPackFile, PACK_FILE_LIMITS, readPackFile } from './packFile';
export { verifyRevocations } from './revocationList';
export { readSearchParts, type PackSearchParts } from './searchParts';
export type { SignedDocument } from './signedDocument';
export type { TrustedKey } from './trustedKeys';
export type { ContentDocument, Coverage, Dimension, DocumentKind, DocumentStatus, Entry, EntryKind, EntryNature, EntryVersion, Grouping, InForce, Jurisdiction, Lang, Localized, LocalizedList, OfficialReference, OfficialText, OutlineNode, Penalty, Source, Strength, Verification, VerificationLevel } from './types';
// Issue 20: building and signing packs in the app (the workshop), deltas against a named base.
export { assemblePack, contentParts, packManifestBytes, type AssembledPack, type PackContent } from './assemblePack';
export { checkChain } from './checkChain';
export { PART } from './packManifest';
export type { PackManifest } from './packManifest';
export { writePackFile, PACK_FILE_EXTENSION } from './packFile';
export {
  applyDelta,
  DELTA_FILE_EXTENSION,
  DELTA_STEPS,
  type DeltaBase,
  type DeltaStep,
  isDeltaFile,
  makeDelta,
  openDeltaFile,
  type OpenedDelta,
  type PackDelta,
  writeDeltaFile,
} from './packDelta';
export {
  manifestSignature,
  manifestSigningMessage,
  serializeSignature,
  verifyManifestSignature,
  type PackSignature,
  type PackSigner,
} from './packSignature';
export { parseCertificate } from './publisherCertificate';
export { signedDocumentSchema } from './signedDocument';
export type { TagLabels } from './types';
