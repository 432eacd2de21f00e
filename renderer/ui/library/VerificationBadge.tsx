import type { Verification } from '../../core/content/types';
import { useT } from '../i18n/useT';

/** "Vérifié" or "À vérifier", with what remains to check written out, never hidden in a tooltip. */
export function VerificationBadge({ verification, showNote = true }: { verification: Verification; showNote?: boolean }) {
  const { t } = useT();
  const verified = verification.status === 'verifie';
  return (
    <span className="verification">
      <span className={`badge ${verified ? 'badge-verified' : 'badge-to-verify'}`}>
        <span aria-hidden="true">{verified ? '✓ ' : '! '}</span>
        {t(verified ? 'library.verification.verifie' : 'library.verification.a-verifier')}
      </span>
      {showNote && !verified && verification.note && (
        <span className="verification-note" lang="fr">
          <span className="verification-note-label">{t('library.verification.noteLabel')}</span> {verification.note}
        </span>
      )}
    </span>
  );
}
