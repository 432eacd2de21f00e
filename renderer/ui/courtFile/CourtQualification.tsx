import type { CourtArticle, CourtFile } from '../../core/courtFile';
import { formatDate } from '../i18n/formatDate';
import { fr } from './frenchText';

function versionText(a: CourtArticle): string | undefined {
  if (a.noVersionAtFacts) return fr('courtFile.doc.qualification.noVersion');
  if (!a.inForce) return undefined;
  const from = formatDate('fr', a.inForce.from);
  return a.inForce.until
    ? fr('courtFile.doc.qualification.inForceSpan', { from, until: formatDate('fr', a.inForce.until) })
    : fr('courtFile.doc.qualification.inForceSince', { from });
}

/** The offences considered: each article's citation, the nature of the text read and its level. */
export function CourtQualification({ file }: { file: CourtFile }) {
  return (
    <section className="court-section" data-section="qualification">
      <h2>{fr('courtFile.doc.section.qualification')}</h2>
      <p className="court-muted">{fr('courtFile.doc.qualification.intro')}</p>
      {file.qualification.length === 0 && <p>{fr('courtFile.doc.qualification.none')}</p>}
      <ol className="court-articles">
        {file.qualification.map((a) => (
          <li key={a.id}>
            {a.missing ? (
              <p>{fr('courtFile.doc.qualification.missing', { id: a.id })}</p>
            ) : (
              <>
                <p>
                  <strong>{a.citation}</strong> — {a.heading}
                </p>
                <p className="court-muted">
                  {fr('courtFile.doc.qualification.nature')} : {fr(`library.nature.${a.nature}`)} ·{' '}
                  {fr('courtFile.doc.qualification.level')} : {fr(`library.verification.${a.level}`)}
                  {versionText(a) && ` · ${versionText(a)}`}
                </p>
                {a.nature === 'resume' && (
                  <p className="court-muted">{fr('courtFile.doc.qualification.summaryWarning')}</p>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
