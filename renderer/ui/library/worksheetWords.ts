import type { WorksheetWords } from '../../core/library';
import { mapValues, VERIFICATION_LEVELS } from '../../core/vocabulary';
import type { MessageKey } from '../i18n/catalog';
import { VOCABULARY_LABELS } from '../i18n/vocabularyLabels';

/** The worksheet's words from the catalogue, in one language (the app's, or French for the command line). */
export function worksheetWords(t: (key: MessageKey) => string): WorksheetWords {
  return {
    title: t('library.worksheet.title'),
    intro: t('library.worksheet.intro'),
    level: t('library.worksheet.level'),
    levels: mapValues(VERIFICATION_LEVELS, (level) => t(VOCABULARY_LABELS.verification[level])),
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
