import { useEffect } from 'react';
import { entryDomId } from './documentLabels';

// How long the target is held in place while the articles around it finish rendering (their real
// heights replace content-visibility's estimates and can push it away). Any move by the person ends it.
const HOLD_MS = 800;
const STOP_EVENTS = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;

/**
 * Brings the article named in the address into view and gives it focus, so a link, a search result
 * or Back lands on it and a screen reader starts reading there. Runs on every change of target.
 */
export function useTargetFocus(targetId: string | undefined, enabled: boolean): void {
  useEffect(() => {
    if (!enabled || targetId === undefined) return undefined;
    const element = document.getElementById(entryDomId(targetId));
    if (!element) return undefined;
    element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
    const wanted = element.getBoundingClientRect().top;
    const until = performance.now() + HOLD_MS;
    let frame = 0;
    const hold = () => {
      if (Math.abs(element.getBoundingClientRect().top - wanted) > 2)
        element.scrollIntoView({ block: 'start' });
      if (performance.now() < until) frame = requestAnimationFrame(hold);
    };
    const stop = () => cancelAnimationFrame(frame);
    frame = requestAnimationFrame(hold);
    for (const type of STOP_EVENTS) window.addEventListener(type, stop, { once: true, passive: true });
    return () => {
      stop();
      for (const type of STOP_EVENTS) window.removeEventListener(type, stop);
    };
  }, [targetId, enabled]);
}
