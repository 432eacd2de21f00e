import type { AppInfo, FileFilter, OpenResult, PrintResult, SaveResult } from './bridgeContract';

export type { FileFilter };

/** What the application needs from its host: Electron (through the bridge) or a plain browser. */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  appInfo(): Promise<AppInfo>;
  saveFile(suggestedName: string, data: Uint8Array, filters: FileFilter[]): Promise<SaveResult>;
  openFile(filters: FileFilter[], maxBytes: number): Promise<OpenResult>;
  /** Prints the current view; in Electron saves it as PDF through a dialog. */
  printToPdf(suggestedName: string): Promise<PrintResult>;
  /** Called when the system suspends or the screen locks. Returns an unsubscribe function. */
  onSystemLock(listener: () => void): () => void;
}
