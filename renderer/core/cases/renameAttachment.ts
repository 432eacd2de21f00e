import { extensionOf, attachmentExtensions } from './attachmentType';
import type { CaseBundle } from './caseBundle';
import type { CaseChange } from './caseCommit';
import { CaseError } from './caseError';
import { KINDS, type Attachment } from './caseSchemas';
import type { FieldError, Validation } from './fieldError';

// Issue 18, point 1: an attachment's name and description can be corrected; its bytes never change
// (a different file is a new attachment). The previous name stays in the history like any edit.

export const ATTACHMENT_NAME_MAX = 200;
export const ATTACHMENT_DESCRIPTION_MAX = 1000;

// Control characters, and the bidirectional controls that can show "photo‮gpj.exe" as "photoexe.jpg".
const DISGUISE = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\u200e\u200f]/u;

/**
 * The new name keeps the file's type: its extension must be one of the type's (else a copy saved
 * later would open in the wrong program), and it holds no folder separator or hidden direction mark.
 */
export function validateAttachmentRename(
  current: Attachment,
  name: string,
  description: string,
): Validation<{ name: string; description: string }> {
  const errors: FieldError[] = [];
  const trimmed = name.trim();
  if (trimmed === '' || extensionOf(trimmed) === trimmed.slice(1).toLowerCase())
    errors.push({ field: 'name', code: 'required' });
  else if (trimmed.length > ATTACHMENT_NAME_MAX) errors.push({ field: 'name', code: 'too-long' });
  else if (DISGUISE.test(trimmed) || /[\\/]/u.test(trimmed))
    errors.push({ field: 'name', code: 'name-invalid' });
  else if (!attachmentExtensions(current.type).includes(extensionOf(trimmed)))
    errors.push({ field: 'name', code: 'name-extension' });
  const text = description.trim();
  if (text.length > ATTACHMENT_DESCRIPTION_MAX) errors.push({ field: 'description', code: 'too-long' });
  else if (DISGUISE.test(text.replace(/[\n\t]/gu, '')))
    errors.push({ field: 'description', code: 'name-invalid' });
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, value: { name: trimmed, description: text } };
}

/** The change that renames one attachment of the case (pure: the queue runs it on the fresh case). */
export function renameAttachmentChange(
  bundle: CaseBundle,
  recordId: string,
  name: string,
  description: string,
): CaseChange | null {
  const item = bundle.attachments.find((a) => a.id === recordId);
  if (!item) throw new CaseError('item-not-found');
  const checked = validateAttachmentRename(item.value, name, description);
  if (!checked.ok) throw new CaseError('record-invalid');
  const { value } = item;
  if (checked.value.name === value.name && checked.value.description === value.description) return null;
  const payload: Attachment = { ...value, ...checked.value };
  return { action: 'renamed', put: [{ id: recordId, kind: KINDS.attachment, payload }] };
}
