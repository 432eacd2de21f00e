import { useCallback, useState } from 'react';
import { loadLibraryPrefs, saveLibraryPrefs, type LibraryPrefs } from './libraryPrefs';

export function useLibraryPrefs(): [LibraryPrefs, (patch: Partial<LibraryPrefs>) => void] {
  const [prefs, setPrefs] = useState<LibraryPrefs>(() => loadLibraryPrefs(window.localStorage));
  const update = useCallback((patch: Partial<LibraryPrefs>) => {
    setPrefs((previous) => {
      const next = { ...previous, ...patch };
      saveLibraryPrefs(window.localStorage, next);
      return next;
    });
  }, []);
  return [prefs, update];
}
