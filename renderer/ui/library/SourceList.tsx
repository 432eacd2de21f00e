import type { Source } from '../../core/content';
import { useT } from '../i18n/useT';

/** Sources as text: their addresses are shown, never opened (the app makes no network request). */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  const { t } = useT();
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={source.id}>
          <span lang="fr">{source.label}</span>{' '}
          <span className="source-type">
            (
            {t(
              source.type === 'official'
                ? 'library.reader.source.official'
                : 'library.reader.source.secondary',
            )}
            )
          </span>{' '}
          <span className="source-publisher" lang="fr">
            {t('library.reader.source.publisher', { publisher: source.publisher })}
          </span>
          {source.publication && (
            <span className="source-publication" lang="fr">
              {' '}
              {t('library.reader.source.publication', { publication: source.publication })}
            </span>
          )}
          {source.url && (
            <span className="source-url">{t('library.reader.sourceUrl', { url: source.url })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
