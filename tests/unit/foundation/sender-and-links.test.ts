import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../main/core/external-links';
import { isTrustedSender } from '../../../main/core/ipc/sender';
import { viewFromSearch } from '../../../renderer/lib/route';

describe('isTrustedSender', () => {
  const trusted = ['app://unknot', 'http://localhost:5173'];
  it('accepts frames from the app origin', () => {
    expect(isTrustedSender('app://unknot/index.html?view=routine', trusted)).toBe(true);
    expect(isTrustedSender('http://localhost:5173/index.html', trusted)).toBe(true);
  });
  it.each([null, undefined, '', 'about:blank', 'file:///index.html', 'https://evil.example/', 'app://unknot.evil/x', 'http://localhost:5174/', 'app://evil/index.html', 'not a url'])(
    'refuses %s',
    (url) => expect(isTrustedSender(url, trusted)).toBe(false),
  );
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

describe('viewFromSearch', () => {
  it('picks the named view and falls back to the routine', () => {
    expect(viewFromSearch('?view=settings')).toBe('settings');
    expect(viewFromSearch('?view=history')).toBe('history');
    expect(viewFromSearch('?view=__proto__')).toBe('routine');
    expect(viewFromSearch('')).toBe('routine');
  });
});
