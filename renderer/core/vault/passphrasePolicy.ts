/**
 * Passphrase rules. A clear minimum (12 characters) plus zxcvbn-ts's estimate with French and
 * common dictionaries, which catches "motdepasse123", "jetaime2024" or "azertyuiop" that a length
 * rule alone lets through. We require score 4 (≥ 10^10 estimated guesses): a stolen laptop allows
 * an unthrottled offline attack, and Argon2id only slows each guess down by a constant.
 * Four random words ("mangue pirogue tonnerre lune") pass easily.
 */
export const PASSPHRASE_MIN_LENGTH = 12;
export const PASSPHRASE_MIN_SCORE = 4;

export type PassphraseProblem = 'too-short' | 'too-weak' | 'too-few-words';

/** A passphrase made of dictionary words needs at least this many of them. */
export const PASSPHRASE_MIN_WORDS = 3;

export interface PassphraseAssessment {
  acceptable: boolean;
  /** zxcvbn score, 0 (trivial) to 4 (strong): drives the strength meter. */
  score: 0 | 1 | 2 | 3 | 4;
  /** Length in characters after NFC normalisation, as the KDF sees it. */
  length: number;
  problems: PassphraseProblem[];
  /** zxcvbn warning key (e.g. "straightRow", "commonNames") for the UI catalogue, or null. */
  warning: string | null;
  /** zxcvbn suggestion keys (e.g. "anotherWord", "capitalization"). */
  suggestions: string[];
}

export type PassphraseChecker = (passphrase: string, userInputs?: string[]) => PassphraseAssessment;

let checker: Promise<PassphraseChecker> | null = null;

/** Loads the dictionaries (~1 MB) on first use only, so they never weigh on app start-up. */
export function loadPassphraseChecker(): Promise<PassphraseChecker> {
  checker ??= buildChecker().catch((error: unknown) => {
    checker = null;
    throw error;
  });
  return checker;
}

async function buildChecker(): Promise<PassphraseChecker> {
  const [{ ZxcvbnFactory }, common, fr] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-fr'),
  ]);
  // No translations passed: zxcvbn then returns its own keys, which our i18n catalogue translates.
  const zxcvbn = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...fr.dictionary },
    graphs: common.adjacencyGraphs,
    useLevenshteinDistance: true,
  });
  return (passphrase, userInputs = []) => {
    const normalised = passphrase.normalize('NFC');
    const length = [...normalised].length;
    const result = zxcvbn.check(normalised, ['dalili', ...userInputs]);
    const problems: PassphraseProblem[] = [];
    if (length < PASSPHRASE_MIN_LENGTH) problems.push('too-short');
    // zxcvbn prices a rare word by its rank in its lists, so two of them ("mangue pirogue") reach
    // score 4; an attacker who simply tries every pair from a 50 000-word list needs only 2.5 × 10^9
    // guesses. Words are counted as the person sees them: pieces between spaces or punctuation.
    const fewWords = madeOfWords(normalised, result.sequence) && wordCount(normalised) < PASSPHRASE_MIN_WORDS;
    const score = fewWords
      ? (Math.min(result.score, PASSPHRASE_MIN_SCORE - 1) as PassphraseAssessment['score'])
      : result.score;
    if (result.score < PASSPHRASE_MIN_SCORE) problems.push('too-weak');
    else if (fewWords) problems.push('too-few-words');
    return {
      acceptable: problems.length === 0,
      score,
      length,
      problems,
      warning: result.feedback.warning,
      suggestions: [...result.feedback.suggestions],
    };
  };
}

interface SequenceMatch {
  pattern: string;
  token: string;
}

const LETTER = /\p{L}/gu;

/** Most of its letters (60 %) fall in dictionary words of 3 letters or more: a passphrase of words. */
function madeOfWords(passphrase: string, sequence: readonly SequenceMatch[]): boolean {
  const letters = passphrase.match(LETTER)?.length ?? 0;
  const inWords = sequence
    .filter((m) => m.pattern === 'dictionary' && m.token.length >= 3)
    .reduce((sum, m) => sum + (m.token.match(LETTER)?.length ?? 0), 0);
  return letters > 0 && inWords >= letters * 0.6;
}

/** Pieces holding a letter, between spaces, hyphens, underscores, dots, commas and the like. */
function wordCount(passphrase: string): number {
  return passphrase.split(/[\s\-_.,;:/+'’!?]+/u).filter((piece) => /\p{L}/u.test(piece)).length;
}
