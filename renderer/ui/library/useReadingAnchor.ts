import { useCallback, useLayoutEffect, useRef } from 'react';

// Switching the text between French, English and Swahili changes every article's height, and the
// article bodies are rebuilt (SafeHtml), which takes away the node the browser's own scroll anchoring
// holds on to: the scroll offset alone would land the reader somewhere else. Before the switch we note
// which article crosses the reading line (just under the sticky toolbar) and how far into it the line
// falls, as a share of its height; after it we scroll so the line falls at the same share of the new
// text, and hold it there while heights settle (until the reader moves, or 800 ms).

const HOLD_MS = 800;
const STOP_EVENTS = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;

interface Anchor {
  id: string;
  /** Below the line: the article's top, in px under it. Across it: how far into the article, 0–1. */
  below: number | null;
  share: number;
}

/** The line under the sticky toolbar where reading happens. */
function readingLine(): number {
  const toolbar = document.querySelector('.reader-toolbar');
  const scroller = document.querySelector('main');
  const top = scroller?.getBoundingClientRect().top ?? 0;
  return Math.max(top, toolbar?.getBoundingClientRect().bottom ?? top);
}

function findAnchor(): Anchor | null {
  const line = readingLine();
  for (const element of document.querySelectorAll<HTMLElement>('.reader-text article[id]')) {
    const rect = element.getBoundingClientRect();
    if (rect.bottom <= line + 1) continue;
    if (rect.top >= line) return { id: element.id, below: rect.top - line, share: 0 };
    return { id: element.id, below: null, share: (line - rect.top) / Math.max(1, rect.height) };
  }
  return null;
}

function restore(anchor: Anchor): boolean {
  const element = document.getElementById(anchor.id);
  const scroller = document.querySelector('main');
  if (!element || !scroller) return false;
  const rect = element.getBoundingClientRect();
  const wantedTop =
    anchor.below !== null ? readingLine() + anchor.below : readingLine() - anchor.share * rect.height;
  const drift = rect.top - wantedTop;
  if (Math.abs(drift) > 1) scroller.scrollTop += drift;
  return true;
}

/** Wraps the language setter so that the article in view stays in view across the switch. */
export function useReadingAnchor<T>(value: T, setValue: (next: T) => void): (next: T) => void {
  const pending = useRef<Anchor | null>(null);
  const change = useCallback(
    (next: T) => {
      pending.current = findAnchor();
      setValue(next);
    },
    [setValue],
  );
  useLayoutEffect(() => {
    const anchor = pending.current;
    pending.current = null;
    if (!anchor || !restore(anchor)) return undefined;
    const until = performance.now() + HOLD_MS;
    let frame = 0;
    const hold = () => {
      restore(anchor);
      if (performance.now() < until) frame = requestAnimationFrame(hold);
    };
    const stop = () => cancelAnimationFrame(frame);
    frame = requestAnimationFrame(hold);
    for (const type of STOP_EVENTS) window.addEventListener(type, stop, { once: true, passive: true });
    return () => {
      stop();
      for (const type of STOP_EVENTS) window.removeEventListener(type, stop);
    };
  }, [value]);
  return change;
}
