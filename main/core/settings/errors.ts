import type { SettingsIssue } from './validate';

/** save() was given settings that don't validate; nothing was written. */
export class SettingsValidationError extends Error {
  override readonly name = 'SettingsValidationError';
  constructor(readonly issues: SettingsIssue[]) {
    super(`Settings not saved: ${issues.map((i) => `${i.path || '(settings)'}: ${i.message}`).join('; ')}`);
  }
}

/**
 * Settings are read-only: the file belongs to a newer Unknot (this version must not overwrite
 * it), or it could not be read or set aside (it must not be replaced unseen). The message says
 * which, in words the settings window shows.
 */
export class SettingsReadOnlyError extends Error {
  override readonly name = 'SettingsReadOnlyError';
}

export function newerVersionReadOnlyMessage(fileVersion: number): string {
  return `Settings are read-only: the file was written by a newer version of Unknot (format ${fileVersion}).`;
}

export const FALLBACK_READ_ONLY_MESSAGE =
  'Settings are read-only for now: Unknot could not read or replace your settings file, so it will not change it.';
