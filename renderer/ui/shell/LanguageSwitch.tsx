import { useContext } from 'react';
import { LANGUAGE_FACTS } from '../../core/vocabulary';
import { isLanguage, LANGUAGES } from '../i18n/languages';
import { useT } from '../i18n/useT';
import { SettingsContext } from './SettingsContext';

export function LanguageSwitch({ id }: { id: string }) {
  const { t } = useT();
  const { settings, update } = useContext(SettingsContext);
  return (
    <span className="language-switch">
      <label htmlFor={id}>{t('shell.language')}</label>
      <select
        id={id}
        value={settings.language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) update({ language: event.target.value });
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_FACTS[language].nativeName}
          </option>
        ))}
      </select>
    </span>
  );
}
