import { useState, type FormEvent } from 'react';
import { type CaseBundle, type FieldError, KINDS, todayIso, validateTask } from '../../core/cases';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { errorOf, fieldErrorText } from './caseMessages';
import { Field } from './Field';
import { FormErrors } from './FormErrors';
import type { OpenCase } from './useCase';
import { DateInput } from '../components/DateInput';

export function TasksPanel({ open, bundle }: { open: OpenCase; bundle: CaseBundle }) {
  const { t, language } = useT();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState(false);
  const today = todayIso();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateTask(title, dueOn);
    if (!result.ok) return setErrors(result.errors);
    setErrors([]);
    // Cleared at once and put back on failure, as for notes.
    setTitle('');
    setDueOn('');
    const ok = await open.save({ action: 'task', put: [{ kind: KINDS.task, payload: result.value }] });
    setFailed(!ok);
    if (!ok) {
      setTitle((current) => current || title);
      setDueOn((current) => current || dueOn);
    }
  };
  const toggle = (id: string, done: boolean) => {
    const item = bundle.tasks.find((x) => x.id === id);
    if (item)
      void open.save({ action: 'task', put: [{ id, kind: KINDS.task, payload: { ...item.value, done } }] });
  };

  return (
    <div>
      <h4>{t('cases.tasks.heading')}</h4>
      <form autoComplete="off" className="case-form" onSubmit={(e) => void submit(e)} noValidate>
        <FormErrors errors={errors} failed={failed} />
        <Field
          id="task-title"
          label={t('cases.tasks.title')}
          error={fieldErrorText(t, errorOf(errors, 'title'))}
        >
          {(p) => (
            <input autoComplete="off" {...p} value={title} onChange={(e) => setTitle(e.target.value)} />
          )}
        </Field>
        <Field id="task-due" label={t('cases.tasks.due')} error={fieldErrorText(t, errorOf(errors, 'dueOn'))}>
          {(p) => <DateInput {...p} value={dueOn} onChange={setDueOn} />}
        </Field>
        <button type="submit">{t('cases.tasks.add')}</button>
      </form>
      {bundle.tasks.length === 0 ? (
        <p>{t('cases.tasks.empty')}</p>
      ) : (
        <ul className="case-tasks">
          {bundle.tasks.map(({ id, value }) => (
            <li key={id} className={value.done ? 'case-task-done' : undefined}>
              <label className="case-check">
                <input
                  type="checkbox"
                  checked={value.done}
                  onChange={(e) => toggle(id, e.target.checked)}
                  aria-label={t('cases.tasks.done', { title: value.title })}
                />
                <span>
                  {value.title}
                  {value.dueOn && (
                    <span className="case-muted">
                      {' '}
                      {t('cases.tasks.dueOn', { date: formatDate(language, value.dueOn) })}
                    </span>
                  )}
                  {!value.done && value.dueOn && value.dueOn < today && (
                    <strong className="case-overdue"> ({t('cases.tasks.overdue')})</strong>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
