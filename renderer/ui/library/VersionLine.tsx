import type { EntryAtDate } from '../../core/library';
import { formatDate } from '../../core/library';
import { useT } from '../i18n/useT';

/** Which version of an amended entry is shown: its dates in force, what made it, and why it is the one shown. */
export function VersionLine({ at, date }: { at: EntryAtDate; date: string }) {
  const { t, language } = useT();
  const inForce = at.inForce;
  if (!inForce) return null;
  const from = formatDate(inForce.from, language);
  return (
    <div className={at.state === 'none' ? 'version-line warning' : 'version-line'}>
      {at.state === 'none' && <p>{t('library.version.none', { date: formatDate(date, language) })}</p>}
      {at.earlier && (
        <p className="version-earlier">
          {t('library.version.earlier', { date: formatDate(date, language) })}
        </p>
      )}
      <p>
        <strong>
          {inForce.until
            ? t('library.version.span', { from, until: formatDate(inForce.until, language) })
            : t('library.version.since', { from })}
        </strong>
        {' — '}
        <span lang="fr">{t('library.version.madeBy', { madeBy: inForce.madeBy })}</span>
      </p>
    </div>
  );
}
