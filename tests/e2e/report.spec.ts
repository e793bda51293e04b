/**
 * The one-page report (issue 16): the report view in Chromium, printed with page.pdf() on the
 * paper the report chose (as Electron's printToPDF prints it in the app), then read back with
 * poppler: exactly one page, on that paper, saying the key figures and that it is not a diagnosis.
 * A PNG of each page is kept in test-results/report/ to look at.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { addDays } from '../../main/core/history/local-date';
import {
  MAX_NOTE_LENGTH,
  serializeHistoryRecord,
  type CheckinRecord,
  type SessionRecord,
} from '../../main/core/history/records';
import { REPORT_MAX_HELP_LINES, REPORT_MAX_NOTES, type ReportModel } from '../../main/core/history/report';
import { PAPERS, REPORT_READY_SELECTOR, type Paper } from '../../main/core/history/report-options';
import { INVOKE_CHANNELS } from '../../main/core/ipc/channels';
import { checkinLine, sessionLine, writeHistoryLines, writeTenYearHistory } from '../support/history-fixture';
import { MM_PER_PT, pdfInfo, pdfPng, pdfText, printAsApp } from '../support/pdf-tools';
import { seedSettings } from '../support/seed-settings';
import { axeViolations, expect, test } from './fixtures';
import { TEST_ORIGIN, type LaunchedApp } from './harness';

// Tuesday 24 Nov 2026, 08:30 in Berlin.
const NOW = '2026-11-24T07:30:00Z';
const ZONE = 'Europe/Berlin';
const TODAY = '2026-11-24';
const OUT = resolve(import.meta.dirname, '../../test-results/report');

/** Eight weeks: a routine on two nights of three, 2/10 after one and 5/10 otherwise; one note. */
function eightWeeks(): string[] {
  const lines: string[] = [];
  for (let k = 55; k >= 1; k -= 1) {
    const date = addDays(TODAY, -k);
    lines.push(
      checkinLine(
        date,
        (k + 1) % 3 !== 0 ? 2 : 5,
        k === 3 ? 'Private: slept badly after the move' : undefined,
      ),
    );
    if (k % 3 !== 0) lines.push(sessionLine(date));
  }
  return lines;
}

/**
 * Twelve weeks that fill every part of the page: routine, heat and cold on some nights, every
 * factor answered both ways, mornings growing sorer (both check-up rules met) and a full-length
 * note every morning.
 */
function fullestWeeks(): string[] {
  const lines: string[] = [];
  const slept = ['back', 'side', 'front'] as const;
  const stress = ['low', 'some', 'high'] as const;
  const note = 'Stiff between the shoulder blades on waking, easing after a warm shower and the chin tucks; '
    .repeat(4)
    .slice(0, MAX_NOTE_LENGTH);
  for (let k = 84; k >= 1; k -= 1) {
    const date = addDays(TODAY, -k);
    const checkin: CheckinRecord = {
      v: 2,
      type: 'checkin',
      at: `${date}T07:30:00.000Z`,
      localDate: date,
      soreness: k <= 14 ? 7 + (k % 3) : 1 + (k % 4),
      note,
      sleptOn: slept[k % 3],
      pillow: k % 5 === 0 ? 'different' : 'usual',
      lifting: k % 7 < 3 ? 'yes' : 'no',
      stress: stress[(k + 1) % 3],
    };
    lines.push(serializeHistoryRecord(checkin));
    if (k % 2 === 0) {
      const night = addDays(date, -1);
      const session: SessionRecord = {
        v: 2,
        type: 'session',
        startedAt: `${night}T21:30:00.000Z`,
        endedAt: `${night}T21:42:00.000Z`,
        night,
        preset: k % 6 === 0 ? 'quick' : 'standard',
        stepsDone: ['settle-in'],
        stepsSkipped: [],
        completed: true,
        ...(k % 4 === 0 ? { heatCold: 'heat' as const } : k % 8 === 2 ? { heatCold: 'cold' as const } : {}),
      };
      lines.push(serializeHistoryRecord(session));
    }
  }
  return lines;
}

async function profile(write: (dir: string) => Promise<unknown>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'unknot-report-e2e-'));
  await seedSettings(dir);
  await write(dir);
  return dir;
}

/** Opens the report view with `query`, waits until drawn, and returns the model main sent. */
async function openReport(app: LaunchedApp, query: string): Promise<{ page: Page; model: ReportModel }> {
  const { page } = app;
  await page.goto(`${TEST_ORIGIN}/index.html?view=report&${query}`);
  await expect(page.locator(REPORT_READY_SELECTOR)).toBeVisible();
  const model = (await page.evaluate(
    async ([channel, q]) => {
      const params = new URLSearchParams(q);
      const answer = (await window.__unknotInvoke?.(channel, {
        weeks: Number(params.get('weeks')),
        notes: params.get('notes') === '1',
      })) as { ok: boolean; value: unknown };
      return answer.value;
    },
    [INVOKE_CHANNELS.getReport, query] as const,
  )) as ReportModel;
  return { page, model };
}

/** Prints as the app does (the paper the report chose, the page's own @page margins). */
async function printToPdf(page: Page, paper: Paper, name: string) {
  await mkdir(OUT, { recursive: true });
  const path = join(OUT, `${name}.pdf`);
  await printAsApp(page, paper, path);
  const info = await pdfInfo(path);
  const png = await pdfPng(path, join(OUT, name), 60);
  return { path, info, text: await pdfText(path), png };
}

function expectPaper(info: { widthPt: number; heightPt: number }, paper: Paper): void {
  expect(info.widthPt * MM_PER_PT).toBeCloseTo(PAPERS[paper].widthMm, 0);
  expect(info.heightPt * MM_PER_PT).toBeCloseTo(PAPERS[paper].heightMm, 0);
}

const figureOf = (figures: ReportModel['soreness'], label: string): string =>
  figures.find((f) => f.label === label)?.value ?? `no ${label}`;

test.describe('the one-page report', () => {
  test('8 weeks on A4: one page, the key figures, no notes unless chosen', async ({ launch }, testInfo) => {
    const userDataDir = await profile((dir) => writeHistoryLines(dir, eightWeeks()));
    const app = await launch({ view: 'report', now: NOW, timeZone: ZONE, userDataDir, locale: 'en-GB' });
    const { page, model } = await openReport(app, 'weeks=8&notes=0');
    expect(model.paper).toBe('A4');
    expect(figureOf(model.soreness, 'Average')).toBe('3.0 / 10');

    const pdf = await printToPdf(page, 'A4', 'report-8-weeks-a4');
    await testInfo.attach('report-8-weeks-a4', { path: pdf.png, contentType: 'image/png' });
    expect(pdf.info.pages).toBe(1);
    expectPaper(pdf.info, 'A4');
    expect(pdf.text).toContain('8 weeks: 30 Sept 2026 to 24 Nov 2026');
    for (const label of ['Average', 'Worst', 'Best']) {
      expect(pdf.text).toContain(`${label} ${figureOf(model.soreness, label)}`);
    }
    // Cells of side-by-side tables come out of pdftotext in layout order: each value, then.
    for (const band of model.bands) expect(pdf.text).toContain(band.value);
    expect(model.bands.map((b) => b.value)).toEqual([
      '37 mornings (67%)',
      '18 mornings (33%)',
      '0 mornings (0%)',
    ]);
    expect(pdf.text).toContain('Mornings after a routine averaged');
    expect(pdf.text).toContain(
      "This page summarises the person's own log, kept in Unknot; it is not a diagnosis.",
    );
    expect(pdf.text).not.toContain('Private: slept badly');
    // The sheet names its paper to CSS (@page): printed with no size at all, Chromium's default
    // would be Letter, and the page still comes out A4.
    const cssOnly = join(OUT, 'report-8-weeks-css-size.pdf');
    await writeFile(cssOnly, await page.pdf({ preferCSSPageSize: true }));
    expectPaper(await pdfInfo(cssOnly), 'A4');

    // The same period with notes chosen: the note is on the page, and it is still one page.
    const withNotes = await openReport(app, 'weeks=8&notes=1');
    const notes = await printToPdf(withNotes.page, 'A4', 'report-8-weeks-a4-notes');
    expect(notes.info.pages).toBe(1);
    expect(notes.text).toContain('Private: slept badly after the move');
  });

  test('10 years, 12 weeks with the longest notes on Letter (en-US): still exactly one page', async ({
    launch,
  }, testInfo) => {
    const note = 'Woke stiff between the shoulder blades; it eased after a warm shower and the chin tucks, '
      .repeat(4)
      .slice(0, MAX_NOTE_LENGTH);
    const userDataDir = await profile(async (dir) => {
      await writeTenYearHistory(dir, addDays(TODAY, -1));
      // Later lines replace that morning's check-in: the ten most recent mornings carry a full note.
      const { appendFile } = await import('node:fs/promises');
      const extra = Array.from({ length: 10 }, (_, i) => checkinLine(addDays(TODAY, -1 - i), 7, note));
      await appendFile(join(dir, 'history.jsonl'), extra.map((l) => `${l}\n`).join(''));
    });
    const app = await launch({ view: 'report', now: NOW, timeZone: ZONE, userDataDir, locale: 'en-US' });
    const { page, model } = await openReport(app, 'weeks=12&notes=1');
    expect(model.paper).toBe('Letter');
    expect(model.notes?.shown).toHaveLength(REPORT_MAX_NOTES);

    const pdf = await printToPdf(page, 'Letter', 'report-10-years-letter');
    await testInfo.attach('report-10-years-letter', { path: pdf.png, contentType: 'image/png' });
    expect(pdf.info.pages).toBe(1);
    expectPaper(pdf.info, 'Letter');
    expect(pdf.text).toContain('12 weeks: Sep 2, 2026 to Nov 24, 2026');
    expect(pdf.text).toContain(`Worst ${figureOf(model.soreness, 'Worst')}`);
    expect(pdf.text).toContain('The 5 latest notes of 10; 5 earlier are not shown.');
    expect(pdf.text).toContain('it is not a diagnosis');
  });

  test('the fullest page: every help line, both check-up rules and the longest notes still fit one Letter page', async ({
    launch,
  }, testInfo) => {
    const userDataDir = await profile((dir) => writeHistoryLines(dir, fullestWeeks()));
    const app = await launch({ view: 'report', now: NOW, timeZone: ZONE, userDataDir, locale: 'en-US' });
    const { page, model } = await openReport(app, 'weeks=12&notes=1');
    // Every habit the report can compare has a line (the largest shown), both check-up rules are met.
    expect(model.helps.lines).toHaveLength(REPORT_MAX_HELP_LINES);
    expect(model.helps.note).toMatch(/ 6 smaller differences are not shown\.$/);
    expect(model.checkup).toHaveLength(2);
    expect(model.notes?.shown).toHaveLength(REPORT_MAX_NOTES);
    const pdf = await printToPdf(page, 'Letter', 'report-fullest-letter');
    await testInfo.attach('report-fullest-letter', { path: pdf.png, contentType: 'image/png' });
    expect(pdf.info.pages).toBe(1);
    expect(pdf.text).toContain('it is not a diagnosis');
  });

  for (const colorScheme of ['dark', 'light'] as const) {
    test(`axe finds no violations on the report view, dark text on white either way (${colorScheme})`, async ({
      launch,
    }) => {
      const userDataDir = await profile((dir) => writeHistoryLines(dir, eightWeeks()));
      const app = await launch({ view: 'report', now: NOW, timeZone: ZONE, userDataDir });
      await app.page.emulateMedia({ colorScheme });
      const { page } = await openReport(app, 'weeks=4&notes=1');
      await page.clock.resume(); // axe runs on timers, which a paused clock would hold forever
      expect(await axeViolations(page)).toEqual([]);
      const sheet = page.getByTestId('report');
      await expect(sheet).toHaveCSS('color', 'rgb(0, 0, 0)');
      await expect(sheet).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    });
  }

  test('History → Report for your physiotherapist…: options, the paper, Save as PDF', async ({ launch }) => {
    const userDataDir = await profile((dir) => writeHistoryLines(dir, eightWeeks()));
    const app = await launch({ view: 'history', now: NOW, timeZone: ZONE, userDataDir });
    const { page } = app;
    await page.getByRole('button', { name: 'Report for your physiotherapist…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Report for your physiotherapist' });
    await expect(dialog.getByTestId('report-preview')).toHaveText(
      "8 weeks: 30 Sept 2026 to 24 Nov 2026. Paper: A4, from your system's region.",
    );
    await expect(dialog.getByRole('checkbox', { name: /Include my notes/ })).not.toBeChecked();
    await dialog.getByRole('radio', { name: '12 weeks' }).check();
    await expect(dialog.getByTestId('report-preview')).toContainText('12 weeks: 2 Sept 2026 to 24 Nov 2026');
    await dialog.getByRole('checkbox', { name: 'Open the PDF once it is saved' }).check();
    await page.clock.resume();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect(dialog.getByTestId('report-status')).toHaveText(
      'Saved to /exports/unknot-report-2026-11-24.pdf',
    );
    expect(app.main.shell.printer.printed).toEqual([{ query: 'weeks=12&notes=0', paper: 'A4' }]);
    expect(app.main.shell.desktop.openedFiles).toEqual(['/exports/unknot-report-2026-11-24.pdf']);
  });
});
