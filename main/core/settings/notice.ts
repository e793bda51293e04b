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
  | { kind: 'newer-version'; fileVersion: number; message: string };
