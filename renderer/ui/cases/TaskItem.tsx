import { useState, type FormEvent } from 'react';
import { type CaseBundle, type FieldError, type Item, KINDS, todayIso, validateTask } from '../../core/cases';
import { DateInput } from '../components/DateInput';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { errorOf, fieldErrorText } from './caseMessages';
import { Field } from './Field';
import { FormErrors } from './FormErrors';
import { ItemTools } from './ItemTools';
import type { OpenCase } from './useCase';

type TaskValue = { v: 1; title: string; dueOn: string; done: boolean };

/** One task: ticked done, corrected in place (title, due date; the previous one kept in its history), deleted. */
export function TaskItem({
  open,
  bundle,
  task,
}: {
  open: OpenCase;
  bundle: CaseBundle;
  task: Item<TaskValue>;
}) {
  const { t, language } = useT();
  const { id, value } = task;
  const [draft, setDraft] = useState<{ title: string; dueOn: string } | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState(false);
  const today = todayIso();

  const toggle = (done: boolean) =>
    void open.save({ action: 'task', put: [{ id, kind: KINDS.task, payload: { ...value, done } }] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft === null) return;
    const result = validateTask(draft.title, draft.dueOn, value.done);
    if (!result.ok) return setErrors(result.errors);
    setErrors([]);
    const ok = await open.save({ action: 'task', put: [{ id, kind: KINDS.task, payload: result.value }] });
    setFailed(!ok);
    if (ok) setDraft(null);
  };

  if (draft !== null)
    return (
      <li>
        <form autoComplete="off" className="case-form" onSubmit={(e) => void submit(e)} noValidate>
          <FormErrors errors={errors} failed={failed} />
          <Field
            id={`task-edit-${id}-title`}
            label={t('cases.tasks.title')}
            error={fieldErrorText(t, errorOf(errors, 'title'))}
          >
            {(p) => (
              <input
                {...p}
                autoComplete="off"
                value={draft.title}
                onChange={(e) => setDraft({ ...draft, title: e.target.value })}
              />
            )}
          </Field>
          <Field
            id={`task-edit-${id}-due`}
            label={t('cases.tasks.due')}
            error={fieldErrorText(t, errorOf(errors, 'dueOn'))}
          >
            {(p) => (
              <DateInput {...p} value={draft.dueOn} onChange={(dueOn) => setDraft({ ...draft, dueOn })} />
            )}
          </Field>
          <div className="case-delete-buttons">
            <button type="submit">{t('cases.item.save')}</button>
            <button type="button" className="secondary" onClick={() => (setDraft(null), setErrors([]))}>
              {t('cases.item.cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  return (
    <li className={value.done ? 'case-task-done' : undefined}>
      <label className="case-check">
        <input
          type="checkbox"
          checked={value.done}
          disabled={open.readOnly}
          onChange={(e) => toggle(e.target.checked)}
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
      <ItemTools open={open} bundle={bundle} recordId={id} what={value.title}>
        {!open.readOnly && (
          <button
            type="button"
            className="secondary"
            onClick={() => setDraft({ title: value.title, dueOn: value.dueOn })}
            aria-label={`${t('cases.item.edit')} : ${value.title}`}
          >
            {t('cases.item.edit')}
          </button>
        )}
      </ItemTools>
    </li>
  );
}
