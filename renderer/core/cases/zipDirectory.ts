// Reads the names in a ZIP's central directory, the way a .docx is checked before it is accepted.
// Only the end of the file is parsed: the end-of-central-directory record, then the directory it
// points to. A file cut short (a copy interrupted) loses that end and is reported as incomplete.

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
/** The record sits in the last 22 bytes plus an optional comment of at most 65 535 bytes. */
const EOCD_SEARCH = EOCD_MIN + 0xffff;
/** A Word document holds a few dozen parts; more is not a document we need to read further. */
const MAX_ENTRIES = 10_000;

export type ZipListing = { ok: true; names: string[] } | { ok: false; reason: 'not-zip' | 'incomplete' };

export function isZipStart(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0, true) === LOCAL_SIGNATURE;
}

export function listZipEntries(bytes: Uint8Array): ZipListing {
  if (!isZipStart(bytes)) return { ok: false, reason: 'not-zip' };
  const data = view(bytes);
  const eocd = findEndRecord(bytes, data);
  if (eocd < 0) return { ok: false, reason: 'incomplete' };
  const count = data.getUint16(eocd + 10, true);
  const size = data.getUint32(eocd + 12, true);
  const offset = data.getUint32(eocd + 16, true);
  // ZIP64 markers: a 25 MB document never needs them, so they are not read.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff || count > MAX_ENTRIES)
    return { ok: false, reason: 'not-zip' };
  if (offset + size > eocd) return { ok: false, reason: 'incomplete' };
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > offset + size || data.getUint32(at, true) !== CENTRAL_SIGNATURE)
      return { ok: false, reason: 'incomplete' };
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const compressed = data.getUint32(at + 20, true);
    const localOffset = data.getUint32(at + 42, true);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > offset + size) return { ok: false, reason: 'incomplete' };
    // Each part's data must lie before the directory: a file cut then patched would not.
    if (localOffset + 30 + compressed > offset || data.getUint32(localOffset, true) !== LOCAL_SIGNATURE)
      return { ok: false, reason: 'incomplete' };
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at = end;
  }
  return { ok: true, names };
}

function findEndRecord(bytes: Uint8Array, data: DataView): number {
  const stop = Math.max(0, bytes.length - EOCD_SEARCH);
  for (let at = bytes.length - EOCD_MIN; at >= stop; at -= 1) {
    if (data.getUint32(at, true) !== EOCD_SIGNATURE) continue;
    // The comment must end exactly at the end of the file, or this is a stray signature.
    if (at + EOCD_MIN + data.getUint16(at + 20, true) === bytes.length) return at;
  }
  return -1;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
