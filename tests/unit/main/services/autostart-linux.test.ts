import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LAUNCH_ACTIONS } from '../../../../main/core/launch-actions';
import { createLinuxAutostart, execLine } from '../../../../main/services/autostart-linux';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'unknot-autostart-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The keys of one group, [Desktop Entry] unless another is named. */
function keys(text: string, group = 'Desktop Entry'): Record<string, string> {
  const start = text.indexOf(`[${group}]\n`);
  if (start < 0) return {};
  const end = text.indexOf('\n[', start + 1);
  return Object.fromEntries(
    text
      .slice(start, end < 0 ? undefined : end)
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

describe('createLinuxAutostart', () => {
  it('writes unknot.desktop under $XDG_CONFIG_HOME/autostart and removes it again', async () => {
    const config = join(root, 'xdg');
    const autostart = createLinuxAutostart({
      env: { XDG_CONFIG_HOME: config },
      homeDir: join(root, 'home'),
      execPath: '/opt/Unknot/unknot',
    });
    expect(autostart.path).toBe(join(config, 'autostart', 'unknot.desktop'));
    expect(await autostart.isEnabled()).toBe(false);

    await autostart.setEnabled(true);
    expect(await autostart.isEnabled()).toBe(true);
    const text = await readFile(autostart.path, 'utf8');
    expect(text.split('\n')[0]).toBe('[Desktop Entry]');
    expect(keys(text)).toMatchObject({
      Type: 'Application',
      Name: 'Unknot',
      Exec: '/opt/Unknot/unknot',
      'X-GNOME-Autostart-enabled': 'true',
      Hidden: 'false',
    });
    expect(await readdir(join(config, 'autostart'))).toEqual(['unknot.desktop']);

    await autostart.setEnabled(true);
    await autostart.setEnabled(false);
    expect(await autostart.isEnabled()).toBe(false);
    await autostart.setEnabled(false);
    expect(await readdir(join(config, 'autostart'))).toEqual([]);
  });

  it.each([
    ['unset', {}],
    ['empty', { XDG_CONFIG_HOME: '' }],
    ['relative (invalid per the XDG spec)', { XDG_CONFIG_HOME: 'relative/config' }],
  ])('falls back to ~/.config/autostart when XDG_CONFIG_HOME is %s', async (_label, env) => {
    const home = join(root, 'home');
    const autostart = createLinuxAutostart({ env, homeDir: home, execPath: '/usr/bin/unknot' });
    await autostart.setEnabled(true);
    expect(await readFile(join(home, '.config', 'autostart', 'unknot.desktop'), 'utf8')).toContain(
      'Exec=/usr/bin/unknot\n',
    );
  });

  it('treats an entry switched off by the desktop (Hidden=true) as disabled', async () => {
    const dir = join(root, 'autostart');
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'unknot.desktop'),
      '[Desktop Entry]\nType=Application\nName=Unknot\nExec=/x\nHidden=true\n',
    );
    const autostart = createLinuxAutostart({ env: { XDG_CONFIG_HOME: root }, homeDir: root, execPath: '/x' });
    expect(await autostart.isEnabled()).toBe(false);
  });

  it('rejects a relative executable path', () => {
    expect(() => createLinuxAutostart({ env: {}, homeDir: root, execPath: 'unknot' })).toThrow(RangeError);
  });

  it('lists the launcher actions, each running Unknot with its argument', async () => {
    const autostart = createLinuxAutostart({
      env: { XDG_CONFIG_HOME: root },
      homeDir: root,
      execPath: '/home/ann/My Apps/Unknot.AppImage',
      args: ['--hidden'],
    });
    await autostart.setEnabled(true);
    const text = await readFile(autostart.path, 'utf8');
    expect(keys(text)['Actions']).toBe('start-routine;settings;history;log-morning;');
    expect(keys(text, 'Desktop Action start-routine')).toEqual({
      Name: 'Start routine',
      Exec: '"/home/ann/My Apps/Unknot.AppImage" --hidden --start-routine',
    });
    for (const action of LAUNCH_ACTIONS) {
      expect(keys(text, `Desktop Action ${action.arg.slice(2)}`)).toMatchObject({ Name: action.label });
    }
  });

  it('writes quoted arguments into the file', async () => {
    const autostart = createLinuxAutostart({
      env: { XDG_CONFIG_HOME: root },
      homeDir: root,
      execPath: '/home/ann/My Apps/Unknot.AppImage',
      args: ['--hidden'],
    });
    await autostart.setEnabled(true);
    expect(keys(await readFile(autostart.path, 'utf8'))['Exec']).toBe(
      '"/home/ann/My Apps/Unknot.AppImage" --hidden',
    );
  });
});

describe('execLine (Desktop Entry spec quoting)', () => {
  it.each([
    ['/usr/bin/unknot', [], '/usr/bin/unknot'],
    ['/opt/My App/unknot', [], '"/opt/My App/unknot"'],
    ['/opt/unknot', ['--flag=a b'], '/opt/unknot "--flag=a b"'],
    // Quoting escapes " ` $ \ with a backslash; then the string escape doubles every backslash.
    ['/opt/say "hi"/unknot', [], '"/opt/say \\\\"hi\\\\"/unknot"'],
    ['/opt/$HOME/unknot', [], '"/opt/\\\\$HOME/unknot"'],
    ['/opt/back\\slash/unknot', [], '"/opt/back\\\\\\\\slash/unknot"'],
    ['/opt/`tick`/unknot', [], '"/opt/\\\\`tick\\\\`/unknot"'],
    ['/opt/100%/unknot', [], '/opt/100%%/unknot'],
    ["/opt/it's/unknot", [], '"/opt/it\'s/unknot"'],
    ['/opt/unknot', [''], '/opt/unknot ""'],
    ['/opt/new\nline', [], '"/opt/new\\nline"'],
  ])('%j %j -> %s', (execPath, args, expected) => {
    expect(execLine(execPath, args)).toBe(expected);
  });
});

/**
 * Start at login as GNOME does it: `gio launch` loads the written entry through GDesktopAppInfo
 * (the same program-exists check GNOME's autostart applies) and runs it; the program records
 * the arguments it was given.
 */
describe('the written entry, launched by GLib', () => {
  const gio = ['/usr/bin/gio', '/bin/gio'].find((path) => existsSync(path));

  async function launchedArgs(execPath: string, args: readonly string[]): Promise<string[]> {
    const out = join(root, 'launched.txt');
    await mkdir(dirname(execPath), { recursive: true });
    await writeFile(
      execPath,
      `#!/bin/sh\nprintf '%s\\n' "$0" "$@" > '${out}.tmp' && mv '${out}.tmp' '${out}'\n`,
      { mode: 0o755 },
    );
    const autostart = createLinuxAutostart({
      env: { XDG_CONFIG_HOME: join(root, 'config') },
      homeDir: root,
      execPath,
      args,
    });
    await autostart.setEnabled(true);
    execFileSync(gio ?? 'gio', ['launch', autostart.path], { stdio: 'pipe', timeout: 10_000 });
    // gio returns once the program is spawned; wait (bounded) for it to have written.
    for (let waited = 0; !existsSync(out) && waited < 5_000; waited += 20) await delay(20);
    return (await readFile(out, 'utf8')).split('\n').slice(0, -1);
  }

  it.skipIf(gio === undefined).each([
    ['a percent sign', '100%/unknot'],
    ['a field code look-alike', 'dir %f %u/unknot'],
    ['spaces and quotes', `My "Apps"/it's/unknot`],
    ['shell characters', 'a $HOME `tick` b\\c;d&e|f/unknot'],
    ['an equals sign and a percent', 'x=1%/unknot'],
  ])('runs a program whose path has %s, with its arguments intact', async (_label, relative) => {
    const execPath = join(root, 'apps', relative);
    expect(await launchedArgs(execPath, ['--hidden', '50%'])).toEqual([execPath, '--hidden', '50%']);
  });
});
