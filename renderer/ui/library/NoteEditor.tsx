import { useCallback, useEffect, useId, useState } from 'react';
import {
  deleteArticleNote,
  listArticleNotes,
  saveArticleNote,
  type ArticleNote,
  type NoteVault,
} from '../../core/library';
import { useT } from '../i18n/useT';

/** Write, read and delete notes on one entry, in the unlocked notebook. Notes show as plain text. */
export function NoteEditor({ vault, entryId }: { vault: NoteVault; entryId: string }) {
  const { t } = useT();
  const fieldId = useId();
  const [notes, setNotes] = useState<ArticleNote[]>([]);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<{ tone: 'status' | 'error'; text: string } | null>(null);
  const reload = useCallback(() => listArticleNotes(vault, entryId).then(setNotes), [vault, entryId]);
  useEffect(() => {
    reload().catch(() => setMessage({ tone: 'error', text: t('library.notes.failed') }));
  }, [reload, t]);

  const save = async () => {
    try {
      await saveArticleNote(vault, { entryId, text: draft });
      setDraft('');
      setMessage({ tone: 'status', text: t('library.notes.saved') });
      await reload();
    } catch {
      setMessage({ tone: 'error', text: t('library.notes.failed') });
    }
  };

  return (
    <div className="note-editor">
      {notes.map((note) => (
        <div key={note.id} className="note">
          <p className="note-text">{note.text}</p>
          <button
            type="button"
            className="secondary small"
            onClick={() => void deleteArticleNote(vault, note.id).then(reload)}
          >
            {t('library.notes.delete')}
          </button>
        </div>
      ))}
      <label htmlFor={fieldId}>{t('library.notes.label')}</label>
      <textarea
        autoComplete="off"
        id={fieldId}
        rows={3}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="button" disabled={draft.trim().length === 0} onClick={() => void save()}>
        {t('library.notes.save')}
      </button>
      <p
        role={message?.tone === 'error' ? 'alert' : 'status'}
        className={message?.tone === 'error' ? 'error-message' : undefined}
      >
        {message?.text}
      </p>
    </div>
  );
}
