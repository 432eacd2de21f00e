import { rename, stat, writeFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { AppInfo } from '../../renderer/core/platform/bridgeContract';
import type { BridgeHandlers } from './registerBridge';

export interface BridgeDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  getWindow: () => BrowserWindow | null;
  appInfo: () => AppInfo;
}

/** Writes next to the target then renames, so a crash never leaves a half-written file in its place. */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  await writeFile(temporary, data);
  await rename(temporary, target);
}

export function createBridgeHandlers(deps: BridgeDeps): BridgeHandlers {
  const saveWithDialog = async (
    suggestedName: string,
    data: Uint8Array,
    filters: { name: string; extensions: string[] }[],
  ) => {
    const window = deps.getWindow();
    const options = { defaultPath: suggestedName, filters };
    const choice = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false } as const;
    await writeFileAtomic(choice.filePath, data);
    return { saved: true, fileName: path.basename(choice.filePath) } as const;
  };

  return {
    'app:info': () => Promise.resolve(deps.appInfo()),
    'file:save': (request) => saveWithDialog(request.suggestedName, request.data, request.filters),
    'file:open': async (request) => {
      const window = deps.getWindow();
      const options = { properties: ['openFile' as const], filters: request.filters };
      const choice = window ? await deps.dialog.showOpenDialog(window, options) : await deps.dialog.showOpenDialog(options);
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return { opened: false, reason: 'cancelled' };
      try {
        // Size is checked before reading so an oversized file is never loaded into memory.
        if ((await stat(filePath)).size > request.maxBytes) return { opened: false, reason: 'too-large' };
        return { opened: true, fileName: path.basename(filePath), data: new Uint8Array(await readFile(filePath)) };
      } catch {
        return { opened: false, reason: 'unreadable' };
      }
    },
    'print:pdf': async (request, event) => {
      const pdf = await event.sender.printToPDF({ printBackground: true, pageSize: 'A4' });
      return saveWithDialog(request.suggestedName, new Uint8Array(pdf), [{ name: 'PDF', extensions: ['pdf'] }]);
    },
  };
}
