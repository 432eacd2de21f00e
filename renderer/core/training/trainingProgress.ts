import type { ScenarioTally } from './answers';

// What Dalili keeps of training on this computer: which fictional scenarios were completed and when, with
// the self-check tally. No name, no answer text, nothing about a real person: it may live unencrypted in
// the profile's localStorage (README.md, Decisions). Whatever is stored is read defensively, since
// another program or an older Dalili may have written it.

export interface ScenarioDone extends ScenarioTally {
  /** Day of the last completion, YYYY-MM-DD. */
  completedOn: string;
}

export interface TrainingProgress {
  version: 1;
  done: Record<string, ScenarioDone>;
}

export const EMPTY_PROGRESS: TrainingProgress = { version: 1, done: {} };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
const MAX_SCENARIOS = 500;

const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10_000 ? value : undefined;

/** Reads stored progress; anything unreadable counts as no progress, and odd entries are dropped one by one. */
export const parseProgress = (raw: string | null): TrainingProgress => {
  if (raw === null || raw.length > 200_000) return EMPTY_PROGRESS;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1)
    return EMPTY_PROGRESS;
  const done = (value as { done?: unknown }).done;
  if (typeof done !== 'object' || done === null || Array.isArray(done)) return EMPTY_PROGRESS;
  const kept: Record<string, ScenarioDone> = {};
  for (const [id, entry] of Object.entries(done).slice(0, MAX_SCENARIOS)) {
    if (!SCENARIO_ID.test(id) || typeof entry !== 'object' || entry === null) continue;
    const { completedOn, questions, rightFirstTime } = entry as Record<string, unknown>;
    const q = count(questions);
    const r = count(rightFirstTime);
    if (
      typeof completedOn !== 'string' ||
      !ISO_DAY.test(completedOn) ||
      q === undefined ||
      r === undefined ||
      r > q
    )
      continue;
    kept[id] = { completedOn, questions: q, rightFirstTime: r };
  }
  return { version: 1, done: kept };
};

export const recordCompletion = (
  progress: TrainingProgress,
  scenarioId: string,
  completedOn: string,
  tally: ScenarioTally,
): TrainingProgress => ({ version: 1, done: { ...progress.done, [scenarioId]: { completedOn, ...tally } } });
