// Checks a phone video (MP4, 3GP, QuickTime MOV: all ISO base media files) by walking its top-level
// boxes. Each box states its size, so the walk must land exactly on the end of the file: a copy cut
// short (the usual damage on a phone or a stick) leaves the last box hanging. A playable file also
// needs its index box ("moov").

export type VideoKind = 'mp4' | '3gp' | 'mov';
export type IsoMediaCheck = { ok: true; kind: VideoKind } | { ok: false; reason: 'not-media' | 'incomplete' };

const TOP_LEVEL = new Set([
  'ftyp',
  'moov',
  'mdat',
  'free',
  'skip',
  'wide',
  'uuid',
  'moof',
  'mfra',
  'meta',
  'pdin',
  'styp',
  'sidx',
  'pnot',
]);
/** Boxes an old QuickTime file may start with, before any "ftyp" existed. */
const QUICKTIME_FIRST = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

const fourcc = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

export function isIsoMediaStart(bytes: Uint8Array): boolean {
  if (bytes.length < 8) return false;
  const type = fourcc(bytes, 4);
  return type === 'ftyp' || QUICKTIME_FIRST.has(type);
}

export function checkIsoMedia(bytes: Uint8Array): IsoMediaCheck {
  if (!isIsoMediaStart(bytes)) return { ok: false, reason: 'not-media' };
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let kind: VideoKind = fourcc(bytes, 4) === 'ftyp' ? 'mp4' : 'mov';
  let hasIndex = false;
  let at = 0;
  while (at < bytes.length) {
    if (at + 8 > bytes.length) return { ok: false, reason: 'incomplete' };
    const type = fourcc(bytes, at + 4);
    if (!TOP_LEVEL.has(type)) return { ok: false, reason: at === 0 ? 'not-media' : 'incomplete' };
    let size = data.getUint32(at);
    if (size === 1) {
      if (at + 16 > bytes.length) return { ok: false, reason: 'incomplete' };
      size = Number(data.getBigUint64(at + 8));
    } else if (size === 0) {
      size = bytes.length - at; // "to the end of the file": only the last box may say so
    }
    if (size < 8 || at + size > bytes.length) return { ok: false, reason: 'incomplete' };
    if (type === 'ftyp' && at === 0) kind = kindOfBrand(fourcc(bytes, 8));
    if (type === 'moov' || type === 'moof') hasIndex = true;
    at += size;
  }
  return hasIndex ? { ok: true, kind } : { ok: false, reason: 'incomplete' };
}

function kindOfBrand(brand: string): VideoKind {
  if (brand.startsWith('3gp') || brand.startsWith('3g2')) return '3gp';
  if (brand === 'qt  ') return 'mov';
  return 'mp4';
}
