// The face of the text and bytes module: folding for matching, hexadecimal, UTF-8, SHA-256, joining bytes
// (the synchronous SHA-256 has its own light face, syncHashFace.ts, to stay out of the start-up code).
// Plain TypeScript on what browsers and Node 20 both offer; the renderer, the build scripts and the
// tests import it from here.

export { concatBytes } from './concatBytes';
export { foldCodePoint, foldRange, foldText } from './foldText';
export { foldWithOffsets, type FoldedText } from './foldWithOffsets';
export { fromHex, HexError, parseHex, toHex } from './hex';
export { sha256, sha256Hex } from './sha256';
export { utf8Bytes, utf8Text } from './utf8';
