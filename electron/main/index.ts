import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session } from 'electron';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, createAppProtocolHandler } from './appProtocol';
import { createBridgeHandlers } from './bridgeHandlers';
import { refusalLogLine, refusedSwitches } from './commandLineGuard';
import { hardenSession } from './hardenSession';
import { createMenuTemplate } from './menu';
import { guardNavigation } from './navigationGuards';
import { PendingWrites, sweepLeftovers } from './pendingWrites';
import { resolvePortableDataDir } from './portableMode';
import { registerBridge } from './registerBridge';
import { createWindowOptions } from './windowOptions';
import type { BridgeEvent } from '../../renderer/contract/bridgeContract';

// First of all: an undocumented switch stops Dalili before it registers anything or opens a window.
const refused = refusedSwitches(process.argv);
if (refused.length > 0) {
  console.error(refusalLogLine(refused));
  app.exit(2);
} else {
  start();
}

function start(): void {
  // Must run before `ready`: the data folder decides where IndexedDB and logs live.
  const portableDir = resolvePortableDataDir(process.argv, process.execPath, process.env);
  if (portableDir) {
    app.setPath('userData', portableDir);
    app.setPath('sessionData', portableDir);
    app.setAppLogsPath(path.join(portableDir, 'logs'));
    app.setPath('crashDumps', path.join(portableDir, 'crashes'));
  }

  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);

  let mainWindow: BrowserWindow | null = null;

  const createWindow = (): void => {
    mainWindow = new BrowserWindow(
      createWindowOptions(path.join(__dirname, '../preload/index.js'), !app.isPackaged),
    );
    guardNavigation(mainWindow.webContents);
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
  };

  const notifyLock = (): void => {
    mainWindow?.webContents.send('system:lock' satisfies BridgeEvent);
  };

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => guardNavigation(contents));

  void app.whenReady().then(async () => {
    const dataDir = app.getPath('userData');
    // Temporary files a crash left mid-save (pendingWrites.ts); one instance only, so none is live.
    await sweepLeftovers(dataDir).catch(() => 0);
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(__dirname, '../renderer')));
    Menu.setApplicationMenu(Menu.buildFromTemplate(createMenuTemplate(process.platform === 'darwin')));
    registerBridge(
      ipcMain,
      createBridgeHandlers({
        dialog,
        getWindow: () => mainWindow,
        pending: new PendingWrites(dataDir),
        appInfo: () => ({
          appVersion: app.getVersion(),
          electronVersion: process.versions.electron ?? '',
          platform: process.platform,
          dataLocation: { kind: 'folder', path: dataDir },
          portable: portableDir !== null,
        }),
      }),
    );
    powerMonitor.on('suspend', notifyLock);
    powerMonitor.on('lock-screen', notifyLock);
    createWindow();
  });

  app.on('window-all-closed', () => app.quit());
}

export { APP_HOST };
