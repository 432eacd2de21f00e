import type { IndicatorSet, ScreeningAudience } from '../../core/screening';
import { useT } from '../i18n/useT';
import { localized } from './localize';

interface Props {
  audience: ScreeningAudience;
  sets: IndicatorSet[];
  setId: string | undefined;
  onAudience: (audience: ScreeningAudience) => void;
  onSet: (setId: string) => void;
  onReset: () => void;
}

export function ScreeningSetup({ audience, sets, setId, onAudience, onSet, onReset }: Props) {
  const { t, language } = useT();
  return (
    <div className="panel screening-setup">
      <fieldset className="inline-choices">
        <legend>{t('screening.audience.legend')}</legend>
        {(['adult', 'child'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="screening-audience"
              value={value}
              checked={audience === value}
              onChange={() => onAudience(value)}
            />
            {t(`screening.audience.${value}`)}
          </label>
        ))}
      </fieldset>
      {sets.length > 1 && (
        <label className="set-choice">
          {t('screening.set.label')}
          <select value={setId} onChange={(e) => onSet(e.target.value)}>
            {sets.map((s) => (
              <option key={s.document.id} value={s.document.id}>
                {localized(s.document.shortName, language)}
              </option>
            ))}
          </select>
        </label>
      )}
      {sets.length === 1 && sets[0] && (
        <p className="set-single">
          {t('screening.set.single', { name: localized(sets[0].document.shortName, language) })}
        </p>
      )}
      <button
        type="button"
        className="secondary"
        onClick={() => window.confirm(t('screening.reset.confirm')) && onReset()}
      >
        {t('screening.reset')}
      </button>
    </div>
  );
}
