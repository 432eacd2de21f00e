import type { RefObject } from 'react';
import type { FieldError } from '../../core/cases';
import { useT } from '../i18n/useT';

/** The summary above a form: receives focus after a refused save, so the person hears why. */
export function FormErrors({
  errors,
  failed,
  focusRef,
}: {
  errors: readonly FieldError[];
  failed: boolean;
  focusRef?: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useT();
  const show = errors.length > 0 || failed;
  return (
    <div ref={focusRef} tabIndex={-1} role="alert" className={show ? 'case-form-errors' : undefined}>
      {errors.length > 0 && <p className="error-message">{t('cases.form.errorsHeading')}</p>}
      {failed && <p className="error-message">{t('cases.error.saveFailed')}</p>}
    </div>
  );
}
