import { LANGUAGES } from '../vocabulary';
import type { CorpusIndex } from './corpusIndex';
import { matchThesaurus } from './thesaurus';
import { completions, typoRepairs } from './vocabulary';

// From analysed query terms to clauses: every clause must match (AND); a clause matches when any of its
// alternatives does (OR); an alternative matches when all its terms do. Alternatives come from the
// thesaurus (other languages, synonyms), typo repair and completion of the word being typed.

export interface Alternative {
  terms: string[];
  weight: number;
}

export interface Clause {
  alternatives: Alternative[];
  /** A quoted phrase: its terms must also be adjacent, in order. */
  phrase?: string[];
}

export interface PlanOptions {
  /** Complete the last term (search as you type). */
  completeLast: boolean;
}

const SYNONYM_WEIGHT = 0.85;
const TYPO_WEIGHT = 0.7;
const COMPLETION_WEIGHT = 0.75;

const sameTerms = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((t, i) => t === b[i]);

export const knownAnywhere = (index: CorpusIndex, term: string): boolean =>
  index.maps.title.has(term) || LANGUAGES.some((lang) => index.maps[lang].has(term));

export const planClauses = (index: CorpusIndex, typed: readonly string[], options: PlanOptions): Clause[] => {
  const clauses: Clause[] = [];
  // Repair typos first, so a repaired word still finds its thesaurus wording ("travial forcé").
  // Words of 5 to 24 letters: beyond that it is not a word with a typo but something pasted.
  // The word still being typed is not a typo while indexed words start with it ("enfan" → "enfant").
  const lastCompletions =
    options.completeLast && typed.length > 0 && /^\p{L}{3,}$/u.test(typed.at(-1)!)
      ? completions(index, typed.at(-1)!)
      : [];
  const repairs = typed.map((t, i) =>
    /^\p{L}{5,24}$/u.test(t) &&
    !knownAnywhere(index, t) &&
    !(i === typed.length - 1 && lastCompletions.length > 0)
      ? typoRepairs(index, t)
      : [],
  );
  const terms = typed.map((t, i) => repairs[i]?.[0] ?? t);
  for (let at = 0; at < terms.length; at += 1) {
    const term = typed[at]!;
    const isLast = at === terms.length - 1;
    const synonym = matchThesaurus(terms, at);
    // A thesaurus wording still being typed is not yet that wording ("travail f…" is not "travail forcé").
    if (synonym && !(options.completeLast && at + synonym.length === terms.length && synonym.length > 1)) {
      const wording = terms.slice(at, at + synonym.length);
      const alternatives = synonym.group.wordings.map((w) => ({
        terms: w,
        weight: sameTerms(w, wording) ? 1 : SYNONYM_WEIGHT,
      }));
      if (!alternatives.some((a) => a.weight === 1)) alternatives.push({ terms: wording, weight: 1 });
      clauses.push({ alternatives });
      at += synonym.length - 1;
      continue;
    }
    const alternatives: Alternative[] = [{ terms: [term], weight: 1 }];
    for (const fix of repairs[at] ?? []) alternatives.push({ terms: [fix], weight: TYPO_WEIGHT });
    if (isLast)
      for (const word of lastCompletions)
        if (word !== term) alternatives.push({ terms: [word], weight: COMPLETION_WEIGHT });
    clauses.push({ alternatives });
  }
  return clauses;
};

export const phraseClause = (terms: string[]): Clause => ({
  alternatives: [{ terms, weight: 1 }],
  phrase: terms,
});
