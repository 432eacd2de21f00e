import { useT } from '../i18n/useT';

/**
 * Marks a heading Dalili added to group articles, so it never passes for the official structure of
 * the text (titles, chapters, sections as the Journal officiel has them).
 */
export function EditorialMark({ short = false }: { short?: boolean }) {
  const { t } = useT();
  return (
    <span className="editorial-mark"> {t(short ? 'library.editorial.short' : 'library.editorial.long')}</span>
  );
}
