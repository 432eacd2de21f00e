import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBridgeHandlers } from '../../../electron/main/bridgeHandlers';
import { BridgeError, registerBridge, validateRequest } from '../../../electron/main/registerBridge';
import { BRIDGE_CHANNELS } from '../../../renderer/contract/bridgeContract';

vi.mock('electron', () => ({}));

type Handler = (event: unknown, request: unknown) => Promise<unknown>;

function register(overrides: Partial<Parameters<typeof createBridgeHandlers>[0]> = {}) {
  const handlers = new Map<string, Handler>();
  const deps = {
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    getWindow: () => null,
    appInfo: () => ({
      appVersion: '1.2.3',
      electronVersion: '45.5.0',
      platform: 'win32',
      dataLocation: { kind: 'folder' as const, path: 'E:\\DaliliData' },
      portable: true,
    }),
    ...overrides,
  };
  registerBridge(
    { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) } as never,
    createBridgeHandlers(deps),
  );
  return { handlers, deps };
}

const appFrame = { senderFrame: { url: 'app://dalili/index.html', parent: null } };

describe('typed bridge', () => {
  it('registers exactly the contract channels', () => {
    expect([...register().handlers.keys()].sort()).toEqual([...BRIDGE_CHANNELS].sort());
  });

  it('answers the app frame with app info', async () => {
    const info = await register().handlers.get('app:info')!(appFrame, {});
    expect(info).toMatchObject({ appVersion: '1.2.3', portable: true });
  });

  it('refuses senders other than the app top frame', async () => {
    const { handlers } = register();
    const call = handlers.get('app:info')!;
    await expect(call({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})).rejects.toThrow(
      'bridge-forbidden-sender',
    );
    await expect(call({ senderFrame: { url: 'app://dalili/x', parent: {} } }, {})).rejects.toThrow(
      'bridge-forbidden-sender',
    );
    await expect(call({ senderFrame: null }, {})).rejects.toThrow('bridge-forbidden-sender');
  });

  it.each([
    ['app:info', { extra: 1 }],
    ['file:save', { suggestedName: '../../evil.txt', data: new Uint8Array(1), filters: [] }],
    ['file:save', { suggestedName: 'ok.txt', data: 'not bytes', filters: [] }],
    ['file:open', { filters: [], maxBytes: -5 }],
    ['file:open', { filters: [{ name: 'x', extensions: ['../..'] }], maxBytes: 10 }],
    ['print:pdf', {}],
    ['print:pdf', null],
  ] as const)('rejects a malformed %s request with a clear error', async (channel, request) => {
    const { handlers, deps } = register();
    await expect(handlers.get(channel)!(appFrame, request)).rejects.toThrow(/^bridge-invalid-request: /);
    expect(deps.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('names the faulty field but never echoes the values', () => {
    try {
      validateRequest('file:save', {
        suggestedName: 'Victime Amani Kahindo/..',
        data: new Uint8Array(1),
        filters: [],
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BridgeError);
      expect((error as Error).message).toContain('suggestedName');
      expect((error as Error).message).not.toContain('Amani');
    }
  });

  it('saves a file atomically where the person chose, and reports cancellation', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dalili-save-'));
    const target = path.join(dir, 'fiche.pdf');
    const showSaveDialog = vi
      .fn()
      .mockResolvedValueOnce({ canceled: false, filePath: target })
      .mockResolvedValueOnce({ canceled: true });
    const { handlers } = register({ dialog: { showSaveDialog, showOpenDialog: vi.fn() } });
    const request = {
      suggestedName: 'fiche.pdf',
      data: new TextEncoder().encode('%PDF-1.7'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    expect(await handlers.get('file:save')!(appFrame, request)).toEqual({
      saved: true,
      fileName: 'fiche.pdf',
    });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7');
    expect(readdirSync(dir)).toEqual(['fiche.pdf']);
    expect(await handlers.get('file:save')!(appFrame, request)).toEqual({ saved: false });
  });

  it('refuses to read a file larger than asked, before reading it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dalili-open-'));
    const file = path.join(dir, 'big.bin');
    writeFileSync(file, new Uint8Array(2048));
    const showOpenDialog = vi.fn().mockResolvedValue({ canceled: false, filePaths: [file] });
    const { handlers } = register({ dialog: { showSaveDialog: vi.fn(), showOpenDialog } });
    expect(await handlers.get('file:open')!(appFrame, { filters: [], maxBytes: 1024 })).toEqual({
      opened: false,
      reason: 'too-large',
    });
    const ok = (await handlers.get('file:open')!(appFrame, { filters: [], maxBytes: 4096 })) as {
      opened: boolean;
      data: Uint8Array;
    };
    expect(ok.opened).toBe(true);
    expect(ok.data.byteLength).toBe(2048);
  });
});
