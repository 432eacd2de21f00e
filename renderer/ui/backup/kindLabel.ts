import type { MessageKey } from '../i18n/catalog';

// Record kinds of the case notebook (renderer/core/cases KINDS) as words; any other kind (a newer
// notebook, the library's notes) is "another entry" rather than a raw code on screen.
const KNOWN = ['case', 'case-person', 'case-screening', 'case-referral', 'case-note', 'case-task', 'case-attachment', 'case-attachment-data', 'case-audit'] as const;

export function kindLabel(kind: string): MessageKey {
  return (KNOWN as readonly string[]).includes(kind) ? (`backup.kind.${kind}` as MessageKey) : 'backup.kind.other';
}
