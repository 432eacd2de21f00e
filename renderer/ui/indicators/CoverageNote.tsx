import type { ContentDocument } from '../../core/content';
import { useT } from '../i18n/useT';

/**
 * Whether the indicator list is the full published one, what it leaves out, and whether its grouping
 * and strengths are Dalili's own: shown with the list in the tool and in every print.
 */
export function CoverageNote({ document }: { document: ContentDocument }) {
  const { t } = useT();
  const coverage = document.coverage;
  const partial = coverage?.status !== 'complet';
  return (
    <div
      className={`coverage-note ${partial ? 'coverage-partial' : 'coverage-complete'}`}
      data-coverage={coverage?.status ?? 'unstated'}
    >
      <p>
        <strong className="coverage-status">
          {t(partial ? 'screening.coverage.partiel' : 'screening.coverage.complet')}
        </strong>
        {coverage ? (
          <>
            {' '}
            <span className="coverage-text" lang="fr">
              {coverage.note}
            </span>
          </>
        ) : (
          <> {t('screening.coverage.unstated')}</>
        )}
      </p>
      {document.grouping?.dimensions === 'dalili' && (
        <p className="grouping-note">{t('screening.grouping.dimensions')}</p>
      )}
      {document.grouping?.strength === 'dalili' && (
        <p className="grouping-note">{t('screening.grouping.strength')}</p>
      )}
    </div>
  );
}
