import { useEffect, useMemo, useState } from 'react';

// Long documents stay fluid: the first screenful (and the article asked for) render at once; the
// rest of the article bodies fill in during idle time, a chunk at a time, so opening a document
// never waits for all of its Markdown to be parsed and sanitised. CSS content-visibility then skips
// layout and paint of what is off screen.

const FIRST = 6;
const AROUND_TARGET = 6;
const CHUNK = 30;

type IdleHandle = { cancel: () => void };

function whenIdle(run: () => void): IdleHandle {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 200 });
    return { cancel: () => window.cancelIdleCallback(id) };
  }
  const id = window.setTimeout(run, 16);
  return { cancel: () => window.clearTimeout(id) };
}

/** The ids whose bodies should be in the DOM now: the first ones, those around the target, then all. */
export function useProgressiveBodies(
  ids: readonly string[],
  targetId: string | undefined,
): ReadonlySet<string> {
  const [filled, setFilled] = useState(FIRST);
  useEffect(() => {
    if (filled >= ids.length) return undefined;
    const handle = whenIdle(() => setFilled((n) => n + CHUNK));
    return () => handle.cancel();
  }, [filled, ids.length]);
  return useMemo(() => {
    const set = new Set(ids.slice(0, filled));
    const at = targetId ? ids.indexOf(targetId) : -1;
    if (at >= 0) for (const id of ids.slice(Math.max(0, at - 2), at + AROUND_TARGET)) set.add(id);
    return set;
  }, [ids, filled, targetId]);
}
