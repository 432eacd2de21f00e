import { useId } from 'react';
import type { Lang } from '../../core/content';
import { useT } from '../i18n/useT';
import { LANGUAGE_KEYS } from './documentLabels';

/** The language of the text, independent of the UI language; only languages the document has. */
export function ContentLanguageSwitch({
  available,
  value,
  onChange,
}: {
  available: readonly Lang[];
  value: Lang;
  onChange: (lang: Lang) => void;
}) {
  const { t } = useT();
  const name = useId();
  if (available.length < 2) return null;
  return (
    <fieldset className="segmented content-language">
      <legend>{t('library.reader.contentLanguage')}</legend>
      {available.map((lang) => (
        <label key={lang} className={value === lang ? 'is-checked' : undefined}>
          <input
            type="radio"
            name={name}
            value={lang}
            checked={value === lang}
            onChange={() => onChange(lang)}
          />
          {t(LANGUAGE_KEYS[lang])}
        </label>
      ))}
    </fieldset>
  );
}
