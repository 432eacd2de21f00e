import type { CaseBundle, CaseChange, CourtFileIncluded } from '../cases';
import { type CourtFileChoice, settleChoice } from './courtFileChoice';

/**
 * What the case journal keeps of a court file (issue 21): which document, the sections, the persons by
 * code and whose identity was shown, how many annexes. Never a word of what the document says.
 */
export function courtFileIncluded(bundle: CaseBundle, requested: CourtFileChoice): CourtFileIncluded {
  const choice = settleChoice(bundle, requested);
  const codeOf = new Map(bundle.persons.map((p) => [p.id, p.value.code]));
  const codes = (ids: readonly string[]) => ids.map((id) => codeOf.get(id) ?? '').filter(Boolean);
  return {
    document: choice.kind,
    sections: [...choice.sections],
    persons: codes(choice.persons),
    identities: codes(choice.identities),
    annexes: choice.sections.includes('annexes') ? bundle.attachments.length : 0,
  };
}

/** The journal-only change that records it (allowed on a closed case, like a printed referral form). */
export function courtFileChange(bundle: CaseBundle, choice: CourtFileChoice): CaseChange {
  return { action: 'court-file', included: courtFileIncluded(bundle, choice) };
}
