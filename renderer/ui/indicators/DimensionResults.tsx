import type { Dimension } from '../../core/content';
import type { DimensionResult } from '../../core/screening';
import { useT } from '../i18n/useT';
import { localized } from './localize';

/** Which dimensions hold strong or medium indicators, and which are "present" under the rule. */
export function DimensionResults({
  results,
  dimensions,
}: {
  results: DimensionResult[];
  dimensions: Dimension[];
}) {
  const { t, language } = useT();
  return (
    <ul className="dimension-results">
      {results.map((r) => {
        const dimension = dimensions.find((d) => d.id === r.dimensionId);
        const answered = r.total - r.counts['not-asked'];
        return (
          <li key={r.dimensionId} className={r.met ? 'met' : r.counts.present > 0 ? 'partial' : 'none'}>
            <span className="dimension-name">
              {dimension ? localized(dimension.label, language) : r.dimensionId}
            </span>
            <span className="dimension-status">
              {t(
                r.met
                  ? 'screening.dimension.met'
                  : r.counts.present > 0
                    ? 'screening.dimension.partial'
                    : 'screening.dimension.none',
              )}
            </span>
            <span className="dimension-counts">
              {r.counts.present > 0 &&
                `${t('screening.dimension.counts', { strong: r.present.strong, medium: r.present.medium, weak: r.present.weak })} · `}
              {t('screening.dimension.answered', { answered, total: r.total })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
