import { describe, expect, it, vi } from 'vitest';
import { hardenSession, isAllowedRequestUrl } from '../../../electron/main/hardenSession';
import { createMenuTemplate } from '../../../electron/main/menu';
import { guardNavigation, isAppUrl } from '../../../electron/main/navigationGuards';
import { resolvePortableDataDir } from '../../../electron/main/portableMode';
import { createWindowOptions } from '../../../electron/main/windowOptions';

// The Electron binary cannot run here; nothing these modules do at import time needs it.
vi.mock('electron', () => ({}));

type Listener = (event: { preventDefault: () => void }, url: string) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
    fire(name: string, url = '') {
      const event = {
        defaultPrevented: false,
        preventDefault() {
          this.defaultPrevented = true;
        },
      };
      listeners.get(name)?.(event, url);
      return event.defaultPrevented;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('window hardening', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, web security on', () => {
    const prefs = createWindowOptions('/app/preload.js').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.js',
    });
  });

  it('denies navigation away from the app, redirects, webviews and every window.open', () => {
    const contents = fakeWebContents();
    guardNavigation(contents as never);
    expect(contents.fire('will-navigate', 'https://example.org/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-navigate', 'app://dalili/index.html#/dossiers')).toBe(false);
    expect(contents.fire('will-redirect', 'http://127.0.0.1/')).toBe(true);
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(contents.open('app://dalili/index.html')).toEqual({ action: 'deny' });
    expect(contents.open('https://example.org/')).toEqual({ action: 'deny' });
  });

  it('recognises only the app origin', () => {
    expect(isAppUrl('app://dalili/x')).toBe(true);
    expect(isAppUrl('app://dalili.evil/x')).toBe(false);
    expect(isAppUrl('app://evil/x')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('session hardening', () => {
  it('refuses every permission and every request to a non-app origin', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
      webRequest: { onBeforeRequest: (h: never) => (handlers.beforeRequest = h) },
      on: vi.fn(),
    };
    hardenSession(session as never);
    const granted = vi.fn();
    (handlers.request as (a: unknown, p: string, cb: (ok: boolean) => void) => void)(null, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect((handlers.check as () => boolean)()).toBe(false);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      (handlers.beforeRequest as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)(
        { url },
        (r) => {
          cancel = r.cancel;
        },
      );
      return cancel;
    };
    expect(decide('https://example.org/tracker.js')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('app://dalili/pack/manifest.json')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    expect(session.on).toHaveBeenCalledWith('will-download', expect.any(Function));
  });

  it('lets no network scheme through', () => {
    for (const url of ['http://a', 'https://a', 'ws://a', 'ftp://a', 'file:///c:/x'])
      expect(isAllowedRequestUrl(url)).toBe(false);
  });
});

describe('portable mode', () => {
  it('keeps data beside the executable with --portable or the marker file', () => {
    expect(
      resolvePortableDataDir(['dalili', '--portable'], '/media/usb/Dalili/dalili', {}, () => false),
    ).toBe('/media/usb/Dalili/DaliliData');
    expect(
      resolvePortableDataDir(['dalili'], '/media/usb/Dalili/dalili', {}, (p) =>
        p.endsWith('dalili-portable.txt'),
      ),
    ).toBe('/media/usb/Dalili/DaliliData');
    expect(resolvePortableDataDir(['dalili'], '/opt/Dalili/dalili', {}, () => false)).toBeNull();
  });

  it('uses the folder of the portable .exe, not its temporary unpack folder', () => {
    const env = { PORTABLE_EXECUTABLE_DIR: 'E:\\Dalili' };
    expect(
      resolvePortableDataDir(['x', '--portable'], 'C:\\Temp\\abc\\Dalili.exe', env, () => false),
    ).toContain('E:\\Dalili');
  });
});

describe('application menu', () => {
  it('is in French and uses the standard roles', () => {
    const template = createMenuTemplate(false);
    expect(template.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre']);
    const roles = template.flatMap((m) =>
      (m.submenu as { role?: string }[]).map((i) => i.role).filter(Boolean),
    );
    expect(roles).toEqual(expect.arrayContaining(['quit', 'copy', 'paste', 'undo', 'zoomIn', 'resetZoom']));
  });
});
