// A device preference, not case data: kept in localStorage so it applies before and after unlock.
// No "never": on a shared office laptop an open notebook must always close by itself.
export const AUTO_LOCK_CHOICES = [1, 2, 5, 10, 15, 30] as const;
export type AutoLockMinutes = (typeof AUTO_LOCK_CHOICES)[number];
export const DEFAULT_AUTO_LOCK_MINUTES: AutoLockMinutes = 5;

const STORAGE_KEY = 'dalili.vault.autoLockMinutes.v1';

function isChoice(value: unknown): value is AutoLockMinutes {
  return AUTO_LOCK_CHOICES.includes(value as AutoLockMinutes);
}

export function loadAutoLockMinutes(storage: Pick<Storage, 'getItem'>): AutoLockMinutes {
  try {
    const value: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
    return isChoice(value) ? value : DEFAULT_AUTO_LOCK_MINUTES;
  } catch {
    return DEFAULT_AUTO_LOCK_MINUTES;
  }
}

export function saveAutoLockMinutes(storage: Pick<Storage, 'setItem'>, minutes: AutoLockMinutes): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(minutes));
}
