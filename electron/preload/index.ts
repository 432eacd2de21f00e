import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_CHANNELS,
  BRIDGE_EVENTS,
  type BridgeChannel,
  type BridgeEvent,
  type DaliliBridge,
} from '../../renderer/contract/bridgeContract';

// Exposes exactly the contract's channels; ipcRenderer itself never reaches the page.
const channels = new Set<string>(BRIDGE_CHANNELS);
const events = new Set<string>(BRIDGE_EVENTS);

export const bridge: DaliliBridge = {
  invoke: (channel: BridgeChannel, request: unknown) => {
    if (!channels.has(channel))
      return Promise.reject(new Error(`bridge-unknown-channel: ${String(channel)}`));
    return ipcRenderer.invoke(channel, request);
  },
  on: (event: BridgeEvent, listener: () => void) => {
    if (!events.has(event)) throw new Error(`bridge-unknown-event: ${String(event)}`);
    const wrapped = (_event: IpcRendererEvent) => listener();
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
} as DaliliBridge;

contextBridge.exposeInMainWorld('dalili', bridge);
