import type { EventName } from '../../main/core/ipc/channels';
import type { EventContract } from '../../main/core/ipc/contract';
import type { LocalePort } from '../../main/core/locale/port';
import type { Logger } from '../../main/core/ports';
import type { Presence } from '../../main/core/reminders/presence';
import type { LabelledLaunchAction } from '../../main/core/launch-actions';
import type {
  DesktopPort,
  LauncherPort,
  NoticeAction,
  NotifierPort,
  PresencePort,
  ReportPdfPort,
  TrayPort,
  TrayView,
  ViewName,
  WindowPort,
} from '../../main/core/shell-ports';

/** Fake shell ports that record what the app asked for, for wiring tests and the e2e harness. */
export interface FakeShell {
  readonly windows: WindowPort & {
    readonly opened: ViewName[];
    readonly live: Set<ViewName>;
    /** Closes a window (the user, or the app on the page's request); it is destroyed. */
    close(view: ViewName): void;
    onClose?: (view: ViewName) => void;
    readonly events: Array<{ event: EventName; payload: unknown }>;
    onBroadcast?: (event: EventName, payload: unknown) => void;
  };
  readonly tray: TrayPort & { readonly renders: TrayView[]; last(): TrayView | undefined };
  readonly notifier: NotifierPort & {
    readonly shown: Array<{ title: string; body: string; click(): void; actions: readonly NoticeAction[] }>;
  };
  readonly lifecycle: { quit(): void; quitCalls: number };
  /** What the presence port answers; tests set it to be away. */
  readonly presence: PresencePort & { now: Presence };
  readonly desktop: DesktopPort & {
    readonly openedFolders: string[];
    readonly saved: Array<{ name: string; text: string }>;
    /** PDFs saved through the dialog, and the files opened in their viewer. */
    readonly savedPdfs: Array<{ name: string; pdf: Uint8Array }>;
    readonly openedFiles: string[];
    /** What the next save dialog answers: save (default) or cancel. */
    nextSave: 'save' | 'cancel';
    /** The file the next open dialog picks (its path and text); null answers cancel. */
    nextOpen: { path: string; text: string } | null;
    /** The file-type label of each open dialog shown. */
    readonly openedKinds: string[];
  };
  /** Each action list the launcher was given (the jump list / app menu), newest last. */
  readonly launcher: LauncherPort & { readonly lists: Array<readonly LabelledLaunchAction[]> };
  /** Answers a stand-in PDF naming what it was asked to print (the e2e prints the real page itself). */
  readonly printer: ReportPdfPort & { readonly printed: Array<{ query: string; paper: string }> };
  readonly logger: Logger & { readonly lines: Array<{ level: string; message: string }> };
  /** The system's regional format: en-GB (24-hour, Monday first) unless a test sets another. */
  readonly locale: LocalePort & { regional: string; languages: string[] };
}

/** The tests' default regional format, so existing assertions keep their 24-hour "22:30". */
export const TEST_LOCALE = 'en-GB';

export function createFakeShell(): FakeShell {
  const live = new Set<ViewName>();
  const opened: ViewName[] = [];
  const events: Array<{ event: EventName; payload: unknown }> = [];
  const renders: TrayView[] = [];
  const shown: FakeShell['notifier']['shown'] = [];
  const lines: Array<{ level: string; message: string }> = [];
  const windows: FakeShell['windows'] = {
    opened,
    live,
    events,
    show(view) {
      opened.push(view);
      live.add(view);
    },
    focusAny: () => live.size > 0,
    count: () => live.size,
    isOpen: (view) => live.has(view),
    close(view) {
      live.delete(view);
      windows.onClose?.(view);
    },
    broadcast<E extends EventName>(event: E, payload: EventContract[E]) {
      events.push({ event, payload });
      windows.onBroadcast?.(event, payload);
    },
  };
  const lifecycle = {
    quitCalls: 0,
    quit() {
      lifecycle.quitCalls += 1;
    },
  };
  const log =
    (level: string) =>
    (message: string): void => {
      lines.push({ level, message });
    };
  const desktop: FakeShell['desktop'] = {
    openedFolders: [],
    saved: [],
    nextSave: 'save',
    nextOpen: null,
    openedKinds: [],
    savedPdfs: [],
    openedFiles: [],
    openFolder: async (path) => void desktop.openedFolders.push(path),
    savePdfFile: async (name, pdf) => {
      if (desktop.nextSave === 'cancel') return null;
      desktop.savedPdfs.push({ name, pdf });
      return `/exports/${name}`;
    },
    openFile: async (path) => void desktop.openedFiles.push(path),
    saveTextFile: async (name, text) => {
      if (desktop.nextSave === 'cancel') return null;
      desktop.saved.push({ name, text });
      return `/exports/${name}`;
    },
    openTextFile: async (maxBytes, fileKind) => {
      desktop.openedKinds.push(fileKind);
      const file = desktop.nextOpen;
      if (file === null) return null;
      return { path: file.path, text: Buffer.byteLength(file.text, 'utf8') > maxBytes ? null : file.text };
    },
  };
  const presence: FakeShell['presence'] = {
    now: 'present',
    current: () => presence.now,
  };
  const locale: FakeShell['locale'] = {
    regional: TEST_LOCALE,
    languages: [TEST_LOCALE],
    regionalFormat: () => locale.regional,
    preferredLanguages: () => locale.languages,
  };
  const printed: FakeShell['printer']['printed'] = [];
  const lists: FakeShell['launcher']['lists'] = [];
  return {
    locale,
    launcher: { lists, setActions: (actions) => void lists.push(actions) },
    desktop,
    printer: {
      printed,
      print: async (query, paper) => {
        printed.push({ query, paper });
        return new TextEncoder().encode(`%PDF-1.7 stand-in for ${query} on ${paper}`);
      },
    },
    windows,
    tray: { renders, render: (view) => void renders.push(view), last: () => renders.at(-1) },
    notifier: {
      shown,
      show: ({ title, body, onClick, actions = [] }) =>
        void shown.push({ title, body, click: onClick, actions }),
    },
    lifecycle,
    presence,
    logger: { lines, info: log('info'), warn: log('warn'), error: log('error') },
  };
}
