import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Chromium's JS coverage of the renderer build, for `npm test`'s merged coverage report
 * (scripts/coverage-report.mjs). tests/run-all.mjs names the folder; a plain `playwright test`
 * leaves it unset and collects nothing. Only the build's own scripts are kept, without their
 * source text: the report reads the files and their source maps from out/renderer.
 */
const DIR = process.env['UNKNOT_E2E_COVERAGE_DIR'];

export async function startCoverage(page: Page): Promise<void> {
  if (DIR) await page.coverage.startJSCoverage({ resetOnNavigation: false });
}

/** Call before the page closes: a closed page's coverage is lost. */
export async function saveCoverage(page: Page, origin: string): Promise<void> {
  if (!DIR || page.isClosed()) return;
  const entries = await page.coverage.stopJSCoverage().catch(() => []);
  const ours = entries
    .filter((e) => e.url.startsWith(`${origin}/assets/`) && e.url.endsWith('.js'))
    .map(({ url, functions }) => ({ url, functions }));
  if (ours.length > 0) await writeFile(join(DIR, `${randomUUID()}.json`), JSON.stringify(ours));
}
