import type { Localized, LocalizedList } from '../../core/content';
import type { Language } from '../i18n/languages';

// Content is written in French first; en and sw appear where the writers translated them.
export function localized(text: Localized | undefined, language: Language): string {
  return text?.[language] ?? text?.fr ?? '';
}

export function localizedList(list: LocalizedList | undefined, language: Language): string[] {
  return list?.[language] ?? list?.fr ?? [];
}

/** `#/bibliotheque/<docId>/<entryId>`: where the library reader opens an entry. */
export function libraryHref(fullId: string): string {
  return `#/bibliotheque/${fullId.split('/').map(encodeURIComponent).join('/')}`;
}
