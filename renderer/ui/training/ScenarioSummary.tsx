import { useEffect, useRef } from 'react';
import type { Scenario } from '../../core/content';
import type { ScenarioTally } from '../../core/training';
import { useT } from '../i18n/useT';
import { scenarioLanguage, textIn } from './scenarioText';

interface Props {
  scenario: Scenario;
  tally: ScenarioTally;
  onRecord: (tally: ScenarioTally) => void;
}

/** The end of a scenario: what was covered, the self-check (not a grade), and what to do next. */
export function ScenarioSummary({ scenario, tally, onRecord }: Props) {
  const { t, language } = useT();
  const lang = scenarioLanguage(scenario, language);
  const heading = useRef<HTMLHeadingElement>(null);
  const recorded = useRef(false);
  useEffect(() => {
    if (!recorded.current) {
      recorded.current = true;
      onRecord(tally);
    }
    heading.current?.focus();
  }, [onRecord, tally]);
  return (
    <section className="training-summary" aria-labelledby="training-summary-title">
      <h2 id="training-summary-title" ref={heading} tabIndex={-1}>
        {t('training.summary.title')}
      </h2>
      <p lang={lang}>{textIn(scenario.title, lang)}</p>
      <p>{t('training.summary.tally', { right: tally.rightFirstTime, total: tally.questions })}</p>
      <p className="help">{t('training.summary.notAGrade')}</p>
      <ul className="training-summary-steps">
        {scenario.steps.map((step) => (
          <li key={step.id} lang={lang}>
            {textIn(step.title, lang)}
          </li>
        ))}
      </ul>
      <p>{t('training.summary.saved')}</p>
      <div className="actions">
        <a className="button" href="#/formation">
          {t('training.summary.back')}
        </a>
        <a className="button secondary" href="#/formation/attestation">
          {t('training.summary.attestation')}
        </a>
      </div>
    </section>
  );
}
