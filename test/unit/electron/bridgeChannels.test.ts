// The bridge's channels are declared once, in the contract; main's schemas and handlers and the preload
// derive from it. These checks fail when a channel has no schema or handler, when main registers or the
// preload forwards a channel the contract does not declare, or when a channel name is written by hand.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBridgeHandlers } from '../../../electron/main/bridgeHandlers';
import { bridgeSchemas } from '../../../electron/main/bridgeSchemas';
import { registerBridge } from '../../../electron/main/registerBridge';
import { BRIDGE_CHANNELS, BRIDGE_EVENTS } from '../../../renderer/contract/bridgeContract';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn().mockResolvedValue({ ok: true });
const on = vi.fn();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke, on, removeListener: vi.fn() },
}));

const ROOT = path.resolve(import.meta.dirname, '../../..');
const sorted = (names: Iterable<string>) => [...names].sort();
const handlers = () =>
  createBridgeHandlers({
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    getWindow: () => null,
    appInfo: () => ({
      appVersion: '0',
      electronVersion: '45.5.0',
      platform: 'linux',
      dataLocation: { kind: 'browser-storage' },
      portable: false,
    }),
  });

describe('bridge channels, derived from the contract', () => {
  it('lists each channel once', () => {
    expect(BRIDGE_CHANNELS.length).toBeGreaterThan(0);
    expect(new Set(BRIDGE_CHANNELS).size).toBe(BRIDGE_CHANNELS.length);
  });

  it('has a schema and a handler for every channel, and none for another', () => {
    expect(sorted(Object.keys(bridgeSchemas))).toEqual(sorted(BRIDGE_CHANNELS));
    expect(sorted(Object.keys(handlers()))).toEqual(sorted(BRIDGE_CHANNELS));
    for (const channel of BRIDGE_CHANNELS) {
      expect(typeof bridgeSchemas[channel].safeParse, channel).toBe('function');
      expect(typeof handlers()[channel], channel).toBe('function');
    }
  });

  it('main registers exactly the contract channels', () => {
    const registered: string[] = [];
    registerBridge({ handle: (channel: string) => void registered.push(channel) }, handlers());
    expect(sorted(registered)).toEqual(sorted(BRIDGE_CHANNELS));
  });

  it('the preload forwards every contract channel and event, and nothing else', async () => {
    await import('../../../electron/preload/index');
    const bridge = exposed.dalili as {
      invoke: (c: string, r: unknown) => Promise<unknown>;
      on: (e: string, l: () => void) => unknown;
    };
    for (const channel of BRIDGE_CHANNELS) {
      await bridge.invoke(channel, {});
      expect(invoke).toHaveBeenLastCalledWith(channel, {});
    }
    for (const event of BRIDGE_EVENTS) {
      bridge.on(event, () => undefined);
      expect(on).toHaveBeenLastCalledWith(event, expect.any(Function));
    }
    invoke.mockClear();
    for (const stranger of ['shell:openExternal', 'file:delete', 'app:info ', 'constructor', '__proto__']) {
      await expect(bridge.invoke(stranger, {})).rejects.toThrow('bridge-unknown-channel');
      expect(() => bridge.on(stranger, () => undefined)).toThrow('bridge-unknown-event');
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('names no channel by hand in electron/: every one comes from the contract', () => {
    const handWritten: string[] = [];
    for (const dir of ['electron/main', 'electron/preload']) {
      for (const file of readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.ts'))) {
        const source = readFileSync(path.join(ROOT, dir, file), 'utf8');
        // A channel may be a key of a mapped object (schemas, handlers: checked by the compiler) or
        // a literal checked with `satisfies`; a bare literal passed to ipc is what this refuses.
        for (const match of source.matchAll(
          /(?:handle|invoke|send|on)\(\s*'([a-z]+:[a-z-]+)'(?!\s+satisfies)/g,
        )) {
          handWritten.push(`${dir}/${file}: ${match[1]}`);
        }
      }
    }
    expect(handWritten).toEqual([]);
  });
});
