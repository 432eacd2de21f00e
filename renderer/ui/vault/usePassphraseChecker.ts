import { useEffect, useState } from 'react';
import { loadPassphraseChecker, type PassphraseChecker } from '../../core/vault';

/** The strength estimator, loaded on first use (its dictionaries are large); null until ready. */
export function usePassphraseChecker(): PassphraseChecker | null {
  const [checker, setChecker] = useState<PassphraseChecker | null>(null);
  useEffect(() => {
    let live = true;
    loadPassphraseChecker().then(
      (loaded) => live && setChecker(() => loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return checker;
}
