import type { Entry } from '../../core/content';
import { useT } from '../i18n/useT';
import { NoteEditor } from './NoteEditor';
import { useNoteVault } from './useNoteVault';

/** Personal notes beside an article. Private by nature, so only ever in the encrypted notebook. */
export function ArticleNotes({ entry }: { entry: Entry }) {
  const { t } = useT();
  const state = useNoteVault();
  return (
    <details className="article-notes">
      <summary>{t('library.notes.title')}</summary>
      {state.status === 'locked' && <p className="help">{t('library.notes.locked')}</p>}
      {state.status === 'open' && <NoteEditor vault={state.vault} entryId={entry.id} />}
    </details>
  );
}
