import type { AttachmentType } from './caseSchemas';
import type { FieldError } from './fieldError';

// Attachments are checked by their first bytes, not their name: a program renamed "photo.jpg" or a
// text file renamed ".pdf" is refused. Only what an investigator needs: photos, PDF, audio.

export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

const EXTENSIONS: Record<AttachmentType, readonly string[]> = {
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  pdf: ['pdf'],
  mp3: ['mp3'],
  ogg: ['ogg', 'oga', 'opus'],
  wav: ['wav'],
};

export const ATTACHMENT_MIME: Record<AttachmentType, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  pdf: 'application/pdf',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
};

export const ATTACHMENT_EXTENSIONS = Object.values(EXTENSIONS).flat();

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The type the bytes really are, or null. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, ascii('OggS'))) return 'ogg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WAVE'), 8)) return 'wav';
  if (startsWith(bytes, ascii('ID3'))) return 'mp3';
  // An MPEG audio frame without an ID3 tag: 11 sync bits, then layer III.
  if (
    bytes.length >= 2 &&
    bytes[0] === 0xff &&
    ((bytes[1] ?? 0) & 0xe0) === 0xe0 &&
    ((bytes[1] ?? 0) & 0x06) === 0x02
  )
    return 'mp3';
  return null;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Accepts a file only when its bytes are a known type and its name does not claim another one. */
export function checkAttachment(
  name: string,
  bytes: Uint8Array,
): { ok: true; type: AttachmentType } | { ok: false; error: FieldError } {
  if (bytes.length === 0) return { ok: false, error: { field: 'file', code: 'file-empty' } };
  if (bytes.length > ATTACHMENT_MAX_BYTES)
    return { ok: false, error: { field: 'file', code: 'file-too-large' } };
  const type = sniffAttachmentType(bytes);
  if (type === null) return { ok: false, error: { field: 'file', code: 'file-type-unknown' } };
  const ext = extensionOf(name);
  if (ext !== '' && !EXTENSIONS[type].includes(ext))
    return { ok: false, error: { field: 'file', code: 'file-type-mismatch' } };
  return { ok: true, type };
}
