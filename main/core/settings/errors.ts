import type { SettingsIssue } from './validate';

/** save() was given settings that don't validate; nothing was written. */
export class SettingsValidationError extends Error {
  override readonly name = 'SettingsValidationError';
  constructor(readonly issues: SettingsIssue[]) {
    super(`Settings not saved: ${issues.map((i) => `${i.path || '(settings)'}: ${i.message}`).join('; ')}`);
  }
}

/** The settings file belongs to a newer Unknot; this version must not overwrite it. */
export class SettingsReadOnlyError extends Error {
  override readonly name = 'SettingsReadOnlyError';
  constructor(readonly fileVersion: number) {
    super(
      `Settings are read-only: the file was written by a newer version of Unknot (format ${fileVersion}).`,
    );
  }
}
