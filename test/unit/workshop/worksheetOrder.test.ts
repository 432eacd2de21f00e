import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../../build/content/compileContent';
import { readContentDir } from '../../../build/content/readContentDir';
import { worksheetEntries, worksheetRows } from '../../../renderer/core/library';
import { headingAt, headingTrail, worksheetPosition } from '../../../renderer/core/workshop';

// Issue 20, point 4: the printed worksheet's rows and the workshop's « Entrée suivante » follow one order.

const compiled = compileContent(readContentDir(path.resolve(import.meta.dirname, '../../../content')));
const byId = new Map(compiled.entries.map((e) => [e.id, e]));
const lookup = (id: string) => byId.get(id);

describe('worksheet order', () => {
  const doc = compiled.documents.find((d) => d.kind === 'law' && d.entryIds.length > 3);

  it('« Entrée suivante » walks a document row by row as the worksheet prints them', () => {
    if (!doc) throw new Error('no law with entries');
    const printed = worksheetRows(worksheetEntries(doc, lookup)).map((r) => r.id);
    expect(printed).toEqual(doc.entryIds);
    const walked: string[] = [];
    let at: string | undefined = printed[0];
    while (at) {
      walked.push(at);
      const position = worksheetPosition(doc, lookup, at);
      expect(position?.row).toBe(walked.length);
      expect(position?.rows).toBe(printed.length);
      at = position?.next;
    }
    expect(walked).toEqual(printed);
    expect(worksheetPosition(doc, lookup, printed[1] ?? '')?.previous).toBe(printed[0]);
  });

  it('a printed selection keeps the worksheet order, whatever order it was chosen in', () => {
    if (!doc) throw new Error('no law with entries');
    const chosen = [doc.entryIds[3], doc.entryIds[0], doc.entryIds[2]].filter((x): x is string => !!x);
    expect(worksheetEntries(doc, lookup, chosen).map((e) => e.id)).toEqual([
      doc.entryIds[0],
      doc.entryIds[2],
      doc.entryIds[3],
    ]);
  });

  it('an entry of another document has no place on this worksheet', () => {
    if (!doc) throw new Error('no law with entries');
    const stranger = compiled.entries.find((e) => e.docId !== doc.id);
    expect(worksheetPosition(doc, lookup, stranger?.id ?? '')).toBeUndefined();
  });
});

describe('the headings above an entry, as the workshop offers them for marking', () => {
  it('gives, outermost first, the titles of the entry’s path and which ones Dalili added', () => {
    const nested = compiled.entries.filter((e) => e.path.length > 0);
    expect(nested.length).toBeGreaterThan(10);
    for (const entry of nested) {
      const doc = compiled.documents.find((d) => d.id === entry.docId)!;
      const trail = headingTrail(doc.outline, entry.id);
      expect(trail.map((h) => h.title)).toEqual(entry.path);
      expect(trail.flatMap((h, i) => (h.editorial ? [i] : []))).toEqual(entry.editorialPath ?? []);
      for (const h of trail) expect(headingAt(doc.outline, h.at)?.title).toBe(h.title);
    }
  });
});
