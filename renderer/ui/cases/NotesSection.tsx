import { nowMs } from './clock';
import { useState, type FormEvent } from 'react';
import { useNoteDraft } from './useNoteDraft';
import { type FieldError, KINDS, validateNote } from '../../core/cases';
import { useT } from '../i18n/useT';
import { errorOf, fieldErrorText, formatDateTime } from './caseMessages';
import type { SectionProps } from './CaseSection';
import { Field } from './Field';
import { FormErrors } from './FormErrors';
import { TasksPanel } from './TasksPanel';
import { DeletedItems } from './DeletedItems';
import { NoteItem } from './NoteItem';

/** Notes, newest first, rendered from Markdown through SafeHtml only; then the tasks. */
export function NotesSection({ session, open, bundle }: SectionProps) {
  const { t, language } = useT();
  const { text, setText, restoredAt, flush } = useNoteDraft(session, bundle.caseId);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateNote(text, nowMs());
    if (!result.ok) return setErrors(result.errors);
    setErrors([]);
    // Cleared at once (and put back if the save fails): a second note typed while the first one is
    // being saved must not be wiped when the first save returns.
    setText('');
    const ok = await open.save({ action: 'note', put: [{ kind: KINDS.note, payload: result.value }] });
    setFailed(!ok);
    if (!ok) setText((current) => current || text);
    else flush();
  };

  return (
    <div className="case-two-columns">
      <div>
        <h4>{t('cases.notes.heading')}</h4>
        {!open.readOnly && (
          <form autoComplete="off" className="case-form" onSubmit={(e) => void submit(e)} noValidate>
            <FormErrors errors={errors} failed={failed} />
            {restoredAt !== null && text !== '' && (
              <p className="notice" role="status">
                {t('cases.notes.draftRestored', { when: formatDateTime(language, restoredAt) })}
              </p>
            )}
            <Field
              id="note-text"
              label={t('cases.notes.label')}
              hint={t('cases.notes.hint')}
              error={fieldErrorText(t, errorOf(errors, 'note'))}
            >
              {(p) => (
                <textarea
                  autoComplete="off"
                  {...p}
                  rows={4}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                />
              )}
            </Field>
            <button type="submit">{t('cases.notes.add')}</button>
          </form>
        )}
        {bundle.notes.length === 0 ? (
          <p>{t('cases.notes.empty')}</p>
        ) : (
          <ol className="case-timeline">
            {bundle.notes.map((note) => (
              <NoteItem key={note.id} open={open} bundle={bundle} note={note} />
            ))}
          </ol>
        )}
        <DeletedItems open={open} bundle={bundle} kinds={[KINDS.note]} />
      </div>
      <TasksPanel open={open} bundle={bundle} />
    </div>
  );
}
