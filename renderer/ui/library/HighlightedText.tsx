import { Fragment } from 'react';
import { highlightRanges } from '../../core/library/listFace';

/**
 * `text` with each term's occurrences in <mark>, built as React elements: the text is never parsed as
 * HTML, so it is safe by construction and needs neither SafeHtml nor DOMPurify (the library's list
 * shows these before any other page's code is loaded).
 */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  const ranges = highlightRanges(text, terms);
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    parts.push(
      <Fragment key={start}>
        {text.slice(cursor, start)}
        <mark>{text.slice(start, end)}</mark>
      </Fragment>,
    );
    cursor = end;
  }
  return (
    <>
      {parts}
      {text.slice(cursor)}
    </>
  );
}
