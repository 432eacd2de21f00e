import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { refusedSwitches } from '../../../electron/main/commandLineGuard';
import { createWindowOptions } from '../../../electron/main/windowOptions';

// main/index.ts run against a fake Electron: what happens at start with each command line.

const fake = vi.hoisted(() => {
  const state = {
    windows: [] as unknown[],
    exit: [] as number[],
    schemes: 0,
    readyCalls: 0,
    packaged: true,
    userData: '',
  };
  const noop = () => undefined;
  const BrowserWindow = vi.fn(function (this: Record<string, unknown>, options: unknown) {
    state.windows.push(options);
    this.webContents = { on: noop, setWindowOpenHandler: noop, send: noop };
    this.once = noop;
    this.on = noop;
    this.loadURL = () => Promise.resolve();
  });
  const app = {
    get isPackaged() {
      return state.packaged;
    },
    exit: (code: number) => state.exit.push(code),
    quit: noop,
    on: noop,
    setPath: noop,
    setAppLogsPath: noop,
    getPath: () => state.userData,
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: () => true,
    whenReady: () => {
      state.readyCalls += 1;
      return Promise.resolve();
    },
  };
  const electron = {
    app,
    BrowserWindow,
    dialog: { showSaveDialog: noop, showOpenDialog: noop },
    ipcMain: { handle: noop },
    Menu: { setApplicationMenu: noop, buildFromTemplate: () => ({}) },
    powerMonitor: { on: noop },
    protocol: {
      registerSchemesAsPrivileged: () => (state.schemes += 1),
      handle: noop,
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: noop,
        setPermissionCheckHandler: noop,
        setDevicePermissionHandler: noop,
        webRequest: { onBeforeRequest: noop },
        on: noop,
      },
    },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const argv = process.argv;
let errors: string[] = [];

beforeEach(() => {
  vi.resetModules();
  Object.assign(fake.state, {
    windows: [],
    exit: [],
    schemes: 0,
    readyCalls: 0,
    packaged: true,
    userData: mkdtempSync(path.join(os.tmpdir(), 'dalili-main-')),
  });
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
});
afterEach(() => {
  process.argv = argv;
  vi.restoreAllMocks();
});

async function startMain(...args: string[]): Promise<void> {
  process.argv = ['C:\\Program Files\\Dalili\\Dalili.exe', ...args];
  await import('../../../electron/main/index');
  // Let whenReady's continuation run until it has opened a window or exited: a fixed 20 ms was not
  // enough on a loaded machine (the window came later and the test read an empty list).
  const deadline = Date.now() + 5000;
  while (fake.state.windows.length === 0 && fake.state.exit.length === 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const REFUSED = [
  '--remote-debugging-port=9222',
  '--remote-debugging-pipe',
  '--remote-debugging-address=0.0.0.0',
  '--remote-allow-origins=*',
  '--inspect',
  '--inspect=9229',
  '--inspect-brk',
  '--inspect-port=9229',
  '--debug',
  '--js-flags=--allow-natives-syntax',
  '--no-sandbox',
  '--disable-gpu-sandbox',
  '--disable-web-security',
  '--disable-site-isolation-trials',
  '--allow-file-access-from-files',
  '--unsafely-treat-insecure-origin-as-secure=http://x',
  '--ignore-certificate-errors',
  '--proxy-server=http://10.0.0.1:8080',
  '--proxy-pac-url=http://x/proxy.pac',
  '--host-rules=MAP * 10.0.0.1',
  '--host-resolver-rules=MAP * 10.0.0.1',
  '--user-data-dir=C:\\autre',
  '--load-extension=C:\\ext',
  '--disable-extensions-except=C:\\ext',
  '--auto-open-devtools-for-tabs',
  '--enable-logging',
  '--log-file=C:\\log.txt',
  '--v=1',
  '--renderer-cmd-prefix=cmd /c',
  '--utility-cmd-prefix=cmd /c',
  '--gpu-launcher=cmd /c',
  '--enable-features=X',
  '--disable-features=Y',
  '-remote-debugging-port=9222',
  '--portable=yes',
  '--',
];

describe('undocumented command-line switches', () => {
  it.each(REFUSED)('%s: exits with one log line, registers nothing, opens no window', async (arg) => {
    await startMain(arg);
    expect(fake.state.exit).toEqual([2]);
    expect(fake.state.windows).toEqual([]);
    expect(fake.state.schemes).toBe(0);
    expect(fake.state.readyCalls).toBe(0);
    expect(errors).toHaveLength(1);
    const name = arg.split('=')[0]!;
    expect(errors[0]).toContain(name);
    // The switch's value (a path, a host) is never logged.
    if (arg.includes('=')) expect(errors[0]).not.toContain(arg.slice(arg.indexOf('=')));
  });

  it('refuses the "/" prefix Chromium also reads on Windows, and lets the macOS process number pass', () => {
    expect(refusedSwitches(['Dalili.exe', '/no-sandbox'], 'win32')).toEqual(['/no-sandbox']);
    expect(refusedSwitches(['Dalili', '/tmp/file'], 'linux')).toEqual([]);
    expect(refusedSwitches(['Dalili', '-psn_0_12345'], 'darwin')).toEqual([]);
    expect(refusedSwitches(['Dalili', '-psn_0_12345'], 'win32')).toEqual(['-psn_0_12345']);
  });

  it('starts normally with no switch and with --portable, DevTools off in the packaged app', async () => {
    await startMain();
    expect(fake.state.exit).toEqual([]);
    expect(fake.state.windows).toHaveLength(1);
    expect((fake.state.windows[0] as { webPreferences: { devTools: boolean } }).webPreferences.devTools).toBe(
      false,
    );
    vi.resetModules();
    fake.state.windows = [];
    await startMain('--portable');
    expect(fake.state.exit).toEqual([]);
    expect(fake.state.windows).toHaveLength(1);
  });

  it('keeps DevTools for an unpackaged development run only', async () => {
    fake.state.packaged = false;
    await startMain('.');
    expect((fake.state.windows[0] as { webPreferences: { devTools: boolean } }).webPreferences.devTools).toBe(
      true,
    );
    expect(createWindowOptions('/p').webPreferences?.devTools).toBe(false);
  });

  it('sweeps temporary files an interrupted save left, at start', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'dalili-saves-'));
    const leftover = path.join(folder, '.dalili-2026-01-01.dalili-backup.0123456789abcdef.dalili-tmp');
    writeFileSync(leftover, 'moitié');
    writeFileSync(path.join(folder, 'dalili-2026-01-01.dalili-backup'), 'complet');
    writeFileSync(path.join(fake.state.userData, 'pending-writes.json'), JSON.stringify([leftover]));
    await startMain();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    // Swept before the window opens.
    expect(readdirSync(folder)).toEqual(['dalili-2026-01-01.dalili-backup']);
  });
});
