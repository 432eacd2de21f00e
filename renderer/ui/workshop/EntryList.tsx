import type { ContentDocument, Entry } from '../../core/content';
import { useT } from '../i18n/useT';

export type EntryFilter = 'all' | 'toVerify' | 'edited';

/**
 * The entries of one document, in worksheet order, with their level, nature and open point; filtered
 * to those « à vérifier » or those edited here. Plain buttons: Tab and Entrée reach and open each one.
 */
export function EntryList({
  documents,
  docId,
  entries,
  edited,
  filter,
  selected,
  onDocument,
  onFilter,
  onSelect,
}: {
  documents: readonly { doc: ContentDocument; toVerify: number }[];
  docId: string;
  entries: readonly Entry[];
  edited: ReadonlySet<string>;
  filter: EntryFilter;
  selected: string | undefined;
  onDocument: (docId: string) => void;
  onFilter: (filter: EntryFilter) => void;
  onSelect: (entryId: string) => void;
}) {
  const { t } = useT();
  const shown = entries.filter((e) =>
    filter === 'toVerify'
      ? e.verification.status === 'a-verifier'
      : filter === 'edited'
        ? edited.has(e.id)
        : true,
  );
  return (
    <nav className="workshop-list" aria-labelledby="workshop-list-title">
      <h3 id="workshop-list-title">{t('workshop.list.title')}</h3>
      <label htmlFor="workshop-filter">{t('workshop.list.filter')}</label>
      <select id="workshop-filter" value={filter} onChange={(e) => onFilter(e.target.value as EntryFilter)}>
        <option value="all">{t('workshop.list.filter.all')}</option>
        <option value="toVerify">{t('workshop.list.filter.toVerify')}</option>
        <option value="edited">{t('workshop.list.filter.edited')}</option>
      </select>
      <label htmlFor="workshop-document">{t('workshop.list.document')}</label>
      <select id="workshop-document" value={docId} onChange={(e) => onDocument(e.target.value)}>
        {documents.map(({ doc, toVerify }) => (
          <option key={doc.id} value={doc.id}>
            {t('workshop.list.documentOption', { name: doc.shortName.fr, count: toVerify })}
          </option>
        ))}
      </select>
      {shown.length === 0 ? (
        <p role="status">{t('workshop.list.empty')}</p>
      ) : (
        <ul>
          {shown.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                className={`workshop-entry${entry.id === selected ? ' is-selected' : ''}`}
                aria-current={entry.id === selected ? 'true' : undefined}
                onClick={() => onSelect(entry.id)}
              >
                <span className="workshop-entry-heading" lang="fr">
                  {entry.heading}
                </span>
                <span className={`workshop-level level-${entry.verification.status}`}>
                  {t(`library.verification.${entry.verification.status}`)}
                </span>
                {entry.official && <span className="workshop-tag">{t('workshop.list.official')}</span>}
                {edited.has(entry.id) && (
                  <span className="workshop-tag is-edited">{t('workshop.list.edited')}</span>
                )}
                {entry.verification.status === 'a-verifier' && entry.verification.note && (
                  <span className="workshop-open-point" lang="fr">
                    {t('workshop.list.openPoint')} : {entry.verification.note}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
