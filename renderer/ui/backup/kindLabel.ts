import { CASE_RECORD_KIND_LIST, isOneOf } from '../../core/vocabulary';
import type { MessageKey } from '../i18n/catalog';
import { VOCABULARY_LABELS } from '../i18n/vocabularyLabels';

// Record kinds of the case notebook (renderer/core/vocabulary CASE_RECORD_KINDS) as words; any other kind
// (a newer notebook, the library's notes) is "another entry" rather than a raw code on screen.
export function kindLabel(kind: string): MessageKey {
  return isOneOf(CASE_RECORD_KIND_LIST, kind) ? VOCABULARY_LABELS.caseRecordKind[kind] : 'backup.kind.other';
}
