import { app } from 'electron';
import type { LocalePort } from '../core/locale/port';

/** The system's locale as Electron reads it (valid once the app is ready). */
export function createLocalePort(): LocalePort {
  return {
    regionalFormat: () => app.getSystemLocale(),
    preferredLanguages: () => app.getPreferredSystemLanguages(),
  };
}
