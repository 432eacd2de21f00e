import type { WorksheetWords } from '../../core/library/worksheet';
import type { MessageKey } from '../i18n/catalog';

/** The worksheet's words from the catalogue, in one language (the app's, or French for the command line). */
export function worksheetWords(t: (key: MessageKey) => string): WorksheetWords {
  return {
    title: t('library.worksheet.title'),
    intro: t('library.worksheet.intro'),
    level: t('library.worksheet.level'),
    levels: {
      officiel: t('library.verification.officiel'),
      concordant: t('library.verification.concordant'),
      'a-verifier': t('library.verification.a-verifier'),
    },
    summary: t('library.worksheet.summary'),
    sources: t('library.worksheet.sources'),
    checks: t('library.worksheet.checks'),
    check: {
      number: t('library.worksheet.check.number'),
      wording: t('library.worksheet.check.wording'),
      penalty: t('library.worksheet.check.penalty'),
      open: t('library.worksheet.check.open'),
    },
    joReference: t('library.worksheet.joReference'),
    result: t('library.worksheet.result'),
    initials: t('library.worksheet.initials'),
  };
}
