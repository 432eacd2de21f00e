import type { DaliliBridge } from './bridgeContract';
import type { Platform } from './platform';

export function createElectronPlatform(bridge: DaliliBridge): Platform {
  return {
    kind: 'electron',
    appInfo: () => bridge.invoke('app:info', {}),
    saveFile: (suggestedName, data, filters) => bridge.invoke('file:save', { suggestedName, data, filters }),
    openFile: (filters, maxBytes) => bridge.invoke('file:open', { filters, maxBytes }),
    printToPdf: (suggestedName) => bridge.invoke('print:pdf', { suggestedName }),
    onSystemLock: (listener) => bridge.on('system:lock', listener),
  };
}
