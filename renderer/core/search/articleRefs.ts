import { analyse } from './analyzer';
import type { SearchRecord } from './searchRecords';

// Recognises a reference to a provision in a query: "art. 53 loi 09/001", "09/001 53", "C182 art 3",
// "Palerme art 3", "174e". Document names come from the pack (number, short names, aliases, id), so new
// content is recognised without code changes.

// Name words shared by many instruments: alone they name none.
const GENERIC = new Set(
  'loi code convention protocole protocol oit ilo decret arret arrete sheria mkataba itifaki kanuni law order act art portant relatif'.split(' '),
);

export interface NameIndex {
  /** Name wordings (analysed) of law documents → document ids. */
  names: { terms: string[]; docId: string }[];
  /** `${docId}|${number}` → record id, and number → record ids across documents. */
  byDocNumber: Map<string, string>;
  byNumber: Map<string, string[]>;
}

/** "174 bis" → "174bis", "1er" → "1", "3 §2" → "3§2": the form a query's number takes. */
export const numberKey = (written: string): string => analyse(written).join('');

export const buildNameIndex = (records: readonly SearchRecord[]): NameIndex => {
  const names: { terms: string[]; docId: string }[] = [];
  const docsByTerm = new Map<string, Set<string>>();
  const byDocNumber = new Map<string, string>();
  const byNumber = new Map<string, string[]>();
  for (const r of records) {
    if (r.kind === 'document' && r.docKind === 'law') {
      const wordings = [r.id.replace(/-/g, ' '), ...r.names.split(' ; ')];
      for (const wording of wordings) {
        const terms = analyse(wording);
        if (terms.length > 0 && terms.length <= 8) names.push({ terms, docId: r.id });
        for (const t of terms) docsByTerm.set(t, (docsByTerm.get(t) ?? new Set()).add(r.id));
      }
    } else if (r.number !== undefined) {
      const key = numberKey(r.number);
      byDocNumber.set(`${r.docId}|${key}`, r.id);
      byNumber.set(key, [...(byNumber.get(key) ?? []), r.id]);
    }
  }
  // A single word names a document when no other document uses it and it is not a bare number
  // ("29" would swallow article numbers): "palerme", "c182", "09/001", "constitution".
  for (const [term, docs] of docsByTerm) {
    const [docId] = [...docs];
    if (docs.size === 1 && docId && !GENERIC.has(term) && !/^\d+$/.test(term)) names.push({ terms: [term], docId });
  }
  names.sort((a, b) => b.terms.length - a.terms.length);
  return { names, byDocNumber, byNumber };
};

export interface ArticleRef {
  /** Records named exactly (document and number): shown first. */
  pinned: string[];
  /** Records with the number typed, in any document: boosted. */
  numbered: string[];
  /** Documents named in the query. */
  docIds: string[];
  /** The query terms left for full-text matching. */
  rest: string[];
}

const isNumberTerm = (t: string): boolean => /^\d+[a-z]*$/.test(t);

export const findArticleRef = (terms: readonly string[], index: NameIndex): ArticleRef => {
  const used = new Set<number>();
  const docIds: string[] = [];
  const docPositions = new Set<number>();
  for (let at = 0; at < terms.length; at += 1) {
    const match = index.names.find((n) => n.terms.every((t, i) => terms[at + i] === t && !docPositions.has(at + i)));
    if (!match) continue;
    if (!docIds.includes(match.docId)) docIds.push(match.docId);
    match.terms.forEach((_, i) => docPositions.add(at + i));
    at += match.terms.length - 1;
  }
  const pinned: string[] = [];
  const numbered: string[] = [];
  terms.forEach((t, at) => {
    if (docPositions.has(at) || !isNumberTerm(t)) return;
    const afterArt = terms[at - 1] === 'art';
    const paragraph = terms[at + 1]?.startsWith('§') ? terms[at + 1] : undefined;
    const keys = paragraph ? [`${t}${paragraph}`, t] : [t];
    // A bare number is an article number only next to a named document or with a suffix ("174e").
    if (!afterArt && docIds.length === 0 && /^\d+$/.test(t)) return;
    for (const key of keys) {
      const exact = docIds.map((d) => index.byDocNumber.get(`${d}|${key}`)).filter((id): id is string => id !== undefined);
      const anywhere = docIds.length === 0 ? (index.byNumber.get(key) ?? []) : [];
      if (exact.length === 0 && anywhere.length === 0) continue;
      pinned.push(...exact);
      numbered.push(...anywhere);
      used.add(at);
      if (afterArt) used.add(at - 1);
      if (paragraph) used.add(at + 1);
      break;
    }
  });
  // The document's name words were only there to say which article: they are not text to match.
  if (pinned.length > 0) docPositions.forEach((p) => used.add(p));
  // A lone suffixed number that is in a single document is as good as named ("174e").
  if (pinned.length === 0 && numbered.length === 1) pinned.push(...numbered.splice(0));
  return { pinned, numbered, docIds, rest: terms.filter((_, i) => !used.has(i)) };
};
