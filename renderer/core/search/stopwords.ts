import type { Language } from '../vocabulary';

// Words too common to help find a provision, in folded form (no accents), per language of the vocabulary.
// Kept short on purpose: "non", "sans", "contre" carry legal meaning and stay searchable. The one place
// where each language's analysis is decided: a language with no list of its own is written `NO_STOPWORDS`
// here, on purpose, and then every word of its texts is indexed. The stemmer (analyzer.ts) is the same
// for every language (French and English endings); a language needs no entry there.

const FRENCH =
  'le la les un une des du de au aux et ou en dans par pour sur que qui quoi qu ne pas se ce ces cet cette ' +
  'il ils elle elles on nous vous je tu me te son sa ses leur leurs est sont ete etre avec a y lui dont ' +
  'sa mon ma mes ton ta tes notre nos votre vos lorsqu lorsque puisqu jusqu quelqu si plus moins tout tous toute toutes ' +
  'ai as ont d l j m n s t c';
const ENGLISH = 'the of and or to in for on by with an is are be was were as at from that this it its into';
const SWAHILI = 'na ya wa za cha vya kwa ni katika hii huo hiyo ambayo ambao pia';

export const NO_STOPWORDS = '';

/** Folded stopwords of each language, space-separated. One set serves all: a query has no language. */
export const STOPWORDS_BY_LANGUAGE: Readonly<Record<Language, string>> = {
  fr: FRENCH,
  en: ENGLISH,
  sw: SWAHILI,
};

const STOPWORDS = new Set(Object.values(STOPWORDS_BY_LANGUAGE).join(' ').split(/\s+/).filter(Boolean));

export const isStopword = (folded: string): boolean => STOPWORDS.has(folded);
