// Reading preferences (text size). Preferences only, never case data, so they sit in localStorage
// like the UI language. The text language is chosen per document and not kept: by default a
// document opens in the UI language when it has it.

export const TEXT_SCALES = [0.9, 1, 1.15, 1.3, 1.5] as const;
export const DEFAULT_TEXT_SCALE_INDEX = 1;

export interface LibraryPrefs {
  textScaleIndex: number;
}

const STORAGE_KEY = 'dalili.library.v1';

export function loadLibraryPrefs(storage: Pick<Storage, 'getItem'>): LibraryPrefs {
  try {
    const raw = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as { textScaleIndex?: unknown } | null;
    const index = raw?.textScaleIndex;
    const valid =
      typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < TEXT_SCALES.length;
    return { textScaleIndex: valid ? index : DEFAULT_TEXT_SCALE_INDEX };
  } catch {
    return { textScaleIndex: DEFAULT_TEXT_SCALE_INDEX };
  }
}

export function saveLibraryPrefs(storage: Pick<Storage, 'setItem'>, prefs: LibraryPrefs): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(prefs));
  } catch {
    // A full or refused storage only loses the preference, never the reading.
  }
}
