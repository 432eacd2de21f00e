import { describe, expect, it } from 'vitest';
import { DOC_KINDS } from '../../../renderer/core/vocabulary';
import { loadBundledCorpus } from '../../../build/search/loadCorpus';
import {
  buildRecordTraits,
  docOrdinals,
  IS_DOCUMENT,
  STATES_PENALTY,
} from '../../../renderer/core/search/recordTraits';

// The ranking loop reads these arrays instead of the records: they must say what the records say.

describe('record traits', () => {
  const { records } = loadBundledCorpus();
  const traits = buildRecordTraits(records);

  it('hold, for every record of the library, its kind, its document kind, its penalty and its document', () => {
    records.forEach((r, n) => {
      expect((traits.flags[n]! & IS_DOCUMENT) !== 0, r.id).toBe(r.kind === 'document');
      expect((traits.flags[n]! & STATES_PENALTY) !== 0, r.id).toBe(r.penalty === true);
      expect(DOC_KINDS[traits.kindOf[n]!], r.id).toBe(r.docKind);
      expect(traits.docOrd[n], r.id).toBe(traits.ordOf.get(r.docId));
    });
    expect(records.some((r) => r.penalty)).toBe(true);
  });

  it('number the named documents, leaving out ids the pack lacks', () => {
    const ords = docOrdinals(traits, ['loi-09-001', 'no-such-law']);
    expect([...ords]).toEqual([traits.ordOf.get('loi-09-001')]);
  });
});
