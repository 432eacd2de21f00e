import type { AppInfo, FileFilter, OpenResult, PrintResult, SaveResult } from '../../contract/bridgeContract';

export type { AppInfo, FileFilter };

/** A file being written piece by piece. Nothing appears under its name before commit; abort throws it away. */
export interface ChunkWriter {
  write(chunk: Uint8Array): Promise<void>;
  commit(): Promise<{ saved: true; fileName: string }>;
  abort(): Promise<void>;
}

/** A file opened for reading piece by piece; close it when done. */
export interface ChunkReader {
  readonly fileName: string;
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer only at the end of the file). */
  read(offset: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

export type OpenReaderResult =
  { opened: true; reader: ChunkReader } | { opened: false; reason: 'cancelled' | 'too-large' | 'unreadable' };

/** What the application needs from its host: Electron (through the bridge) or a plain browser. */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  appInfo(): Promise<AppInfo>;
  saveFile(suggestedName: string, data: Uint8Array, filters: FileFilter[]): Promise<SaveResult>;
  openFile(filters: FileFilter[], maxBytes: number): Promise<OpenResult>;
  /** Asks where to save (null when the person cancels), then takes the file a chunk at a time. */
  createFileWriter(suggestedName: string, filters: FileFilter[]): Promise<ChunkWriter | null>;
  /** Asks for a file and reads it a chunk at a time: large files are never loaded whole. */
  openFileReader(filters: FileFilter[], maxBytes: number): Promise<OpenReaderResult>;
  /** Prints the current view; in Electron saves it as PDF through a dialog. */
  printToPdf(suggestedName: string): Promise<PrintResult>;
  /** Called when the system suspends or the screen locks. Returns an unsubscribe function. */
  onSystemLock(listener: () => void): () => void;
}
