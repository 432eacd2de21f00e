import { openPack } from './loadPack';
import type { LoadOptions, LoadedPack, OpenedPack } from './loadPack';
import { PackError } from './packError';
import { PART } from './packManifest';

// The single-file pack (.dalili-pack), carried on a USB stick. Layout, all integers big-endian:
//   magic "DALILIPK" (8 bytes) | container version u16 | part count u16
//   then per part: name length u8 | name (ASCII) | data length u32
//   then the parts' data, concatenated in header order, and nothing after.
// The container only frames bytes; authenticity comes from the signed manifest inside it.

export const PACK_FILE_MAGIC = 'DALILIPK';
export const PACK_FILE_VERSION = 1;
export const PACK_FILE_EXTENSION = '.dalili-pack';
export const PACK_FILE_LIMITS = { maxFileBytes: 64 * 1024 * 1024, maxPartBytes: 32 * 1024 * 1024, maxParts: 32 };

const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const FIXED_HEADER = 12;
const magicBytes = new TextEncoder().encode(PACK_FILE_MAGIC);
const ascii = new TextDecoder('ascii');

export const writePackFile = (parts: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array => {
  const names = parts.map(([name]) => new TextEncoder().encode(name));
  const headerSize = FIXED_HEADER + names.reduce((n, b) => n + 1 + b.length + 4, 0);
  const out = new Uint8Array(headerSize + parts.reduce((n, [, data]) => n + data.length, 0));
  const view = new DataView(out.buffer);
  out.set(magicBytes, 0);
  view.setUint16(8, PACK_FILE_VERSION);
  view.setUint16(10, parts.length);
  let offset = FIXED_HEADER;
  parts.forEach(([name, data], i) => {
    const nameBytes = names[i] ?? new Uint8Array();
    if (!NAME.test(name)) throw new Error(`invalid part name: ${name}`);
    out[offset] = nameBytes.length;
    out.set(nameBytes, offset + 1);
    view.setUint32(offset + 1 + nameBytes.length, data.length);
    offset += 1 + nameBytes.length + 4;
  });
  for (const [, data] of parts) {
    out.set(data, offset);
    offset += data.length;
  }
  return out;
};

/** Splits a .dalili-pack into its parts, checking every length against the limits and the file size. */
export const readPackContainer = (bytes: Uint8Array): Map<string, Uint8Array> => {
  if (bytes.length > PACK_FILE_LIMITS.maxFileBytes) throw new PackError('too-large');
  const magicMatches = magicBytes.every((b, i) => bytes[i] === b);
  if (!magicMatches) {
    // A file shorter than the magic that still starts like one was cut, not foreign.
    const prefix = bytes.length < magicBytes.length && bytes.every((b, i) => b === magicBytes[i]);
    throw new PackError(prefix && bytes.length > 0 ? 'truncated' : 'not-a-pack');
  }
  if (bytes.length < FIXED_HEADER) throw new PackError('truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint16(8) !== PACK_FILE_VERSION) throw new PackError('container-unsupported');
  const count = view.getUint16(10);
  if (count === 0 || count > PACK_FILE_LIMITS.maxParts) throw new PackError('malformed', undefined, 'part count');

  const header: { name: string; length: number }[] = [];
  let offset = FIXED_HEADER;
  for (let i = 0; i < count; i++) {
    if (offset + 1 > bytes.length) throw new PackError('truncated');
    const nameLength = bytes[offset] ?? 0;
    if (offset + 1 + nameLength + 4 > bytes.length) throw new PackError('truncated');
    const name = ascii.decode(bytes.subarray(offset + 1, offset + 1 + nameLength));
    if (!NAME.test(name) || header.some((h) => h.name === name)) throw new PackError('malformed', undefined, 'part name');
    const length = view.getUint32(offset + 1 + nameLength);
    if (length > PACK_FILE_LIMITS.maxPartBytes) throw new PackError('too-large', name);
    header.push({ name, length });
    offset += 1 + nameLength + 4;
  }
  const total = header.reduce((n, h) => n + h.length, 0);
  if (offset + total > bytes.length) throw new PackError('truncated');
  if (offset + total < bytes.length) throw new PackError('malformed', undefined, 'trailing bytes');

  const parts = new Map<string, Uint8Array>();
  for (const h of header) {
    parts.set(h.name, bytes.subarray(offset, offset + h.length));
    offset += h.length;
  }
  return parts;
};

/** Opens a .dalili-pack exactly as a bundled pack: signature, then the documents; the rest on demand. */
export const openPackFile = async (bytes: Uint8Array, options: LoadOptions): Promise<OpenedPack> => {
  const parts = readPackContainer(bytes);
  const pack = await openPack((name) => Promise.resolve(parts.get(name)), options);
  // Bytes the signed manifest does not name must not ride along unnoticed.
  const signed = new Set([PART.manifest, PART.signature, ...pack.manifest.parts.map((p) => p.name)]);
  for (const name of parts.keys()) {
    if (!signed.has(name)) throw new PackError('malformed', name, 'part not listed in the manifest');
  }
  return pack;
};

/** Verifies a .dalili-pack whole: signature, then every hash, then the content. */
export const readPackFile = async (bytes: Uint8Array, options: LoadOptions): Promise<LoadedPack> =>
  (await openPackFile(bytes, options)).complete();
