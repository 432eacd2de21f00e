import type { TrailHeading } from '../../core/workshop';
import { useT } from '../i18n/useT';

/**
 * The structure headings above the entry, each markable as Dalili's own grouping (« {.editorial} »), so
 * a heading an office does not find in the Journal officiel never passes for the official structure.
 */
export function HeadingMarks({
  trail,
  onMark,
}: {
  trail: readonly TrailHeading[];
  onMark: (heading: TrailHeading, editorial: boolean) => void;
}) {
  const { t } = useT();
  if (trail.length === 0) return null;
  return (
    <>
      <h4>{t('workshop.heading.title')}</h4>
      <ul className="workshop-headings">
        {trail.map((heading) => (
          <li key={heading.at.join('.')}>
            <span lang="fr">{heading.title}</span>
            {heading.editorial && (
              <span className="workshop-tag">{t('workshop.heading.isEditorial')}</span>
            )}{' '}
            <button type="button" className="secondary" onClick={() => onMark(heading, !heading.editorial)}>
              {t(heading.editorial ? 'workshop.heading.unmark' : 'workshop.heading.mark')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
