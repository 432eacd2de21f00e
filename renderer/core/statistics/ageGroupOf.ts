import { AGE_GROUPS } from '../cases';

export type AgeGroupName = (typeof AGE_GROUPS)[number];

/**
 * The age group a person is counted in: the one chosen in the form, or else the one a typed age falls
 * in (the same bounds as the form's suggestion). Neither: 'unknown', « non renseigné ». Never guessed.
 */
export function ageGroupOf(chosen: AgeGroupName, age: number | null): AgeGroupName {
  if (chosen !== 'unknown') return chosen;
  if (age === null) return 'unknown';
  if (age <= 11) return '0-11';
  if (age <= 14) return '12-14';
  if (age <= 17) return '15-17';
  if (age <= 24) return '18-24';
  if (age <= 59) return '25-59';
  return '60+';
}
