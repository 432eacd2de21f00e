import { useCallback, useState } from 'react';
import {
  EMPTY_PROGRESS,
  parseProgress,
  recordCompletion,
  type ScenarioTally,
  type TrainingProgress,
} from '../../core/training';

// Training progress lives in this profile's localStorage, beside the interface language: scenario ids,
// days and self-check tallies of fictional stories, never a name or a case (README.md, Decisions).
const KEY = 'dalili.training.v1';

function read(): TrainingProgress {
  try {
    return parseProgress(window.localStorage.getItem(KEY));
  } catch {
    return EMPTY_PROGRESS;
  }
}

export interface TrainingProgressStore {
  progress: TrainingProgress;
  complete(scenarioId: string, completedOn: string, tally: ScenarioTally): void;
  clear(): void;
}

export function useTrainingProgress(): TrainingProgressStore {
  const [progress, setProgress] = useState(read);
  const save = useCallback((next: TrainingProgress) => {
    setProgress(next);
    try {
      window.localStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Storage full or refused: the progress stays for this session only, the training goes on.
    }
  }, []);
  return {
    progress,
    complete: (scenarioId, completedOn, tally) =>
      save(recordCompletion(read(), scenarioId, completedOn, tally)),
    clear: () => save(EMPTY_PROGRESS),
  };
}
