import type { Scenario } from '../../core/content';
import { useT } from '../i18n/useT';
import { scenarioLanguage, textIn } from './scenarioText';

/** What a scenario is before its story: invented (said first), where, who, and in which languages. */
export function ScenarioHeader({ scenario }: { scenario: Scenario }) {
  const { t, language } = useT();
  const lang = scenarioLanguage(scenario, language);
  return (
    <header className="training-scenario-header">
      <p className="training-audience">{t(`training.audience.${scenario.audience}`)}</p>
      <h2 lang={lang}>{textIn(scenario.title, lang)}</h2>
      <p className="training-fiction" lang={lang}>
        <strong>{t('training.fiction')}</strong> {textIn(scenario.fiction, lang)}
      </p>
      <dl className="training-facts">
        <dt>{t('training.setting')}</dt>
        <dd lang={lang}>{textIn(scenario.setting, lang)}</dd>
        {scenario.characters.length > 0 && (
          <>
            <dt>{t('training.characters')}</dt>
            <dd>
              <ul>
                {scenario.characters.map((c) => (
                  <li key={c.name}>
                    {c.name} <span className="help">({t('training.invented')})</span> —{' '}
                    <span lang={lang}>{textIn(c.role, lang)}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('training.languages')}</dt>
        <dd>
          {scenario.languages.map((l) => t(`library.languageName.${l}`)).join(', ')}
          {lang !== language && (
            <span className="training-missing"> — {t('training.translationMissing')}</span>
          )}
        </dd>
      </dl>
    </header>
  );
}
