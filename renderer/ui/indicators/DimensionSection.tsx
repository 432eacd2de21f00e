import type { Dimension, Entry, Grouping } from '../../core/content';
import type { Answer, Screening } from '../../core/screening';
import { useT } from '../i18n/useT';
import { IndicatorItem } from './IndicatorItem';
import { localized } from './localize';

interface Props {
  /** Absent for indicators the set left without a dimension. */
  dimension?: Dimension;
  indicators: Entry[];
  screening: Screening;
  onAnswer: (indicatorId: string, patch: Partial<Answer>) => void;
  grouping?: Grouping | undefined;
}

export function DimensionSection({ dimension, indicators, screening, onAnswer, grouping }: Props) {
  const { t, language } = useT();
  if (indicators.length === 0) return null;
  const title = dimension ? localized(dimension.label, language) : t('screening.dimension.other');
  const headingId = `dimension-${dimension?.id ?? 'other'}`;
  return (
    <section className="dimension" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {dimension && grouping?.dimensions === 'dalili' && (
        <p className="grouping-note">{t('screening.grouping.dimensions')}</p>
      )}
      <ol className="indicator-list">
        {indicators.map((entry) => (
          <IndicatorItem
            key={entry.id}
            entry={entry}
            answer={screening.answers[entry.id]}
            onAnswer={(patch) => onAnswer(entry.id, patch)}
            dalilisStrength={grouping?.strength === 'dalili'}
          />
        ))}
      </ol>
    </section>
  );
}
