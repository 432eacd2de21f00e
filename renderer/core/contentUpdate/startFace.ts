// A light face of core/contentUpdate: what runs before the library's list is drawn. The full face
// (index.ts) also brings the stores that write with Dexie, loaded at the first write instead (issue 17,
// point 8). The faces lint rule accepts `*Face.ts`.
export { readImportedPack, readTrustState } from './readStored';
export { MAX_VERSION_JUMP } from './versionPolicy';
