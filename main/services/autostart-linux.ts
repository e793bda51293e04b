/**
 * Start at login on Linux: an XDG autostart entry, $XDG_CONFIG_HOME/autostart/unknot.desktop
 * (https://specifications.freedesktop.org/autostart-spec/). Desktops that follow the spec (GNOME,
 * KDE, Xfce, ...) launch it at login; removing the file turns it off.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { desktopActionKey, LAUNCH_ACTIONS } from '../core/launch-actions';
import { readTextOrNull } from './read-text';

export interface LinuxAutostartOptions {
  env: Readonly<Record<string, string | undefined>>;
  homeDir: string;
  /** The program to launch: an absolute path. */
  execPath: string;
  args?: readonly string[];
}

export interface LinuxAutostart {
  /** The .desktop file this manages. */
  readonly path: string;
  isEnabled(): Promise<boolean>;
  setEnabled(on: boolean): Promise<void>;
}

export const DESKTOP_FILE_NAME = 'unknot.desktop';

/** XDG Base Directory: a relative $XDG_CONFIG_HOME is invalid and must be ignored. */
export function autostartDir(env: LinuxAutostartOptions['env'], homeDir: string): string {
  const configured = env['XDG_CONFIG_HOME'];
  const configHome = configured && isAbsolute(configured) ? configured : join(homeDir, '.config');
  return join(configHome, 'autostart');
}

/** Characters that force an Exec argument to be quoted (Desktop Entry spec, "The Exec key"). */
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/**
 * One Exec argument. A literal "%" is written "%%" (field codes); an argument with a reserved
 * character goes in double quotes with ", `, $ and \ backslash-escaped.
 */
function quoteArgument(arg: string): string {
  const text = arg.replaceAll('%', '%%');
  if (text !== '' && !RESERVED.test(text)) return text;
  return `"${text.replace(/["`$\\]/g, '\\$&')}"`;
}

/**
 * The Exec value as written in the file. Readers undo the string-value escapes (\\, \n, \t, \r)
 * before the quoting rule, so they are applied after it: a literal backslash in a quoted argument
 * ends up as four backslashes, a dollar sign as \\$, exactly as the spec's examples show.
 */
export function execLine(execPath: string, args: readonly string[] = []): string {
  return [execPath, ...args]
    .map(quoteArgument)
    .join(' ')
    .replace(/[\\\n\t\r]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[c] ?? c);
}

/**
 * GLib (GNOME, and every desktop using GDesktopAppInfo) checks that Exec's program exists before
 * it expands field codes, so a program path with a "%" in it (written "%%", as the spec asks)
 * looks missing and the entry is silently ignored. Such a program is started through /bin/sh,
 * which receives the path as an ordinary argument, already expanded, and execs it unchanged.
 */
const PERCENT_SAFE_LAUNCHER = ['/bin/sh', '-c', 'exec "$0" "$@"'] as const;

/** The Exec value for this program and arguments, as GLib and the spec both read it. */
export function execValue(execPath: string, args: readonly string[] = []): string {
  if (!execPath.includes('%')) return execLine(execPath, args);
  const [shell, ...shellArgs] = PERCENT_SAFE_LAUNCHER;
  return execLine(shell, [...shellArgs, execPath, ...args]);
}

/** The launcher's actions (core/launch-actions.ts), for desktops that show them for this entry. */
function desktopActions(execPath: string, args: readonly string[]): string[] {
  return [
    `Actions=${LAUNCH_ACTIONS.map((action) => `${desktopActionKey(action)};`).join('')}`,
    ...LAUNCH_ACTIONS.flatMap((action) => [
      '',
      `[Desktop Action ${desktopActionKey(action)}]`,
      `Name=${action.label}`,
      `Exec=${execValue(execPath, [...args, action.arg])}`,
    ]),
  ];
}

export function desktopEntry(execPath: string, args: readonly string[] = []): string {
  const [actionsKey = '', ...actionSections] = desktopActions(execPath, args);
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Unknot',
    'Comment=Bedtime reminders for a gentle upper-back routine',
    `Exec=${execValue(execPath, args)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    'Hidden=false',
    actionsKey,
    ...actionSections,
    '',
  ].join('\n');
}

/** Hidden=true or X-GNOME-Autostart-enabled=false switch an entry off without deleting it. */
function switchedOff(text: string): boolean {
  return (
    /^\s*Hidden\s*=\s*true\s*$/m.test(text) || /^\s*X-GNOME-Autostart-enabled\s*=\s*false\s*$/m.test(text)
  );
}

export function createLinuxAutostart(options: LinuxAutostartOptions): LinuxAutostart {
  if (!isAbsolute(options.execPath)) {
    throw new RangeError(`execPath must be absolute, got ${JSON.stringify(options.execPath)}`);
  }
  const dir = autostartDir(options.env, options.homeDir);
  const path = join(dir, DESKTOP_FILE_NAME);

  return {
    path,
    async isEnabled() {
      const text = await readTextOrNull(path);
      return text !== null && !switchedOff(text);
    },
    async setEnabled(on) {
      if (!on) return rm(path, { force: true });
      await mkdir(dir, { recursive: true });
      // Write then rename, so a session starting mid-write never reads half a file. The temp name
      // is fresh and created exclusively ('wx'): a file or link planted there is never written through.
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await writeFile(temporary, desktopEntry(options.execPath, options.args), { mode: 0o644, flag: 'wx' });
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true }).catch(() => undefined);
        throw error;
      }
    },
  };
}
