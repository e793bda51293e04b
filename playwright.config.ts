import { defineConfig } from '@playwright/test';

// Two projects: the renderer in real Chromium (always), and the Electron smoke spec (runs only
// where the Electron runtime is installed; otherwise it reports itself skipped).
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // Chromium's block coverage (npm test collects it, see tests/e2e/coverage.ts) slows every page a little.
  timeout: process.env['UNKNOT_E2E_COVERAGE_DIR'] ? 45_000 : 30_000,
  use: { trace: 'off', screenshot: 'off' },
  projects: [
    { name: 'chromium', testDir: 'tests/e2e', testMatch: '**/*.spec.ts' },
    { name: 'electron', testDir: 'tests/electron', testMatch: '**/*.spec.ts' },
  ],
});
