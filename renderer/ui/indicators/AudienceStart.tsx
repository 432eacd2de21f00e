import type { ScreeningAudience } from '../../core/screening';
import { useT } from '../i18n/useT';

/** The first question, before any indicator: adult or child decides which list and which rule apply. */
export function AudienceStart({ onChoose }: { onChoose: (audience: ScreeningAudience) => void }) {
  const { t } = useT();
  return (
    <div className="panel audience-start">
      <h2>{t('screening.start.title')}</h2>
      <p>{t('screening.start.help')}</p>
      <div className="audience-buttons">
        <button type="button" onClick={() => onChoose('adult')}>
          {t('screening.audience.adult')}
        </button>
        <button type="button" onClick={() => onChoose('child')}>
          {t('screening.audience.child')}
        </button>
      </div>
      <p className="help">{t('screening.start.doubt')}</p>
    </div>
  );
}
