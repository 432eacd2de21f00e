import type { ContentDocument, DocumentKind, Entry, Lang } from '../../core/content/types';
import { localizedText, type LocalizedText } from '../../core/library/contentLanguage';
import type { MessageKey } from '../i18n/catalog';

export function documentTitle(doc: ContentDocument, lang: Lang): LocalizedText {
  return localizedText(doc.title, lang);
}

export function documentShortName(doc: ContentDocument, lang: Lang): LocalizedText {
  return localizedText(doc.shortName, lang);
}

/** How an entry is named in lists and links: "Loi 09/001 — Article 53". */
export function entryLabel(entry: Entry, doc: ContentDocument | undefined, lang: Lang): string {
  return doc ? `${documentShortName(doc, lang).text} — ${entry.heading}` : entry.heading;
}

/** ICU plural messages: the language's own rules choose the form (French says « 0 article »). */
const COUNT_KEYS: Record<DocumentKind, MessageKey> = {
  law: 'library.count.law',
  indicators: 'library.count.indicators',
  guideline: 'library.count.guideline',
  directory: 'library.count.directory',
};

export function countKey(kind: DocumentKind): MessageKey {
  return COUNT_KEYS[kind];
}

export const KIND_KEYS: Record<DocumentKind, MessageKey> = {
  law: 'library.kind.law',
  indicators: 'library.kind.indicators',
  guideline: 'library.kind.guideline',
  directory: 'library.kind.directory',
};

export const JURISDICTION_KEYS = {
  RDC: 'library.jurisdiction.RDC',
  regional: 'library.jurisdiction.regional',
  international: 'library.jurisdiction.international',
} as const satisfies Record<string, MessageKey>;

export const LANGUAGE_KEYS = {
  fr: 'library.languageName.fr',
  en: 'library.languageName.en',
  sw: 'library.languageName.sw',
} as const satisfies Record<Lang, MessageKey>;

/** A stable DOM id for an entry's article element (`loi-09-001/art-53` → `entry-loi-09-001--art-53`). */
export function entryDomId(entryId: string): string {
  return `entry-${entryId.replace('/', '--')}`;
}
