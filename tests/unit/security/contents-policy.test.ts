import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../main/core/app-protocol';
import {
  allowsNavigation,
  decideWindowOpen,
  denyAllPermissions,
  isAllowedExternalUrl,
} from '../../../main/core/security/contents-policy';

const trusted = [APP_ORIGIN];

describe('allowsNavigation (will-navigate, will-redirect)', () => {
  it('lets a page move within the app origin only', () => {
    expect(allowsNavigation('app://unknot/index.html?view=history', trusted)).toBe(true);
    expect(allowsNavigation('app://unknot/index.html#schedule-title', trusted)).toBe(true);
  });

  it.each([
    'https://www.nhs.uk/',
    'http://localhost:5173/index.html',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://unknot.evil/index.html',
    'about:blank',
    'data:text/html,hi',
    'javascript:alert(1)',
    'chrome://settings',
    '',
    'not a url',
  ])('blocks %s', (url) => {
    expect(allowsNavigation(url, trusted)).toBe(false);
  });

  it('allows the dev server only when it is a trusted origin', () => {
    expect(allowsNavigation('http://localhost:5173/', trusted)).toBe(false);
    expect(allowsNavigation('http://localhost:5173/', [...trusted, 'http://localhost:5173'])).toBe(true);
  });

  it('blocks every web URL (property)', () => {
    fc.assert(fc.property(fc.webUrl(), (url) => !allowsNavigation(url, trusted)));
  });
});

describe('decideWindowOpen (setWindowOpenHandler)', () => {
  it('denies every window, and sends only allowlisted https pages to the browser', () => {
    expect(decideWindowOpen('https://www.nhs.uk/conditions/back-pain/')).toEqual({
      action: 'deny',
      openExternally: true,
    });
    expect(decideWindowOpen('https://unknot.app/help')).toEqual({ action: 'deny', openExternally: true });
  });

  it.each([
    'app://unknot/index.html',
    'http://www.nhs.uk/',
    'https://evil.example/',
    'https://www.nhs.uk.evil.example/',
    'file:///etc/passwd',
    'smb://server/share',
    'javascript:alert(1)',
    'about:blank',
    '',
  ])('denies %s and opens nothing', (url) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: false });
  });

  it('never allows a window, whatever the URL (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (url) => decideWindowOpen(url).action === 'deny'),
    );
  });
});

describe('denyAllPermissions (session permission requests, checks and devices)', () => {
  // Electron's permission names (session.setPermissionRequestHandler) and device types.
  it.each([
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'fullscreen',
    'geolocation',
    'idle-detection',
    'media',
    'mediaKeySystem',
    'midi',
    'midiSysex',
    'notifications',
    'pointerLock',
    'keyboardLock',
    'openExternal',
    'speaker-selection',
    'storage-access',
    'top-level-storage-access',
    'window-management',
    'unknown',
    'fileSystem',
    'hid',
    'serial',
    'usb',
  ])('refuses %s', (permission) => {
    const answers: boolean[] = [];
    denyAllPermissions.request(null, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(denyAllPermissions.check()).toBe(false);
    expect(denyAllPermissions.device()).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('allows only allowlisted https origins', () => {
    expect(isAllowedExternalUrl('https://www.nhs.uk/conditions/back-pain/')).toBe(true);
    expect(isAllowedExternalUrl('https://unknot.app/help')).toBe(true);
  });
  it.each([
    'http://www.nhs.uk/',
    'https://www.nhs.uk.evil.com/',
    'https://evil.com/?https://www.nhs.uk',
    'https://user:pw@www.nhs.uk/',
    'https://www.nhs.uk:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'not a url',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});
