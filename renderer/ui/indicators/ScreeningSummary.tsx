import { useState } from 'react';
import type { LoadedPack } from '../../core/content';
import type { IndicatorSet, ScreeningAudience, ScreeningSummary as Summary } from '../../core/screening';
import { useT } from '../i18n/useT';
import { usePlatform } from '../shell/usePlatform';
import { DimensionResults } from './DimensionResults';
import { EntryLinkList } from './EntryLinkList';
import { ReadingPanel } from './ReadingPanel';

interface Props {
  summary: Summary;
  set: IndicatorSet;
  pack: LoadedPack;
  audience: ScreeningAudience;
  /** False inside a case: the one-page print view (which leaves notes out) is not mounted there. */
  printable?: boolean;
}

export function ScreeningSummary({ summary, set, pack, audience, printable = true }: Props) {
  const { t } = useT();
  const platform = usePlatform();
  const [printState, setPrintState] = useState<'idle' | 'saved' | 'failed'>('idle');
  const print = () => {
    const name = `reperage-${audience === 'adult' ? 'adulte' : 'enfant'}-${new Date().toISOString().slice(0, 10)}.pdf`;
    platform.printToPdf(name).then(
      (result) => setPrintState(result.saved === true ? 'saved' : 'idle'),
      () => setPrintState('failed'),
    );
  };
  return (
    <aside className="screening-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('screening.summary.title')}</h2>
      <div aria-live="polite">
        <ReadingPanel reading={summary.reading} />
      </div>
      <h3>{t('screening.summary.referral')}</h3>
      <EntryLinkList
        ids={summary.referralSteps}
        pack={pack}
        show="step"
        empty={t('screening.summary.referralEmpty')}
      />
      <a className="referral-page-link" href="#/orientation">
        {t('screening.summary.referralPage')}
      </a>
      <h3>{t('screening.summary.provisions')}</h3>
      <EntryLinkList
        ids={summary.provisions}
        pack={pack}
        show="citation"
        empty={t('screening.summary.provisionsEmpty')}
      />
      <h3>{t('screening.summary.dimensions')}</h3>
      <DimensionResults results={summary.dimensionResults} dimensions={set.document.dimensions ?? []} />
      {printable && (
        <div className="print-box">
          <button type="button" onClick={print}>
            {t('screening.print.button')}
          </button>
          <p className="help">{t('screening.print.noNotes')}</p>
          {printState === 'saved' && <p role="status">{t('screening.print.saved')}</p>}
          {printState === 'failed' && (
            <p role="alert" className="error-message">
              {t('screening.print.failed')}
            </p>
          )}
        </div>
      )}
    </aside>
  );
}
