/**
 * Ports for the desktop shell (windows, tray, notifications, power, login item). main/app.ts talks
 * only to these; main/electron/* implements them thinly, and wiring tests pass fakes.
 */
import type { EventContract } from './ipc/contract';
import type { EventName } from './ipc/channels';
import type { Presence } from './reminders/presence';
import type { Paper } from './history/report-options';
import type { LabelledLaunchAction } from './launch-actions';

/**
 * 'checkin' is the history view opened with the morning check-in form focused (its own window);
 * 'report' is the one-page report, printed from a hidden window (ReportPdfPort).
 */
export const VIEWS = ['routine', 'settings', 'history', 'checkin', 'welcome', 'prompt', 'report'] as const;
export type ViewName = (typeof VIEWS)[number];
/** Views shown without taking keyboard focus from what the user is typing (the gentle prompt). */
export const UNFOCUSED_VIEWS: readonly ViewName[] = ['prompt'];

export interface WindowPort {
  /** Opens the window for this view, or brings it to the front if it is already open. */
  show(view: ViewName): void;
  /** Closes (destroys) the window of this view, if open. */
  close(view: ViewName): void;
  /** Brings any open window to the front; false when none is open. */
  focusAny(): boolean;
  /** How many windows are alive (closed windows are destroyed, not hidden). */
  count(): number;
  /** Whether this view's window is alive (the routine's, for the updater: never during a routine). */
  isOpen(view: ViewName): boolean;
  /** Sends a push event to every open window. */
  broadcast<E extends EventName>(event: E, payload: EventContract[E]): void;
}

export type TrayIconState = 'waiting' | 'due' | 'paused';

export type TrayMenuEntry =
  | { readonly kind: 'separator' }
  | {
      readonly kind: 'item';
      readonly id: string;
      readonly label: string;
      readonly enabled?: boolean;
      readonly submenu?: readonly TrayMenuEntry[];
    };

export interface TrayView {
  readonly icon: TrayIconState;
  readonly tooltip: string;
  readonly menu: readonly TrayMenuEntry[];
}

export interface TrayPort {
  render(view: TrayView): void;
}

/**
 * A button on a notification, where the platform has them: macOS runs `run`; Windows toast buttons
 * start Unknot again with `url` (launch-actions.ts); elsewhere there is only the click.
 */
export interface NoticeAction {
  readonly label: string;
  readonly url: string;
  run(): void;
}

export interface Notice {
  readonly title: string;
  readonly body: string;
  /** Runs when the user clicks the notification itself. */
  readonly onClick: () => void;
  readonly actions?: readonly NoticeAction[];
}

export interface NotifierPort {
  show(notice: Notice): void;
}

/** Whether the user is at the desk: Electron's powerMonitor idle state, in our words. */
export interface PresencePort {
  current(): Presence;
}

export interface LifecyclePort {
  quit(): void;
}

/**
 * The launcher's action list the OS keeps at run time (the Windows jump list, the macOS app menu),
 * set again whenever the language changes; Linux reads the static .desktop file instead.
 */
export interface LauncherPort {
  setActions(actions: readonly LabelledLaunchAction[]): void;
}

/** Start at login: app.setLoginItemSettings on macOS/Windows, an XDG autostart file on Linux. */
export interface LoginItemPort {
  setEnabled(enabled: boolean): Promise<void>;
}

/** Desktop integration for the Data section: the file manager, the save and open dialogs. */
export interface DesktopPort {
  openFolder(path: string): Promise<void>;
  /** Asks where to save (suggesting a name) and writes the text there; null when cancelled. */
  saveTextFile(suggestedName: string, text: string): Promise<string | null>;
  /**
   * Asks which file to open (JSON files, under the label `fileKind`) and reads it as UTF-8; null
   * when cancelled. A file over `maxBytes` is not read at all (`text` null), so a huge or hostile
   * file costs nothing.
   */
  openTextFile(
    maxBytes: number,
    fileKind: string,
  ): Promise<{ readonly path: string; readonly text: string | null } | null>;
  /** Asks where to save a PDF (suggesting a name) and writes it there; null when cancelled. */
  savePdfFile(suggestedName: string, pdf: Uint8Array): Promise<string | null>;
  /** Opens a file the user just saved in the system's viewer for its type. */
  openFile(path: string): Promise<void>;
}

/** The report view printed to PDF in a hidden window (Electron's printToPDF). */
export interface ReportPdfPort {
  /** `query` is the report view's ("weeks=8&notes=0", report-options.ts). */
  print(query: string, paper: Paper): Promise<Uint8Array>;
}
