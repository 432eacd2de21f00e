import type { CaseBundle } from '../../core/cases';
import type { VaultSession } from '../../core/vault';
import { AttachmentsSection } from './AttachmentsSection';
import { JournalSection } from './JournalSection';
import { NotesSection } from './NotesSection';
import { PersonsSection } from './PersonsSection';
import { QualificationSection } from './QualificationSection';
import { ReferralsSection } from './ReferralsSection';
import { ScreeningsSection } from './ScreeningsSection';
import { SummarySection } from './SummarySection';
import type { OpenCase } from './useCase';

export const SECTIONS = [
  'summary',
  'persons',
  'screenings',
  'qualification',
  'referrals',
  'notes',
  'attachments',
  'journal',
] as const;
export type SectionId = (typeof SECTIONS)[number];

export interface SectionProps {
  session: VaultSession;
  open: OpenCase;
  bundle: CaseBundle;
}

export function CaseSection({ id, ...props }: SectionProps & { id: SectionId }) {
  switch (id) {
    case 'summary':
      return <SummarySection {...props} />;
    case 'persons':
      return <PersonsSection {...props} />;
    case 'screenings':
      return <ScreeningsSection {...props} />;
    case 'qualification':
      return <QualificationSection {...props} />;
    case 'referrals':
      return <ReferralsSection {...props} />;
    case 'notes':
      return <NotesSection {...props} />;
    case 'attachments':
      return <AttachmentsSection {...props} />;
    case 'journal':
      return <JournalSection {...props} />;
  }
}
