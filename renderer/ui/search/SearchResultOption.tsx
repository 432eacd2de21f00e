import type { LoadedPack } from '../../core/content';
import { formatDate } from '../../core/library';
import type { SearchHit } from '../../core/search';
import { useT } from '../i18n/useT';
import { VerificationBadge } from '../library/VerificationBadge';
import { SnippetText } from './SnippetText';

interface Props {
  id: string;
  hit: SearchHit;
  pack: LoadedPack;
  selected: boolean;
  onOpen: (hit: SearchHit) => void;
  onHover: () => void;
  /** Shown in a result's heading: its document's short name, where the list is not grouped by document. */
  documentLabel?: string;
  /** The overview's short form: heading, then status and passage on two lines; no kind (the block says it), no citation. */
  compact?: boolean;
}

/** One result: reference first (heading, kind, verification, cited), then the passage, then the citation. */
export function SearchResultOption({
  id,
  hit,
  pack,
  selected,
  onOpen,
  onHover,
  documentLabel,
  compact = false,
}: Props) {
  const { t, language } = useT();
  // Only an earlier wording matched: said, since the entry opens at its current version (issue 20).
  const older = hit.olderVersion && (
    <span className="search-hit-older">
      {t('search.olderVersion', {
        from: formatDate(hit.olderVersion.from, language),
        until: formatDate(hit.olderVersion.until, language),
      })}
    </span>
  );
  const entry = hit.kind === 'document' ? undefined : pack.entriesById.get(hit.id);
  const verification = entry ? entry.verification : pack.documentsById.get(hit.docId)?.verification;
  // Every legal entry shows its nature and level (the shared badge); a document shows its level.
  const badge = verification && (
    <VerificationBadge
      verification={verification}
      showNote={false}
      {...(entry ? { nature: entry.nature } : {})}
    />
  );
  return (
    <div
      role="option"
      id={id}
      aria-selected={selected}
      className={`search-hit${selected ? ' is-active' : ''}${hit.pinned ? ' is-pinned' : ''}`}
      onClick={() => onOpen(hit)}
      onMouseMove={onHover}
    >
      <div className="search-hit-head">
        <span className="search-hit-heading" lang="fr">
          {documentLabel && <span className="search-hit-doc">{documentLabel} — </span>}
          {hit.kind === 'document' ? t('search.hit.document') : hit.heading}
        </span>
        {/* "Article 3 — Article" would say it twice. */}
        {!compact && hit.kind !== 'article' && (
          <span className="search-hit-kind">{t(`search.kind.${hit.kind}`)}</span>
        )}
        {!compact && badge}
        {!compact && hit.pinned && <span className="badge badge-pinned">{t('search.hit.pinned')}</span>}
      </div>
      {compact ? (
        <>
          <div className="search-hit-brief">
            {badge}
            {hit.pinned && <span className="badge badge-pinned">{t('search.hit.pinned')}</span>}{' '}
            <SnippetText snippet={hit.snippet} />
          </div>
          {/* Outside the two-line brief, so it is never cut off. */}
          {older}
        </>
      ) : (
        <>
          <SnippetText snippet={hit.snippet} />
          {older}
          <span className="search-hit-citation" lang="fr">
            {hit.citation}
          </span>
        </>
      )}
    </div>
  );
}
