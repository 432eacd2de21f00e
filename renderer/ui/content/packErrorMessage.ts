import type { PackErrorCode } from '../../core/content/packError';
import type { MessageKey } from '../i18n/catalog';

// Typed as a full record so a new error code cannot ship without its translated message.
export const PACK_ERROR_MESSAGES: Record<PackErrorCode, MessageKey> = {
  'missing-part': 'content.error.missing-part',
  malformed: 'content.error.malformed',
  'signature-invalid': 'content.error.signature-invalid',
  'untrusted-key': 'content.error.untrusted-key',
  'dev-key-refused': 'content.error.dev-key-refused',
  'hash-mismatch': 'content.error.hash-mismatch',
  'older-version': 'content.error.older-version',
  'same-version': 'content.error.same-version',
  'schema-unsupported': 'content.error.schema-unsupported',
  'not-a-pack': 'content.error.not-a-pack',
  'container-unsupported': 'content.error.container-unsupported',
  'too-large': 'content.error.too-large',
  truncated: 'content.error.truncated',
};
