/**
 * What a restore from a backup says (core/backup/restore.ts words each refusal and outcome from
 * these in main, in the language setting): every refusal ends with `unchanged`.
 */
export default {
  unchanged: 'Nothing was changed.',
  tooLarge: 'This file is too large to be an Unknot backup (the limit is {megabytes} MB).',
  tooManyRecords: 'This backup holds {count} history records; Unknot restores at most {max}.',
  notJson: 'This file is not an Unknot backup: it is not readable JSON.',
  truncated: 'This backup is damaged or incomplete: it breaks off or goes wrong partway through.',
  foreign: 'This file is not an Unknot backup.',
  newer: 'This backup was made by a newer Unknot; update Unknot first, then restore it.',
  noVersion: 'This backup does not say which format version it is, so Unknot cannot read it.',
  noDate: 'This backup does not say when it was made, so Unknot will not restore it.',
  newerSettings:
    'The settings in this backup were saved by a newer Unknot; update Unknot first, then restore it.',
  badSettings: 'The settings in this backup are not valid ({reason}).',
  noHistory: 'This backup has no list of history records, so Unknot cannot read it.',
  badRecords:
    '{bad} of the {total} history records in this backup cannot be read (record {first}: {reason}), so Unknot restores none of it.',
  readOnly:
    'Your settings are read-only at the moment (the notice at the top of Settings says why), so a backup cannot be restored now.',
  stale: 'That backup is no longer waiting to be restored: choose the file again.',
  safetyCopyFailed:
    'No backup was restored: Unknot could not write a safety copy of your current data first. {reason}',
  historyFailed:
    'The history could not be restored, so nothing was added and your settings were not changed. {reason} Your data as it was is also in {copy}.',
  settingsFailed:
    'The history was restored ({added} history {{record|records}} added), but the settings could not be replaced. {reason} Your data as it was before the restore is in {copy}.',
  restored:
    'Restored: {added} history {{record|records}} added to your history, and your settings replaced. A safety copy of your data as it was is in {copy}.',
  summary: '{mornings} {{morning|mornings}}, {routines} {{routine|routines}}, settings from {date}',
  fileType: 'Unknot backups',
} as const;
