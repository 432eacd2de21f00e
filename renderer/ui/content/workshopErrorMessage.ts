import type { WorkshopError, WorkshopErrorCode } from '../../core/workshop';
import type { MessageKey } from '../i18n/catalog';
import type { I18n } from '../i18n/I18nProvider';

// Typed as a full record so a new workshop error code cannot ship without its translated message.
export const WORKSHOP_ERROR_MESSAGES: Record<WorkshopErrorCode, MessageKey> = {
  'not-a-key-file': 'content.publish.error.not-a-key-file',
  'unsupported-version': 'content.publish.error.unsupported-version',
  damaged: 'content.publish.error.damaged',
  'wrong-passphrase': 'content.publish.error.wrong-passphrase',
  'root-key': 'content.publish.error.root-key',
  'not-certified': 'content.publish.error.not-certified',
  untrusted: 'content.publish.error.untrusted',
  'role-refused': 'content.publish.error.role-refused',
  revoked: 'content.publish.error.revoked',
  'certificate-expired': 'content.publish.error.certificate-expired',
  'certificate-not-yet-valid': 'content.publish.error.certificate-not-yet-valid',
  forgotten: 'content.publish.error.forgotten',
  'delta-unavailable': 'content.publish.error.delta-unavailable',
  'nothing-changed': 'content.publish.error.nothing-changed',
  'version-not-newer': 'content.publish.error.version-not-newer',
};

/** The translated reason a publisher key was refused or a publication failed. */
export const workshopErrorText = (t: I18n['t'], error: WorkshopError): string => t(WORKSHOP_ERROR_MESSAGES[error.code]);
