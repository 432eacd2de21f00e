import type { LoadedPack } from '../../core/content';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';

/** Who vouches for a pack, from its root-signed certificate, shown before it is activated. */
export function PackSignerView({ pack }: { pack: LoadedPack }) {
  const { t, language } = useT();
  const s = pack.signedBy;
  return (
    <div className="pack-signer">
      <p>{t('trust.signedBy', { publisher: s.publisher, keyId: s.keyId })}</p>
      <p>
        {t('trust.validity', {
          from: formatDate(language, s.validFrom),
          until: formatDate(language, s.validUntil),
          created: formatDate(language, pack.manifest.createdAt),
        })}
      </p>
      {s.dev && <p className="warning">{t('trust.signedByDev')}</p>}
    </div>
  );
}
