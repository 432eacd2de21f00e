import { EditsStoreError, isWorkshopError } from '../../core/workshop';
import { workshopErrorText } from '../content/workshopErrorMessage';
import type { MessageKey } from '../i18n/catalog';
import type { I18n } from '../i18n/I18nProvider';

/**
 * A workshop failure as a sentence saying what to do: a refusal of the publisher key or of a publication
 * (its code's message), the encrypted edits' own refusals, or `fallback` for anything else.
 */
export function workshopFailureText(t: I18n['t'], error: unknown, fallback: MessageKey): string {
  if (error instanceof EditsStoreError) return t(`workshop.edits.error.${error.code}`);
  if (isWorkshopError(error)) return workshopErrorText(t, error);
  return t(fallback);
}
