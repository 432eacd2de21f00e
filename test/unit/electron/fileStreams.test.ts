// Chunked saves and reads through the bridge (backups), on real temporary directories. Electron
// itself is mocked: nothing here launches it.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBridgeHandlers } from '../../../electron/main/bridgeHandlers';
import { FileHandles, MAX_OPEN_FILE_HANDLES } from '../../../electron/main/fileHandles';
import { registerBridge } from '../../../electron/main/registerBridge';
import { FILE_CHUNK_MAX_BYTES } from '../../../renderer/contract/bridgeContract';

vi.mock('electron', () => ({}));

type Handler = (event: unknown, request: unknown) => Promise<unknown>;

/** A window: the app's top frame, with a webContents id and a 'destroyed' event. */
function windowEvent(id: number) {
  const listeners: Array<() => void> = [];
  return {
    senderFrame: { url: 'app://dalili/index.html', parent: null },
    sender: {
      id,
      once: (name: string, listener: () => void) => name === 'destroyed' && listeners.push(listener),
    },
    destroy: () => listeners.forEach((l) => l()),
  };
}

function setup(dialogs: { save?: string; open?: string } = {}) {
  const handlers = new Map<string, Handler>();
  const files = new FileHandles();
  const showSaveDialog = vi
    .fn()
    .mockResolvedValue(dialogs.save ? { canceled: false, filePath: dialogs.save } : { canceled: true });
  const showOpenDialog = vi
    .fn()
    .mockResolvedValue(
      dialogs.open ? { canceled: false, filePaths: [dialogs.open] } : { canceled: true, filePaths: [] },
    );
  registerBridge(
    { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) } as never,
    createBridgeHandlers({
      dialog: { showSaveDialog, showOpenDialog },
      getWindow: () => null,
      appInfo: () => ({
        appVersion: '1',
        electronVersion: '',
        platform: 'linux',
        dataLocation: { kind: 'browser-storage' },
        portable: false,
      }),
      files,
    }),
  );
  const call = (channel: string, event: unknown, request: unknown) => handlers.get(channel)!(event, request);
  return { call, files };
}

const text = (s: string) => new TextEncoder().encode(s);
const FILTERS = [{ name: 'Dalili', extensions: ['dalili-backup'] }];

describe('chunked saves', () => {
  it('writes chunks to a temporary file and shows the file under its name only on commit', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dalili-chunks-'));
    const target = path.join(dir, 'dalili-2026-01-01.dalili-backup');
    const { call, files } = setup({ save: target });
    const win = windowEvent(1);
    const begun = (await call('file:save-begin', win, {
      suggestedName: 'dalili-2026-01-01.dalili-backup',
      filters: FILTERS,
    })) as { started: true; handle: string };
    expect(begun.started).toBe(true);
    expect(begun.handle).toMatch(/^[0-9a-f]{32}$/);
    for (const s of ['un ', 'deux ', 'trois'])
      await call('file:save-chunk', win, { handle: begun.handle, data: text(s) });
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(await call('file:save-commit', win, { handle: begun.handle })).toEqual({
      saved: true,
      fileName: 'dalili-2026-01-01.dalili-backup',
    });
    expect(readFileSync(target, 'utf8')).toBe('un deux trois');
    expect(readdirSync(dir)).toEqual(['dalili-2026-01-01.dalili-backup']);
    expect(files.openCount).toBe(0);
    await expect(call('file:save-chunk', win, { handle: begun.handle, data: text('x') })).rejects.toThrow(
      'bridge-unknown-handle',
    );
  });

  it('abort, and a window that closes, delete the unfinished file; a cancelled dialog starts nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dalili-chunks-'));
    const { call, files } = setup({ save: path.join(dir, 'a.dalili-backup') });
    const win = windowEvent(2);
    const first = (await call('file:save-begin', win, {
      suggestedName: 'a.dalili-backup',
      filters: FILTERS,
    })) as { handle: string };
    await call('file:save-chunk', win, { handle: first.handle, data: text('moitié') });
    expect(await call('file:save-abort', win, { handle: first.handle })).toEqual({ aborted: true });
    expect(readdirSync(dir)).toEqual([]);

    const second = (await call('file:save-begin', win, {
      suggestedName: 'a.dalili-backup',
      filters: FILTERS,
    })) as { handle: string };
    await call('file:save-chunk', win, { handle: second.handle, data: text('moitié') });
    win.destroy();
    await vi.waitFor(() => expect(readdirSync(dir)).toEqual([]));
    expect(files.openCount).toBe(0);

    expect(
      await setup().call('file:save-begin', win, { suggestedName: 'a.dalili-backup', filters: FILTERS }),
    ).toEqual({ started: false });
  });

  it('a handle works only for the window that opened it, and chunks are capped', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dalili-chunks-'));
    const { call } = setup({ save: path.join(dir, 'b.dalili-backup') });
    const mine = windowEvent(3);
    const other = windowEvent(4);
    const { handle } = (await call('file:save-begin', mine, {
      suggestedName: 'b.dalili-backup',
      filters: FILTERS,
    })) as { handle: string };
    await expect(call('file:save-chunk', other, { handle, data: text('x') })).rejects.toThrow(
      'bridge-unknown-handle',
    );
    await expect(call('file:save-commit', other, { handle })).rejects.toThrow('bridge-unknown-handle');
    await expect(call('file:read', mine, { handle, offset: 0, length: 1 })).rejects.toThrow(
      'bridge-unknown-handle',
    );
    await expect(
      call('file:save-chunk', mine, { handle, data: new Uint8Array(FILE_CHUNK_MAX_BYTES + 1) }),
    ).rejects.toThrow(/^bridge-invalid-request: .*data/);
    await expect(
      call('file:save-chunk', mine, { handle: '../../etc/passwd', data: text('x') }),
    ).rejects.toThrow(/^bridge-invalid-request: .*handle/);
    await call('file:save-abort', mine, { handle });
  });
});

describe('chunked reads', () => {
  it('reads at any offset, refuses a file over the limit before reading it, and closes', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dalili-read-'));
    const file = path.join(dir, 'c.dalili-backup');
    const bytes = Uint8Array.from({ length: 5000 }, (_, i) => i % 251);
    writeFileSync(file, bytes);
    const { call, files } = setup({ open: file });
    const win = windowEvent(5);
    expect(await call('file:open-begin', win, { filters: FILTERS, maxBytes: 4999 })).toEqual({
      opened: false,
      reason: 'too-large',
    });
    expect(files.openCount).toBe(0);
    const opened = (await call('file:open-begin', win, { filters: FILTERS, maxBytes: 5000 })) as {
      handle: string;
      size: number;
      fileName: string;
    };
    expect(opened).toMatchObject({ opened: true, size: 5000, fileName: 'c.dalili-backup' });
    expect(await call('file:read', win, { handle: opened.handle, offset: 1000, length: 10 })).toEqual(
      bytes.slice(1000, 1010),
    );
    expect(await call('file:read', win, { handle: opened.handle, offset: 4990, length: 100 })).toEqual(
      bytes.slice(4990),
    );
    await expect(
      call('file:read', windowEvent(6), { handle: opened.handle, offset: 0, length: 1 }),
    ).rejects.toThrow('bridge-unknown-handle');
    await expect(
      call('file:read', win, { handle: opened.handle, offset: 0, length: FILE_CHUNK_MAX_BYTES + 1 }),
    ).rejects.toThrow(/^bridge-invalid-request: .*length/);
    await expect(call('file:read', win, { handle: opened.handle, offset: -1, length: 1 })).rejects.toThrow(
      /^bridge-invalid-request: .*offset/,
    );
    expect(await call('file:close', win, { handle: opened.handle })).toEqual({ closed: true });
    await expect(call('file:read', win, { handle: opened.handle, offset: 0, length: 1 })).rejects.toThrow(
      'bridge-unknown-handle',
    );
    expect(await setup().call('file:open-begin', win, { filters: FILTERS, maxBytes: 10 })).toEqual({
      opened: false,
      reason: 'cancelled',
    });
  });

  it(`keeps at most ${MAX_OPEN_FILE_HANDLES} files open`, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dalili-read-'));
    const file = path.join(dir, 'd.dalili-backup');
    writeFileSync(file, 'x');
    const { call, files } = setup({ open: file });
    const win = windowEvent(7);
    for (let i = 0; i < MAX_OPEN_FILE_HANDLES; i++)
      expect(await call('file:open-begin', win, { filters: FILTERS, maxBytes: 10 })).toMatchObject({
        opened: true,
      });
    expect(await call('file:open-begin', win, { filters: FILTERS, maxBytes: 10 })).toEqual({
      opened: false,
      reason: 'unreadable',
    });
    win.destroy();
    await vi.waitFor(() => expect(files.openCount).toBe(0));
  });
});
