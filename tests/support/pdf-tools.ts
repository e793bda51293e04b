/**
 * Poppler's command-line tools, for checking the report's PDF the way a reader would see it:
 * pdfinfo (pages, paper), pdftotext (what it says), pdftoppm (a picture of it). .ci/run installs
 * poppler-utils; where it is missing the check fails and says so (a skipped check would hide a
 * report that spills onto a second page).
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import type { Paper } from '../../main/core/history/report-options';

const run = promisify(execFile);

async function poppler(tool: string, args: readonly string[]): Promise<string> {
  try {
    return (await run(tool, [...args], { encoding: 'utf8' })).stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `${tool} is not installed: the report's PDF checks need poppler-utils (apt-get install -y poppler-utils; .ci/run installs it)`,
        { cause: error },
      );
    }
    throw error;
  }
}

export interface PdfInfo {
  readonly pages: number;
  /** Page size in PostScript points (1/72 inch). */
  readonly widthPt: number;
  readonly heightPt: number;
}

export async function pdfInfo(path: string): Promise<PdfInfo> {
  const out = await poppler('pdfinfo', [path]);
  const pages = /^Pages:\s+(\d+)/m.exec(out);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  if (!pages || !size) throw new Error(`pdfinfo gave no page count or size for ${path}:\n${out}`);
  return { pages: Number(pages[1]), widthPt: Number(size[1]), heightPt: Number(size[2]) };
}

/** The PDF's text with every run of white space as one space, for matching phrases. */
export async function pdfText(path: string): Promise<string> {
  return (await poppler('pdftotext', [path, '-'])).replace(/\s+/g, ' ');
}

/** Renders page 1 as `<prefix>.png` at `dpi`; returns the PNG's path. */
export async function pdfPng(path: string, prefix: string, dpi: number): Promise<string> {
  await poppler('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', path, prefix]);
  return `${prefix}.png`;
}

export const MM_PER_PT = 25.4 / 72;

/**
 * Prints the page to `path` as the app prints the report (main/electron/windows.ts: printToPDF on
 * the report's paper, the page's own @page margins), with Chromium's page.pdf().
 */
export async function printAsApp(page: Page, paper: Paper, path: string): Promise<void> {
  await writeFile(path, await page.pdf({ format: paper, preferCSSPageSize: true }));
}
