import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The only window. Hardening lives here so a test can read it without starting Electron.
 * `devTools` is false in packaged builds (index.ts passes !app.isPackaged): no inspector on a
 * shared laptop, whatever keys are pressed.
 */
export function createWindowOptions(preloadPath: string, devTools = false): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 768,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Dalili',
    backgroundColor: '#f7f6f2',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools,
    },
  };
}
