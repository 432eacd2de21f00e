/**
 * Passphrase rules. A clear minimum (12 characters) plus zxcvbn-ts's estimate with French and
 * common dictionaries, which catches "motdepasse123", "jetaime2024" or "azertyuiop" that a length
 * rule alone lets through. We require score 4 (≥ 10^10 estimated guesses): a stolen laptop allows
 * an unthrottled offline attack, and Argon2id only slows each guess down by a constant.
 * Four random words ("mangue pirogue tonnerre lune") pass easily.
 */
export const PASSPHRASE_MIN_LENGTH = 12;
export const PASSPHRASE_MIN_SCORE = 4;

export type PassphraseProblem = 'too-short' | 'too-weak';

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
    if (result.score < PASSPHRASE_MIN_SCORE) problems.push('too-weak');
    return {
      acceptable: problems.length === 0,
      score: result.score,
      length,
      problems,
      warning: result.feedback.warning,
      suggestions: [...result.feedback.suggestions],
    };
  };
}
