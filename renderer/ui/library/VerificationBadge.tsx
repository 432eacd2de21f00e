import type { EntryNature, Verification } from '../../core/content';
import './verification.css';
import { useT } from '../i18n/useT';

const ICON = { officiel: '✓ ', concordant: '≈ ', 'a-verifier': '! ' } as const;
const CLASS = {
  officiel: 'badge-verified',
  concordant: 'badge-concordant',
  'a-verifier': 'badge-to-verify',
} as const;

interface Props {
  verification: Verification;
  /**
   * What the text is. Every text in a pack is Dalili's summary unless an entry says `texte` (official
   * wording keyed by an office), so a caller without an entry at hand (a document, a search hit) shows
   * "Résumé Dalili"; callers with the entry pass `entry.nature`.
   */
  nature?: EntryNature;
  /** The level's note (what it rests on, what remains to check). */
  showNote?: boolean;
  /** The one-line meaning of the level; defaults to showNote, so compact lists stay one line. */
  explain?: boolean;
}

/**
 * The nature ("Résumé Dalili") and the verification level ("Officiel", "Concordant", "À vérifier") of a
 * text, with the level's one-line meaning and, below officiel, its note: written out, never hidden in a
 * tooltip. Shared by the reader, search results, bookmarks and prints.
 */
export function VerificationBadge({
  verification,
  nature = 'resume',
  showNote = true,
  explain = showNote,
}: Props) {
  const { t } = useT();
  const level = verification.status;
  return (
    <span className="verification" data-level={level} data-nature={nature}>
      <span className={`badge badge-nature badge-nature-${nature}`}>{t(`library.nature.${nature}`)}</span>{' '}
      <span className={`badge ${CLASS[level]}`}>
        <span aria-hidden="true">{ICON[level]}</span>
        {t(`library.verification.${level}`)}
      </span>
      {explain && <span className="verification-explain"> {t(`library.verification.explain.${level}`)}</span>}
      {showNote && level !== 'officiel' && verification.note && (
        <span className="verification-note" lang="fr">
          <span className="verification-note-label">{t('library.verification.noteLabel')}</span>{' '}
          {verification.note}
        </span>
      )}
    </span>
  );
}
