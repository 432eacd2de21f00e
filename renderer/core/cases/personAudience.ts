import type { ScreeningAudience } from '../screening';
import type { Person } from './caseSchemas';

// Which indicator list fits a person whose age is recorded: under 18, the child list (ILO: child
// labour and the worst forms apply to everyone under 18). The recorded age wins over the age group;
// with neither, nothing is chosen for the interviewer.

const CHILD_GROUPS: readonly Person['ageGroup'][] = ['0-11', '12-14', '15-17'];
const ADULT_GROUPS: readonly Person['ageGroup'][] = ['18-24', '25-59', '60+'];

export function audienceForPerson(
  person: Pick<Person, 'age' | 'ageGroup'> | undefined,
): ScreeningAudience | null {
  if (!person) return null;
  if (person.age !== null) return person.age < 18 ? 'child' : 'adult';
  if (CHILD_GROUPS.includes(person.ageGroup)) return 'child';
  if (ADULT_GROUPS.includes(person.ageGroup)) return 'adult';
  return null;
}
