import type { DocumentStatus } from '../../core/content';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';

const STATUS_KEYS: Record<DocumentStatus, MessageKey> = {
  'en-vigueur': 'library.status.en-vigueur',
  modifie: 'library.status.modifie',
  abroge: 'library.status.abroge',
  projet: 'library.status.projet',
  'non-ratifie': 'library.status.non-ratifie',
  reference: 'library.status.reference',
};

export function StatusBadge({ status }: { status: DocumentStatus }) {
  const { t } = useT();
  const label = t(STATUS_KEYS[status]);
  return (
    <span
      className={`badge badge-status badge-status-${status}`}
      title={t('library.statusLabel', { status: label })}
    >
      {label}
    </span>
  );
}
