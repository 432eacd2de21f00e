import type { Verification } from '../../core/content/types';
import { useT } from '../i18n/useT';

const ICON = { officiel: '✓ ', concordant: '≈ ', 'a-verifier': '! ' } as const;
const CLASS = { officiel: 'badge-verified', concordant: 'badge-concordant', 'a-verifier': 'badge-to-verify' } as const;

/**
 * The verification level ("Officiel", "Concordant", "À vérifier") with its one-line meaning and, below
 * officiel, the note saying what it rests on or what remains: written out, never hidden in a tooltip.
 */
export function VerificationBadge({
  verification,
  showNote = true,
  explain = true,
}: {
  verification: Verification;
  showNote?: boolean;
  explain?: boolean;
}) {
  const { t } = useT();
  const level = verification.status;
  return (
    <span className="verification" data-level={level}>
      <span className={`badge ${CLASS[level]}`}>
        <span aria-hidden="true">{ICON[level]}</span>
        {t(`library.verification.${level}`)}
      </span>
      {explain && <span className="verification-explain"> {t(`library.verification.explain.${level}`)}</span>}
      {showNote && level !== 'officiel' && verification.note && (
        <span className="verification-note" lang="fr">
          <span className="verification-note-label">{t('library.verification.noteLabel')}</span> {verification.note}
        </span>
      )}
    </span>
  );
}
