import type { TranslationLanguage } from '../../core/vocabulary';
import type { MessageKey } from './catalog';

/**
 * UI strings that read the same in French and in English or Swahili, on purpose. A test
 * (test/unit/ui/translations.test.ts) fails on any other string left identical to French, and on any key
 * listed here that no longer is identical: this list is the one place where "not translated" is a decision.
 * A language with no such string needs no entry.
 */
export const SAME_AS_FRENCH: Partial<Record<TranslationLanguage, Partial<Record<MessageKey, string>>>> = {
  en: {
    'shell.appName': 'the application’s name',
    'content.update.previewTitle': '“Version” is the same word',
    'library.verification.concordant': 'the same word',
    'library.count.law': '“article” is the same word',
    'library.reader.sources': 'the same word',
    'screening.mark.absent': 'the same word',
    'screening.summary.dimensions': 'the same word',
    'vault.autoLock.minutes': '“min” is the international abbreviation',
    'directory.role.police': 'the same word',
    'directory.role.justice': 'the same word',
    'directory.role.mines': 'the same word',
    'directory.field.province': 'the same word',
    'directory.field.notes': 'the same word',
    'directory.table.actions': 'the same word',
    'search.filter.kind': 'the same word',
    'search.filter.jurisdiction.international': 'the same word',
    'search.filter.lang.sw': 'the language’s name is the same',
    'search.kind.document': 'the same word',
    'search.kind.article': 'the same word',
    'training.questionCount': '“question” is the same word',
    'workshop.entry.publication': 'the same word',
    'workshop.entry.sources': 'the same word',
    'workshop.list.document': 'the same word',
    'search.suggestions.label': 'the same word',
    'cases.filter.province': 'the same word',
    'office.sheet.email': 'the same word',
    'cases.form.province': 'the same word',
    'cases.form.lat': 'the same word',
    'cases.form.lon': 'the same word',
    'cases.role.suspect': 'the same word',
    'cases.person.code': 'the same word',
    'cases.sheet.date': 'the same word',
    'cases.notes.heading': 'the same word',
    'cases.attachments.col.type': 'the same word',
    'cases.attachments.col.actions': 'the same word',
    'cases.type.pdf': 'a file format’s name',
    'cases.journal.col.action': 'the same word',
    'backup.kind.case-note': 'the same word',
    // Issue 21: the court file.
    'courtFile.doc.annexes.sha256': 'the algorithm’s name',
    'courtFile.doc.page': 'the same word',
    'courtFile.doc.persons.code': 'the same word',
    'courtFile.doc.persons.email': 'the same word',
    'courtFile.doc.qualification.nature': 'the same word',
    'courtFile.doc.referrals.date': 'the same word',
    'courtFile.doc.referrals.to': 'the same word',
    'courtFile.doc.section.annexes': 'the same word',
    'courtFile.doc.service': 'the same word',
    'courtFile.form.kind': 'the same word',
    'courtFile.form.personLine': 'only placeholders and separators',
    // Issue 21: country names and words that read the same, and a symbol.
    'cases.nationalityCode.AO': 'the country’s name is the same',
    'cases.nationalityCode.BI': 'the country’s name is the same',
    'cases.nationalityCode.RW': 'the country’s name is the same',
    'cases.serviceType.justice': 'the same word',
    'cases.serviceType.police': 'the same word',
    'statistics.dim.province': 'the same word',
    'statistics.report.suppressed': 'a symbol: fewer than 5',
  },
  sw: {
    'shell.appName': 'the application’s name',
    'cases.type.pdf': 'a file format’s name',
    // Issue 21: the court file.
    'courtFile.doc.annexes.sha256': 'the algorithm’s name',
    'courtFile.form.personLine': 'only placeholders and separators',
    // Issue 21: country names that read the same, and a symbol.
    'cases.nationalityCode.AO': 'the country’s name is the same',
    'cases.nationalityCode.BI': 'the country’s name is the same',
    'cases.nationalityCode.RW': 'the country’s name is the same',
    'statistics.report.suppressed': 'a symbol: fewer than 5',
  },
};
