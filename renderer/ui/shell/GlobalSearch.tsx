import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT';
import { navigate } from './useHashRoute';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The search box in the banner (remounted by its parent when the address's query changes): Ctrl+K anywhere, or "/" outside a text field, puts the cursor in it. */
export function GlobalSearch({ initialQuery }: { initialQuery: string }) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);

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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = query.trim();
    navigate(trimmed ? `recherche?q=${encodeURIComponent(trimmed)}` : 'recherche');
  };

  return (
    <form role="search" className="global-search" onSubmit={submit}>
      <label htmlFor="global-search" className="visually-hidden">
        {t('shell.searchLabel')}
      </label>
      <input
        id="global-search"
        ref={input}
        type="search"
        autoComplete="off"
        spellCheck={false}
        maxLength={500}
        placeholder={t('shell.searchPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setQuery('');
            event.currentTarget.blur();
          }
        }}
      />
      <button type="submit">{t('shell.searchSubmit')}</button>
    </form>
  );
}
