import type { AppInfo, OpenResult } from './bridgeContract';
import type { FileFilter, Platform } from './platform';

// The browser host used by `npm run web` and the browser tests. DOM APIs are touched only inside the
// functions, so importing this module in Node (tests, build scripts) is harmless.

function acceptAttribute(filters: FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
}

export function createBrowserPlatform(appVersion: string): Platform {
  return {
    kind: 'browser',
    appInfo: (): Promise<AppInfo> =>
      Promise.resolve({
        appVersion,
        electronVersion: '',
        platform: 'browser',
        dataLocation: { kind: 'browser-storage' },
        portable: false,
      }),
    saveFile: (suggestedName, data) => {
      const url = URL.createObjectURL(new Blob([data as BlobPart]));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.click();
      // The download starts synchronously on click; release the object URL on the next turn.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      return Promise.resolve({ saved: true, fileName: suggestedName });
    },
    openFile: (filters, maxBytes) =>
      new Promise<OpenResult>((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = acceptAttribute(filters);
        input.addEventListener('cancel', () => resolve({ opened: false, reason: 'cancelled' }));
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve({ opened: false, reason: 'cancelled' });
          if (file.size > maxBytes) return resolve({ opened: false, reason: 'too-large' });
          file.arrayBuffer().then(
            (buffer) => resolve({ opened: true, fileName: file.name, data: new Uint8Array(buffer) }),
            () => resolve({ opened: false, reason: 'unreadable' }),
          );
        });
        input.click();
      }),
    printToPdf: () => {
      window.print();
      return Promise.resolve({ saved: 'unknown' });
    },
    // A browser tab learns nothing of system suspend; idle and visibility rules still lock the vault.
    onSystemLock: () => () => undefined,
  };
}
