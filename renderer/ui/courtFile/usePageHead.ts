import { useEffect } from 'react';

// The running head and the page numbers of a printed court file live in the @page margin boxes
// (courtFile.css), which read these two custom properties of the root element. They are set while the
// document is shown and removed after, so no other print carries them. CSSOM, not an inline style
// attribute: the app's CSP (style-src 'self') allows it.
export function usePageHead(head: string, pageWord: string): void {
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--court-file-head', JSON.stringify(head));
    root.setProperty('--court-file-page', JSON.stringify(pageWord));
    return () => {
      root.removeProperty('--court-file-head');
      root.removeProperty('--court-file-page');
    };
  }, [head, pageWord]);
}
