import type { AttachmentType } from './caseSchemas';
import { checkCompoundFile, isCompoundStart } from './compoundFile';
import type { FieldError } from './fieldError';
import { checkIsoMedia, isIsoMediaStart } from './isoMedia';
import { isZipStart, listZipEntries } from './zipDirectory';

// Attachments are checked by their content, not their name: a program renamed "photo.jpg" or a
// text file renamed ".pdf" is refused. Only what an investigator needs: photos, PDF, audio, Word
// documents (procès-verbaux) and phone videos. Containers (Word, video) are also checked whole, so a
// copy cut short is refused as incomplete rather than stored and found broken later.

export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

const EXTENSIONS: Record<AttachmentType, readonly string[]> = {
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  pdf: ['pdf'],
  mp3: ['mp3'],
  ogg: ['ogg', 'oga', 'opus'],
  wav: ['wav'],
  docx: ['docx'],
  doc: ['doc'],
  mp4: ['mp4', 'm4v'],
  '3gp': ['3gp', '3g2'],
  mov: ['mov', 'qt'],
};

// Phones name the same kind of file .mp4, .3gp or .mov by habit: within this family a name is not a disguise.
const VIDEO_TYPES: readonly AttachmentType[] = ['mp4', '3gp', 'mov'];
const VIDEO_EXTENSIONS = VIDEO_TYPES.flatMap((type) => EXTENSIONS[type]);

export const ATTACHMENT_EXTENSIONS = Object.values(EXTENSIONS).flat();

/** The extensions a file of this type may carry in its name (any video one for a video). */
export function attachmentExtensions(type: AttachmentType): readonly string[] {
  return VIDEO_TYPES.includes(type) ? VIDEO_EXTENSIONS : EXTENSIONS[type];
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The type the bytes really are, or null. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  const found = sniffAttachment(bytes);
  return found === 'incomplete' ? null : found;
}

/** The type the bytes really are; 'incomplete' for a Word document or a video cut short; else null. */
export function sniffAttachment(bytes: Uint8Array): AttachmentType | 'incomplete' | null {
  if (isZipStart(bytes)) {
    const zip = listZipEntries(bytes);
    if (!zip.ok) return zip.reason === 'incomplete' ? 'incomplete' : null;
    const isWord =
      zip.names.includes('[Content_Types].xml') &&
      zip.names.some((n) => n.startsWith('word/') && n.endsWith('.xml'));
    return isWord ? 'docx' : null;
  }
  if (isCompoundStart(bytes)) {
    const compound = checkCompoundFile(bytes);
    return compound === 'word' ? 'doc' : compound === 'incomplete' ? 'incomplete' : null;
  }
  if (isIsoMediaStart(bytes)) {
    const media = checkIsoMedia(bytes);
    return media.ok ? media.kind : media.reason === 'incomplete' ? 'incomplete' : null;
  }
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
  const type = sniffAttachment(bytes);
  if (type === null) return { ok: false, error: { field: 'file', code: 'file-type-unknown' } };
  if (type === 'incomplete') return { ok: false, error: { field: 'file', code: 'file-incomplete' } };
  const ext = extensionOf(name);
  if (ext !== '' && !attachmentExtensions(type).includes(ext))
    return { ok: false, error: { field: 'file', code: 'file-type-mismatch' } };
  return { ok: true, type };
}
