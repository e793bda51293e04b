/**
 * "Save as PDF…" through the composed app: the report feature prints the report view for the
 * chosen options on the locale's paper, saves the PDF through the save dialog, and opens it only
 * when asked. The printer is the fake shell's (the e2e prints the real page in Chromium).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTenYearHistory } from '../../../support/history-fixture';
import { invoke, invokeUnchecked } from '../../../support/invoke';
import { startSeededApp, type SeededApp } from '../../../support/test-app';

let seeded: SeededApp;

beforeEach(async () => {
  seeded = await startSeededApp('unknot-report-wiring-');
});
afterEach(() => seeded.close());

describe('the one-page report, wired', () => {
  it('answers the report page with the model for its options, on the locale’s paper', async () => {
    await writeTenYearHistory(seeded.dir, '2026-11-23', 30);
    const result = await invoke(seeded.app, 'getReport', { weeks: 4, notes: false });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.paper).toBe('A4'); // the test app's locale is en-GB
    expect(result.value.period).toBe('4 weeks: 28 Oct 2026 to 24 Nov 2026');
    expect(result.value.soreness[0]).toEqual({ label: 'Mornings logged', value: '27 of 28' });
  });

  it('prints, saves through the dialog, and opens the PDF only when asked', async () => {
    const { shell } = seeded;
    const saved = await invoke(seeded.app, 'saveReport', { weeks: 12, notes: true, open: false });
    expect(saved).toEqual({ ok: true, value: { savedTo: '/exports/unknot-report-2026-11-24.pdf' } });
    expect(shell.printer.printed).toEqual([{ query: 'weeks=12&notes=1', paper: 'A4' }]);
    expect(new TextDecoder().decode(shell.desktop.savedPdfs[0]?.pdf)).toMatch(/^%PDF-/);
    expect(shell.desktop.openedFiles).toEqual([]);

    await invoke(seeded.app, 'saveReport', { weeks: 8, notes: false, open: true });
    expect(shell.desktop.openedFiles).toEqual(['/exports/unknot-report-2026-11-24.pdf']);

    shell.desktop.nextSave = 'cancel';
    const cancelled = await invoke(seeded.app, 'saveReport', { weeks: 8, notes: false, open: true });
    expect(cancelled).toEqual({ ok: true, value: { savedTo: null } });
    expect(shell.desktop.openedFiles).toHaveLength(1);
  });

  it('refuses a period that is not offered, before anything is printed', async () => {
    const result = await invokeUnchecked(seeded.app, 'saveReport', { weeks: 52, notes: false, open: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(seeded.shell.printer.printed).toEqual([]);
  });
});
