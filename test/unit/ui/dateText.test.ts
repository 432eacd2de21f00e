import { describe, expect, it } from 'vitest';
import { formatDateText, parseDateText } from '../../../renderer/ui/i18n/dateText';
import { formatDate } from '../../../renderer/ui/i18n/formatDate';

describe('dates typed day first, whatever the computer', () => {
  it.each([
    ['29/11/2026', '2026-11-29'],
    ['3/1/2026', '2026-01-03'],
    ['03-01-2026', '2026-01-03'],
    ['03.01.2026', '2026-01-03'],
    [' 29 / 11 / 2026 ', '2026-11-29'],
    ['29/02/2028', '2028-02-29'],
    // Pasted from another program: ISO is unambiguous.
    ['2026-11-29', '2026-11-29'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDateText(text)).toEqual({ kind: 'date', iso });
  });

  it.each([
    '31/02/2026',
    '29/02/2027',
    '31/04/2026',
    '00/01/2026',
    '12/13/2026',
    '11/29/2026',
    '29/11/26',
    '29/11',
    'demain',
    '2026-02-31',
    '1/1/1800',
  ])('refuses %j', (text) => {
    expect(parseDateText(text)).toEqual({ kind: 'invalid' });
  });

  it('treats a blank field as empty, and shows stored days as dd/mm/yyyy', () => {
    expect(parseDateText('  ')).toEqual({ kind: 'empty' });
    expect(formatDateText('2026-01-03')).toBe('03/01/2026');
    expect(formatDateText('')).toBe('');
  });

  it('writes dates out in the interface language, not the computer’s', () => {
    expect(formatDate('fr', '2026-11-29')).toBe('29 novembre 2026');
    expect(formatDate('en', '2026-11-29')).toBe('29 November 2026');
  });
});
