import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session } from 'electron';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, createAppProtocolHandler } from './appProtocol';
import { createBridgeHandlers } from './bridgeHandlers';
import { hardenSession } from './hardenSession';
import { createMenuTemplate } from './menu';
import { guardNavigation } from './navigationGuards';
import { resolvePortableDataDir } from './portableMode';
import { registerBridge } from './registerBridge';
import { createWindowOptions } from './windowOptions';

// Must run before `ready`: the data folder decides where IndexedDB and logs live.
const portableDir = resolvePortableDataDir(process.argv, process.execPath, process.env);
if (portableDir) {
  app.setPath('userData', portableDir);
  app.setPath('sessionData', portableDir);
  app.setAppLogsPath(path.join(portableDir, 'logs'));
  app.setPath('crashDumps', path.join(portableDir, 'crashes'));
}

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

let mainWindow: BrowserWindow | null = null;

function createWindow(): void {
  mainWindow = new BrowserWindow(createWindowOptions(path.join(__dirname, '../preload/index.js')));
  guardNavigation(mainWindow.webContents);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

function notifyLock(): void {
  mainWindow?.webContents.send('system:lock');
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => guardNavigation(contents));

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(__dirname, '../renderer')));
    Menu.setApplicationMenu(Menu.buildFromTemplate(createMenuTemplate(process.platform === 'darwin')));
    registerBridge(
      ipcMain,
      createBridgeHandlers({
        dialog,
        getWindow: () => mainWindow,
        appInfo: () => ({
          appVersion: app.getVersion(),
          electronVersion: process.versions.electron ?? '',
          platform: process.platform,
          dataLocation: { kind: 'folder', path: app.getPath('userData') },
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
