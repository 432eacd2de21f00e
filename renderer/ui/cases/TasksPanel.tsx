import { useState, type FormEvent } from 'react';
import { type CaseBundle, type FieldError, KINDS, validateTask } from '../../core/cases';
import { useT } from '../i18n/useT';
import { errorOf, fieldErrorText } from './caseMessages';
import { Field } from './Field';
import { FormErrors } from './FormErrors';
import type { OpenCase } from './useCase';
import { DateInput } from '../components/DateInput';
import { DeletedItems } from './DeletedItems';
import { TaskItem } from './TaskItem';

export function TasksPanel({ open, bundle }: { open: OpenCase; bundle: CaseBundle }) {
  const { t } = useT();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState(false);

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
  return (
    <div>
      <h4>{t('cases.tasks.heading')}</h4>
      {!open.readOnly && (
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
          <Field
            id="task-due"
            label={t('cases.tasks.due')}
            error={fieldErrorText(t, errorOf(errors, 'dueOn'))}
          >
            {(p) => <DateInput {...p} value={dueOn} onChange={setDueOn} />}
          </Field>
          <button type="submit">{t('cases.tasks.add')}</button>
        </form>
      )}
      {bundle.tasks.length === 0 ? (
        <p>{t('cases.tasks.empty')}</p>
      ) : (
        <ul className="case-tasks">
          {bundle.tasks.map((task) => (
            <TaskItem key={task.id} open={open} bundle={bundle} task={task} />
          ))}
        </ul>
      )}
      <DeletedItems open={open} bundle={bundle} kinds={[KINDS.task]} />
    </div>
  );
}
