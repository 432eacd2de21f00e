// A second face of core/content: building and signing packs in the app, and deltas against a named
// base (issue 20: the workshop and the import screen). Kept out of index.ts because it brings the search
// index builder and zod, which the library's first page must not load (firstPageBundle.test.ts).
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
export { manifestSignature, manifestSigningMessage, serializeSignature } from './manifestSigning';
export { verifyManifestSignature, type PackSignature, type PackSigner } from './signatureCheck';
export { parseCertificate } from './certificateCheck';
export { signedDocumentSchema } from './trustSchemas';
export type { TagLabels } from './types';
export { parseScenarioPart } from './scenarioPart';
