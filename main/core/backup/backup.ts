/**
 * "Back up everything": one JSON file with the settings and every history record, tagged with a
 * format name and version so a later restore can tell a backup from any other JSON file, and an
 * older release can refuse a newer backup instead of misreading it.
 */
import type { HistoryRecord } from '../history/records';
import type { Settings } from '../settings/schema';

export const BACKUP_FORMAT = 'unknot-backup';
export const BACKUP_VERSION = 1;

/** What a restore accepts; a file past either bound is refused before any record is looked at. */
export interface BackupLimits {
  readonly maxBytes: number;
  readonly maxRecords: number;
}

/**
 * Records: twenty years of a check-in, a routine and a loosen-up every day, with room to spare.
 * Bytes: a record takes under 1 KiB as serializeBackup writes it (a full note, a long step list),
 * so 30,000 of them and the settings fit in 32 MiB.
 */
export const BACKUP_LIMITS: BackupLimits = {
  maxRecords: 30_000,
  maxBytes: 32 * 1024 * 1024,
};

export interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  /** ISO instant the backup was made. */
  readonly createdAt: string;
  readonly settings: Settings;
  /** Every readable history record, in file order (lines that could not be read are not kept). */
  readonly history: readonly HistoryRecord[];
}

export function buildBackup(settings: Settings, history: readonly HistoryRecord[], nowMs: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date(nowMs).toISOString(),
    settings,
    history,
  };
}

/** The file's text: indented, so a person can read what it holds. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}
