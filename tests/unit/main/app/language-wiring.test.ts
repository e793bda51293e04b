import { afterEach, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../../../main/core/ipc/channels';
import type { TrayMenuEntry } from '../../../../main/core/shell-ports';
import { startSeededApp, type SeededApp } from '../../../support/test-app';
import { TEST_LOCALE } from '../../../support/fake-shell';

const labels = (menu: readonly TrayMenuEntry[] = []): string[] =>
  menu.flatMap((entry) => (entry.kind === 'item' ? [entry.label] : []));

describe('the language setting reaches main at once', () => {
  let seeded: SeededApp | undefined;
  afterEach(async () => {
    await seeded?.close();
    seeded = undefined;
  });

  it('saving Deutsch, then Español, rebuilds the tray menu and tooltip in each before the save returns', async () => {
    seeded = await startSeededApp('unknot-language-');
    const { app, shell } = seeded;
    expect(labels(shell.tray.last()?.menu)).toContain('Start routine now');

    const saved = await app.dispatch(INVOKE_CHANNELS.saveSettings, { general: { language: 'de' } });
    expect(saved.ok).toBe(true);
    expect(labels(shell.tray.last()?.menu)).toContain('Routine jetzt starten');
    expect(shell.tray.last()?.tooltip).toMatch(/^Unknot — Nächste Erinnerung: /);

    await app.dispatch(INVOKE_CHANNELS.saveSettings, { general: { language: 'es' } });
    expect(labels(shell.tray.last()?.menu)).toEqual(
      expect.arrayContaining(['Empezar la rutina ahora', 'Salir']),
    );
  });

  it('relabels the launcher (jump list, app menu) when the language changes, and only then', async () => {
    seeded = await startSeededApp('unknot-language-');
    const { app, shell } = seeded;
    const shown = () => (shell.launcher.lists.at(-1) ?? []).map((action) => [action.arg, action.label]);
    expect(shown()).toEqual([
      ['--start-routine', 'Start routine'],
      ['--settings', 'Settings'],
      ['--history', 'History'],
      ['--log-morning', 'Log this morning'],
    ]);
    const before = shell.launcher.lists.length;
    await app.dispatch(INVOKE_CHANNELS.saveSettings, { general: { theme: 'dark' } });
    expect(shell.launcher.lists).toHaveLength(before);

    await app.dispatch(INVOKE_CHANNELS.saveSettings, { general: { language: 'de' } });
    expect(shown().map(([, label]) => label)).toEqual([
      'Routine starten',
      'Einstellungen',
      'Verlauf',
      'Heute Morgen eintragen',
    ]);
  });

  it('answers the system languages the "System" setting follows', async () => {
    seeded = await startSeededApp('unknot-language-');
    const result = await seeded.app.dispatch(INVOKE_CHANNELS.getPreferredLanguages, undefined);
    expect(result).toEqual({ ok: true, value: [TEST_LOCALE] });
  });
});
