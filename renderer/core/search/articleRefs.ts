import { analyse, foldText } from './analyzer';
import { NO_HINTS, type ArticleFamily, type NumberingHints } from './numberingHints';
import type { SearchRecord } from './searchRecords';

// Recognises a reference to a provision in a query: "art. 53 loi 09/001", "09/001 53", "C182 art 3",
// "Palerme art 3", "174e". Document names come from the pack (number, short names, aliases, id), so new
// content is recognised without code changes.

// Name words shared by many instruments: alone they name none.
const GENERIC = new Set(
  'loi code convention protocole protocol oit ilo decret arret arrete sheria mkataba itifaki kanuni law order act art portant relatif'.split(
    ' ',
  ),
);

// Words that make a wording the name of an instrument ("code du travail", "protocole de Palerme",
// "Constitution") rather than a subject an alias also covers ("âge minimum", "mariage forcé").
const INSTRUMENT_WORDS = new Set(
  analyse(
    'loi code convention protocole protocol constitution décret arrêté règlement pacte charte guide katiba sheria mkataba itifaki kanuni law regulation decree',
  ),
);

// Abbreviations practitioners write for an instrument the pack names in full: each stands for the
// document that has the full wording among its names (none is added when no document has it). CP, CT
// and CM are aliases in the content itself; CPP stays here because Loi 06/019, which inserted articles
// into the Code de procédure pénale, also has that name among its aliases.
const ABBREVIATIONS: Record<string, string> = { cpp: 'code de procédure pénale' };

export interface NameWording {
  terms: string[];
  docId: string;
  strong: boolean;
  /** Names the instrument itself (holds an instrument word): enough to say where to look. */
  instrument: boolean;
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
  /**
   * Lettered articles by the number they share, in pack order: `${docId}|174` → 174c, 174e, …, and
   * 174 → the same across documents. "7 bis" belongs to the family of 7.
   */
  familyByDoc: Map<string, FamilyMember[]>;
  family: Map<string, FamilyMember[]>;
  /**
   * Code → the instruments that amend it (their citation quotes the code's: "Ordonnance-loi 23/023 …
   * modifiant … le Décret du 30 janvier 1940 portant Code pénal congolais"). Their articles with a suffix
   * (174 p, 7 bis) are the ones they inserted into the code, so they answer the code's name.
   */
  amendedBy: Map<string, string[]>;
}

export interface FamilyMember {
  id: string;
  /** What follows the number: "c", "bis". */
  suffix: string;
}

/**
 * "174 bis" → "174bis", "1er" → "1", "3 §2" → "3§2", "174 p" → "174p": the form a query's number takes
 * (a spaced letter joins its number in queries too, numberingHints.ts).
 */
export const numberKey = (written: string): string =>
  analyse(written.replace(/^(\d+)\s+([a-z])$/i, '$1$2')).join('');

/**
 * `frequency` (records holding a term) tells names people use only as names ("c182", "lpe") from words
 * that are also everyday search words ("kazi" in "Kanuni ya Kazi", "saemape"): only the former are strong.
 */
export const buildNameIndex = (
  records: readonly SearchRecord[],
  frequency: (term: string) => number = () => 0,
): NameIndex => {
  const names: NameWording[] = [];
  const docsByTerm = new Map<string, Set<string>>();
  const singles: { term: string; docId: string }[] = [];
  const byDocNumber = new Map<string, string>();
  const byNumber = new Map<string, string[]>();
  const familyByDoc = new Map<string, FamilyMember[]>();
  const family = new Map<string, FamilyMember[]>();
  const push = <T>(map: Map<string, T[]>, key: string, id: T): void => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  const citations: { docId: string; folded: string }[] = [];
  const abbreviations = Object.entries(ABBREVIATIONS).map(([abbr, full]) => ({
    abbr,
    full: analyse(full).join(' '),
  }));
  for (const r of records) {
    if (r.kind === 'document' && r.docKind === 'law') {
      citations.push({ docId: r.id, folded: foldText(r.citation) });
      const wordings = [r.id.replace(/-/g, ' '), ...(r.aliases ?? [])];
      const analysedWordings = new Set(wordings.map((w) => analyse(w).join(' ')));
      // A short name of one word ("CDE", "Katiba") is the instrument's own name, however often texts cite it.
      const ownNames = new Set((r.shortNames ?? []).map((w) => analyse(w).join(' ')));
      for (const { abbr, full } of abbreviations) if (analysedWordings.has(full)) wordings.push(abbr);
      for (const wording of wordings) {
        const terms = analyse(wording);
        // A bare number ("182") is not a name: it would swallow article numbers; nor is an article
        // reference given as an alias ("article 174 p", "article 7 bis"): the article numbers answer for it.
        if (terms.length === 0 || terms.length > 8 || terms.every((t) => isNumberTerm(t) || t === 'art'))
          continue;
        names.push({
          terms,
          docId: r.id,
          strong: false,
          instrument:
            terms.some((t) => INSTRUMENT_WORDS.has(t)) || (terms.length === 1 && ownNames.has(terms[0]!)),
        });
        for (const t of terms) docsByTerm.set(t, (docsByTerm.get(t) ?? new Set()).add(r.id));
        // "Protocole de Palerme" → "palerm", "Code pénal" → "penal", "loi 09/001" → "09/001".
        const specific = terms.filter((t) => !GENERIC.has(t));
        if (specific.length === 1) singles.push({ term: specific[0]!, docId: r.id });
      }
    } else if (r.number !== undefined) {
      const key = /^\d+$/.test(r.number) ? r.number : numberKey(r.number);
      byDocNumber.set(`${r.docId}|${key}`, r.id);
      push(byNumber, key, r.id);
      const lettered = /^(\d+)([a-z]+)$/.exec(key);
      if (lettered) {
        const member = { id: r.id, suffix: lettered[2]! };
        push(familyByDoc, `${r.docId}|${lettered[1]!}`, member);
        push(family, lettered[1]!, member);
      }
    }
  }
  // A single word names a document only when no other document's names use it and it is not a bare
  // number ("29" would swallow article numbers).
  for (const { term, docId } of singles) {
    if (
      docsByTerm.get(term)?.size === 1 &&
      !/^\d+$/.test(term) &&
      !names.some((n) => n.terms.length === 1 && n.terms[0] === term)
    ) {
      names.push({ terms: [term], docId, strong: false, instrument: INSTRUMENT_WORDS.has(term) });
    }
  }
  const rare = Math.max(3, records.length / 100);
  for (const n of names)
    n.strong = n.terms.some((t) => /\d/.test(t)) || (n.terms.length === 1 && frequency(n.terms[0]!) <= rare);
  names.sort((a, b) => b.terms.length - a.terms.length);
  const byFirstTerm = new Map<string, NameWording[]>();
  for (const n of names) {
    const list = byFirstTerm.get(n.terms[0]!);
    if (list) list.push(n);
    else byFirstTerm.set(n.terms[0]!, [n]);
  }
  return { byFirstTerm, byDocNumber, byNumber, familyByDoc, family, amendedBy: amendments(citations) };
};

/** A citation this short could be quoted by chance ("Code pénal"): only full citations say "amends". */
const CITATION_QUOTED = 30;

const amendments = (citations: readonly { docId: string; folded: string }[]): Map<string, string[]> => {
  const out = new Map<string, string[]>();
  for (const code of citations) {
    if (code.folded.length < CITATION_QUOTED) continue;
    const by = citations
      .filter((c) => c.docId !== code.docId && c.folded.includes(code.folded))
      .map((c) => c.docId);
    if (by.length > 0) out.set(code.docId, by);
  }
  return out;
};

export interface ArticleRef {
  /** Records named exactly (document and number, or a family of lettered articles), in the order to show. */
  pinned: string[];
  /** Records with the number typed, in any document: boosted. */
  numbered: string[];
  /** Documents named in the query. */
  docIds: string[];
  /**
   * Documents named so as to say where to look: by a strong name ("09/001", "LPE") or by the instrument's
   * own name ("code du travail", "Constitution"). Their name words were taken out of the text to match.
   */
  strongDocIds: string[];
  /** The query terms left for full-text matching. */
  rest: string[];
}

const isNumberTerm = (t: string): boolean => /^\d+[a-z]*$/.test(t);

/** Members of a family, in pack order; with a letter range ("a à n"), the one-letter members within it. */
const inRange = (members: readonly FamilyMember[] | undefined, range: ArticleFamily | undefined): string[] =>
  (members ?? [])
    .filter((m) => !range || (m.suffix.length === 1 && m.suffix >= range.from && m.suffix <= range.to))
    .map((m) => m.id);

/** A family in a code as in force: its own members and those its amending instruments inserted, by letter. */
const codeFamily = (
  index: NameIndex,
  docId: string,
  base: string,
  range: ArticleFamily | undefined,
): string[] => {
  const amenders = index.amendedBy.get(docId) ?? [];
  const members = [docId, ...amenders].flatMap((d) => index.familyByDoc.get(`${d}|${base}`) ?? []);
  if (amenders.length > 0) members.sort((a, b) => letterOrder(a.suffix) - letterOrder(b.suffix));
  return inRange(members, range);
};

/** One-letter suffixes in alphabetical order, then "bis", "ter"… in the order found (the sort is stable). */
const letterOrder = (suffix: string): number => (suffix.length === 1 ? suffix.charCodeAt(0) : 1000);

export const findArticleRef = (
  terms: readonly string[],
  index: NameIndex,
  hints: NumberingHints = NO_HINTS,
): ArticleRef => {
  const used = new Set<number>();
  const docIds: string[] = [];
  const strongDocIds: string[] = [];
  const docPositions = new Set<number>();
  const strongPositions = new Set<number>();
  const weakSingles: { at: number; docId: string }[] = [];
  for (let at = 0; at < terms.length; at += 1) {
    const match = index.byFirstTerm
      .get(terms[at]!)
      ?.find((n) => n.terms.every((t, i) => terms[at + i] === t && !docPositions.has(at + i)));
    if (!match) continue;
    const says = match.strong || match.instrument;
    // A weak one-word name ("kazi" of "Kanuni ya Kazi") is only a name next to an article number.
    if (!says && match.terms.length === 1) {
      weakSingles.push({ at, docId: match.docId });
      continue;
    }
    if (!docIds.includes(match.docId)) docIds.push(match.docId);
    if (says && !strongDocIds.includes(match.docId)) strongDocIds.push(match.docId);
    match.terms.forEach((_, i) => {
      docPositions.add(at + i);
      if (says) strongPositions.add(at + i);
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
  // An article the code itself lacks, with a suffix ("174 p", "7 bis"), may have been inserted by an amending instrument.
  const inCode = (d: string, key: string): string | undefined =>
    index.byDocNumber.get(`${d}|${key}`) ??
    (/^\d+[a-z]+$/.test(key)
      ? (index.amendedBy.get(d) ?? [])
          .map((a) => index.byDocNumber.get(`${a}|${key}`))
          .find((id) => id !== undefined)
      : undefined);
  const lookUp = (key: string): { exact: string[]; anywhere: string[] } => ({
    exact: docIds.map((d) => inCode(d, key)).filter((id): id is string => id !== undefined),
    anywhere: docIds.length === 0 ? (index.byNumber.get(key) ?? []) : [],
  });
  terms.forEach((t, at) => {
    if (docPositions.has(at) || !isNumberTerm(t)) return;
    const afterArt = terms[at - 1] === 'art';
    const paragraph = terms[at + 1]?.startsWith('§') ? terms[at + 1] : undefined;
    const letter = hints.letters.find((l) => l.number === t)?.letter;
    const family = hints.families.find((f) => f.number === t);
    // A bare number is an article number only after "art", next to a named document, with a suffix
    // ("174e"), a spaced letter ("174 e") or a letter range ("174 a à n").
    if (!afterArt && docIds.length === 0 && /^\d+$/.test(t) && !letter && !family) return;
    const take = (found: { exact: string[]; anywhere: string[] }): void => {
      pinned.push(...found.exact);
      numbered.push(...found.anywhere);
      used.add(at);
      if (afterArt) used.add(at - 1);
    };
    // A spaced letter joins its number when that article exists ("174 e" → 174e), else it is a point ("3 a)").
    if (letter) {
      const joined = lookUp(`${t}${letter}`);
      if (joined.exact.length + joined.anywhere.length > 0) return take(joined);
    }
    if (!family) {
      for (const key of paragraph ? [`${t}${paragraph}`, t] : [t]) {
        const found = lookUp(key);
        if (found.exact.length + found.anywhere.length === 0) continue;
        take(found);
        if (paragraph && key !== t) used.add(at + 1);
        return;
      }
    }
    // No article with that very number: the number names its family, listed in order (174 → 174c, 174e, …).
    const base = family?.number ?? /^(\d+)/.exec(t)![1]!;
    if (!family && base !== t && !afterArt && docIds.length === 0) return;
    const members =
      docIds.length > 0
        ? docIds.flatMap((d) => codeFamily(index, d, base, family))
        : inRange(index.family.get(base), family);
    if (members.length === 0) return;
    // A family in one document is as good as named.
    const oneDoc = new Set(members.map((id) => id.slice(0, id.indexOf('/')))).size === 1;
    take(docIds.length > 0 || oneDoc ? { exact: members, anywhere: [] } : { exact: [], anywhere: members });
  });
  // The document's name words say where to look (or which article): they are not text to match.
  (pinned.length > 0 ? docPositions : strongPositions).forEach((p) => used.add(p));
  // A lone suffixed number that is in a single document is as good as named ("174e").
  if (pinned.length === 0 && numbered.length === 1) pinned.push(...numbered.splice(0));
  return { pinned, numbered, docIds, strongDocIds, rest: terms.filter((_, i) => !used.has(i)) };
};
