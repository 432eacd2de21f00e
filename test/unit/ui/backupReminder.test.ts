import { describe, expect, it } from 'vitest';
import { backupFileName, safeFileNamePart } from '../../../renderer/core/backup/exportBackup';
import { daysSince, parseReminderState, reminderDue } from '../../../renderer/ui/backup/backupReminder';

const DAY = 24 * 60 * 60 * 1000;
const ID = 'a'.repeat(32);
const NOW = Date.UTC(2026, 11, 4, 10);

describe('backup file name', () => {
  it('carries the notebook name in safe characters, and the day', () => {
    expect(backupFileName(NOW, 'Bureau Walikale')).toBe('dalili-bureau-walikale-2026-12-04.dalili-backup');
    expect(backupFileName(NOW, 'Équipe Kalehe / Minova')).toBe(
      'dalili-equipe-kalehe-minova-2026-12-04.dalili-backup',
    );
    expect(backupFileName(NOW, '../../etc/passwd')).toBe('dalili-etc-passwd-2026-12-04.dalili-backup');
    expect(backupFileName(NOW, 'CON:*?"<>|')).toBe('dalili-con-2026-12-04.dalili-backup');
    expect(backupFileName(NOW, '東京')).toBe('dalili-2026-12-04.dalili-backup');
    expect(backupFileName(NOW)).toBe('dalili-2026-12-04.dalili-backup');
  });
  it('keeps long names short', () => {
    const part = safeFileNamePart('Bureau de la Division provinciale des Mines du Sud-Kivu, Bukavu');
    expect(part.length).toBeLessThanOrEqual(40);
    expect(part).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('backup reminder', () => {
  it('is due after the chosen period, or when there was never a backup, unless off', () => {
    const state = (days: unknown, last?: number) =>
      parseReminderState(JSON.stringify({ days, last: last === undefined ? {} : { [ID]: last } }));
    expect(reminderDue(state(7, NOW - 6 * DAY), ID, NOW)).toBe(false);
    expect(reminderDue(state(7, NOW - 7 * DAY), ID, NOW)).toBe(true);
    expect(reminderDue(state(14, NOW - 10 * DAY), ID, NOW)).toBe(false);
    expect(reminderDue(state(30, NOW - 31 * DAY), ID, NOW)).toBe(true);
    expect(reminderDue(state(7), ID, NOW)).toBe(true);
    expect(reminderDue(state(0, NOW - 400 * DAY), ID, NOW)).toBe(false);
    expect(daysSince(NOW - 3 * DAY - 1000, NOW)).toBe(3);
    expect(daysSince(undefined, NOW)).toBeNull();
  });
  it('falls back to a 7-day reminder on damaged or odd stored values', () => {
    for (const text of [
      null,
      '',
      '{',
      '"x"',
      '{"days": 3}',
      '{"days": "7"}',
      '{"last": {"not-an-id": 5, "aaaa": "x"}}',
    ]) {
      const parsed = parseReminderState(text);
      expect(parsed.days, String(text)).toBe(7);
      expect(parsed.last, String(text)).toEqual({});
    }
  });
});
