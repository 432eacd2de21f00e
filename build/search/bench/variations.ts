import type { SearchRecord } from '../../../renderer/core/search/searchRecords';
import { LANGUAGES, mapValues } from '../../../renderer/core/vocabulary';

// Variations of the bundled content to top the large corpus up to its size: each copy keeps a record's
// vocabulary but reorders its sentences (rotated by the copy number) and renumbers its ids, so the index
// sees new documents rather than exact duplicates. Deterministic: same input, same corpus.

const rotate = <T>(items: readonly T[], by: number): T[] => {
  if (items.length === 0) return [];
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
};

const vary = (text: string, copy: number): string => rotate(text.split(/(?<=[.;:])\s+/), copy).join(' ');

export const variationRecords = (records: readonly SearchRecord[], copies: number): SearchRecord[] => {
  const out: SearchRecord[] = [];
  for (let copy = 1; copy <= copies; copy += 1) {
    for (const r of records) {
      out.push({
        ...r,
        id: `var${copy}/${r.id}`,
        docId: `var${copy}/${r.docId}`,
        // Variations are entries of their own documents: they must not steal the bundled names.
        kind: r.kind === 'document' ? 'step' : r.kind,
        docKind: 'guideline',
        text: mapValues(LANGUAGES, (l) => vary(r.text[l], copy)),
      });
    }
  }
  return out;
};
