import { describe, expect, it, vi } from 'vitest';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn().mockResolvedValue({ ok: true });
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke, on: vi.fn(), removeListener: vi.fn() },
}));

describe('preload', () => {
  it('exposes only invoke/on on window.dalili, never ipcRenderer', async () => {
    await import('../../../electron/preload/index');
    expect(Object.keys(exposed)).toEqual(['dalili']);
    const bridge = exposed.dalili as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(JSON.stringify(Object.keys(bridge))).not.toContain('ipcRenderer');
  });

  it('forwards contract channels and refuses any other', async () => {
    await import('../../../electron/preload/index');
    const bridge = exposed.dalili as {
      invoke: (c: string, r: unknown) => Promise<unknown>;
      on: (e: string, l: () => void) => unknown;
    };
    await bridge.invoke('app:info', {});
    expect(invoke).toHaveBeenCalledWith('app:info', {});
    await expect(bridge.invoke('shell:openExternal', { url: 'https://x' })).rejects.toThrow(
      'bridge-unknown-channel',
    );
    expect(() => bridge.on('anything', () => undefined)).toThrow('bridge-unknown-event');
  });
});
