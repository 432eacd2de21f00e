import { useCallback, useLayoutEffect, useRef } from 'react';

// Switching the text between French, English and Swahili changes every article's height, and the
// article bodies are rebuilt (SafeHtml), which takes away the node the browser's own scroll anchoring
// holds on to: the scroll offset alone would land the reader somewhere else. Before the switch we note
// which article crosses the reading line (just under the sticky toolbar) and how far into it the line
// falls, as a share of its height; after it we scroll so the line falls at the same share of the new
// text, and hold it there while heights settle (until the reader moves, or 800 ms after the last
// correction, 4 s at most on a slow computer).
// Near the end of a document a shorter text cannot always scroll that far. The place asked for is then
// kept, and the next switch starts from it rather than from where the short text left the page, as long
// as the reader has not scrolled in between: fr → en → fr comes back exactly where it started.

const SETTLE_MS = 800;
const HOLD_MAX_MS = 4000;
const STOP_EVENTS = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;

interface Anchor {
  id: string;
  /** Below the line: the article's top, in px under it. Across it: how far into the article, 0–1. */
  below: number | null;
  share: number;
}

/** The anchor last restored, and the scroll offset it left: reused while the reader has not scrolled. */
let lastRestored: { anchor: Anchor; scrollTop: number } | null = null;

/** The line under the sticky toolbar where reading happens. */
function readingLine(): number {
  const toolbar = document.querySelector('.reader-toolbar');
  const scroller = document.querySelector('main');
  const top = scroller?.getBoundingClientRect().top ?? 0;
  return Math.max(top, toolbar?.getBoundingClientRect().bottom ?? top);
}

function findAnchor(): Anchor | null {
  const scroller = document.querySelector('main');
  if (
    lastRestored &&
    scroller &&
    Math.abs(scroller.scrollTop - lastRestored.scrollTop) <= 1 &&
    document.getElementById(lastRestored.anchor.id)
  ) {
    return lastRestored.anchor;
  }
  const line = readingLine();
  for (const element of document.querySelectorAll<HTMLElement>('.reader-text article[id]')) {
    const rect = element.getBoundingClientRect();
    if (rect.bottom <= line + 1) continue;
    if (rect.top >= line) return { id: element.id, below: rect.top - line, share: 0 };
    return { id: element.id, below: null, share: (line - rect.top) / Math.max(1, rect.height) };
  }
  return null;
}

/** Scrolls the anchor back to its place; returns the correction made in px, or null when it is gone. */
function restore(anchor: Anchor): number | null {
  const element = document.getElementById(anchor.id);
  const scroller = document.querySelector('main');
  if (!element || !scroller) return null;
  const rect = element.getBoundingClientRect();
  const wantedTop =
    anchor.below !== null ? readingLine() + anchor.below : readingLine() - anchor.share * rect.height;
  const drift = rect.top - wantedTop;
  const before = scroller.scrollTop;
  if (Math.abs(drift) > 1) scroller.scrollTop += drift;
  lastRestored = { anchor, scrollTop: scroller.scrollTop };
  return Math.abs(scroller.scrollTop - before);
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
    if (!anchor || restore(anchor) === null) return undefined;
    const started = performance.now();
    let settledAt = started + SETTLE_MS;
    let frame = 0;
    const hold = () => {
      const now = performance.now();
      if ((restore(anchor) ?? 0) > 1) settledAt = now + SETTLE_MS;
      if (now < settledAt && now < started + HOLD_MAX_MS) frame = requestAnimationFrame(hold);
    };
    // The reader's own scrolling ends the hold; findAnchor then sees the offset changed and starts afresh.
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
