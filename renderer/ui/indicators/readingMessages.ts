import type { Reading } from '../../core/screening';
import type { MessageKey } from '../i18n/catalog';

// Which sentences say a reading. Shared by the live summary and the printed page so both say the same.
// A reading says what the answers show and what more may show; it never says the combination "can no
// longer be met": the list is often partial, and facts outside any list still count.

export function readingTitle(reading: Reading): MessageKey {
  return `screening.reading.${reading.outcome}.title`;
}

export function readingBody(reading: Reading): MessageKey[] {
  const keys: MessageKey[] = [`screening.reading.${reading.outcome}.body`];
  if (reading.outcome === 'presumed-victim' || reading.outcome === 'no-combination-rule') return keys;
  if (reading.couldStillBeMet) keys.push('screening.reading.canChange');
  else if (reading.outcome !== 'child-exploitation') keys.push('screening.reading.answersShow');
  keys.push(reading.partialList ? 'screening.reading.partialList' : 'screening.reading.outsideList');
  return keys;
}
