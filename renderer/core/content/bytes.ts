// Byte helpers of the content pack. UTF-8, hexadecimal and SHA-256 live in the text and bytes module
// (renderer/core/text); the pack code keeps its short names for UTF-8.

export { utf8Bytes as utf8, utf8Text as fromUtf8 } from '../text';

export const concatBytes = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
};
