import type { CourtFile } from '../../core/courtFile';
import { formatDateTime } from '../cases/caseMessages';
import { fr } from './frenchText';
import { includedText } from './includedText';

/** The case's journal, entry by entry, with the result of its check when the document was prepared. */
export function CourtJournal({ file }: { file: CourtFile }) {
  const { journal } = file;
  return (
    <section className="court-section" data-section="journal">
      <h2>{fr('courtFile.doc.section.journal')}</h2>
      <p className="court-muted">{fr('courtFile.doc.journal.intro')}</p>
      <p>
        {journal.intact
          ? fr('courtFile.doc.journal.intact', { count: journal.count })
          : fr('courtFile.doc.journal.broken')}{' '}
        {fr('courtFile.doc.journal.head')} <code className="court-hash">{journal.head}</code>
      </p>
      <table className="court-table court-journal">
        <thead>
          <tr>
            <th scope="col">{fr('courtFile.doc.journal.seq')}</th>
            <th scope="col">{fr('courtFile.doc.journal.at')}</th>
            <th scope="col">{fr('courtFile.doc.journal.action')}</th>
          </tr>
        </thead>
        <tbody>
          {journal.entries.map((e) => (
            <tr key={e.seq}>
              <td>{e.seq + 1}</td>
              <td>{formatDateTime('fr', e.at)}</td>
              <td>
                {fr(`cases.action.${e.action}`)}
                {e.included && <span className="court-muted"> — {includedText(fr, e.included)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
