import { stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog, IpcMainInvokeEvent } from 'electron';
import type { AppInfo } from '../../renderer/contract/bridgeContract';
import { writeFileAtomic, type TempTracker } from './atomicWrite';
import { FileHandles } from './fileHandles';
import type { BridgeHandlers } from './registerBridge';

export interface BridgeDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  getWindow: () => BrowserWindow | null;
  appInfo: () => AppInfo;
  /** Chunked saves and reads; tests pass their own to look inside. */
  files?: FileHandles;
  /** Notes temporary files while they exist, so a crash's leftovers are swept at the next start. */
  pending?: TempTracker;
}

// Dalili's files never go to the system's recent items (Windows), and a save over an existing file
// asks first (Windows and macOS always do; Linux needs the flag).
const SAVE_PROPERTIES = ['showOverwriteConfirmation', 'dontAddToRecent', 'createDirectory'] as const;
const OPEN_PROPERTIES = ['openFile', 'dontAddToRecent'] as const;

export const saveDialogOptions = (
  suggestedName: string,
  filters: { name: string; extensions: string[] }[],
) => ({
  defaultPath: suggestedName,
  filters,
  properties: [...SAVE_PROPERTIES],
});

export const openDialogOptions = (filters: { name: string; extensions: string[] }[]) => ({
  properties: [...OPEN_PROPERTIES],
  filters,
});

export function createBridgeHandlers(deps: BridgeDeps): BridgeHandlers {
  const saveWithDialog = async (
    suggestedName: string,
    data: Uint8Array,
    filters: { name: string; extensions: string[] }[],
  ) => {
    const window = deps.getWindow();
    const options = saveDialogOptions(suggestedName, filters);
    const choice = window
      ? await deps.dialog.showSaveDialog(window, options)
      : await deps.dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false } as const;
    await writeFileAtomic(choice.filePath, data, deps.pending);
    return { saved: true, fileName: path.basename(choice.filePath) } as const;
  };

  const files = deps.files ?? new FileHandles(deps.pending);
  const watched = new WeakSet<object>();
  /** The window that opens a handle owns it; when it goes away its unfinished files go too. */
  const ownerOf = (event: IpcMainInvokeEvent): number => {
    const sender = event.sender;
    if (!watched.has(sender)) {
      watched.add(sender);
      sender.once('destroyed', () => void files.closeAllOf(sender.id));
    }
    return sender.id;
  };
  const pick = async <T>(show: (window: BrowserWindow | null) => Promise<T>): Promise<T> =>
    show(deps.getWindow());

  return {
    'app:info': () => Promise.resolve(deps.appInfo()),
    'file:save': (request) => saveWithDialog(request.suggestedName, request.data, request.filters),
    'file:open': async (request) => {
      const window = deps.getWindow();
      const options = openDialogOptions(request.filters);
      const choice = window
        ? await deps.dialog.showOpenDialog(window, options)
        : await deps.dialog.showOpenDialog(options);
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return { opened: false, reason: 'cancelled' };
      try {
        // Size is checked before reading so an oversized file is never loaded into memory.
        if ((await stat(filePath)).size > request.maxBytes) return { opened: false, reason: 'too-large' };
        return {
          opened: true,
          fileName: path.basename(filePath),
          data: new Uint8Array(await readFile(filePath)),
        };
      } catch {
        return { opened: false, reason: 'unreadable' };
      }
    },
    'file:save-begin': async (request, event) => {
      const owner = ownerOf(event);
      const options = saveDialogOptions(request.suggestedName, request.filters);
      const choice = await pick((window) =>
        window ? deps.dialog.showSaveDialog(window, options) : deps.dialog.showSaveDialog(options),
      );
      if (choice.canceled || !choice.filePath) return { started: false };
      return { started: true, handle: await files.beginSave(owner, choice.filePath) };
    },
    'file:save-chunk': async (request, event) => ({
      written: await files.write(ownerOf(event), request.handle, request.data),
    }),
    'file:save-commit': async (request, event) => ({
      saved: true,
      fileName: await files.commit(ownerOf(event), request.handle),
    }),
    'file:save-abort': async (request, event) => {
      await files.abort(ownerOf(event), request.handle);
      return { aborted: true };
    },
    'file:open-begin': async (request, event) => {
      const owner = ownerOf(event);
      const options = openDialogOptions(request.filters);
      const choice = await pick((window) =>
        window ? deps.dialog.showOpenDialog(window, options) : deps.dialog.showOpenDialog(options),
      );
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return { opened: false, reason: 'cancelled' };
      try {
        const opened = await files.beginRead(owner, filePath, request.maxBytes);
        if (opened === 'too-large') return { opened: false, reason: 'too-large' };
        return { opened: true, handle: opened.handle, fileName: path.basename(filePath), size: opened.size };
      } catch {
        return { opened: false, reason: 'unreadable' };
      }
    },
    'file:read': (request, event) =>
      files.read(ownerOf(event), request.handle, request.offset, request.length),
    'file:close': async (request, event) => {
      await files.close(ownerOf(event), request.handle);
      return { closed: true };
    },
    'print:pdf': async (request, event) => {
      const pdf = await event.sender.printToPDF({ printBackground: true, pageSize: 'A4' });
      return saveWithDialog(request.suggestedName, new Uint8Array(pdf), [
        { name: 'PDF', extensions: ['pdf'] },
      ]);
    },
  };
}
