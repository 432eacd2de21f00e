import type { ReactNode } from 'react';
import type { CourtFile } from '../../core/courtFile';
import { formatDate } from '../i18n/formatDate';
import { fr } from './frenchText';

/** The cover page: what the document is, which case, from which office, and its dates. */
export function CourtCover({ file }: { file: CourtFile }) {
  const missing = (value: string) =>
    value === '' ? <span className="court-missing">{fr('courtFile.doc.toComplete')}</span> : value;
  const lines: [string, ReactNode][] = [
    [fr('courtFile.doc.case'), <strong key="n">{file.number}</strong>],
    [fr('courtFile.doc.office'), missing(file.office)],
    [fr('courtFile.doc.service'), missing(file.service)],
    [fr('courtFile.doc.role'), missing(file.role)],
    [fr('courtFile.doc.openedOn'), formatDate('fr', file.openedOn)],
    [
      fr('courtFile.doc.incidentOn'),
      file.incidentOn ? formatDate('fr', file.incidentOn) : fr('courtFile.doc.unknown'),
    ],
    [fr('courtFile.doc.status'), fr(`cases.status.${file.status}`)],
    [fr('courtFile.doc.preparedOn'), formatDate('fr', file.preparedOn)],
  ];
  return (
    <section className="court-cover">
      {file.office !== '' && <p className="court-letterhead">{file.office}</p>}
      <h1>{fr(`courtFile.doc.title.${file.kind}`)}</h1>
      {file.childCode && (
        <p className="court-child-line">
          {fr('courtFile.doc.childLine', { number: file.number, code: file.childCode })}
        </p>
      )}
      <dl className="court-cover-lines">
        {lines.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="court-contents-title">{fr('courtFile.doc.contents')}</h2>
      <ol className="court-contents">
        {file.sections.map((s) => (
          <li key={s}>{fr(`courtFile.doc.section.${s}`)}</li>
        ))}
      </ol>
      <p className="court-nature">{fr('courtFile.doc.nature')}</p>
    </section>
  );
}
