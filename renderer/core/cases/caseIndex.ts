import { formatCaseNumber } from './caseNumber';
import type { CaseFile, Note, Person } from './caseSchemas';

// Search inside cases: an in-memory index (number, place, summary, people's codes and initials,
// notes), built after unlock and dropped at lock. Nothing of it is ever written anywhere. A word
// matches when a word of the case starts with it; every word of the query must match.

export interface CaseIndex {
  /** Case ids whose text holds every word of the query (prefix match), or null for an empty query. */
  search(query: string): Set<string> | null;
  /** Sets (or replaces, after an edit) the searchable text of one case. */
  replace(caseId: string, text: string): void;
  readonly size: number;
}

export function tokenize(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

export function createCaseIndex(): CaseIndex {
  const postings = new Map<string, Set<string>>();
  let vocabulary: string[] | null = null;
  const caseWords = new Map<string, Set<string>>();

  const sortedVocabulary = () => (vocabulary ??= [...postings.keys()].sort());
  const lowerBound = (words: string[], prefix: string) => {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const matchesOf = (prefix: string): Set<string> => {
    const words = sortedVocabulary();
    const out = new Set<string>();
    for (let i = lowerBound(words, prefix); i < words.length && words[i]!.startsWith(prefix); i++) {
      for (const id of postings.get(words[i]!)!) out.add(id);
    }
    return out;
  };

  return {
    get size() {
      return caseWords.size;
    },
    replace(caseId, text) {
      for (const word of caseWords.get(caseId) ?? []) postings.get(word)?.delete(caseId);
      const words = new Set(tokenize(text));
      caseWords.set(caseId, words);
      for (const word of words) {
        let set = postings.get(word);
        if (!set) {
          set = new Set();
          postings.set(word, set);
          vocabulary = null;
        }
        set.add(caseId);
      }
    },
    search(query) {
      const words = [...new Set(tokenize(query))].sort((a, b) => b.length - a.length);
      if (words.length === 0) return null;
      // Longest word first: usually the rarest, so the intersection shrinks fastest.
      let result: Set<string> | null = null;
      for (const word of words) {
        const found = matchesOf(word);
        if (result === null) result = found;
        else {
          const previous: Set<string> = result;
          result = new Set([...previous].filter((id) => found.has(id)));
        }
        if (result.size === 0) break;
      }
      return result;
    },
  };
}

/** The searchable text of a case: number, place, summary, people's codes and initials, notes. */
export function caseSearchText(file: CaseFile, persons: readonly Pick<Person, 'code' | 'initials'>[], notes: readonly Pick<Note, 'text'>[]): string {
  const { place } = file;
  return [
    formatCaseNumber(file.number),
    place.province,
    place.territory,
    place.site,
    file.summary,
    ...persons.map((p) => `${p.code} ${p.initials}`),
    ...notes.map((n) => n.text),
  ].join(' ');
}
