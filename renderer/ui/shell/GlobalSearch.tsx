import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT';
import { resultAddress } from '../search/resultAddress';
import { SearchSuggestions, suggestionId } from '../search/SearchSuggestions';
import { useActiveOption } from '../search/useActiveOption';
import { useSearchClient } from '../search/useSearchClient';
import { useSearchResults } from '../search/useSearchResults';
import '../search/search.css';
import { navigate } from './useHashRoute';

const SUGGESTIONS_ID = 'global-suggestions';
const SUGGESTION_COUNT = 5;

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The search box in the banner (remounted by its parent when the address's query changes): Ctrl+K
 * anywhere, or "/" outside a text field, puts the cursor in it. As you type it suggests the best few
 * provisions (↑ ↓ to choose, Enter to open, Esc to close); Enter alone opens the search page.
 */
export function GlobalSearch({ initialQuery }: { initialQuery: string }) {
  const { t, language } = useT();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [open, setOpen] = useState(false);
  const { pack, client, status, wake } = useSearchClient({ whenIdle: true });
  const { response } = useSearchResults(open && status === 'ready' ? client : undefined, query, {
    limit: SUGGESTION_COUNT,
    language,
  });
  const hits = open && query.trim() !== '' ? (response?.hits ?? []) : [];
  const showing = open && pack !== undefined && query.trim() !== '' && response !== undefined;
  // The legal text that answers best comes first, unless it is already among the provisions offered.
  const bestDocId = response?.documents[0]?.docId;
  const bestDocument =
    showing && bestDocId && !hits.some((h) => h.id === bestDocId)
      ? pack?.documentsById.get(bestDocId)
      : undefined;
  const first = bestDocument ? 1 : 0;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.altKey && !isTypingTarget(event.target);
      if (ctrlK || slash) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const goToSearchPage = () => {
    const trimmed = query.trim();
    setOpen(false);
    navigate(trimmed ? `recherche?q=${encodeURIComponent(trimmed)}` : 'recherche');
  };
  const choose = (index: number) => {
    if (bestDocument && index === 0) {
      setOpen(false);
      return navigate(resultAddress({ id: bestDocument.id, docId: bestDocument.id, kind: 'document' }));
    }
    const hit = hits[index - first];
    if (!hit) return goToSearchPage();
    setOpen(false);
    navigate(resultAddress(hit));
  };
  const keys = useActiveOption(showing ? first + hits.length + 1 : 0, query, choose, goToSearchPage, () => {
    if (showing) return setOpen(false);
    setQuery('');
    input.current?.blur();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    goToSearchPage();
  };

  return (
    <form autoComplete="off" role="search" className="global-search" onSubmit={submit}>
      <label htmlFor="global-search" className="visually-hidden">
        {t('shell.searchLabel')}
      </label>
      <input
        id="global-search"
        ref={input}
        type="search"
        role="combobox"
        aria-expanded={showing}
        aria-controls={SUGGESTIONS_ID}
        aria-autocomplete="list"
        aria-activedescendant={showing && keys.active >= 0 ? suggestionId(keys.active) : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={500}
        placeholder={t('shell.searchPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => {
          wake();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={keys.onKeyDown}
      />
      <button type="submit">{t('shell.searchSubmit')}</button>
      {showing && pack && (
        <SearchSuggestions
          id={SUGGESTIONS_ID}
          query={query.trim()}
          {...(bestDocument ? { document: bestDocument } : {})}
          hits={hits}
          pack={pack}
          active={keys.active}
          onChoose={choose}
        />
      )}
    </form>
  );
}
