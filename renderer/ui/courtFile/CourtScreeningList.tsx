import type { CourtScreeningList as List } from '../../core/courtFile';
import { MARKS, type Mark } from '../../core/screening';
import { readingBody, readingTitle } from '../indicators/readingMessages';
import { fr } from './frenchText';

const GIVEN = MARKS.filter((m): m is Exclude<Mark, 'not-asked'> => m !== 'not-asked');

/** One list used: its coverage, the reading in the screening tool's own words, the marks given. */
export function CourtScreeningList({ list }: { list: List }) {
  return (
    <div className="court-list">
      <h4>{fr('courtFile.doc.screenings.list', { name: list.name })}</h4>
      {list.coverage?.status !== 'complet' && (
        <p className="court-muted">
          {list.coverage
            ? fr('courtFile.doc.screenings.partial', { note: list.coverage.note })
            : fr('screening.coverage.unstated')}
        </p>
      )}
      <p>
        <strong>{fr('courtFile.doc.screenings.reading')}</strong> {fr(readingTitle(list.reading))}.{' '}
        {readingBody(list.reading)
          .map((key) => fr(key))
          .join(' ')}
      </p>
      {GIVEN.map((mark) => {
        const marked = list.marked.filter((m) => m.mark === mark);
        if (marked.length === 0) return null;
        return (
          <div key={mark} className="court-marks">
            <h5>{fr(`screening.print.marks.${mark}`)}</h5>
            <ul>
              {marked.map((m) => (
                <li key={m.id}>
                  {m.heading}
                  {m.strength && ` (${fr(`screening.strength.${m.strength}`)})`}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
