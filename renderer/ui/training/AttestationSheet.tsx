import { useId, useState } from 'react';
import type { Scenario } from '../../core/content';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { todayIso } from '../library/todayIso';
import { usePlatform } from '../shell/usePlatform';
import { scenarioLanguage, textIn } from './scenarioText';
import type { TrainingProgressStore } from './trainingProgressStore';

/**
 * An attestation of participation: the name the participant types (kept in this page only, never
 * stored), the scenarios done here and when, the day it was printed. It attests participation and
 * certifies nothing, so it shows no score.
 */
export function AttestationSheet({
  scenarios,
  store,
}: {
  scenarios: readonly Scenario[];
  store: TrainingProgressStore;
}) {
  const { t, language } = useT();
  const platform = usePlatform();
  const nameId = useId();
  const [name, setName] = useState('');
  const [printError, setPrintError] = useState(false);
  const done = scenarios
    .filter((s) => store.progress.done[s.id])
    .map((s) => ({ scenario: s, on: store.progress.done[s.id]!.completedOn }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const print = () => {
    setPrintError(false);
    platform.printToPdf('attestation-formation-dalili.pdf').then(
      () => undefined,
      () => setPrintError(true),
    );
  };
  return (
    <div className="training-attestation">
      <form className="training-no-print" autoComplete="off" onSubmit={(event) => event.preventDefault()}>
        <p>{t('training.attestation.help')}</p>
        <label htmlFor={nameId}>{t('training.attestation.name')}</label>
        <input
          id={nameId}
          type="text"
          value={name}
          maxLength={120}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
        />
        <p className="help">{t('training.attestation.nameNotKept')}</p>
        <div className="actions">
          <button type="button" disabled={done.length === 0 || name.trim() === ''} onClick={print}>
            {t('training.attestation.print')}
          </button>
          <a href="#/formation">{t('training.back')}</a>
        </div>
        {done.length === 0 && <p className="warning">{t('training.attestation.nothing')}</p>}
        {printError && (
          <p className="field-error" role="alert">
            {t('training.attestation.printFailed')}
          </p>
        )}
      </form>
      <article className="training-attestation-sheet" aria-label={t('training.attestation.sheet')}>
        <h2>{t('training.attestation.heading')}</h2>
        <p className="training-attestation-name">{name.trim() || t('training.attestation.noName')}</p>
        <p>{t('training.attestation.intro')}</p>
        <ol>
          {done.map(({ scenario, on }) => {
            const lang = scenarioLanguage(scenario, language);
            return (
              <li key={scenario.id}>
                <span lang={lang}>{textIn(scenario.title, lang)}</span> —{' '}
                {t(`training.audience.${scenario.audience}`)} —{' '}
                {t('training.doneOn', { date: formatDate(language, on) })}
              </li>
            );
          })}
        </ol>
        <p>{t('training.attestation.participation')}</p>
        <p>{t('training.attestation.fictional')}</p>
        <p>{t('training.attestation.issued', { date: formatDate(language, todayIso()) })}</p>
        <div className="training-attestation-signature">
          <p>{t('training.attestation.trainer')}</p>
          <p>{t('training.attestation.signature')}</p>
        </div>
      </article>
    </div>
  );
}
