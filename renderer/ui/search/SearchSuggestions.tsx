import type { ContentDocument, LoadedPack } from '../../core/content';
import type { SearchHit } from '../../core/search';
import { useT } from '../i18n/useT';
import { documentShortName, documentTitle } from '../library/documentLabels';

export const suggestionId = (index: number): string => `global-suggestion-${index}`;

interface Props {
  id: string;
  query: string;
  /** The legal text that answers best, offered first (undefined when none matches). */
  document?: ContentDocument;
  hits: SearchHit[];
  pack: LoadedPack;
  active: number;
  onChoose: (index: number) => void;
}

/**
 * The banner's search-as-you-type panel: the legal text that answers best, the best few provisions, then
 * "all results". Options are numbered in that order (the document, when there is one, is option 0).
 */
export function SearchSuggestions({ id, query, document, hits, pack, active, onChoose }: Props) {
  const { t, language } = useT();
  const first = document ? 1 : 0;
  const option = (index: number, className: string, children: React.ReactNode) => (
    <div
      key={index}
      role="option"
      id={suggestionId(index)}
      aria-selected={index === active}
      className={`search-suggestion ${className}${index === active ? ' is-active' : ''}`}
      // Keep the focus in the field: the click still lands.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onChoose(index)}
    >
      {children}
    </div>
  );
  return (
    <div role="listbox" id={id} aria-label={t('search.suggestions.label')} className="search-suggestions">
      {document &&
        option(
          0,
          'search-suggestion-document',
          <>
            <span className="search-suggestion-title" lang={documentShortName(document, language).lang}>
              {documentShortName(document, language).text} — {t('search.hit.document')}
            </span>
            <span className="search-suggestion-doc" lang={documentTitle(document, language).lang}>
              {documentTitle(document, language).text}
            </span>
          </>,
        )}
      {hits.map((hit, i) => {
        const doc = pack.documentsById.get(hit.docId);
        const short = doc ? documentShortName(doc, language) : undefined;
        return option(
          first + i,
          '',
          <>
            <span className="search-suggestion-title" lang="fr">
              {short ? `${short.text} — ` : ''}
              {hit.kind === 'document' ? t('search.hit.document') : hit.heading}
            </span>
            <span className="search-suggestion-doc">{t(`search.kind.${hit.kind}`)}</span>
          </>,
        );
      })}
      {option(first + hits.length, 'search-suggestion-all', t('search.suggestions.all', { query }))}
    </div>
  );
}
