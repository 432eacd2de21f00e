import { describe, expect, it } from 'vitest';
import { ANCHOR_AGREEMENT, agreedAnchorText } from '../../../renderer/core/search/searchRecords';

// A hub's anchor text keeps what its citers agree on (searchRecords.ts, README "Ranking rules").

describe('agreedAnchorText', () => {
  it('keeps every citing sentence of a record few records cite', () => {
    const few = ['Salaire non payé depuis trois mois', 'Travail forcé sur le site'];
    expect(agreedAnchorText(few)).toEqual(few);
  });

  it('keeps, for a hub, only the words enough of its citers share', () => {
    const citers = Array.from(
      { length: ANCHOR_AGREEMENT * 2 },
      (_, i) => `Recrutement par tromperie, cas ${i}`,
    );
    citers.push('Recrutement par tromperie : salaire non payé');
    const kept = agreedAnchorText(citers).join(' ');
    expect(kept).toContain('Recrutement');
    expect(kept).toContain('tromperie');
    expect(kept).not.toContain('salaire');
    expect(kept).not.toContain('payé');
  });
});
