import { isLanguage, type Language } from '../i18n/languages';

// Preferences only (never case data): they stay readable before the vault is unlocked.
export interface LocalSettings {
  language: Language;
}

const STORAGE_KEY = 'dalili.settings.v1';
export const DEFAULT_SETTINGS: LocalSettings = { language: 'fr' };

export function loadLocalSettings(storage: Pick<Storage, 'getItem'>): LocalSettings {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
    if (parsed && typeof parsed === 'object' && isLanguage((parsed as { language?: unknown }).language)) {
      return { ...DEFAULT_SETTINGS, language: (parsed as { language: Language }).language };
    }
  } catch {
    // A damaged settings entry falls back to the defaults rather than blocking start-up.
  }
  return DEFAULT_SETTINGS;
}

export function saveLocalSettings(storage: Pick<Storage, 'setItem'>, settings: LocalSettings): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(settings));
}
