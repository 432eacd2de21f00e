import type { CourtFile } from '../../core/courtFile';
import { formatDateTime } from '../cases/caseMessages';
import { fr } from './frenchText';

/** The attachments as numbered annexes, each with the SHA-256 of its bytes so a copy can be checked. */
export function CourtAnnexes({ file }: { file: CourtFile }) {
  return (
    <section className="court-section" data-section="annexes">
      <h2>{fr('courtFile.doc.section.annexes')}</h2>
      <p className="court-muted">{fr('courtFile.doc.annexes.intro')}</p>
      <p className="court-muted">{fr('courtFile.doc.annexes.check')}</p>
      {file.annexes.length === 0 && <p>{fr('courtFile.doc.annexes.none')}</p>}
      {file.annexes.map((a) => (
        <div key={a.id} className="court-annex" data-annex={a.index}>
          <h3>
            {fr('courtFile.doc.annexes.item', { index: a.index })} — {a.name}
          </h3>
          {a.description && <p className="court-text">{a.description}</p>}
          <p className="court-muted">
            {fr('courtFile.doc.annexes.added', {
              date: formatDateTime('fr', a.addedAt),
              size: Math.max(1, Math.round(a.size / 1024)),
            })}
          </p>
          <p>
            {fr('courtFile.doc.annexes.sha256')} :{' '}
            {a.sha256 === null ? (
              <span className="court-missing">{fr('courtFile.doc.annexes.unreadable')}</span>
            ) : (
              <code className="court-hash">{a.sha256}</code>
            )}
          </p>
        </div>
      ))}
    </section>
  );
}
