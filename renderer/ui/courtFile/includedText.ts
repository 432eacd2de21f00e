import type { CourtFileIncluded } from '../../core/cases';
import { COURT_SECTIONS, type CourtSection } from '../../core/courtFile';
import type { I18n } from '../i18n/I18nProvider';

const isSection = (value: string): value is CourtSection =>
  (COURT_SECTIONS as readonly string[]).includes(value);

/** One journal line saying what a court file held (codes and parts, never content). */
export function includedText(t: I18n['t'], included: CourtFileIncluded): string {
  const list = (values: readonly string[]) =>
    values.length > 0 ? values.join(', ') : t('courtFile.included.none');
  // A part named by a later Dalili is shown as stored rather than dropped.
  const section = (s: string) => (isSection(s) ? t(`courtFile.doc.section.${s}`).toLowerCase() : s);
  return t('courtFile.included.line', {
    document: t(`courtFile.included.${included.document}`),
    sections: list(included.sections.map(section)),
    persons: list(included.persons),
    identities: list(included.identities),
    annexes: t('courtFile.included.annexes', { count: included.annexes }),
  });
}
