import type { CourtFile } from '../../core/courtFile';
import { formatDate } from '../i18n/formatDate';
import { CourtScreeningList } from './CourtScreeningList';
import { fr } from './frenchText';

/** The screenings of the persons included, with the indicators observed and the reading, as guidance. */
export function CourtScreenings({ file }: { file: CourtFile }) {
  return (
    <section className="court-section" data-section="screenings">
      <h2>{fr('courtFile.doc.section.screenings')}</h2>
      <p className="court-muted">{fr('screening.reading.caveat')}</p>
      {file.screenings.length === 0 && <p>{fr('courtFile.doc.screenings.none')}</p>}
      {file.screenings.map((s) => (
        <div key={s.id} className="court-screening">
          <h3>
            {fr('courtFile.doc.screenings.heading', { date: formatDate('fr', s.date), code: s.personCode })}
          </h3>
          {s.interviewer !== undefined && (
            <p>{fr('courtFile.doc.screenings.interviewer', { name: s.interviewer })}</p>
          )}
          {s.setMissing && <p>{fr('courtFile.doc.screenings.setMissing')}</p>}
          {s.lists.map((list) => (
            <CourtScreeningList key={list.setId} list={list} />
          ))}
        </div>
      ))}
    </section>
  );
}
