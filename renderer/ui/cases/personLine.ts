import type { Person } from '../../core/cases';
import type { I18n } from '../i18n/I18nProvider';

/** "A. M., 14 ans, Féminin, congolaise": what identifies a person in lists, without any name. */
export function personLine(t: I18n['t'], p: Person): string {
  const age =
    p.age !== null
      ? t('cases.person.ageText', { age: p.age })
      : p.ageGroup !== 'unknown'
        ? t(`cases.ageGroup.${p.ageGroup}`)
        : '';
  return [p.initials, age, p.sex !== 'unknown' ? t(`cases.sex.${p.sex}`) : '', p.nationality]
    .filter(Boolean)
    .join(', ');
}
