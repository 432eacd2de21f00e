import type { ListedDocument } from '../content';
import { foldText } from '../text';

export function filterTerms(query: string): string[] {
  return query.split(/\s+/).filter((term) => term.length > 0);
}

/** Keeps the documents whose titles, short names, number or aliases hold every term (folded: accents, case, œ/æ, apostrophes). */
export function filterDocuments<
  D extends Pick<ListedDocument, 'title' | 'shortName' | 'number' | 'citation' | 'aliases'>,
>(documents: readonly D[], terms: readonly string[]): D[] {
  if (terms.length === 0) return [...documents];
  const folded = terms.map(foldText);
  return documents.filter((doc) => {
    const haystack = foldText(
      [
        doc.title.fr,
        doc.title.en ?? '',
        doc.title.sw ?? '',
        doc.shortName.fr,
        doc.shortName.en ?? '',
        doc.shortName.sw ?? '',
        doc.number ?? '',
        doc.citation,
        ...doc.aliases,
      ].join(' '),
    );
    return folded.every((term) => haystack.includes(term));
  });
}
