import type { CourtFile } from '../../core/courtFile';
import { fr } from './frenchText';

/** The facts as the case summary states them, and where. */
export function CourtSummary({ file }: { file: CourtFile }) {
  const { place } = file.summary;
  const where = [place.site, place.territory, place.province].filter(Boolean).join(', ');
  const coordinates =
    place.lat !== null && place.lon !== null
      ? fr('courtFile.doc.summary.coordinates', { lat: place.lat, lon: place.lon })
      : '';
  return (
    <section className="court-section" data-section="summary">
      <h2>{fr('courtFile.doc.section.summary')}</h2>
      <dl className="court-lines">
        <div>
          <dt>{fr('courtFile.doc.summary.place')}</dt>
          <dd>{[where || fr('courtFile.doc.notStated'), coordinates].filter(Boolean).join(' — ')}</dd>
        </div>
      </dl>
      <h3>{fr('courtFile.doc.summary.facts')}</h3>
      {file.summary.text.trim() === '' ? (
        <p>{fr('courtFile.doc.summary.empty')}</p>
      ) : (
        <p className="court-text">{file.summary.text}</p>
      )}
    </section>
  );
}
