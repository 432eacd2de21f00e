// The face of core/content: what the UI and the other features may use. Everything else is internal.
export { APP_TRUST_ROOTS } from './appTrustRoots';
export { choosePack } from './choosePack';
export { loadBundledPack, openBundledPack } from './loadBundledPack';
export type { LoadedPack, LoadOptions, OpenedPack, PackHead } from './loadPack';
export type { ListedDocument } from './listPart';
export { isPackError, PackError, type PackErrorCode } from './packError';
export { openPackFile, PACK_FILE_LIMITS, readPackFile } from './packFile';
export { verifyRevocations } from './revocationCheck';
export { readSearchParts, type PackSearchParts } from './searchParts';
export type { Scenario, ScenarioCharacter, ScenarioChoice, ScenarioQuestion, ScenarioStep } from './scenarioPart';
export type { SignedDocument } from './signedDocumentCheck';
export type { TrustedKey } from './trustedKeys';
export type { ContentDocument, Coverage, Dimension, DocumentKind, DocumentStatus, Entry, EntryKind, EntryNature, EntryVersion, Grouping, InForce, Jurisdiction, Lang, Localized, LocalizedList, OfficialReference, OfficialText, OutlineNode, Penalty, Source, Strength, Verification, VerificationLevel } from './types';
// Building, signing and importing packs in the app (issue 20) is the publishing face, publishFace.ts:
// the search index builder and zod come with it, so the library's first page must not import it.
