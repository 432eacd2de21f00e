import type { AppInfo, OpenResult } from '../contract/bridgeContract';
import type { ChunkReader, ChunkWriter, FileFilter, Platform } from '../core/platform';

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
      download(suggestedName, new Blob([data as BlobPart]));
      return Promise.resolve({ saved: true, fileName: suggestedName });
    },
    openFile: async (filters, maxBytes): Promise<OpenResult> => {
      const picked = await pickFile(filters, maxBytes);
      if (!picked.opened) return picked;
      try {
        return {
          opened: true,
          fileName: picked.file.name,
          data: new Uint8Array(await picked.file.arrayBuffer()),
        };
      } catch {
        return { opened: false, reason: 'unreadable' };
      }
    },
    // A browser cannot ask where to save before the download: the writer always starts.
    createFileWriter: (suggestedName) => Promise.resolve(blobWriter(suggestedName)),
    openFileReader: async (filters, maxBytes) => {
      const picked = await pickFile(filters, maxBytes);
      return picked.opened ? { opened: true, reader: fileReader(picked.file) } : picked;
    },
    printToPdf: () => {
      window.print();
      return Promise.resolve({ saved: 'unknown' });
    },
    // A browser tab learns nothing of system suspend; idle and visibility rules still lock the vault.
    onSystemLock: () => () => undefined,
  };
}

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download starts synchronously on click; release the object URL on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

type Picked = { opened: true; file: File } | { opened: false; reason: 'cancelled' | 'too-large' };

function pickFile(filters: FileFilter[], maxBytes: number): Promise<Picked> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.addEventListener('cancel', () => resolve({ opened: false, reason: 'cancelled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve({ opened: false, reason: 'cancelled' });
      if (file.size > maxBytes) return resolve({ opened: false, reason: 'too-large' });
      resolve({ opened: true, file });
    });
    input.click();
  });
}

/**
 * Each chunk becomes a Blob part as it arrives: the browser holds the parts (and may keep large
 * ones on disk), the page does not gather them into one array. The download starts at commit.
 */
function blobWriter(suggestedName: string): ChunkWriter {
  let parts: Blob[] | null = [];
  return {
    write: (chunk) => {
      if (parts === null) return Promise.reject(new Error('writer-closed'));
      parts.push(new Blob([chunk as BlobPart]));
      return Promise.resolve();
    },
    commit: () => {
      if (parts === null) return Promise.reject(new Error('writer-closed'));
      download(suggestedName, new Blob(parts));
      parts = null;
      return Promise.resolve({ saved: true, fileName: suggestedName });
    },
    abort: () => {
      parts = null;
      return Promise.resolve();
    },
  };
}

function fileReader(file: File): ChunkReader {
  return {
    fileName: file.name,
    size: file.size,
    read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
    close: () => Promise.resolve(),
  };
}
