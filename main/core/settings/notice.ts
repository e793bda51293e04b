/** What the settings window tells the user once after loading (see main/services/settings-store.ts). */
export type SettingsNotice =
  | {
      kind: 'recovered-from-corrupt';
      /** Full path the damaged file was renamed to. */
      movedTo: string;
      /** true: the last-good copy was loaded; false: back to defaults. */
      usedBackup: boolean;
      /** Why the file was rejected, for logs and a "details" disclosure. */
      reason: string;
    }
  | { kind: 'newer-version'; fileVersion: number; message: string }
  /** Settings came from somewhere other than settings.json (the last-good copy, the defaults). */
  | { kind: 'fallback'; title: string; message: string };

type Source = 'backup' | 'defaults';

const using = (source: Source): string =>
  source === 'backup' ? 'your last good settings (the copy it keeps of them)' : 'the default settings';

const READ_ONLY_TAIL = 'It will not change that file, so changes made here will not be saved until it is fixed.';

/** The words of each fallback, here once; the store picks one and the banner shows it as is. */
export const FALLBACK_NOTICES = {
  restored(writtenBack: boolean): SettingsNotice {
    return {
      kind: 'fallback',
      title: 'Your settings were restored.',
      message:
        'Your settings file was missing, so Unknot put back the copy it keeps of your last good settings.' +
        (writtenBack ? '' : ' It could not write them to disk yet; it will try again the next time you save.'),
    };
  },
  lastGoodDamaged(): SettingsNotice {
    return {
      kind: 'fallback',
      title: 'Your settings file was missing.',
      message: 'The copy Unknot keeps of your last good settings is damaged too, so it started again from the default settings.',
    };
  },
  unreadable(source: Source, reason: string, path: string): SettingsNotice {
    return {
      kind: 'fallback',
      title: 'Unknot could not read your settings file.',
      message: `${reason} Unknot is using ${using(source)} for now. ${READ_ONLY_TAIL} The file: ${path}`,
    };
  },
  cannotSetAside(source: Source, path: string): SettingsNotice {
    return {
      kind: 'fallback',
      title: 'Your settings file is damaged, and its folder cannot be changed.',
      message: `Unknot is using ${using(source)} for now. ${READ_ONLY_TAIL} The file: ${path}`,
    };
  },
  folderReadOnly(source: Source): SettingsNotice {
    return {
      kind: 'fallback',
      title: 'Unknot cannot write to its settings folder.',
      message: `Unknot is using ${using(source)} for now; changes made here will not be saved until the folder can be written.`,
    };
  },
  failed(): SettingsNotice {
    return {
      kind: 'fallback',
      title: 'Unknot could not load your settings.',
      message: 'It is using the default settings for now, and will not save changes until it is restarted.',
    };
  },
} as const;

/** One line for an OS notification: what happened, for every kind of notice. */
export function noticeHeadline(notice: SettingsNotice): string {
  switch (notice.kind) {
    case 'recovered-from-corrupt':
      return notice.usedBackup
        ? 'Your settings file was damaged; Unknot restored your last good settings.'
        : 'Your settings file was damaged; Unknot started again from the defaults.';
    case 'newer-version':
      return 'Your settings were saved by a newer Unknot; this version is using defaults, read-only.';
    case 'fallback':
      return notice.title;
  }
}
