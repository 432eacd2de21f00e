import type { Ref } from 'react';
import type { FieldError } from '../../core/cases';
import { useT } from '../i18n/useT';
import { errorOf, fieldErrorText } from './caseMessages';
import { Field } from './Field';

/** The required reason of a deletion (a record or a whole case, issue 18), focused when the form opens. */
export function DeletionReasonField({
  id,
  hint,
  errors,
  value,
  onChange,
  fieldRef,
}: {
  id: string;
  hint: string;
  errors: readonly FieldError[];
  value: string;
  onChange: (value: string) => void;
  fieldRef: Ref<HTMLTextAreaElement>;
}) {
  const { t } = useT();
  return (
    <Field
      id={id}
      label={t('cases.delete.reason')}
      hint={hint}
      error={fieldErrorText(t, errorOf(errors, 'reason'))}
      required
    >
      {(p) => (
        <textarea
          {...p}
          ref={fieldRef}
          rows={2}
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
