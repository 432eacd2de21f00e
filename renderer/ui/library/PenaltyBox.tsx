import type { Penalty } from '../../core/content';
import { useT } from '../i18n/useT';

/** Penalties exactly as written in the pack (never computed or reworded). */
export function PenaltyBox({ penalty }: { penalty: Penalty }) {
  const { t } = useT();
  return (
    <div className="penalty">
      <p className="penalty-title">{t('library.reader.penalty')}</p>
      <ul className="plain-list" lang="fr">
        {penalty.min && <li>{t('library.reader.penalty.min', { value: penalty.min })}</li>}
        {penalty.max && <li>{t('library.reader.penalty.max', { value: penalty.max })}</li>}
        {penalty.fine && <li>{t('library.reader.penalty.fine', { value: penalty.fine })}</li>}
        {penalty.note && <li>{penalty.note}</li>}
      </ul>
    </div>
  );
}
