import { useRef, useState } from 'react';
import type { FieldError, Validation } from '../../core/cases';
import { useT } from '../i18n/useT';
import { errorOf, fieldErrorText } from './caseMessages';

/**
 * What every case form keeps: its draft, the errors its core validator found, whether the save failed,
 * and the error summary (FormErrors) that takes focus when the validator refuses.
 */
export function useCaseForm<D extends object>(initial: () => D) {
  const { t } = useT();
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  /** The validated value; on a refusal undefined, with the errors shown and focus on their summary. */
  const accept = <V>(result: Validation<V>): V | undefined => {
    if (!result.ok) {
      setErrors(result.errors);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return undefined;
    }
    setErrors([]);
    return result.value;
  };

  return {
    draft,
    set: (patch: Partial<D>) => setDraft({ ...draft, ...patch }),
    /** The translated error of one field, if any. */
    err: (field: string) => fieldErrorText(t, errorOf(errors, field)),
    errors,
    failed,
    setFailed,
    summaryRef,
    accept,
  };
}
