import { useState, type FormEvent } from 'react';
import { type CaseBundle, type FieldError, type Item, KINDS, validateNote } from '../../core/cases';
import { SafeHtml } from '../components/SafeHtml';
import { useT } from '../i18n/useT';
import { errorOf, fieldErrorText, formatDateTime } from './caseMessages';
import { Field } from './Field';
import { FormErrors } from './FormErrors';
import { ItemTools } from './ItemTools';
import type { OpenCase } from './useCase';

type NoteValue = { v: 1; at: number; text: string };

/** One note of the timeline: read, corrected in place (the previous text kept in its history), deleted. */
export function NoteItem({
  open,
  bundle,
  note,
}: {
  open: OpenCase;
  bundle: CaseBundle;
  note: Item<NoteValue>;
}) {
  const { t, language } = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState(false);
  const firstLine = note.value.text.split('\n')[0]!.slice(0, 60);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft === null) return;
    // The note keeps the time it was written; the edit's own time is in its history.
    const result = validateNote(draft, note.value.at);
    if (!result.ok) return setErrors(result.errors);
    setErrors([]);
    const ok = await open.save({
      action: 'note',
      put: [{ id: note.id, kind: KINDS.note, payload: result.value }],
    });
    setFailed(!ok);
    if (ok) setDraft(null);
  };

  return (
    <li>
      <p className="case-muted">{formatDateTime(language, note.value.at)}</p>
      {draft === null ? (
        <>
          <SafeHtml className="case-note-body" markdown={note.value.text} />
          <ItemTools open={open} bundle={bundle} recordId={note.id} what={firstLine}>
            {!open.readOnly && (
              <button
                type="button"
                className="secondary"
                onClick={() => setDraft(note.value.text)}
                aria-label={`${t('cases.item.edit')} : ${firstLine}`}
              >
                {t('cases.item.edit')}
              </button>
            )}
          </ItemTools>
        </>
      ) : (
        <form autoComplete="off" className="case-form" onSubmit={(e) => void submit(e)} noValidate>
          <FormErrors errors={errors} failed={failed} />
          <Field
            id={`note-edit-${note.id}`}
            label={t('cases.notes.editLabel')}
            error={fieldErrorText(t, errorOf(errors, 'note'))}
          >
            {(p) => (
              <textarea
                {...p}
                rows={4}
                autoComplete="off"
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
              />
            )}
          </Field>
          <div className="case-delete-buttons">
            <button type="submit">{t('cases.item.save')}</button>
            <button type="button" className="secondary" onClick={() => (setDraft(null), setErrors([]))}>
              {t('cases.item.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
