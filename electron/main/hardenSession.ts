import type { Session } from 'electron';
import { isAppUrl } from './navigationGuards';

// Dalili makes no network request, ever: only app:// (and in-page data:/blob: URLs) may load.
export function isAllowedRequestUrl(rawUrl: string): boolean {
  if (isAppUrl(rawUrl)) return true;
  return (
    rawUrl.startsWith('data:') || rawUrl.startsWith('blob:app://dalili/') || rawUrl.startsWith('devtools:')
  );
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  session.on('will-download', (event) => event.preventDefault());
}
