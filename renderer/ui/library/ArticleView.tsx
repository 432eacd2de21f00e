import { memo } from 'react';
import type { Entry, Lang, LoadedPack } from '../../core/content';
import { entryAt } from '../../core/library';
import { useT } from '../i18n/useT';
import { ArticleActions } from './ArticleActions';
import { ArticleBody } from './ArticleBody';
import { entryDomId } from './documentLabels';
import { Heading } from './Heading';
import { VerificationBadge } from './VerificationBadge';
import { VersionLine } from './VersionLine';

interface ArticleViewProps {
  entry: Entry;
  pack: LoadedPack;
  level: number;
  lang: Lang;
  isTarget: boolean;
  rendered: boolean;
  bookmarked: boolean;
  onPrint: (entryId: string) => void;
  /** The day the text is read at (ISO): today, or the date chosen « En vigueur au… ». */
  date: string;
}

/** One article (or step, indicator, actor): its own address, focusable when an address points at it. */
export const ArticleView = memo(function ArticleView({
  entry,
  pack,
  level,
  lang,
  isTarget,
  rendered,
  bookmarked,
  onPrint,
  date,
}: ArticleViewProps) {
  const { t } = useT();
  const domId = entryDomId(entry.id);
  // The version in force on the day read: its text, official wording and nature (issue 20).
  const at = entryAt(entry, date);
  const shown = at.entry;
  return (
    <article
      id={domId}
      className={isTarget ? 'article is-target' : 'article'}
      tabIndex={-1}
      aria-labelledby={`${domId}-h`}
    >
      <header className="article-header">
        <Heading level={level} id={`${domId}-h`} className="article-title">
          <span lang="fr">{entry.heading}</span>
        </Heading>
        {/* Added with the body: on a long code, 1,000 notes waiting off screen would slow the opening. */}
        {rendered && <VerificationBadge verification={shown.verification} nature={shown.nature} />}
      </header>
      {rendered ? (
        <>
          <VersionLine at={at} date={date} />
          <ArticleActions entry={shown} pack={pack} lang={lang} bookmarked={bookmarked} onPrint={onPrint} />
          <ArticleBody entry={shown} pack={pack} lang={lang} level={level} />
        </>
      ) : (
        <p className="article-pending">{t('library.reader.loadingText')}</p>
      )}
    </article>
  );
});
