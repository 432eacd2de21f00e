import { useEffect, useState } from 'react';

/** Whole seconds left until `until` (a Date.now() timestamp), updated every quarter second; 0 when past. */
export function useCountdown(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    // Always tick at least once: `now` may be older than `until` even when `until` is already past
    // (a refusal with no wait, such as a mistyped recovery key), and would otherwise show "1 s" for ever.
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= until) window.clearInterval(timer);
    }, 250);
    return () => window.clearInterval(timer);
  }, [until]);
  return Math.max(0, Math.ceil((until - now) / 1000));
}
