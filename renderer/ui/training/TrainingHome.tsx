import { useState } from 'react';
import type { Scenario } from '../../core/content';
import { TRAINING_AUDIENCES, type TrainingAudience } from '../../core/vocabulary';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { scenarioLanguage, textIn } from './scenarioText';
import type { TrainingProgressStore } from './trainingProgressStore';

/** Choose an audience, then a scenario; each shows whether it was done here, and its languages. */
export function TrainingHome({
  scenarios,
  store,
}: {
  scenarios: readonly Scenario[];
  store: TrainingProgressStore;
}) {
  const { t, language } = useT();
  const [audience, setAudience] = useState<TrainingAudience>('police');
  const shown = scenarios.filter((s) => s.audience === audience);
  const doneCount = Object.keys(store.progress.done).filter((id) =>
    scenarios.some((s) => s.id === id),
  ).length;
  if (scenarios.length === 0) return <p className="help">{t('training.none')}</p>;
  return (
    <div className="training-home">
      <p className="training-intro">{t('training.intro')}</p>
      <div className="training-audiences" role="group" aria-label={t('training.audience.choose')}>
        {TRAINING_AUDIENCES.map((a) => (
          <button
            key={a}
            type="button"
            className={a === audience ? 'training-audience-button' : 'training-audience-button secondary'}
            aria-pressed={a === audience}
            onClick={() => setAudience(a)}
          >
            {t(`training.audience.${a}`)}
          </button>
        ))}
      </div>
      <ul className="training-list">
        {shown.map((s) => {
          const lang = scenarioLanguage(s, language);
          const done = store.progress.done[s.id];
          return (
            <li key={s.id} className="training-card">
              <h2 lang={lang}>
                <a href={`#/formation/scenario/${encodeURIComponent(s.id)}`}>{textIn(s.title, lang)}</a>
              </h2>
              <p lang={lang}>{textIn(s.summary, lang)}</p>
              <p className="training-card-meta">
                <span>
                  {t('training.questionCount', {
                    count: s.steps.reduce((n, st) => n + st.questions.length, 0),
                  })}
                </span>
                {' · '}
                <span>
                  {t('training.languageList', {
                    list: s.languages.map((l) => t(`library.languageName.${l}`)).join(', '),
                  })}
                  {lang !== language && ` (${t('training.translationMissingShort')})`}
                </span>
                {done && (
                  <>
                    {' · '}
                    <strong className="training-done">
                      {t('training.doneOn', { date: formatDate(language, done.completedOn) })}
                    </strong>
                  </>
                )}
              </p>
              <p className="training-card-actions">
                <a href={`#/formation/scenario/${encodeURIComponent(s.id)}`}>{t('training.start')}</a>
                {' · '}
                <a href={`#/formation/presentation/${encodeURIComponent(s.id)}`}>{t('training.present')}</a>
              </p>
            </li>
          );
        })}
      </ul>
      <section className="training-attestation-box" aria-labelledby="training-attestation-title">
        <h2 id="training-attestation-title">{t('training.attestation.title')}</h2>
        <p>{t('training.attestation.count', { count: doneCount })}</p>
        <p className="help">{t('training.privacy')}</p>
        <div className="actions">
          <a href="#/formation/attestation">{t('training.attestation.open')}</a>
          {doneCount > 0 && (
            <button type="button" className="secondary" onClick={() => store.clear()}>
              {t('training.clear')}
            </button>
          )}
        </div>
      </section>
    </div>
  );
}
