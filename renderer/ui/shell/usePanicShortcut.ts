import { useEffect } from 'react';
import { endSessionScreening } from '../indicators/screeningSession';
import { isPanicKey, panic } from './panic';
import { usePlatform } from './usePlatform';

/**
 * Ctrl+Shift+X from any page, in any field: listened to in the capture phase so no page can swallow
 * it. Also ends a screening under way when the computer sleeps or its screen locks, open notebook or not.
 */
export function usePanicShortcut(): void {
  const platform = usePlatform();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPanicKey(event)) return;
      event.preventDefault();
      event.stopPropagation();
      panic();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  useEffect(() => platform.onSystemLock(() => endSessionScreening('suspend')), [platform]);
}
