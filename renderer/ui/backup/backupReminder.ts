import { useSyncExternalStore } from 'react';

// When each notebook was last backed up on this computer, and how often to remind. A device
// preference, like the auto-lock delay: it sits in localStorage, holds an opaque notebook id and a
// time, never case data, and is readable before unlocking.

export const REMINDER_CHOICES = [0, 7, 14, 30] as const;
export type ReminderDays = (typeof REMINDER_CHOICES)[number];
export const DEFAULT_REMINDER_DAYS: ReminderDays = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
const STORAGE_KEY = 'dalili.backupReminder.v1';

export interface BackupReminderState {
  /** 0: no reminder. */
  days: ReminderDays;
  /** Last complete backup per notebook (profile id), in ms since the epoch. */
  last: Readonly<Record<string, number>>;
}

const isChoice = (value: unknown): value is ReminderDays => REMINDER_CHOICES.includes(value as ReminderDays);

export function parseReminderState(text: string | null): BackupReminderState {
  try {
    const raw = JSON.parse(text ?? 'null') as { days?: unknown; last?: unknown } | null;
    const last: Record<string, number> = {};
    if (raw && typeof raw.last === 'object' && raw.last !== null) {
      for (const [id, at] of Object.entries(raw.last as Record<string, unknown>)) {
        if (/^[0-9a-f]{32}$/.test(id) && typeof at === 'number' && Number.isFinite(at)) last[id] = at;
      }
    }
    return { days: isChoice(raw?.days) ? raw.days : DEFAULT_REMINDER_DAYS, last };
  } catch {
    // A damaged entry only costs the reminder its memory; it never blocks the app.
    return { days: DEFAULT_REMINDER_DAYS, last: {} };
  }
}

/** Whole days since the last backup, or null when there was none. */
export function daysSince(last: number | undefined, now: number): number | null {
  return last === undefined ? null : Math.max(0, Math.floor((now - last) / DAY_MS));
}

/** True when the person asked to be reminded and the period has run out (or no backup was ever made). */
export function reminderDue(state: BackupReminderState, profileId: string, now: number): boolean {
  if (state.days === 0) return false;
  const since = daysSince(state.last[profileId], now);
  return since === null || since >= state.days;
}

let state: BackupReminderState | null = null;
const listeners = new Set<() => void>();

function current(): BackupReminderState {
  state ??= parseReminderState(window.localStorage.getItem(STORAGE_KEY));
  return state;
}

function save(next: BackupReminderState): void {
  state = next;
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  listeners.forEach((l) => l());
}

export const backupReminder = {
  get: current,
  setDays: (days: ReminderDays): void => save({ ...current(), days }),
  recordBackup: (profileId: string, at: number): void =>
    save({ ...current(), last: { ...current().last, [profileId]: at } }),
  /** After « Effacer ce carnet »: the erased notebook's date goes too. */
  forgetNotebook: (profileId: string): void => {
    const last = Object.fromEntries(Object.entries(current().last).filter(([id]) => id !== profileId));
    save({ ...current(), last });
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useBackupReminder(): BackupReminderState {
  return useSyncExternalStore(backupReminder.subscribe, current);
}
