import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../../build/content/compileContent';
import { readContentDir } from '../../../build/content/readContentDir';
import type { ContentDocument, Entry } from '../../../renderer/core/content/types';
import { indicatorSetsFor, type IndicatorSet } from '../../../renderer/core/screening/indicatorSets';
import { listsUsed } from '../../../renderer/core/screening/listsUsed';
import { setAnswer } from '../../../renderer/core/screening/screening';
import { summariseScreening, type Reading } from '../../../renderer/core/screening/summariseScreening';
import { screening as screeningCatalog } from '../../../renderer/ui/i18n/catalog/screening';
import { readingBody, readingTitle } from '../../../renderer/ui/indicators/readingMessages';
import { translate } from '../../../renderer/ui/i18n/translate';
import { BOY_AT_GOLD_MINE, boyScreening } from '../../fixtures/content/boyAtGoldMine';

// Issue 14, §5, one test per point, on the real content: what the reading says about a 14-year-old boy
// carrying sacks at a gold mine, in debt to the "patron" for his food and unable to leave.

let sets: IndicatorSet[];
let entriesById: Map<string, Entry>;
let documents: ContentDocument[];

beforeAll(() => {
  const compiled = compileContent(readContentDir(resolve(import.meta.dirname, '../../../content')));
  documents = compiled.documents;
  entriesById = new Map(compiled.entries.map((e) => [e.id, e]));
  sets = indicatorSetsFor(documents, entriesById, 'child');
});

const childSet = (): IndicatorSet => {
  const set = sets.find((s) => s.document.id === BOY_AT_GOLD_MINE.childList);
  if (!set) throw new Error('child trafficking list missing from the content');
  return set;
};

/** The French sentences the reading shows: title, body lines and the "missing" list. */
const frenchReading = (reading: Reading): string =>
  [
    translate('fr', readingTitle(reading)),
    ...readingBody(reading).map((key) => translate('fr', key)),
    ...reading.missing.map((m) => translate('fr', `screening.missing.${m}`)),
  ].join('\n');

describe('the boy at the gold mine (issue 14, §5)', () => {
  it('marks only indicators that exist, for a child, in the lists the fixture names', () => {
    for (const id of Object.keys(BOY_AT_GOLD_MINE.marks)) {
      expect(entriesById.get(id)?.kind, id).toBe('indicator');
      expect(entriesById.get(id)?.audience, id).not.toBe('adult');
    }
  });

  it('a child’s reading never asks for deceptive or coercive recruitment: it asks how he came there', () => {
    const set = childSet();
    const { reading } = summariseScreening(boyScreening(), set.indicators, set.document.coverage);
    expect(reading.outcome).toBe('indicators-present');
    expect(reading.missing).not.toContain('recruitment');
    expect(reading.missing).toContain('act');
    const text = frenchReading(reading);
    expect(text).not.toMatch(/recrutement par tromperie|par contrainte ou par abus/);
    expect(text).toContain('comment l’enfant est arrivé là');
    expect(text).toContain('aucun moyen n’est exigé');
  });

  it('says what the answers show: coercion at the place of exploitation (his debt and that he cannot leave)', () => {
    const set = childSet();
    const { reading, dimensionResults } = summariseScreening(
      boyScreening(),
      set.indicators,
      set.document.coverage,
    );
    expect(reading.shown).toContain('coercion-destination');
    expect(dimensionResults.find((r) => r.element === 'coercion-destination')?.met).toBe(true);
  });

  it('the child list holds debts run up at the site, apart from debt bondage at recruitment', () => {
    const set = childSet();
    const debt = set.indicators.find((e) => e.id === 'delphi-traite-enfants/dette-contractee-sur-site');
    expect(debt?.dimension).toBe('coercition-destination');
    expect(debt?.audience).toBe('child');
    const atRecruitment = set.indicators.filter(
      (e) => e.dimension?.startsWith('recrutement') && /dette/i.test(e.heading),
    );
    expect(atRecruitment.length).toBeGreaterThan(0);
    expect(atRecruitment.map((e) => e.id)).not.toContain(debt?.id);
  });

  it('says what the full list may add when the list is partial, and never that the combination can no longer be met', () => {
    const set = childSet();
    // Every indicator not marked present is answered "absent": the answers cannot change the reading,
    // and still the reading only says what these answers show.
    let closed = boyScreening();
    for (const e of set.indicators)
      if (!(e.id in closed.answers)) closed = setAnswer(closed, e.id, { mark: 'absent' });
    for (const [id, mark] of Object.entries(closed.answers))
      if (mark.mark === 'unknown') closed = setAnswer(closed, id, { mark: 'absent' });
    const partial = summariseScreening(closed, set.indicators, {
      status: 'partiel',
      note: 'Sous-ensemble.',
    }).reading;
    expect(partial.couldStillBeMet).toBe(false);
    expect(partial.partialList).toBe(true);
    expect(readingBody(partial)).toEqual([
      'screening.reading.indicators-present.body',
      'screening.reading.answersShow',
      'screening.reading.partialList',
    ]);
    // A set that does not state its coverage is read as partial.
    expect(summariseScreening(closed, set.indicators).reading.partialList).toBe(true);
    // The real list says what it is, and the reading follows it.
    const real = summariseScreening(closed, set.indicators, set.document.coverage).reading;
    expect(real.partialList).toBe(set.document.coverage?.status !== 'complet');
    // No sentence in any language of the screening catalogue says it can no longer be met.
    for (const lang of ['fr', 'en', 'sw'] as const) {
      for (const text of Object.values(screeningCatalog[lang]))
        expect(text).not.toMatch(/ne peut plus|can no longer|hauwezi tena/i);
    }
  });

  it('a list that says it is complete still says facts outside it may show what is missing', () => {
    const set = childSet();
    const { reading } = summariseScreening(boyScreening(), set.indicators, { status: 'complet', note: 'x' });
    expect(reading.partialList).toBe(false);
    expect(readingBody(reading)).toContain('screening.reading.outsideList');
  });

  it('the printed summary carries the marks of every list used, not only the one on screen', () => {
    const lists = listsUsed(boyScreening(), sets, BOY_AT_GOLD_MINE.childList);
    expect(lists.map((l) => l.set.document.id)).toEqual([
      BOY_AT_GOLD_MINE.childList,
      BOY_AT_GOLD_MINE.childLabourList,
    ]);
    const marksOf = (i: number) =>
      Object.fromEntries((lists[i]?.answered ?? []).map((a) => [a.entry.id, a.mark]));
    const expected = Object.entries(BOY_AT_GOLD_MINE.marks);
    expect(marksOf(0)).toEqual(
      Object.fromEntries(expected.filter(([id]) => id.startsWith(`${BOY_AT_GOLD_MINE.childList}/`))),
    );
    expect(marksOf(1)).toEqual(
      Object.fromEntries(expected.filter(([id]) => id.startsWith(`${BOY_AT_GOLD_MINE.childLabourList}/`))),
    );
    // Each list keeps its own coverage statement for the print.
    expect(lists.every((l) => l.set.document.coverage !== undefined)).toBe(true);
  });
});
