import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { AnnounceContext, type Announce } from './AnnounceContext';

/**
 * One visible message line for the library's actions, also read by screen readers. Errors use an
 * alert role so they are announced at once; successes are polite.
 */
export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<{ text: string; tone: 'status' | 'error'; n: number } | null>(null);
  const announce = useCallback<Announce>((text, tone = 'status') => {
    setMessage((previous) => ({ text, tone, n: (previous?.n ?? 0) + 1 }));
  }, []);
  // Long enough to read slowly; the next message replaces it anyway.
  useEffect(() => {
    if (!message) return undefined;
    const timer = window.setTimeout(() => setMessage(null), 10_000);
    return () => window.clearTimeout(timer);
  }, [message]);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="library-announcer" role="status" aria-live="polite">
        {message?.tone === 'status' && <p key={message.n}>{message.text}</p>}
      </div>
      <div className="library-announcer is-error" role="alert">
        {message?.tone === 'error' && <p key={message.n}>{message.text}</p>}
      </div>
    </AnnounceContext.Provider>
  );
}
