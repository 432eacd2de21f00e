import { startTransition, useContext } from 'react';
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
          const language = event.target.value;
          // A transition: the page stays in the old language until the new one's strings are loaded (NamespaceGate).
          if (isLanguage(language)) startTransition(() => update({ language }));
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
