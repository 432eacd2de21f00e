import type { CourtFile, CourtSection } from '../../core/courtFile';
import { CourtAnnexes } from './CourtAnnexes';
import { CourtCover } from './CourtCover';
import { CourtJournal } from './CourtJournal';
import { CourtNotes } from './CourtNotes';
import { CourtPersons } from './CourtPersons';
import { CourtQualification } from './CourtQualification';
import { CourtReferrals } from './CourtReferrals';
import { CourtScreenings } from './CourtScreenings';
import { CourtSummary } from './CourtSummary';
import { fr } from './frenchText';
import { usePageHead } from './usePageHead';

const PARTS: Record<CourtSection, (props: { file: CourtFile }) => React.JSX.Element> = {
  summary: CourtSummary,
  persons: CourtPersons,
  screenings: CourtScreenings,
  qualification: CourtQualification,
  referrals: CourtReferrals,
  journal: CourtJournal,
  notes: CourtNotes,
  annexes: CourtAnnexes,
};

/**
 * The court file as printed: A4 pages (named page `court-file`), the case number and « page n / N » in
 * the margins of every page, a cover, the parts chosen, a signature block. Always in French.
 */
export function CourtFileDocument({ file }: { file: CourtFile }) {
  usePageHead(fr(`courtFile.doc.pageHead.${file.kind}`, { number: file.number }), fr('courtFile.doc.page'));
  return (
    <article className="court-doc" lang="fr" data-testid="court-file">
      <CourtCover file={file} />
      {file.sections.map((section) => {
        const Part = PARTS[section];
        return <Part key={section} file={file} />;
      })}
      <section className="court-closing">
        <p>{fr('courtFile.doc.signature')}</p>
        <p className="court-signature">{fr('courtFile.doc.signatureRole')}</p>
        <p className="court-end">{fr('courtFile.doc.end')}</p>
      </section>
    </article>
  );
}
