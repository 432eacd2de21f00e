import type { CourtFile } from '../../core/courtFile';
import { formatDateTime } from '../cases/caseMessages';
import { SafeHtml } from '../components/SafeHtml';
import { fr } from './frenchText';

/** The investigator's notes, word for word, oldest first (only when ticked). */
export function CourtNotes({ file }: { file: CourtFile }) {
  return (
    <section className="court-section" data-section="notes">
      <h2>{fr('courtFile.doc.section.notes')}</h2>
      <p className="court-muted">{fr('courtFile.doc.notes.intro')}</p>
      {file.notes.map((n) => (
        <div key={n.at} className="court-note">
          <h3>{fr('courtFile.doc.notes.at', { date: formatDateTime('fr', n.at) })}</h3>
          <SafeHtml className="court-text" markdown={n.text} />
        </div>
      ))}
    </section>
  );
}
