import type { WebContents } from 'electron';
import { APP_ORIGIN } from './appProtocol';

export function isAppUrl(rawUrl: string): boolean {
  try {
    const url = new URL(rawUrl);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** Keeps the window on the app: no navigation elsewhere, no new windows, no webviews. */
export function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
