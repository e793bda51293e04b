export * from './schema';
export * from './messages';
export { DEFAULT_SETTINGS, defaultSettings } from './defaults';
export {
  validateSettings,
  settingError,
  mergeWithDefaults,
  type SettingsIssue,
  type SettingsResult,
} from './validate';
export { applyPatch } from './patch';
export {
  migrations,
  migrateSettings,
  type MigrationOutcome,
  type SettingsDocument,
  type SettingsMigration,
} from './migrations';
export { readSettingsDocument, type StoredSettings } from './read-document';
export { SettingsReadOnlyError, SettingsValidationError } from './errors';
export type { SettingsNotice } from './notice';
