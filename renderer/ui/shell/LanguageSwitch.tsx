import { startTransition, useContext } from 'react';
import { isLanguage, LANGUAGES } from '../i18n/languages';
import { useT } from '../i18n/useT';
import { SettingsContext } from './SettingsContext';

// Language names are written in their own language so a person can find theirs whatever is shown.
const NATIVE_NAMES = { fr: 'Français', en: 'English', sw: 'Kiswahili' } as const;

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
            {NATIVE_NAMES[language]}
          </option>
        ))}
      </select>
    </span>
  );
}
