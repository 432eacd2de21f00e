import type { CourtFile, CourtPerson } from '../../core/courtFile';
import { formatPhone } from '../../core/directory';
import { fr } from './frenchText';

function age(p: CourtPerson): string {
  if (p.age !== null) return fr('courtFile.doc.persons.ageYears', { age: p.age });
  return p.ageGroup === 'unknown' ? fr('courtFile.doc.notStated') : fr(`cases.ageGroup.${p.ageGroup}`);
}

/** Each person by code and initials; contact details only where consent and the user's choice allow. */
export function CourtPersons({ file }: { file: CourtFile }) {
  const or = (value: string) => value || fr('courtFile.doc.notStated');
  return (
    <section className="court-section" data-section="persons">
      <h2>{fr('courtFile.doc.section.persons')}</h2>
      {file.persons.length === 0 && <p>{fr('courtFile.doc.persons.none')}</p>}
      {file.persons.map((p) => (
        <div key={p.id} className="court-person">
          <h3>
            {p.code} · {p.initials || fr('courtFile.doc.notStated')} · {fr(`cases.role.${p.role}`)}
            {p.child && ` · ${fr('courtFile.doc.persons.child')}`}
          </h3>
          <dl className="court-lines">
            <div>
              <dt>{fr('courtFile.doc.persons.age')}</dt>
              <dd>{age(p)}</dd>
            </div>
            <div>
              <dt>{fr('courtFile.doc.persons.sex')}</dt>
              <dd>{fr(`cases.sex.${p.sex}`)}</dd>
            </div>
            <div>
              <dt>{fr('courtFile.doc.persons.nationality')}</dt>
              <dd>{or(p.nationality)}</dd>
            </div>
            <div>
              <dt>{fr('courtFile.doc.persons.languages')}</dt>
              <dd>{or(p.languages)}</dd>
            </div>
            <div>
              <dt>{fr('courtFile.doc.persons.vulnerabilities')}</dt>
              <dd>{or(p.vulnerabilities.map((v) => fr(`cases.vuln.${v}`)).join(', '))}</dd>
            </div>
          </dl>
          {p.identity && (
            <div className="court-identity">
              <h4>{fr('courtFile.doc.persons.identity')}</h4>
              <dl className="court-lines">
                {[
                  [
                    fr('courtFile.doc.persons.phone'),
                    [p.identity.phone, p.identity.phone2].filter(Boolean).map(formatPhone).join(' · '),
                  ],
                  [fr('courtFile.doc.persons.email'), p.identity.email],
                  [fr('courtFile.doc.persons.other'), p.identity.contactNote],
                ]
                  .filter(([, value]) => value !== '')
                  .map(([label, value]) => (
                    <div key={label}>
                      <dt>{label}</dt>
                      <dd>{value}</dd>
                    </div>
                  ))}
              </dl>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}
