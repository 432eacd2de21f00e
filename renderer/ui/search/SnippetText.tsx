import type { Snippet } from '../../core/search';

/** A snippet as text and <mark> elements: never HTML, whatever the content holds. */
export function SnippetText({ snippet, id }: { snippet: Snippet; id?: string }) {
  return (
    <span className="search-snippet" lang={snippet.lang} id={id}>
      {snippet.parts.map((part, i) =>
        part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </span>
  );
}
