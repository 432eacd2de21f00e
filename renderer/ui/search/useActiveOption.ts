import { useState, type KeyboardEvent } from 'react';

export interface ActiveOption {
  active: number;
  setActive: (index: number) => void;
  /** For the text field: ↑ ↓ move, Enter opens the active option (or submits), Esc steps back. */
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * The keyboard of a combobox: focus stays in the text field while ↑ and ↓ move a highlighted option
 * (announced through aria-activedescendant). Esc first leaves the options, then calls `onEscape`. The
 * highlight is forgotten when `resetKey` changes (a new query means a new list).
 */
export function useActiveOption(
  count: number,
  resetKey: string,
  onOpen: (index: number) => void,
  onSubmit: () => void,
  onEscape: () => void,
): ActiveOption {
  const [state, setState] = useState({ key: resetKey, index: -1 });
  const active = state.key === resetKey && state.index < count ? state.index : -1;
  const setActive = (index: number) => setState({ key: resetKey, index });
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setActive(Math.min(active + 1, count - 1));
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive(Math.max(active - 1, -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0) onOpen(active);
      else onSubmit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (active >= 0) setActive(-1);
      else onEscape();
    }
  };
  return { active, setActive, onKeyDown };
}
