import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../../../main/core/locale/language';
import { chooseLocale, localeTag } from '../../../../../main/core/locale/language-setting';

describe('resolveLanguage', () => {
  it.each([
    [['de-DE', 'en-US'], 'de'],
    [['es-MX'], 'es'],
    [['es_419'], 'es'],
    [['fr-FR', 'es-ES', 'de-DE'], 'es'],
    [['EN-gb'], 'en'],
    [['fr-FR', 'pt-BR'], 'en'],
    [[], 'en'],
  ])('%j -> %s (the first language we speak, else English)', (preferred, expected) => {
    expect(resolveLanguage(preferred)).toBe(expected);
  });
});

describe('chooseLocale', () => {
  it('follows the system only for "system"', () => {
    expect(chooseLocale('system', ['de-AT'])).toBe('de');
    expect(chooseLocale('es', ['de-AT'])).toBe('es');
    expect(chooseLocale('pseudo', ['de-AT'])).toBe('pseudo');
  });

  it('tags the pseudo-locale as en-XA for lang and Intl', () => {
    expect(localeTag('pseudo')).toBe('en-XA');
    expect(localeTag('de')).toBe('de');
  });
});
