import type { Reading } from '../../core/screening/summariseScreening';
import type { MessageKey } from '../i18n/catalog';

// Which sentences say a reading. Shared by the live summary and the printed page so both say the same.

export function readingTitle(reading: Reading): MessageKey {
  return `screening.reading.${reading.outcome}.title`;
}

export function readingBody(reading: Reading): MessageKey[] {
  const keys: MessageKey[] = [`screening.reading.${reading.outcome}.body`];
  if (reading.outcome === 'indicators-present' || reading.outcome === 'insufficient') {
    keys.push(reading.couldStillBeMet ? 'screening.reading.canChange' : 'screening.reading.cannotChange');
  }
  return keys;
}
