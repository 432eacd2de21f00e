import type { PackError, PackErrorCode } from '../../core/content';
import { MAX_VERSION_JUMP } from '../../core/contentUpdate';
import type { MessageKey } from '../i18n/catalog';
import type { I18n } from '../i18n/I18nProvider';

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
  'old-format': 'trust.error.old-format',
  'certificate-expired': 'trust.error.certificate-expired',
  'certificate-not-yet-valid': 'trust.error.certificate-not-yet-valid',
  'role-refused': 'trust.error.role-refused',
  'publisher-revoked': 'trust.error.publisher-revoked',
  'version-jump': 'trust.error.version-jump',
  'wrong-base': 'content.error.wrong-base',
  'delta-unsupported': 'content.error.delta-unsupported',
};

/** The translated reason, with the few figures some reasons name. */
export const packErrorText = (t: I18n['t'], error: PackError): string =>
  t(PACK_ERROR_MESSAGES[error.code] ?? 'content.error.unknown', { max: MAX_VERSION_JUMP });
