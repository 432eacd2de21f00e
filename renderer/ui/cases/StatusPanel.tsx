import { nowMs } from './clock';
import { useState, type FormEvent } from 'react';
import {
  CASE_STATUSES,
  type CaseBundle,
  type FieldError,
  todayIso,
  validateStatusChange,
  withStatus,
} from '../../core/cases';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { errorOf, fieldErrorText } from './caseMessages';
import { Field } from './Field';
import { FormErrors } from './FormErrors';
import type { OpenCase } from './useCase';
import { DateInput } from '../components/DateInput';

/** Status with its full history; a change is dated (the day it took effect) and journalled. */
export function StatusPanel({ open, bundle }: { open: OpenCase; bundle: CaseBundle }) {
  const { t, language } = useT();
  const { file } = bundle;
  const [status, setStatus] = useState<string>(file.status);
  const [on, setOn] = useState(todayIso());
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateStatusChange(status, on, file.openedOn, todayIso());
    if (!result.ok) return setErrors(result.errors);
    setErrors([]);
    const ok = await open.save({
      action: 'status',
      file: withStatus(file, result.value.status, result.value.on, nowMs()),
    });
    setFailed(!ok);
  };

  return (
    <div className="case-subpanel">
      <h4>{t('cases.status.heading')}</h4>
      <form autoComplete="off" className="case-inline-form" onSubmit={(e) => void submit(e)} noValidate>
        <FormErrors errors={errors} failed={failed} />
        <Field id="status-new" label={t('cases.status.new')}>
          {(p) => (
            <select {...p} value={status} onChange={(e) => setStatus(e.target.value)}>
              {CASE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`cases.status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="status-on"
          label={t('cases.status.on')}
          error={fieldErrorText(t, errorOf(errors, 'statusOn'))}
        >
          {(p) => <DateInput {...p} value={on} onChange={setOn} />}
        </Field>
        <button type="submit" disabled={status === file.status}>
          {t('cases.status.apply')}
        </button>
      </form>
      <h5>{t('cases.status.history')}</h5>
      <ol className="case-history">
        {file.statusHistory.map((change) => (
          <li key={change.at}>
            {t('cases.status.historyItem', {
              status: t(`cases.status.${change.status}`),
              date: formatDate(language, change.on),
            })}
          </li>
        ))}
      </ol>
    </div>
  );
}
