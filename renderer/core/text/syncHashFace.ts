// The synchronous SHA-256 (@noble/hashes), apart from the text face: index.ts is imported by the start-up
// code (folding, hex, WebCrypto's SHA-256), and a re-export there would bundle @noble/hashes with the
// first page (issue 17, point 8). Its two callers (the recovery key's checksum, a record version's id)
// import it from here. The faces lint rule accepts `*Face.ts`.
export { sha256Sync } from './sha256Sync';
