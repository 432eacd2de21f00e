import { analyse } from './analyzer';
import type { SearchRecord } from './searchRecords';

// Recognises a reference to a provision in a query: "art. 53 loi 09/001", "09/001 53", "C182 art 3",
// "Palerme art 3", "174e". Document names come from the pack (number, short names, aliases, id), so new
// content is recognised without code changes.

// Name words shared by many instruments: alone they name none.
const GENERIC = new Set(
  'loi code convention protocole protocol oit ilo decret arret arrete sheria mkataba itifaki kanuni law order act art portant relatif'.split(' '),
);

export interface NameWording {
  terms: string[];
  docId: string;
  strong: boolean;
}

export interface NameIndex {
  /**
   * Name wordings (analysed) of law documents, by their first term, longest first: a query term finds its
   * candidates in one lookup. A strong name (with a number or a word no other document uses: "09/001",
   * "palerme") is enough to say where to look; a weak one ("code du travail") only counts next to an
   * article number, since its words are also ordinary search words.
   */
  byFirstTerm: Map<string, NameWording[]>;
  /** `${docId}|${number}` → record id, and number → record ids across documents. */
  byDocNumber: Map<string, string>;
  byNumber: Map<string, string[]>;
}

/** "174 bis" → "174bis", "1er" → "1", "3 §2" → "3§2": the form a query's number takes. */
export const numberKey = (written: string): string => analyse(written).join('');

/**
 * `frequency` (records holding a term) tells names people use only as names ("c182", "lpe") from words
 * that are also everyday search words ("kazi" in "Kanuni ya Kazi", "saemape"): only the former are strong.
 */
export const buildNameIndex = (records: readonly SearchRecord[], frequency: (term: string) => number = () => 0): NameIndex => {
  const names: NameWording[] = [];
  const docsByTerm = new Map<string, Set<string>>();
  const singles: { term: string; docId: string }[] = [];
  const byDocNumber = new Map<string, string>();
  const byNumber = new Map<string, string[]>();
  for (const r of records) {
    if (r.kind === 'document' && r.docKind === 'law') {
      for (const wording of [r.id.replace(/-/g, ' '), ...(r.aliases ?? [])]) {
        const terms = analyse(wording);
        // A bare number ("182") is not a name: it would swallow article numbers.
        if (terms.length === 0 || terms.length > 8 || terms.every((t) => /^\d+$/.test(t))) continue;
        names.push({ terms, docId: r.id, strong: false });
        for (const t of terms) docsByTerm.set(t, (docsByTerm.get(t) ?? new Set()).add(r.id));
        // "Protocole de Palerme" → "palerm", "Code pénal" → "penal", "loi 09/001" → "09/001".
        const specific = terms.filter((t) => !GENERIC.has(t));
        if (specific.length === 1) singles.push({ term: specific[0]!, docId: r.id });
      }
    } else if (r.number !== undefined) {
      const key = /^\d+$/.test(r.number) ? r.number : numberKey(r.number);
      byDocNumber.set(`${r.docId}|${key}`, r.id);
      const list = byNumber.get(key);
      if (list) list.push(r.id);
      else byNumber.set(key, [r.id]);
    }
  }
  // A single word names a document only when no other document's names use it and it is not a bare
  // number ("29" would swallow article numbers).
  for (const { term, docId } of singles) {
    if (docsByTerm.get(term)?.size === 1 && !/^\d+$/.test(term) && !names.some((n) => n.terms.length === 1 && n.terms[0] === term)) {
      names.push({ terms: [term], docId, strong: false });
    }
  }
  const rare = Math.max(3, records.length / 100);
  for (const n of names) n.strong = n.terms.some((t) => /\d/.test(t)) || (n.terms.length === 1 && frequency(n.terms[0]!) <= rare);
  names.sort((a, b) => b.terms.length - a.terms.length);
  const byFirstTerm = new Map<string, NameWording[]>();
  for (const n of names) {
    const list = byFirstTerm.get(n.terms[0]!);
    if (list) list.push(n);
    else byFirstTerm.set(n.terms[0]!, [n]);
  }
  return { byFirstTerm, byDocNumber, byNumber };
};

export interface ArticleRef {
  /** Records named exactly (document and number): shown first. */
  pinned: string[];
  /** Records with the number typed, in any document: boosted. */
  numbered: string[];
  /** Documents named in the query. */
  docIds: string[];
  /** Documents named strongly: their name words were taken out of the text to match. */
  strongDocIds: string[];
  /** The query terms left for full-text matching. */
  rest: string[];
}

const isNumberTerm = (t: string): boolean => /^\d+[a-z]*$/.test(t);

export const findArticleRef = (terms: readonly string[], index: NameIndex): ArticleRef => {
  const used = new Set<number>();
  const docIds: string[] = [];
  const strongDocIds: string[] = [];
  const docPositions = new Set<number>();
  const strongPositions = new Set<number>();
  const weakSingles: { at: number; docId: string }[] = [];
  for (let at = 0; at < terms.length; at += 1) {
    const match = index.byFirstTerm.get(terms[at]!)?.find((n) => n.terms.every((t, i) => terms[at + i] === t && !docPositions.has(at + i)));
    if (!match) continue;
    // A weak one-word name ("kazi" of "Kanuni ya Kazi") is only a name next to an article number.
    if (!match.strong && match.terms.length === 1) {
      weakSingles.push({ at, docId: match.docId });
      continue;
    }
    if (!docIds.includes(match.docId)) docIds.push(match.docId);
    if (match.strong && !strongDocIds.includes(match.docId)) strongDocIds.push(match.docId);
    match.terms.forEach((_, i) => {
      docPositions.add(at + i);
      if (match.strong) strongPositions.add(at + i);
    });
    at += match.terms.length - 1;
  }
  const pinned: string[] = [];
  const numbered: string[] = [];
  // With an article number in the query, weak one-word names count after all ("Palerme art 3").
  if (terms.some((t, i) => isNumberTerm(t) && (terms[i - 1] === 'art' || /[a-z]$/.test(t)))) {
    for (const w of weakSingles) {
      if (!docIds.includes(w.docId)) docIds.push(w.docId);
      docPositions.add(w.at);
    }
  }
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
  // The document's name words say where to look (or which article): they are not text to match.
  (pinned.length > 0 ? docPositions : strongPositions).forEach((p) => used.add(p));
  // A lone suffixed number that is in a single document is as good as named ("174e").
  if (pinned.length === 0 && numbered.length === 1) pinned.push(...numbered.splice(0));
  return { pinned, numbered, docIds, strongDocIds, rest: terms.filter((_, i) => !used.has(i)) };
};
