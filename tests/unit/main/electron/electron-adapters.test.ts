import type { App, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../../main/core/ipc/channels';
import type { Dispatch } from '../../../../main/core/ipc/dispatch';
import { FORBIDDEN_SENDER } from '../../../../main/core/security/ipc-guard';
import { registerIpc } from '../../../../main/electron/ipc';
import { registerAppScheme, serveAppProtocol } from '../../../../main/electron/protocol';
import { hardenAllContents, hardenContents, hardenSession } from '../../../../main/electron/security';
import { createWindowManager } from '../../../../main/electron/windows';

/**
 * The thin Electron adapters, wired to a stand-in `electron` module (the real one cannot load under
 * Node: it would try to download the runtime). They prove that each adapter actually routes through
 * the tested core decisions; what Electron then does with the answers is Electron's job.
 */
type Listener = (...args: unknown[]) => unknown;
const electron = vi.hoisted(() => {
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const windows: Array<{ options: Record<string, unknown>; loaded: string[] }> = [];
  const schemes: unknown[] = [];
  const protocolHandlers = new Map<string, (request: { url: string }) => Promise<Response>>();
  class BrowserWindow {
    readonly loaded: string[] = [];
    readonly webContents = { send: () => undefined };
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    once(): void {}
    on(): void {}
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed(): boolean {
      return false;
    }
  }
  return {
    ipcHandlers,
    windows,
    schemes,
    protocolHandlers,
    module: {
      ipcMain: {
        handle: (channel: string, fn: (...args: unknown[]) => unknown) => ipcHandlers.set(channel, fn),
        removeHandler: (channel: string) => ipcHandlers.delete(channel),
      },
      shell: { openExternal: vi.fn(async (_url: string) => undefined) },
      net: { fetch: vi.fn(async (_url: string) => new Response('<!doctype html>')) },
      protocol: {
        registerSchemesAsPrivileged: (list: unknown[]) => schemes.push(...list),
        handle: (scheme: string, fn: (request: { url: string }) => Promise<Response>) =>
          protocolHandlers.set(scheme, fn),
      },
      BrowserWindow,
      nativeTheme: { shouldUseDarkColors: false },
    },
  };
});
vi.mock('electron', () => electron.module);

/** A stand-in webContents that records its handlers, so the test can play the page's part. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: (fn: typeof openHandler) => void (openHandler = fn),
    on: (event: string, fn: Listener) => void listeners.set(event, fn),
  };
  const emit = (event: string, url = ''): boolean => {
    let prevented = false;
    listeners.get(event)?.({ preventDefault: () => void (prevented = true) }, url);
    return prevented;
  };
  return {
    contents: contents as unknown as WebContents,
    emit,
    open: (url: string) => openHandler?.({ url }),
  };
}

const APP_URL = 'app://unknot/index.html?view=routine';

beforeEach(() => {
  electron.ipcHandlers.clear();
  electron.windows.length = 0;
  electron.schemes.length = 0;
  electron.module.shell.openExternal.mockClear();
  electron.module.net.fetch.mockClear();
});

describe('main/electron/ipc.ts', () => {
  const calls: string[] = [];
  const dispatch: Dispatch = async (channel) => (calls.push(channel), { ok: true, value: null });

  it('registers every contract channel, and only those, behind the sender check', async () => {
    calls.length = 0;
    const dispose = registerIpc(dispatch, ['app://unknot']);
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    for (const [channel, handler] of electron.ipcHandlers) {
      expect(await handler({ senderFrame: null }, undefined)).toEqual(FORBIDDEN_SENDER);
      expect(await handler({ senderFrame: { url: 'https://evil.example/' } }, undefined)).toEqual(
        FORBIDDEN_SENDER,
      );
      expect(calls).toEqual([]);
      expect(await handler({ senderFrame: { url: APP_URL } }, undefined)).toEqual({ ok: true, value: null });
      expect(calls.pop()).toBe(channel);
    }
    dispose();
    expect(electron.ipcHandlers.size).toBe(0);
  });
});

describe('main/electron/security.ts', () => {
  it('denies every permission request, check and device', () => {
    const handlers: Record<string, Listener> = {};
    const session = {
      setPermissionRequestHandler: (fn: Listener) => void (handlers['request'] = fn),
      setPermissionCheckHandler: (fn: Listener) => void (handlers['check'] = fn),
      setDevicePermissionHandler: (fn: Listener) => void (handlers['device'] = fn),
    };
    hardenSession(session as unknown as Session);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const answers: unknown[] = [];
      handlers['request']?.(null, permission, (granted: boolean) => answers.push(granted));
      expect(answers).toEqual([false]);
      expect(handlers['check']?.(null, permission, APP_URL)).toBe(false);
    }
    expect(handlers['device']?.({ deviceType: 'usb', origin: 'app://unknot' })).toBe(false);
  });

  it('denies new windows, and opens only allowlisted https pages in the browser', () => {
    const page = fakeContents();
    hardenContents(page.contents, ['app://unknot']);
    expect(page.open('https://www.nhs.uk/conditions/back-pain/')).toEqual({ action: 'deny' });
    expect(page.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(page.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(page.open(APP_URL)).toEqual({ action: 'deny' });
    expect(page.open('https://www.nhs.uk\\@evil.com/')).toEqual({ action: 'deny' });
    expect(electron.module.shell.openExternal.mock.calls).toEqual([
      ['https://www.nhs.uk/conditions/back-pain/'],
      ['https://www.nhs.uk/@evil.com/'],
    ]);
  });

  it('blocks navigation and redirects off the app origin, and every <webview>', () => {
    const page = fakeContents();
    hardenContents(page.contents, ['app://unknot']);
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(page.emit(event, 'https://evil.example/')).toBe(true);
      expect(page.emit(event, 'file:///etc/passwd')).toBe(true);
      expect(page.emit(event, 'app://unknot/index.html?view=settings')).toBe(false);
    }
    expect(page.emit('will-attach-webview')).toBe(true);
  });

  it('hardens every webContents as it is created', () => {
    let created: Listener | undefined;
    const app = {
      on: (event: string, fn: Listener) => void (event === 'web-contents-created' && (created = fn)),
    };
    hardenAllContents(app as unknown as App, ['app://unknot']);
    const page = fakeContents();
    created?.({}, page.contents);
    expect(page.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(page.emit('will-navigate', 'https://evil.example/')).toBe(true);
  });
});

describe('main/electron/protocol.ts', () => {
  it('registers app:// as standard and secure, never bypassing the CSP', () => {
    registerAppScheme();
    expect(electron.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('refuses a traversal before touching the disk, and serves a build file with its type', async () => {
    serveAppProtocol('/opt/unknot/out/renderer');
    const handler = electron.protocolHandlers.get('app');
    expect((await handler?.({ url: 'app://unknot/%2e%2e/main/index.js' }))?.status).toBe(400);
    expect((await handler?.({ url: 'app://unknot/secret.key' }))?.status).toBe(404);
    expect(electron.module.net.fetch).not.toHaveBeenCalled();
    const served = await handler?.({ url: 'app://unknot/index.html?view=settings' });
    expect(served?.status).toBe(200);
    expect(served?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(electron.module.net.fetch.mock.calls).toEqual([['file:///opt/unknot/out/renderer/index.html']]);
  });
});

describe('main/electron/windows.ts', () => {
  it('creates every window sandboxed and isolated, with web security on, loading the app origin', () => {
    const manager = createWindowManager({
      preloadPath: '/opt/unknot/out/preload/preload.cjs',
      urlFor: (v) => `${APP_URL.split('?')[0]}?view=${v}`,
    });
    manager.show('settings');
    const [win] = electron.windows;
    expect(win?.options['webPreferences']).toMatchObject({
      preload: '/opt/unknot/out/preload/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
    const prefs = win?.options['webPreferences'] as Record<string, unknown>;
    for (const risky of [
      'enableBlinkFeatures',
      'webviewTag',
      'nodeIntegrationInWorker',
      'additionalArguments',
    ]) {
      expect(prefs[risky], risky).toBeFalsy();
    }
    expect(win?.loaded).toEqual(['app://unknot/index.html?view=settings']);
  });
});
