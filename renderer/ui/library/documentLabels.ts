import type { ContentDocument, DocumentKind, Entry, Lang } from '../../core/content';
import { localizedText, type LocalizedText } from '../../core/library/listFace';
import type { MessageKey } from '../i18n/catalog';
import { VOCABULARY_LABELS } from '../i18n/vocabularyLabels';

export function documentTitle(doc: Pick<ContentDocument, 'title'>, lang: Lang): LocalizedText {
  return localizedText(doc.title, lang);
}

export function documentShortName(doc: Pick<ContentDocument, 'shortName'>, lang: Lang): LocalizedText {
  return localizedText(doc.shortName, lang);
}

/** How an entry is named in lists and links: "Loi 09/001 — Article 53". */
export function entryLabel(entry: Entry, doc: ContentDocument | undefined, lang: Lang): string {
  return doc ? `${documentShortName(doc, lang).text} — ${entry.heading}` : entry.heading;
}

/** ICU plural messages: the language's own rules choose the form (French says « 0 article »). */
export function countKey(kind: DocumentKind): MessageKey {
  return VOCABULARY_LABELS.docKindCount[kind];
}

export const KIND_KEYS: Readonly<Record<DocumentKind, MessageKey>> = VOCABULARY_LABELS.docKind;
export const JURISDICTION_KEYS = VOCABULARY_LABELS.jurisdiction;
export const LANGUAGE_KEYS = VOCABULARY_LABELS.languageName;

/** A stable DOM id for an entry's article element (`loi-09-001/art-53` → `entry-loi-09-001--art-53`). */
export function entryDomId(entryId: string): string {
  return `entry-${entryId.replace('/', '--')}`;
}
