import { foldText } from './analyzer';
import type { SearchRecord } from './searchRecords';

// What a query asks for, read from its form, and the rule that follows (documented in README.md):
// - a **legal-form** query (an article, a penalty, an offence, a definition, the name of a kind of
//   instrument: "peine pour travail forcé d'un enfant", "définition traite", "art 174 code penal") puts
//   statutes and treaties before indicators, and those before guidance and actors;
// - a **what-to-do** query ("que faire…", "comment orienter…", "how to refer…") puts referral steps and
//   actors first, then indicators, then the law;
// - any other query ("enfant mine") ranks on its words alone.
// The words that only carry the intent ("comment", "que faire", "how") are not text to match.

export type QueryIntent = 'legal' | 'action' | 'neutral';

const LEGAL =
  /(?<![\p{L}\p{N}])(?:art|articles?|al|alinea|peines?|sanctions?|sanctionne[es]?|punie?s?|punit|infractions?|incrimin\p{L}*|definitions?|definit|qu.est.ce|lois?|code|conventions?|protocole|constitution|decret|arrete|penalt\p{L}*|punish\p{L}*|offen[cs]es?|adhabu|kosa|sheria|kifungu|katiba)(?![\p{L}\p{N}])/u;
const ACTION =
  /(?<![\p{L}\p{N}])(?:que faire|quoi faire|faire quoi|comment|orienter|referer|signaler|prise en charge|what to do|how to|how do|refer|nifanye|jinsi|nini cha kufanya)(?![\p{L}\p{N}])/u;

/** Analysed words that carry only the intent. */
export const INTENT_WORDS: ReadonlySet<string> = new Set(['comment', 'fair', 'how', 'nifany', 'jinsi']);

export const queryIntent = (query: string): QueryIntent => {
  const folded = foldText(query);
  const action = ACTION.test(folded);
  const legal = LEGAL.test(folded);
  if (action && !legal) return 'action';
  if (legal && !action) return 'legal';
  return 'neutral';
};

/**
 * A query that asks for a penalty ("peine pour travail forcé d'un enfant", "sexual slavery penalty",
 * "ubakaji mtoto adhabu"; not "non-sanction des victimes") prefers the provisions whose entry states one
 * (`SearchRecord.penalty`, from the content's structured penalty): by the form of the query, not by a list.
 */
const PENALTY =
  /(?<![\p{L}\p{N}])(?<!non[- ])(?:peines?|sanctions?|sanctionne[es]?|punie?s?|punit|penalt\p{L}*|punish\p{L}*|adhabu|kifungo)(?![\p{L}\p{N}])/u;

export const asksPenalty = (query: string): boolean => PENALTY.test(foldText(query));

/** How much more a provision that states a penalty weighs for a query asking for one. */
export const PENALTY_FACTOR = 1.5;

// Factors by intent and by the kind of document a record belongs to.
const FACTORS: Record<Exclude<QueryIntent, 'neutral'>, Record<SearchRecord['docKind'], number>> = {
  legal: { law: 1.6, indicators: 0.8, guideline: 0.6, directory: 0.6 },
  action: { law: 0.6, indicators: 0.8, guideline: 1.6, directory: 1.3 },
};

/** The factors of an intent by kind of document, or undefined when it changes nothing (read once per query). */
export const intentFactors = (
  intent: QueryIntent,
): Readonly<Record<SearchRecord['docKind'], number>> | undefined =>
  intent === 'neutral' ? undefined : FACTORS[intent];
