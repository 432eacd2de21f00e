import { FILE_CHUNK_MAX_BYTES, type DaliliBridge } from '../contract/bridgeContract';
import type { ChunkReader, ChunkWriter, Platform } from '../core/platform';

export function createElectronPlatform(bridge: DaliliBridge): Platform {
  return {
    kind: 'electron',
    appInfo: () => bridge.invoke('app:info', {}),
    saveFile: (suggestedName, data, filters) => bridge.invoke('file:save', { suggestedName, data, filters }),
    openFile: (filters, maxBytes) => bridge.invoke('file:open', { filters, maxBytes }),
    createFileWriter: async (suggestedName, filters) => {
      const begun = await bridge.invoke('file:save-begin', { suggestedName, filters });
      return begun.started ? bridgeWriter(bridge, begun.handle) : null;
    },
    openFileReader: async (filters, maxBytes) => {
      const opened = await bridge.invoke('file:open-begin', { filters, maxBytes });
      if (!opened.opened) return opened;
      return { opened: true, reader: bridgeReader(bridge, opened.handle, opened.fileName, opened.size) };
    },
    printToPdf: (suggestedName) => bridge.invoke('print:pdf', { suggestedName }),
    onSystemLock: (listener) => bridge.on('system:lock', listener),
  };
}

function bridgeWriter(bridge: DaliliBridge, handle: string): ChunkWriter {
  return {
    write: async (chunk) => {
      // Main caps a message; a larger chunk goes in several.
      for (let at = 0; at < chunk.length; at += FILE_CHUNK_MAX_BYTES) {
        await bridge.invoke('file:save-chunk', {
          handle,
          data: chunk.subarray(at, at + FILE_CHUNK_MAX_BYTES),
        });
      }
    },
    commit: () => bridge.invoke('file:save-commit', { handle }),
    abort: async () => {
      await bridge.invoke('file:save-abort', { handle });
    },
  };
}

function bridgeReader(bridge: DaliliBridge, handle: string, fileName: string, size: number): ChunkReader {
  return {
    fileName,
    size,
    read: (offset, length) =>
      bridge.invoke('file:read', { handle, offset, length: Math.min(length, FILE_CHUNK_MAX_BYTES) }),
    close: async () => {
      await bridge.invoke('file:close', { handle });
    },
  };
}
